#include "nodedetailpanel.h"
#include "core/clock.h"

#include "healthpalette.h"

#include "maplivestate.h"

#include "alerts/alertengine.h"
#include "engine/engine.h"
#include "feeds/feedpoller.h"
#include "health/healthengine.h"
#include "probes/probescheduler.h"
#include "routing/routingcontroller.h"
#include "store/store.h"
#include "topology/graph.h"
#include "topology/topologybuilder.h"

#include <QDateTime>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace wf::ui {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(56);
    setAccessibleName(tr("Recent latency"));
}

void Sparkline::setValues(const QList<QPointF> &points)
{
    m_points = points;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_points.size() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No latency samples yet"));
        return;
    }
    double x0 = m_points.first().x(), x1 = m_points.last().x();
    double ymax = 1;
    for (const QPointF &pt : m_points)
        ymax = std::max(ymax, pt.y());
    const QRectF area = QRectF(rect()).adjusted(4, 16, -4, -4);
    QPolygonF poly;
    for (const QPointF &pt : m_points)
        poly << QPointF(area.left() + (pt.x() - x0) / std::max(1.0, x1 - x0) * area.width(),
                        area.bottom() - pt.y() / ymax * area.height());
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    p.drawPolyline(poly);
    QList<double> ys;
    for (const QPointF &pt : m_points)
        ys << pt.y();
    std::sort(ys.begin(), ys.end());
    const double p95 = ys[std::min<qsizetype>(ys.size() - 1, qsizetype(ys.size() * 0.95))];
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(rect()).adjusted(4, 0, -4, 0), Qt::AlignTop | Qt::AlignLeft,
               tr("last %1 ms · p95 %2 ms · max %3 ms").arg(qRound(m_points.last().y())).arg(qRound(p95)).arg(qRound(ymax)));
}

NodeDetailPanel::NodeDetailPanel(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    m_title = new QLabel(tr("No node selected"));
    m_title->setObjectName(QStringLiteral("nodeDetailTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_body = new QTextBrowser;
    m_body->setObjectName(QStringLiteral("nodeDetailBody"));
    m_body->setAccessibleName(tr("Node details"));
    m_body->setOpenExternalLinks(false);
    m_sparkTitle = new QLabel(tr("Latency, last 2 hours"));
    m_spark = new Sparkline;
    m_actionsTitle = new QLabel(tr("Actions available"));
    m_actionsTitle->setObjectName(QStringLiteral("nodeActionsTitle"));
    m_actions = new QWidget;
    m_actions->setObjectName(QStringLiteral("nodeActions"));
    m_actionsLayout = new QVBoxLayout(m_actions);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_actionsTitle->hide();
    m_actions->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_sparkTitle);
    layout->addWidget(m_spark);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_actionsTitle);
    layout->addWidget(m_actions);

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_nodeId.isEmpty()) {
            refresh();
            loadSparkline();
        }
    });
    timer->start(5000);
}

void NodeDetailPanel::showNode(const QString &nodeId)
{
    m_nodeId = nodeId;
    refresh();
    loadSparkline();
}

QString NodeDetailPanel::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->toPlainText();
}

void NodeDetailPanel::updateActions(const QStringList &ids, const QStringList &labels)
{
    // Rebuilt only when the set changes: the periodic refresh must not take the focus away.
    if (ids == m_actionIds)
        return;
    m_actionIds = ids;
    while (QLayoutItem *item = m_actionsLayout->takeAt(0)) {
        // Later: this may run inside the clicked() of the very button going away.
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto *b = new QPushButton(labels.value(i));
        b->setObjectName(QStringLiteral("action:") + ids[i]);
        const QString id = ids[i];
        connect(b, &QPushButton::clicked, this, [this, id] {
            if (id.startsWith(QLatin1String("policy:")) || id.startsWith(QLatin1String("runbook:"))) {
                emit routingPreviewRequested(id.mid(id.indexOf(QLatin1Char(':')) + 1));
            } else if (id.startsWith(QLatin1String("ack:")) && m_engine->canWrite() && m_engine->alerts()) {
                alerts::AlertEngine *a = m_engine->alerts();
                const Status st = a->acknowledge(id.mid(4), qEnvironmentVariable("USER", QStringLiteral("operator")),
                                                 tr("Acknowledged from the node details"), a->now() + a->defaultAckMs());
                if (!st)
                    m_body->append(QStringLiteral("<p><b>%1</b></p>").arg(st.error().message.toHtmlEscaped()));
                refresh();
            }
        });
        m_actionsLayout->addWidget(b);
    }
    m_actionsTitle->setVisible(!ids.isEmpty());
    m_actions->setVisible(!ids.isEmpty());
}

static QString fmtTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

void NodeDetailPanel::refresh()
{
    const topology::Graph *graph = m_engine->topology();
    health::HealthEngine *health = m_engine->health();
    const topology::Node *node = graph ? graph->find(m_nodeId) : nullptr;
    if (!node || !health) {
        m_title->setText(tr("No node selected"));
        m_body->setHtml(tr("<p>Select a node on the map to see its state, why it is in that state, and who depends on it.</p>"));
        updateActions({}, {});
        return;
    }
    const HealthState state = health->state(m_nodeId);
    m_title->setText(QStringLiteral("%1 %2 — %3").arg(stateGlyph(state), node->label, stateLabel(state)));

    QString html;
    QStringList flags;
    if (health->isStale(m_nodeId))
        flags << tr("<b>stale</b>: no fresh data");
    if (health->isFlapping(m_nodeId))
        flags << tr("<b>flapping</b>");
    if (!flags.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(flags.join(QStringLiteral(" · ")));

    // Why: what this node's state is made of, down to the probe conditions that failed.
    const int idx = graph->indexOf(m_nodeId);
    probes::ProbeScheduler *scheduler = m_engine->probes();
    auto probeWhy = [this, scheduler](const QString &probeNode) -> QString {
        if (!scheduler || !probeNode.startsWith(QLatin1String("probe:")))
            return {};
        const std::optional<probes::ProbeResult> last = scheduler->status(probeNode.mid(6)).last;
        if (!last)
            return {};
        QString out = QStringLiteral("<br>&nbsp;&nbsp;")
            + tr("last result %1: %2").arg(fmtTime(last->tsMs), probes::outcomeLabel(last->outcome).toHtmlEscaped());
        if (!last->detail.isEmpty())
            out += QStringLiteral(" — ") + last->detail.toHtmlEscaped();
        for (const probes::ConditionResult &c : last->conditions)
            if (!c.pass)
                out += QStringLiteral("<br>&nbsp;&nbsp;✗ ")
                    + tr("condition <b>%1</b> failed (was %2)").arg(c.text.toHtmlEscaped(), c.actual.toHtmlEscaped());
        return out;
    };
    QStringList why;
    for (const auto &[dep, kind] : graph->dependenciesOf(idx)) {
        const topology::Node &d = graph->node(dep);
        const HealthState ds = health->state(d.id);
        QString what;
        switch (kind) {
        case topology::EdgeKind::Evidence: what = tr("probe"); break;
        case topology::EdgeKind::FrontDoor: what = tr("front-door probe"); break;
        case topology::EdgeKind::ProviderComponent: what = tr("status page component"); break;
        case topology::EdgeKind::RouteGateway: what = tr("gateway"); break;
        case topology::EdgeKind::RouteTarget: what = tr("target"); break;
        case topology::EdgeKind::ModelProvider: what = tr("provider"); break;
        case topology::EdgeKind::AppRoute: what = d.fallback ? tr("fallback route") : tr("route"); break;
        }
        QString line = QStringLiteral("<span style='color:%1'>%2</span> %3 <b>%4</b>: %5")
                           .arg(stateColor(ds).name(), stateGlyph(ds), what, d.label.toHtmlEscaped(), stateLabel(ds));
        if (d.kind == topology::NodeKind::Probe)
            line += probeWhy(d.id);
        why << (isBad(ds) ? QStringLiteral("<b>%1</b>").arg(line) : line);
    }
    if (node->kind == topology::NodeKind::Probe)
        why << tr("Own result") + probeWhy(m_nodeId);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Why"));
    html += why.isEmpty() ? tr("<p>Measured directly; nothing below it.</p>") : QStringLiteral("<p>%1</p>").arg(why.join(QStringLiteral("<br>")));

    const health::LatencyStats lat = health->latency(m_nodeId);
    if (lat.count > 0) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Last 5 minutes"));
        html += tr("<p>%1 results · error rate %2 % · latency p50 %3 ms · p95 %4 ms · p99 %5 ms</p>")
                    .arg(lat.count).arg(lat.errorRate * 100, 0, 'f', 1)
                    .arg(lat.p50 < 0 ? QStringLiteral("–") : QString::number(qRound(lat.p50)))
                    .arg(lat.p95 < 0 ? QStringLiteral("–") : QString::number(qRound(lat.p95)))
                    .arg(lat.p99 < 0 ? QStringLiteral("–") : QString::number(qRound(lat.p99)));
    }

    QStringList incidents;
    for (const auto &inc : health->openIncidents()) {
        if (inc.node != m_nodeId && inc.provider != node->provider)
            continue;
        QString line = tr("Detected %1 on %2").arg(fmtTime(inc.detectedMs), inc.node.toHtmlEscaped());
        if (inc.ahead)
            line += tr(" — <b>ahead of the status page</b>");
        if (inc.feedAckMs > 0)
            line += tr("; status page acknowledged %1 (lag %2 min)").arg(fmtTime(inc.feedAckMs)).arg(inc.lagMs / 60000.0, 0, 'f', 1);
        incidents << line;
    }
    // The provider's own incidents from its status page, with their updates (newest first).
    if (feeds::FeedPoller *poller = m_engine->feeds(); poller && !node->provider.isEmpty()
        && (node->kind == topology::NodeKind::Provider || node->kind == topology::NodeKind::Component || node->kind == topology::NodeKind::Model)) {
        const QString componentId = node->kind == topology::NodeKind::Component ? m_nodeId.mid(m_nodeId.indexOf(QLatin1Char('/')) + 1) : QString();
        const feeds::FeedStatus st = poller->status(node->provider);
        for (const feeds::Incident &inc : st.snapshot.incidents) {
            if (!inc.open || (!componentId.isEmpty() && !inc.components.contains(componentId)))
                continue;
            QString line = tr("Status page: <b>%1</b> (%2), since %3")
                               .arg(inc.title.toHtmlEscaped(), inc.status.toHtmlEscaped(),
                                    fmtTime(inc.started.isValid() ? inc.started.toMSecsSinceEpoch() : 0));
            for (const feeds::IncidentUpdate &u : inc.updates)
                line += QStringLiteral("<br>&nbsp;&nbsp;") + tr("%1 — %2: %3")
                            .arg(fmtTime(u.time.isValid() ? u.time.toMSecsSinceEpoch() : 0), u.status.toHtmlEscaped(), u.body.toHtmlEscaped());
            incidents << line;
        }
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Open incidents"));
    html += incidents.isEmpty() ? tr("<p>None.</p>") : QStringLiteral("<p>%1</p>").arg(incidents.join(QStringLiteral("<br>")));

    // The routing in force now: routes through this node (or of this app), with the share of the
    // app's traffic each carries and the gateway's read-back state of its server.
    const topology::BlastRadius radius = graph->dependents(m_nodeId);
    QStringList routeIds;
    if (node->kind == topology::NodeKind::Route)
        routeIds << m_nodeId;
    const QStringList related = node->kind == topology::NodeKind::App ? graph->dependencies(m_nodeId) : radius.nodes;
    for (const QString &id : related)
        if (const topology::Node *r = graph->find(id); r && r->kind == topology::NodeKind::Route)
            routeIds << id;
    QStringList routes;
    routing::RoutingController *rc = m_engine->routing();
    for (const QString &id : std::as_const(routeIds)) {
        const topology::Node *r = graph->find(id);
        const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
        const QString appId = id.mid(6, slash - 6);
        const int index = id.mid(slash + 1).toInt();
        const config::RouteConfig *route = nullptr;
        for (const auto &a : m_engine->config().apps)
            if (a.id == appId && index >= 0 && index < a.routes.size())
                route = &a.routes[index];
        QString where;
        if (route)
            where = route->model.isEmpty() ? route->provider : QString(route->provider + QLatin1Char('/') + route->model);
        QString line;
        if (m_live) {
            const MapLiveState::RouteShare share = m_live->routeShare(id);
            line = tr("%1 → %2: %3 % of the traffic (%4)")
                       .arg(r->label.toHtmlEscaped(), where.toHtmlEscaped())
                       .arg(qRound(share.share * 100))
                       .arg(share.live ? tr("read back from the gateway") : tr("configured"));
        } else {
            line = tr("%1 → %2: configured weight %3").arg(r->label.toHtmlEscaped(), where.toHtmlEscaped()).arg(r->weight);
        }
        if (route && rc && !route->gateway.isEmpty()) {
            const std::optional<gateways::GatewayState> st = rc->lastKnown(route->gateway);
            const gateways::UpstreamState *u = st ? st->find(route->backend, route->server) : nullptr;
            if (u)
                line += QStringLiteral("<br>&nbsp;&nbsp;") + tr("%1 %2/%3: %4, weight %5")
                            .arg(route->gateway.toHtmlEscaped(), u->backend.toHtmlEscaped(), u->server.toHtmlEscaped(), u->admin.toHtmlEscaped(),
                                 u->weight < 0 ? QStringLiteral("–") : QString::number(u->weight));
            else if (!st)
                line += QStringLiteral("<br>&nbsp;&nbsp;") + tr("%1 not read yet").arg(route->gateway.toHtmlEscaped());
        }
        routes << line;
    }
    if (!routes.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Routing now"), routes.join(QStringLiteral("<br>")));
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Blast radius"));
    QStringList apps;
    for (const QString &a : radius.apps)
        if (const topology::Node *n = graph->find(a))
            apps << n->label.toHtmlEscaped();
    html += tr("<p>%n app(s): %1<br>Customers: %2</p>", nullptr, int(apps.size()))
                .arg(apps.isEmpty() ? tr("none") : apps.join(QStringLiteral(", ")),
                     radius.customers.isEmpty() ? tr("none") : radius.customers.join(QStringLiteral(", ")).toHtmlEscaped());
    m_body->setHtml(html);

    // Actions: none for viewers (the services refuse their writes anyway).
    QStringList ids, labels;
    if (m_engine->canWrite()) {
        const config::Config &cfg = m_engine->config();
        auto touches = [&](const config::PolicyConfig &p) {
            switch (node->kind) {
            case topology::NodeKind::Gateway:
                for (const auto &step : p.steps)
                    if (topology::ids::gateway(step.gateway) == m_nodeId)
                        return true;
                return false;
            case topology::NodeKind::Provider:
            case topology::NodeKind::Model:
                return !node->provider.isEmpty() && (p.from == node->provider || p.to == node->provider);
            case topology::NodeKind::App:
            case topology::NodeKind::Route:
                for (const QString &rid : std::as_const(routeIds)) {
                    const qsizetype slash = rid.lastIndexOf(QLatin1Char('/'));
                    const QString appId = rid.mid(6, slash - 6);
                    const int index = rid.mid(slash + 1).toInt();
                    for (const auto &a : cfg.apps) {
                        if (a.id != appId || index < 0 || index >= a.routes.size())
                            continue;
                        const config::RouteConfig &r = a.routes[index];
                        for (const auto &step : p.steps)
                            if (step.gateway == r.gateway
                                && (step.backend.isEmpty() || step.backend == r.backend || step.model == r.backend))
                                return true;
                    }
                }
                return false;
            default:
                return false;
            }
        };
        QStringList policies;
        for (const config::PolicyConfig &p : cfg.policies) {
            if (!touches(p))
                continue;
            policies << p.id;
            ids << QStringLiteral("policy:") + p.id;
            labels << tr("Preview policy: %1").arg(p.name.isEmpty() ? p.id : p.name);
        }
        for (const config::RunbookConfig &rb : cfg.runbooks) {
            bool any = false;
            for (const QString &pid : rb.policies)
                any |= policies.contains(pid);
            if (!any)
                continue;
            ids << QStringLiteral("runbook:") + rb.id;
            labels << tr("Preview runbook: %1").arg(rb.name.isEmpty() ? rb.id : rb.name);
        }
        if (alerts::AlertEngine *a = m_engine->alerts()) {
            for (const alerts::Alert &al : a->alerts()) {
                if (al.nodeId != m_nodeId || !al.firing || al.isAcknowledged(a->now()))
                    continue;
                ids << QStringLiteral("ack:") + al.key;
                labels << tr("Acknowledge alert: %1").arg(al.summary);
            }
        }
    }
    updateActions(ids, labels);
}

void NodeDetailPanel::loadSparkline()
{
    const topology::Graph *graph = m_engine->topology();
    if (!graph || !m_engine->store()->isOpen())
        return;
    // The node's own observations, or those of the probes that speak for it.
    QStringList targets;
    const int idx = graph->indexOf(m_nodeId);
    if (idx < 0)
        return;
    if (graph->node(idx).kind == topology::NodeKind::Probe)
        targets << m_nodeId;
    for (const auto &[dep, kind] : graph->dependenciesOf(idx))
        if (kind == topology::EdgeKind::Evidence || kind == topology::EdgeKind::FrontDoor)
            targets << graph->node(dep).id;
    if (targets.isEmpty()) {
        m_spark->setValues({});
        return;
    }
    const qint64 to = wf::clock::nowMs();
    const qint64 from = to - 2 * 3'600'000;
    const QString wanted = m_nodeId;
    m_engine->store()->run<QList<QPointF>>(this,
        [targets, from, to](store::Database &db) {
            QList<QPointF> pts;
            for (const QString &t : targets) {
                auto rows = store::Store::readObservations(db, t, from, to, 2000);
                if (!rows)
                    continue;
                for (const auto &o : *rows)
                    if (o.latencyMs >= 0)
                        pts << QPointF(double(o.tsMs), o.latencyMs);
            }
            std::sort(pts.begin(), pts.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
            return pts;
        },
        [this, wanted](QList<QPointF> pts) {
            if (wanted == m_nodeId)
                m_spark->setValues(pts);
        });
}

} // namespace wf::ui
