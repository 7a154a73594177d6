#include "mappanel.h"

#include "core/settings.h"
#include "filterbar.h"
#include "viewfilter.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QResizeEvent>
#include <QWheelEvent>

#include <cmath>

namespace wf::ui {

namespace {
SettingValue<QVariantMap> s_pinned(QStringLiteral("Map/pinnedPositions"));
}

MapView::MapView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setAccessibleName(tr("Dependency map"));
}

void MapView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.02, 4.0);
    scale(next / current, next / current);
}

void MapView::fit()
{
    if (!scene() || scene()->items().isEmpty())
        return;
    fitInView(scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (transform().m11() > 1.6)
        setTransform(QTransform::fromScale(1.6, 1.6)); // small maps: readable, not huge
    centerOn(scene()->itemsBoundingRect().center());
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed)
        fit(); // keep the whole map in view until the operator zooms
}

void MapView::wheelEvent(QWheelEvent *event)
{
    m_userZoomed = true;
    zoomBy(std::pow(1.2, event->angleDelta().y() / 120.0));
    event->accept();
}

MapPanel::MapPanel(QWidget *parent)
    : QWidget(parent)
{
    qRegisterMetaType<topology::LayoutResult>();
    m_scene = new MapScene(this);
    m_view = new MapView(m_scene);
    m_view->setObjectName(QStringLiteral("mapView"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("Find a node (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find a node"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_filterBar = new FilterBar(QStringLiteral("map"));
    auto *fit = new QPushButton(tr("Fit"));
    auto *relayoutButton = new QPushButton(tr("Re-layout"));
    relayoutButton->setToolTip(tr("Compute a fresh layout and forget dragged positions"));
    auto *png = new QPushButton(tr("PNG…"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_filterBar, 2);
    bar->addWidget(fit);
    bar->addWidget(relayoutButton);
    bar->addWidget(png);

    m_radiusTitle = new QLabel(tr("Select a node to see its blast radius."));
    m_radiusTitle->setWordWrap(true);
    m_radiusTitle->setObjectName(QStringLiteral("blastRadiusTitle"));
    m_radius = new QListWidget;
    m_radius->setObjectName(QStringLiteral("blastRadius"));
    m_radius->setAccessibleName(tr("Blast radius"));
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_radiusTitle);
    sideLayout->addWidget(m_radius, 1);

    auto *split = new QSplitter;
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("mapStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &MapPanel::savePinned);

    const QVariantMap saved = s_pinned.get();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        m_pinned.insert(it.key(), it.value().toPointF());

    connect(m_scene, &MapScene::nodeActivated, this, &MapPanel::onNodeActivated);
    connect(m_scene, &MapScene::nodeMoved, this, [this](const QString &id, QPointF pos) {
        m_pinned.insert(id, pos);
        m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-80, -80, 80, 80));
        m_saveTimer->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNode(m_search->text()); });
    setViewFilter(new ViewFilter(this));
    connect(fit, &QPushButton::clicked, m_view, &MapView::fit);
    connect(relayoutButton, &QPushButton::clicked, this, [this] { relayout(true); });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export map"), QStringLiteral("map.png"), tr("PNG image (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            m_status->setText(tr("Could not write %1").arg(path));
    });
}

void MapPanel::setGraph(const topology::Graph &graph, const QStringList &providers)
{
    m_scene->build(graph);
    m_scene->setFilter(m_filter->spec());
    QStringList names;
    QStringList tags;
    for (NodeItem *n : m_scene->nodes()) {
        names << n->label();
        tags << graph.node(n->index()).tags;
    }
    names.removeDuplicates();
    m_filter->addChoices(providers, tags);
    delete m_search->completer();
    auto *completer = new QCompleter(names, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    // Picking a name from the list goes straight to the node, no Enter needed.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &MapPanel::findNode);
    m_search->setCompleter(completer);
    relayout(false);
}

void MapPanel::setViewFilter(ViewFilter *filter)
{
    if (!filter || filter == m_filter)
        return;
    if (m_filter) {
        disconnect(m_filter, nullptr, this, nullptr);
        filter->addChoices(m_filter->providers(), m_filter->tags());
    }
    m_filter = filter;
    m_filterBar->setFilter(filter);
    connect(filter, &ViewFilter::changed, this, [this] { m_scene->setFilter(m_filter->spec()); });
    m_scene->setFilter(filter->spec());
}

void MapPanel::relayout(bool forgetPinned)
{
    if (forgetPinned) {
        m_pinned.clear();
        savePinned();
    }
    const quint64 gen = ++m_layoutGeneration;
    m_status->setText(tr("Computing layout for %1 nodes…").arg(m_scene->nodeCount()));
    const topology::Graph graph = m_scene->graph();
    QPointer<MapPanel> self(this);
    QThreadPool::globalInstance()->start([self, graph, gen] {
        auto r = topology::GraphLayout::compute(graph);
        const topology::LayoutResult result = r ? *r : topology::GraphLayout::layered(graph);
        QThread *worker = QThread::currentThread();
        QMetaObject::invokeMethod(qApp, [self, result, gen, worker] {
            if (!self || gen != self->m_layoutGeneration)
                return;
            self->m_lastLayoutThread = worker;
            self->m_scene->applyPositions(result.positions, self->m_pinned);
            self->m_view->fit();
            self->m_status->setText(tr("%1 nodes, %2 edges · layout %3 in %4 ms")
                                        .arg(self->m_scene->nodeCount()).arg(self->m_scene->edgeCount())
                                        .arg(result.engine).arg(result.elapsedMs));
            emit self->layoutReady(result);
        }, Qt::QueuedConnection);
    });
}

bool MapPanel::findNode(const QString &name)
{
    const QString text = name.trimmed();
    if (text.isEmpty())
        return false;
    for (NodeItem *n : m_scene->nodes())
        if (n->label().compare(text, Qt::CaseInsensitive) == 0 || n->id() == text)
            return focusNode(n->id());
    for (NodeItem *n : m_scene->nodes())
        if (n->label().contains(text, Qt::CaseInsensitive) || n->id().contains(text, Qt::CaseInsensitive))
            return focusNode(n->id());
    m_status->setText(tr("No node matches \"%1\".").arg(text));
    return false;
}

bool MapPanel::focusNode(const QString &id)
{
    NodeItem *n = m_scene->node(id);
    if (!n)
        return false;
    m_scene->clearSelection();
    n->setSelected(true);
    m_view->centerOn(n);
    onNodeActivated(id);
    m_scene->highlight(id);
    return true;
}

void MapPanel::onNodeActivated(const QString &id)
{
    m_radius->clear();
    if (id.isEmpty()) {
        m_radiusTitle->setText(tr("Select a node to see its blast radius."));
        emit nodeSelected(id);
        return;
    }
    const topology::BlastRadius r = m_scene->graph().dependents(id);
    const topology::Node *node = m_scene->graph().find(id);
    m_radiusTitle->setText(tr("<b>%1</b><br>%n dependent node(s) · %2 app(s) · %3 customer(s)", nullptr, int(r.nodes.size()))
                               .arg((node ? node->label : id).toHtmlEscaped()).arg(r.apps.size()).arg(r.customers.size()));
    for (const QString &app : r.apps) {
        const topology::Node *a = m_scene->graph().find(app);
        auto *item = new QListWidgetItem(tr("App: %1").arg(a ? a->label : app));
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        m_radius->addItem(item);
    }
    for (const QString &c : r.customers)
        m_radius->addItem(tr("Customer: %1").arg(c));
    emit nodeSelected(id);
}

void MapPanel::savePinned()
{
    QVariantMap map;
    for (auto it = m_pinned.cbegin(); it != m_pinned.cend(); ++it)
        map.insert(it.key(), it.value());
    s_pinned.set(map);
}

bool MapPanel::exportPng(const QString &path) const
{
    const QRectF rect = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    const double scale = std::min(1.0, 8000.0 / std::max(rect.width(), rect.height()));
    QImage img((rect.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    img.fill(palette().color(QPalette::Base));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const_cast<MapScene *>(m_scene)->render(&p, QRectF(QPointF(0, 0), QSizeF(img.size())), rect);
    p.end();
    return img.save(path, "PNG");
}

} // namespace wf::ui
