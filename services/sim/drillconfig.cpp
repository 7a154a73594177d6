#include "drillconfig.h"

#include "sim/drillgateway.h"
#include "sim/scenario.h"

#include <cmath>

namespace wf::sim {

int DrillConfig::scaledInterval(qint64 scenarioMs, double speed, int floorMs)
{
    const double ms = speed > 0 ? double(scenarioMs) / speed : double(scenarioMs);
    return std::max(floorMs, int(std::lround(ms)));
}

config::Config DrillConfig::build(const Scenario &scenario, const DrillEndpoints &e)
{
    config::Config c;
    c.sourceFile = QStringLiteral("drill:%1").arg(scenario.name);
    c.ui.role = config::Role::Operator;
    const config::SecretRef key = *config::SecretRef::parse(QStringLiteral("${env:%1}").arg(QLatin1String(kKeyVariable)));
    const int probeMs = scaledInterval(kProbeEveryScenarioMs, e.speed, 100);
    const int feedMs = scaledInterval(kFeedEveryScenarioMs, e.speed, 500);
    // Enough LLM budget for one request per interval, with room for retries.
    const int budget = int(3'600'000 / probeMs) * 2 + 60;
    const bool hasGateway = !e.gatewayAddress.isEmpty();
    const QString gatewayId = QStringLiteral("drill-haproxy");

    for (const ProviderSpec &p : scenario.providers) {
        const QString base = e.providerUrls.value(p.id).toString();
        config::ProviderConfig pc;
        pc.id = p.id;
        pc.name = p.name;
        pc.homepage = base;
        pc.statusPage = base;
        pc.tags = {QStringLiteral("drill")};
        for (const FeedPath &f : p.feeds) {
            if (f.path != QLatin1String("/api/v2/summary.json"))
                continue;
            config::FeedConfig fc;
            fc.url = base + f.path;
            fc.format = p.api == ApiKind::OpenAi ? QStringLiteral("incidentio") : QStringLiteral("statuspage");
            fc.intervalMs = feedMs;
            fc.timeoutMs = 5000;
            pc.feeds << fc;
        }
        if (pc.feeds.isEmpty())
            pc.feedNote = tr("the scenario has no status feed for this provider");
        c.providers << pc;

        auto probe = [&](const QString &id, const QString &name, const QString &kind) {
            config::ProbeConfig pr;
            pr.id = id;
            pr.name = name;
            pr.kind = kind;
            pr.provider = p.id;
            pr.intervalMs = probeMs;
            pr.timeoutMs = 5000;
            pr.tags = {QStringLiteral("drill")};
            return pr;
        };
        // Front door: the login page, apart from the API (they failed independently on 2026-03-02).
        const bool hasLogin = p.webPaths.contains(QStringLiteral("/login"));
        const bool hasOauth = p.webPaths.contains(QStringLiteral("/oauth/*")) || p.webPaths.contains(QStringLiteral("/oauth/authorize"));
        for (const QString &path : {QStringLiteral("/login"), QStringLiteral("/oauth/authorize")}) {
            const bool isLogin = path == QLatin1String("/login");
            if (isLogin ? !hasLogin : !hasOauth)
                continue;
            config::ProbeConfig pr = probe(p.id + (isLogin ? QStringLiteral("-login") : QStringLiteral("-oauth")),
                                           QStringLiteral("%1 %2").arg(p.name, path), QStringLiteral("auth"));
            pr.url = base + path;
            pr.conditions = {QStringLiteral("status == 200")};
            c.probes << pr;
        }
        // One LLM probe per model, so a single failing model shows on its own.
        for (const QString &model : p.models) {
            config::ProbeConfig pr = probe(p.id + QLatin1Char('-') + model, QStringLiteral("%1 %2").arg(p.name, model), QStringLiteral("llm"));
            pr.api = p.api == ApiKind::OpenAi ? QStringLiteral("openai-chat") : QStringLiteral("anthropic-messages");
            pr.url = base + (p.api == ApiKind::OpenAi ? QStringLiteral("/v1/chat/completions") : QStringLiteral("/v1/messages"));
            pr.model = model;
            pr.apiKey = key;
            pr.budgetPerHour = budget;
            c.probes << pr;
        }
    }

    const ProviderSpec &primary = scenario.providers.constFirst();
    const ProviderSpec *fallback = scenario.providers.size() > 1 ? &scenario.providers[1] : nullptr;
    if (hasGateway) {
        config::GatewayConfig g;
        g.id = gatewayId;
        g.name = tr("HAProxy (drill)");
        g.kind = QStringLiteral("haproxy");
        g.address = e.gatewayAddress;
        c.gateways << g;
        // The chat path as users see it: through the gateway.
        config::ProbeConfig pr;
        pr.id = QStringLiteral("chat-via-gateway");
        pr.name = tr("Chat through HAProxy");
        pr.kind = QStringLiteral("http");
        pr.url = e.gatewayFrontend.toString() + QStringLiteral("/v1/models");
        pr.conditions = {QStringLiteral("status < 500")};
        pr.via = gatewayId;
        pr.provider = primary.id;
        pr.intervalMs = probeMs;
        pr.timeoutMs = 5000;
        pr.tags = {QStringLiteral("drill")};
        c.probes << pr;
    }

    config::AppConfig app;
    app.id = QStringLiteral("chat");
    app.name = tr("Chat assistant");
    app.tags = {QStringLiteral("drill")};
    config::RouteConfig primaryRoute;
    primaryRoute.provider = primary.id;
    primaryRoute.model = primary.models.value(0);
    if (hasGateway) {
        primaryRoute.gateway = gatewayId;
        primaryRoute.backend = DrillGateway::backendName();
        primaryRoute.server = DrillGateway::primaryServer();
    }
    app.routes << primaryRoute;
    if (fallback) {
        config::RouteConfig fb = primaryRoute;
        fb.provider = fallback->id;
        fb.model = fallback->models.value(0);
        fb.fallback = true;
        if (hasGateway)
            fb.server = DrillGateway::fallbackServer();
        app.routes << fb;
    }
    c.apps << app;

    // What the team rehearses: the runbook that takes chat off the failing primary. Without a
    // gateway there is nothing to switch and routing stays read-only.
    if (hasGateway && fallback) {
        config::PolicyConfig policy;
        policy.id = QStringLiteral("chat-via-fallback");
        policy.name = tr("Chat via %1").arg(fallback->name.isEmpty() ? fallback->id : fallback->name);
        policy.from = primary.id;
        policy.to = fallback->id;
        policy.fromModel = primary.models.value(0);
        policy.toModel = fallback->models.value(0);
        config::PolicyStepConfig step;
        step.gateway = gatewayId;
        step.backend = DrillGateway::backendName();
        step.server = DrillGateway::primaryServer();
        step.state = QStringLiteral("maint");
        policy.steps << step;
        c.policies << policy;
        config::RunbookConfig runbook;
        runbook.id = QStringLiteral("chat-to-fallback");
        runbook.name = tr("%1 failing: move chat to %2")
                           .arg(primary.name.isEmpty() ? primary.id : primary.name, fallback->name.isEmpty() ? fallback->id : fallback->name);
        runbook.policies = {policy.id};
        c.runbooks << runbook;
    }
    return c;
}

} // namespace wf::sim
