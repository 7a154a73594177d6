#include "simhost.h"

#include "core/clock.h"

#include "sim/simserver.h"

#include <QThread>

namespace wf::sim {

SimHost::SimHost(QObject *parent)
    : QObject(parent)
{
}

SimHost::~SimHost()
{
    stop();
}

Status SimHost::start(const Scenario &scenario, double speed, quint16 port)
{
    stop();
    m_scenario = scenario;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("watchfloor-sim"));
    m_server = new SimServer(scenario, speed);
    m_server->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &SimServer::clockChanged, this, [this](const QDateTime &now, double newSpeed, bool paused) {
        m_clock.set(now);
        m_clock.setSpeed(newSpeed);
        m_clock.setPaused(paused);
        emit clockChanged(now, newSpeed, paused);
    }, Qt::QueuedConnection);
    if (m_drivesProductClock) {
        // On the simulator's thread, before its control API answers: whoever stepped the clock
        // sees the product clock already moved.
        connect(m_server, &SimServer::clockChanged, m_server, [](const QDateTime &now, double newSpeed, bool paused) {
            wf::clock::setScenario(now.toMSecsSinceEpoch(), newSpeed, paused);
        }, Qt::DirectConnection);
    }
    m_thread->start();

    Status result;
    QUrl base;
    QHash<QString, QUrl> urls;
    QDateTime now;
    QMetaObject::invokeMethod(m_server, [&] {
        result = m_server->listen(port);
        base = m_server->baseUrl();
        for (const ProviderSpec &p : m_server->scenario().providers)
            urls.insert(p.id, m_server->providerUrl(p.id));
        now = m_server->clock().now();
    }, Qt::BlockingQueuedConnection);
    if (!result) {
        stop();
        return result;
    }
    m_baseUrl = base;
    m_providerUrls = urls;
    m_clock = ScenarioClock(now, speed);
    if (m_drivesProductClock)
        wf::clock::setScenario(now.toMSecsSinceEpoch(), speed, false);
    return {};
}

void SimHost::stop()
{
    if (!m_thread)
        return;
    if (m_drivesProductClock)
        wf::clock::useWallClock();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_server = nullptr; // deleted on the worker thread when it finished
    m_baseUrl = QUrl();
    m_providerUrls.clear();
}

} // namespace wf::sim
