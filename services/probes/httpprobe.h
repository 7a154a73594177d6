#pragma once

#include "net/httpclient.h"
#include "probes/probe.h"

#include <QCoreApplication>

namespace wf::probes {

// HTTP(S) request plus conditions. Without conditions a 2xx/3xx answer is a pass and the status
// class decides the outcome (429 rate limited, 529 overloaded, 5xx server error, ...).
class HttpProbe : public Probe
{
    Q_DECLARE_TR_FUNCTIONS(wf::probes::HttpProbe)
public:
    HttpProbe(config::ProbeConfig config, net::HttpClient *http);

    QString configProblem() const override { return m_problem; }
    void run(QObject *context, std::function<void(ProbeResult)> done) override;

    // Maps a finished response to an outcome (transport errors, then the status class).
    static Outcome classify(const net::Response &response);

protected:
    // Conditions used when the configuration lists none (empty: the status class decides).
    void setDefaultConditions(const QStringList &conditions);
    QString detailPrefix;

private:
    void evaluate(ProbeResult result, const net::Response &response, std::optional<qint64> certRemaining,
                  const std::function<void(ProbeResult)> &done) const;

    net::HttpClient *m_http;
    QList<Condition> m_conditions;
    QString m_problem;
    bool m_needsCert = false;
};

} // namespace wf::probes
