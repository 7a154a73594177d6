#pragma once

#include "core/result.h"
#include "sim/faultplan.h"
#include "sim/scenario.h"
#include "sim/scenarioclock.h"
#include "sim/simhttpserver.h"

#include <QHash>
#include <QLoggingCategory>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcSim)

namespace wf::sim {

// Serves a scenario on 127.0.0.1: status feed snapshots on their schedule, fake provider APIs that
// fail as the fault script says, and a control API (/_sim/clock, /_sim/state, /_sim/reset).
//
// The main port serves every provider under /<provider-id>/..., the first provider also at the
// root (so /api/v2/summary.json, /v1/messages and /login work as on the real hosts). Each
// provider also gets a port of its own that serves only it, at the root (gateway upstreams).
class SimServer : public QObject
{
    Q_OBJECT
public:
    SimServer(Scenario scenario, double speed, QObject *parent = nullptr);
    ~SimServer() override;

    // Opens the main port (0: any free port) and one port per provider.
    Status listen(quint16 port = 0);

    const Scenario &scenario() const { return m_scenario; }
    ScenarioClock &clock() { return m_clock; }
    const ScenarioClock &clock() const { return m_clock; }

    quint16 port() const;
    QUrl baseUrl() const;                               // http://127.0.0.1:PORT
    QUrl providerUrl(const QString &providerId) const;  // the provider's own port
    QUrl providerPrefixUrl(const QString &providerId) const; // main port + /<provider-id>

    // The body a feed path serves at `at` (empty when nothing is scheduled), for tests and tools.
    const FeedSnapshot *snapshotAt(const QString &providerId, const QString &path, const QDateTime &at) const;

    QJsonObject clockJson() const;
    QJsonObject stateJson() const;

signals:
    // Every answered request, for logs and the drill panel: scenario time, provider, path, status.
    void served(const QDateTime &at, const QString &provider, const QString &path, int status);
    // The control API set, advanced, paused or re-sped the clock.
    void clockChanged(const QDateTime &now, double speed, bool paused);

private:
    SimReply handleMain(const SimRequest &req);
    SimReply handleProvider(const ProviderSpec &provider, const SimRequest &req, const QString &path);
    SimReply handleControl(const SimRequest &req);
    SimReply feedReply(const ProviderSpec &provider, const SimRequest &req, const QString &path, bool *found);
    SimReply apiReply(const ProviderSpec &provider, const SimRequest &req, const QString &path, const QString &model, const QJsonObject &body);
    void finish(SimReply &reply, const ProviderSpec *provider, const QString &path);
    QString nextId(const char *prefix);

    Scenario m_scenario;
    ScenarioClock m_clock;
    FaultPlan m_faults;
    SimHttpServer *m_main = nullptr;
    QHash<QString, SimHttpServer *> m_providerServers;
    QHash<QString, qint64> m_requests;
    QHash<QString, qint64> m_errors;
    quint64 m_idCounter = 0;
};

} // namespace wf::sim
