#pragma once

#include "config/config.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace wf::reports {

// Cleans text before it leaves Watchfloor (report exports, customer updates): configured secret
// values, internal hostnames and addresses, links to internal systems and, for customers, every
// link and node id. Built from the configuration, so what the operator configured as internal
// (gateways, probes through gateways, Prometheus, loopback and private feeds) is known by name;
// private address ranges and internal DNS suffixes are caught by pattern.
class ReportSanitizer
{
public:
    ReportSanitizer() = default;
    static ReportSanitizer fromConfig(const config::Config &config);

    void addSecret(const QString &value);
    void addInternalHost(const QString &host);
    QStringList internalHosts() const { return m_hosts; }

    // For internal exports: secrets, internal hosts and internal links removed; public links stay.
    QString clean(const QString &text) const;
    // For customers: additionally drops every link and every node id ("model:p/m", "app:x", ...).
    QString cleanForCustomer(const QString &text) const;

    // True for loopback, private and link-local addresses, single-label names and internal DNS
    // suffixes (.internal, .local, .lan, .corp, .svc, ...).
    static bool isInternalHost(const QString &host);

private:
    QString replaceSecrets(QString text) const;
    QList<QString> m_secrets;  // longest first, so a secret containing another goes first
    QStringList m_hosts;
};

} // namespace wf::reports
