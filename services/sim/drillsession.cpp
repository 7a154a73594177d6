#include "drillsession.h"

#include "sim/drillconfig.h"
#include "sim/drillgateway.h"
#include "sim/simhost.h"
#include "sim/simserver.h"

namespace wf::sim {

DrillSession::DrillSession(QObject *parent)
    : QObject(parent)
    , m_host(new SimHost(this))
{
    // A drill runs on the scenario's clock: what the console records lines up with the
    // provider's own timestamps.
    m_host->setDrivesProductClock(true);
}

DrillSession::~DrillSession()
{
    delete m_gateway;
    m_host->stop();
}

const Scenario &DrillSession::scenario() const
{
    return m_host->scenario();
}

Status DrillSession::start(const QString &scenarioNameOrPath, double speed)
{
    auto scenario = ScenarioLoader::load(scenarioNameOrPath);
    if (!scenario)
        return scenario.error();
    if (Status st = m_host->start(*scenario, speed); !st)
        return st;

    DrillEndpoints e;
    e.speed = speed;
    for (const ProviderSpec &p : scenario->providers)
        e.providerUrls.insert(p.id, m_host->providerUrl(p.id));
    if (scenario->providers.size() < 2) {
        m_routingNote = tr("Routing is read-only in this drill: the scenario has no fallback provider.");
    } else if (DrillGateway::findHaproxy().isEmpty()) {
        m_routingNote = tr("Routing is read-only in this drill: haproxy is not installed, so there is no gateway to steer.");
    } else {
        m_gateway = new DrillGateway;
        const Status st = m_gateway->start(quint16(e.providerUrls.value(scenario->providers[0].id).port()),
                                           quint16(e.providerUrls.value(scenario->providers[1].id).port()));
        if (st) {
            e.gatewayAddress = m_gateway->adminAddress();
            e.gatewayFrontend = m_gateway->frontendUrl();
        } else {
            m_routingNote = tr("Routing is read-only in this drill: %1").arg(st.error().message);
            delete m_gateway;
            m_gateway = nullptr;
        }
    }
    if (!m_routingNote.isEmpty())
        qCWarning(lcSim).noquote() << m_routingNote;

    // The simulator only checks that a key is present, like a real API checks x-api-key.
    qputenv(DrillConfig::kKeyVariable, QByteArrayLiteral("drill-not-a-real-key"));
    m_config = DrillConfig::build(*scenario, e);
    qCInfo(lcSim).noquote() << "drill" << scenario->name << "at speed" << speed << "- simulator" << m_host->baseUrl().toString();
    return {};
}

QString DrillSession::marker() const
{
    const Scenario &s = m_host->scenario();
    const QString prefix = QStringLiteral("reconstruction from ");
    if (s.note.startsWith(prefix))
        return tr("DRILL — reconstruction of %1 from %2").arg(s.name, s.note.mid(prefix.size()));
    if (s.note.isEmpty())
        return tr("DRILL — %1").arg(s.name);
    return tr("DRILL — %1 (%2)").arg(s.name, s.note);
}

QString DrillSession::clockText() const
{
    return tr("scenario time %1 UTC, ×%2").arg(m_host->scenarioNow().toUTC().toString(QStringLiteral("hh:mm:ss"))).arg(m_host->speed());
}

} // namespace wf::sim
