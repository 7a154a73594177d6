#pragma once

#include "core/result.h"
#include "sim/scenario.h"
#include "sim/scenarioclock.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class QThread;

namespace wf::sim {

class SimServer;

// Runs a SimServer on a worker thread, so the simulator answers on time even while the console's
// UI thread is busy. Start and stop are synchronous; everything else is read from a mirror of the
// scenario clock kept on the caller's thread.
class SimHost : public QObject
{
    Q_OBJECT
public:
    explicit SimHost(QObject *parent = nullptr);
    ~SimHost() override;

    // With `drives` (the console's in-process drill), the product clock (core/clock.h) follows
    // the scenario clock while the simulator runs, and returns to the wall clock on stop().
    void setDrivesProductClock(bool drives) { m_drivesProductClock = drives; }
    Status start(const Scenario &scenario, double speed, quint16 port = 0);
    void stop();

    const Scenario &scenario() const { return m_scenario; }
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl providerUrl(const QString &providerId) const { return m_providerUrls.value(providerId); }
    QDateTime scenarioNow() const { return m_clock.now(); }
    double speed() const { return m_clock.speed(); }

signals:
    void clockChanged(const QDateTime &now, double speed, bool paused);

private:
    Scenario m_scenario;
    ScenarioClock m_clock;
    QThread *m_thread = nullptr;
    SimServer *m_server = nullptr;
    QUrl m_baseUrl;
    QHash<QString, QUrl> m_providerUrls;
    bool m_drivesProductClock = false;
};

} // namespace wf::sim
