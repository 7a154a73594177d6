#pragma once

#include "net/httpclient.h"
#include "probes/probe.h"

#include <QCoreApplication>

namespace wf::probes {

// A real, minimal API call per provider x model: one user token in, at most one token out.
// Speaks Anthropic Messages, OpenAI Chat Completions (and compatible gateways) and OpenAI Responses.
// The API key is a SecretRef resolved at the moment of the request; it is never stored, logged or
// put into a result.
class LlmProbe : public Probe
{
    Q_DECLARE_TR_FUNCTIONS(wf::probes::LlmProbe)
public:
    LlmProbe(config::ProbeConfig config, net::HttpClient *http);

    bool costsMoney() const override { return true; }
    QString configProblem() const override;
    void run(QObject *context, std::function<void(ProbeResult)> done) override;

    // Builds the request for config.api (the key goes only into the header list).
    static net::Request buildRequest(const config::ProbeConfig &config, const QByteArray &apiKey);
    // Classifies the answer: transport errors, status class, then the body's shape.
    static Outcome classify(const config::ProbeConfig &config, const net::Response &response, QString *detail);

private:
    net::HttpClient *m_http;
};

} // namespace wf::probes
