#pragma once

#include "config/config.h"
#include "core/result.h"
#include "sim/scenario.h"

#include <QObject>
#include <QString>

namespace wf::sim {

class DrillGateway;
class SimHost;

// `watchfloor --replay NAME`: the simulator in-process (worker thread), HAProxy in front of it when
// installed, and the console configuration pointing at both.
class DrillSession : public QObject
{
    Q_OBJECT
public:
    explicit DrillSession(QObject *parent = nullptr);
    ~DrillSession() override;

    Status start(const QString &scenarioNameOrPath, double speed);

    const config::Config &config() const { return m_config; }
    const Scenario &scenario() const;
    SimHost *host() const { return m_host; }
    bool hasGateway() const { return m_gateway != nullptr; }

    // "DRILL — reconstruction of 2026-03-02 from public reporting"
    QString marker() const;
    // Why routing is read-only, when it is (no haproxy); empty otherwise.
    QString routingNote() const { return m_routingNote; }
    // "13:37:05 UTC ×60" for the status bar.
    QString clockText() const;

private:
    SimHost *m_host = nullptr;
    DrillGateway *m_gateway = nullptr;
    config::Config m_config;
    QString m_routingNote;
};

} // namespace wf::sim
