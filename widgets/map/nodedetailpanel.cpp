#include "nodedetailpanel.h"
#include "core/clock.h"

#include "healthpalette.h"

#include "engine/engine.h"
#include "health/healthengine.h"
#include "store/store.h"
#include "topology/graph.h"

#include <QDateTime>
#include <QLabel>
#include <QPainter>
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_sparkTitle);
    layout->addWidget(m_spark);
    layout->addWidget(m_body, 1);

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

    // Why: what this node's state is made of.
    const int idx = graph->indexOf(m_nodeId);
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
        const QString line = QStringLiteral("<span style='color:%1'>%2</span> %3 <b>%4</b>: %5")
                                 .arg(stateColor(ds).name(), stateGlyph(ds), what, d.label.toHtmlEscaped(), stateLabel(ds));
        why << (isBad(ds) ? QStringLiteral("<b>%1</b>").arg(line) : line);
    }
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
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Open incidents"));
    html += incidents.isEmpty() ? tr("<p>None.</p>") : QStringLiteral("<p>%1</p>").arg(incidents.join(QStringLiteral("<br>")));

    // Routes through this node and who depends on it.
    const topology::BlastRadius radius = graph->dependents(m_nodeId);
    QStringList routes;
    for (const QString &id : radius.nodes) {
        const topology::Node *r = graph->find(id);
        if (r && r->kind == topology::NodeKind::Route)
            routes << tr("%1 (weight %2%3)").arg(r->label.toHtmlEscaped()).arg(r->weight).arg(r->fallback ? tr(", fallback") : QString());
    }
    if (node->kind == topology::NodeKind::Route)
        routes.prepend(tr("%1 (weight %2%3)").arg(node->label.toHtmlEscaped()).arg(node->weight).arg(node->fallback ? tr(", fallback") : QString()));
    if (!routes.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Routing"), routes.join(QStringLiteral("<br>")));
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Blast radius"));
    QStringList apps;
    for (const QString &a : radius.apps)
        if (const topology::Node *n = graph->find(a))
            apps << n->label.toHtmlEscaped();
    html += tr("<p>%n app(s): %1<br>Customers: %2</p>", nullptr, int(apps.size()))
                .arg(apps.isEmpty() ? tr("none") : apps.join(QStringLiteral(", ")),
                     radius.customers.isEmpty() ? tr("none") : radius.customers.join(QStringLiteral(", ")).toHtmlEscaped());
    m_body->setHtml(html);
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
