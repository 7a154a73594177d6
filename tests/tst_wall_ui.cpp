// The ops-room wall: renders at 1080p and 4K with type that scales, the STALE DATA banner only
// when data stopped updating, no control that takes input, rotation on the injected clock, time
// in state and incident age from the real health engine.
#include "config/config.h"
#include "health/healthengine.h"
#include "map/mapscene.h"
#include "store/store.h"
#include "timeline/timelinepanel.h"
#include "topology/graphlayout.h"
#include "topology/topologybuilder.h"
#include "wall/healthwallsource.h"
#include "wall/walltile.h"
#include "wall/wallview.h"
#include "wall/wallwindow.h"
#include "wall/wallzoompage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTextEdit>
#include <QtTest>

#include <cmath>

using namespace wf;
using namespace wf::ui;
using topology::ids::app;
using topology::ids::provider;

namespace {
constexpr qint64 kMin = 60'000;
// 2026-03-02 14:00:00 UTC
constexpr qint64 kBase = 1'772'460'000'000LL;

QString screenshotDir()
{
    static QTemporaryDir fallback;
    const QString env = qEnvironmentVariable("WATCHFLOOR_SCREENSHOT_DIR");
    if (!env.isEmpty()) {
        QDir().mkpath(env);
        return env;
    }
    return fallback.path();
}

// Share of pixels in `rect` close to `colour`.
double colourShare(const QImage &image, const QRect &rect, QColor colour)
{
    int hits = 0;
    int total = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); y += 2) {
        for (int x = r.left(); x <= r.right(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            ++total;
            if (std::abs(c.red() - colour.red()) < 24 && std::abs(c.green() - colour.green()) < 24
                && std::abs(c.blue() - colour.blue()) < 24)
                ++hits;
        }
    }
    return total ? double(hits) / total : 0.0;
}
} // namespace

class TestWallUi : public QObject
{
    Q_OBJECT

private:
    config::Config m_config;
    topology::Graph m_graph;
    std::unique_ptr<health::HealthEngine> m_health;
    qint64 m_now = kBase;

    std::function<qint64()> clock()
    {
        return [this] { return m_now; };
    }

    void feed(const QString &providerId, HealthState s)
    {
        m_health->setComponentState(providerId, QStringLiteral("api"), QStringLiteral("API"), s, m_now);
    }

    void probe(const QString &probeId, HealthState s)
    {
        store::Observation o;
        o.tsMs = m_now;
        o.source = QStringLiteral("probe");
        o.target = QStringLiteral("probe:") + probeId;
        o.state = stateKey(s);
        o.latencyMs = 120;
        m_health->ingest(o);
    }

    // Every provider's feed and both probes report in at m_now.
    void everythingFresh(HealthState anthropic = HealthState::Operational, HealthState openai = HealthState::Operational)
    {
        for (const auto &p : m_config.providers) {
            if (p.id == QLatin1String("anthropic"))
                feed(p.id, anthropic);
            else if (p.id == QLatin1String("openai"))
                feed(p.id, openai);
            else
                feed(p.id, HealthState::Operational);
        }
        probe(QStringLiteral("claude-api"), HealthState::Operational);
        probe(QStringLiteral("openai-api"), HealthState::Operational);
        m_health->checkStale();
    }

    WallView::Settings settings() const
    {
        return WallView::Settings{m_config.ui.wallRotateMs, m_config.ui.localTimeZone};
    }

private slots:
    void init()
    {
        auto r = config::ConfigLoader::loadFile(QStringLiteral(WF_TEST_DATA_DIR "/wall/wall.yaml"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        m_config = *r;
        m_graph = topology::TopologyBuilder::build(m_config);
        m_now = kBase;
        health::HealthSettings hs;
        hs.staleAfterMs = 3 * kMin;
        hs.failureThreshold = 1;
        m_health = std::make_unique<health::HealthEngine>(&m_graph, hs);
        m_health->setClock(clock());
    }

    void cleanup()
    {
        m_health.reset();
    }

    void tilesPerProviderAndApp()
    {
        HealthWallSource source(m_config, &m_graph, m_health.get());
        source.setClock(clock());
        const QList<WallTileData> tiles = source.tiles();
        QCOMPARE(tiles.size(), m_config.providers.size() + m_config.apps.size());
        QStringList ids;
        for (const WallTileData &t : tiles)
            ids << t.id;
        QVERIFY(ids.contains(provider(QStringLiteral("anthropic"))));
        QVERIFY(ids.contains(app(QStringLiteral("chat-prod"))));
        for (const WallTileData &t : tiles)
            QVERIFY2(!t.label.contains(QLatin1Char(':')), qPrintable(t.label)); // names, not node ids
    }

    void rendersAndTypeScales_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("1080p") << QSize(1920, 1080);
        QTest::addRow("4k") << QSize(3840, 2160);
    }

    void rendersAndTypeScales()
    {
        QFETCH(QSize, size);
        // The wall watches from the start: Anthropic down 37 min, OpenAI degraded 12 min.
        HealthWallSource source(m_config, &m_graph, m_health.get());
        source.setClock(clock());
        everythingFresh(HealthState::MajorOutage);
        m_now += 25 * kMin;
        everythingFresh(HealthState::MajorOutage, HealthState::Degraded);
        m_now += 12 * kMin;
        everythingFresh(HealthState::MajorOutage, HealthState::Degraded);
        WallView view(&source, settings());
        view.setClock(clock());
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.tick();
        QCoreApplication::processEvents();

        const QImage shot = view.grab().toImage();
        QCOMPARE(shot.size(), size);
        const QString file = QDir(screenshotDir()).filePath(QStringLiteral("wall-%1x%2.png").arg(size.width()).arg(size.height()));
        QVERIFY(shot.save(file));
        qInfo().noquote() << "wall screenshot:" << file;

        // Worst first: the major outage is the first tile, and says so in words.
        WallTile *first = view.tiles().first();
        QCOMPARE(first->data().id, provider(QStringLiteral("anthropic")));
        QVERIFY2(first->stateLabel()->text().contains(stateLabel(HealthState::MajorOutage).toUpper()), qPrintable(first->stateLabel()->text()));
        QCOMPARE(first->nameLabel()->text(), QStringLiteral("Anthropic"));
        QVERIFY(view.incidentLabel()->text().contains(QStringLiteral("37 min")));
        QCOMPARE(first->sinceLabel()->text(), QStringLiteral("for 37 min"));
        for (WallTile *t : view.tiles())
            if (t->data().id == provider(QStringLiteral("openai")))
                QCOMPARE(t->sinceLabel()->text(), QStringLiteral("for 12 min"));

        // Type size from the screen: 1080 lines -> >= 40 px names, 4K -> twice that.
        const int namePx = QFontInfo(first->nameLabel()->font()).pixelSize();
        const int statePx = QFontInfo(first->stateLabel()->font()).pixelSize();
        const int sincePx = QFontInfo(first->sinceLabel()->font()).pixelSize();
        qInfo() << size << "name" << namePx << "px, state" << statePx << "px, since" << sincePx << "px";
        const double lines = size.height() / 1080.0;
        QVERIFY2(namePx >= 40 * lines && namePx <= 50 * lines, qPrintable(QString::number(namePx)));
        QVERIFY(statePx > namePx);
        QVERIFY(sincePx >= 32 * lines);
        // The text fits its tile: nothing cut (glyph + full state words on one line) and the label is as
        // tall as its font.
        QVERIFY(first->stateLabel()->width() >= first->stateLabel()->fontMetrics().horizontalAdvance(first->stateLabel()->text()));
        QVERIFY(first->nameLabel()->height() >= namePx);
        QVERIFY(first->geometry().bottom() < view.height());
        // A red-framed tile is really on screen where the first tile is.
        const QRect tileRect(first->mapTo(&view, QPoint(0, 0)), first->size());
        QVERIFY(colourShare(shot, tileRect.adjusted(0, 2, 0, -tileRect.height() + 8), QColor(0xe0, 0x3e, 0x3e)) > 0.5);
    }

    void staleBannerOnlyWhenStale_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("1080p") << QSize(1920, 1080);
        QTest::addRow("4k") << QSize(3840, 2160);
    }

    void staleBannerOnlyWhenStale()
    {
        QFETCH(QSize, size);
        everythingFresh();
        HealthWallSource source(m_config, &m_graph, m_health.get());
        source.setClock(clock());
        WallView view(&source, settings());
        view.setClock(clock());
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QColor amber(0xff, 0xb0, 0x00);
        auto bannerShare = [&view, &amber] {
            const QImage shot = view.grab().toImage();
            // The banner's band: below the header, above the pages.
            const QRect band(0, view.utcClock()->parentWidget()->geometry().bottom(), view.width(), view.unit() * 3);
            return colourShare(shot, band, amber);
        };

        // Fresh: no banner, and none in the picture.
        m_now += 2 * kMin;
        everythingFresh();
        view.tick();
        QVERIFY(!view.staleBanner()->isVisible());
        QVERIFY(source.staleLabels().isEmpty());
        QVERIFY(bannerShare() < 0.01);

        // Everything keeps reporting except OpenAI's feed and probe: after the stale limit it is named.
        for (int i = 0; i < 4; ++i) {
            m_now += kMin;
            for (const auto &p : m_config.providers)
                if (p.id != QLatin1String("openai"))
                    feed(p.id, HealthState::Operational);
            probe(QStringLiteral("claude-api"), HealthState::Operational);
            m_health->checkStale();
        }
        view.tick();
        QVERIFY(view.staleBanner()->isVisible());
        QVERIFY2(view.staleBanner()->text().contains(QStringLiteral("STALE DATA")), qPrintable(view.staleBanner()->text()));
        QVERIFY2(view.staleBanner()->text().contains(QStringLiteral("OpenAI")), qPrintable(view.staleBanner()->text()));
        QVERIFY(!view.staleBanner()->text().contains(QStringLiteral("Anthropic")));
        // The saved screenshot itself shows the banner: read back from disk, not from the widget.
        const QString file = QDir(screenshotDir()).filePath(QStringLiteral("wall-stale-%1x%2.png").arg(size.width()).arg(size.height()));
        QVERIFY(view.grab().toImage().save(file));
        const QImage saved(file);
        QCOMPARE(saved.size(), size);
        const QRect band(0, view.utcClock()->parentWidget()->geometry().bottom(), view.width(), view.unit() * 3);
        QVERIFY2(colourShare(saved, band, amber) > 0.3, qPrintable(file));
        QVERIFY(bannerShare() > 0.3);
        // The stale tile says so in words too (not only hatching).
        bool tileSaysStale = false;
        for (WallTile *t : view.tiles())
            if (t->data().id == provider(QStringLiteral("openai")))
                tileSaysStale = t->sinceLabel()->text().contains(QStringLiteral("NO FRESH DATA"));
        QVERIFY(tileSaysStale);

        // The feed poller's own stale flag (no good poll for a while) raises the banner as well.
        m_now += kMin;
        everythingFresh();
        view.tick();
        QVERIFY(!view.staleBanner()->isVisible());
        source.setFeedStale(QStringLiteral("github"), true);
        QVERIFY(view.staleBanner()->isVisible());
        QVERIFY2(view.staleBanner()->text().contains(QStringLiteral("GitHub")), qPrintable(view.staleBanner()->text()));
        source.setFeedStale(QStringLiteral("github"), false);

        // OpenAI reports again: the banner goes away.
        m_now += kMin;
        everythingFresh();
        view.tick();
        QVERIFY(!view.staleBanner()->isVisible());
        QVERIFY(bannerShare() < 0.01);
    }

    void noInteractiveControls()
    {
        everythingFresh(HealthState::PartialOutage);
        HealthWallSource source(m_config, &m_graph, m_health.get());
        source.setClock(clock());

        // The console's pages: the map scene and a timeline panel on a real store.
        MapScene scene;
        scene.build(m_graph);
        scene.applyPositions(topology::GraphLayout::layered(m_graph).positions);
        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("wf.db"))).ok());
        TimelinePanel timeline(&store, [](const QString &t) { return LaneInfo{t, QString(), t}; });

        WallWindow wall(&source, settings());
        wall.view()->setClock(clock());
        wall.addMapPage(&scene);
        wall.addTimelinePage(&timeline, [](const QString &t) { return LaneInfo{t, QString(), t}; });
        wall.resize(1920, 1080);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QCOMPARE(wall.view()->pageTitles().mid(wall.view()->pageCount() - 2), (QStringList{QStringLiteral("Map"), QStringLiteral("Timeline")}));

        for (int page = 0; page < wall.view()->pageCount(); ++page) {
            wall.view()->showPage(page);
            QCoreApplication::processEvents();
            QVERIFY(wall.grab().save(QDir(screenshotDir()).filePath(QStringLiteral("wall-page%1-%2.png").arg(page).arg(wall.view()->currentPageTitle().section(QLatin1Char(' '), 0, 0).toLower()))));
        }

        QList<QWidget *> widgets = wall.findChildren<QWidget *>();
        // Widgets shown through a graphics proxy (the enlarged timeline) are checked too.
        for (WallZoomPage *z : wall.findChildren<WallZoomPage *>()) {
            widgets << z->content();
            widgets << z->content()->findChildren<QWidget *>();
        }
        QVERIFY(widgets.size() > 20);
        for (QWidget *w : std::as_const(widgets)) {
            const QByteArray name = QByteArray(w->metaObject()->className()) + " " + w->objectName().toUtf8() + " in "
                + (w->parentWidget() ? w->parentWidget()->metaObject()->className() : "-");
            QVERIFY2(!qobject_cast<QAbstractButton *>(w), name.constData());
            QVERIFY2(!qobject_cast<QLineEdit *>(w), name.constData());
            QVERIFY2(!qobject_cast<QComboBox *>(w), name.constData());
            QVERIFY2(!qobject_cast<QAbstractSpinBox *>(w), name.constData());
            QVERIFY2(!qobject_cast<QTextEdit *>(w), name.constData());
            QVERIFY2(!qobject_cast<QPlainTextEdit *>(w), name.constData());
            QVERIFY2(!qobject_cast<QAbstractItemView *>(w), name.constData());
            QVERIFY2(!qobject_cast<QDialog *>(w), name.constData());
            // Scroll areas own scroll bars; on the wall they are never shown.
            if (qobject_cast<QAbstractSlider *>(w))
                QVERIFY2(!w->isVisible(), name.constData());
            // Only the wall itself takes keys (Escape/F11 to leave, arrows to page).
            if (w != wall.view())
                QVERIFY2(w->focusPolicy() == Qt::NoFocus || !w->isVisible() || qobject_cast<QLabel *>(w), name.constData());
            if (auto *l = qobject_cast<QLabel *>(w))
                QVERIFY2(l->textInteractionFlags() == Qt::NoTextInteraction, name.constData());
        }
        // Ticking through a full rotation never opens a window of its own (no dialogs on a wall).
        const int before = QApplication::topLevelWidgets().size();
        for (int i = 0; i < 10; ++i) {
            m_now += m_config.ui.wallRotateMs;
            wall.view()->tick();
        }
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY2(!qobject_cast<QDialog *>(top) || !top->isVisible(), top->metaObject()->className());
        QCOMPARE(QApplication::topLevelWidgets().size(), before);
        // Every tile has an accessible name with the state in words.
        for (WallTile *t : wall.view()->tiles())
            if (t->isVisible())
                QVERIFY2(t->accessibleName().contains(stateLabel(t->data().state)), qPrintable(t->accessibleName()));
    }

    void rotationFollowsClock()
    {
        everythingFresh();
        HealthWallSource source(m_config, &m_graph, m_health.get());
        WallView view(&source, WallView::Settings{20'000, QString()});
        view.setClock(clock());
        view.addPage(QStringLiteral("Map"), new QWidget);
        view.addPage(QStringLiteral("Timeline"), new QWidget);
        view.resize(1920, 1080);
        // 7 providers + 5 apps, nine tiles to a page: two status pages.
        QCOMPARE(view.pageTitles(), (QStringList{QStringLiteral("Status 1/2"), QStringLiteral("Status 2/2"),
                                                 QStringLiteral("Map"), QStringLiteral("Timeline")}));
        QSignalSpy changed(&view, &WallView::pageChanged);
        view.tick();
        QCOMPARE(view.currentPage(), 0);
        m_now += 19'999;
        view.tick();
        QCOMPARE(view.currentPage(), 0);
        m_now += 1;
        view.tick();
        QCOMPARE(view.currentPageTitle(), QStringLiteral("Status 2/2"));
        m_now += 20'000;
        view.tick();
        QCOMPARE(view.currentPageTitle(), QStringLiteral("Map"));
        m_now += 20'000;
        view.tick();
        QCOMPARE(view.currentPageTitle(), QStringLiteral("Timeline"));
        m_now += 20'000;
        view.tick();
        QCOMPARE(view.currentPageTitle(), QStringLiteral("Status 1/2"));
        QCOMPARE(changed.size(), 4);
        // Without the clock moving, ticks (the real 1 s timer) do not rotate.
        for (int i = 0; i < 5; ++i)
            view.tick();
        QCOMPARE(view.currentPage(), 0);

        // A new outage takes the screen at once, whatever page is showing.
        // A late tick moves one page, not several.
        m_now += 45'000;
        view.tick();
        view.tick();
        QCOMPARE(view.currentPageTitle(), QStringLiteral("Status 2/2"));
        m_now += 20'000;
        view.tick();
        QCOMPARE(view.currentPageTitle(), QStringLiteral("Map"));
        m_now += 1'000;
        feed(QStringLiteral("deepseek"), HealthState::MajorOutage);
        view.tick();
        QCOMPARE(view.currentPageTitle(), QStringLiteral("Status 1/2"));
        QCOMPARE(view.tiles().first()->data().id, provider(QStringLiteral("deepseek")));
    }

    void moreTilesMorePages()
    {
        // A tile per provider and app, nine to a page: 18 tiles make two status pages.
        config::Config cfg = m_config;
        for (int i = 0; i < 6; ++i) {
            config::AppConfig a = cfg.apps.first();
            a.id = QStringLiteral("extra-%1").arg(i);
            a.name = QStringLiteral("Extra app %1").arg(i);
            cfg.apps << a;
        }
        topology::Graph graph = topology::TopologyBuilder::build(cfg);
        health::HealthEngine h(&graph);
        h.setClock(clock());
        HealthWallSource source(cfg, &graph, &h);
        WallView view(&source, WallView::Settings{20'000, QString()});
        view.setClock(clock());
        QCOMPARE(source.tiles().size(), 18);
        QCOMPARE(view.pageTitles(), (QStringList{QStringLiteral("Status 1/2"), QStringLiteral("Status 2/2")}));
        int shown = 0;
        for (WallTile *t : view.tiles())
            shown += !t->isHidden();
        QCOMPARE(shown, 18);
    }

    void timeInState_data()
    {
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<QString>("text");
        QTest::addRow("seconds") << qint64(42'000) << QStringLiteral("for 42 s");
        QTest::addRow("minutes") << qint64(12 * kMin + 59'000) << QStringLiteral("for 12 min");
        QTest::addRow("hours") << qint64(65 * kMin) << QStringLiteral("for 1 h 05 min");
        QTest::addRow("days") << qint64(2 * 1440 * kMin + 3 * 60 * kMin) << QStringLiteral("for 2 d 3 h");
    }

    void timeInState()
    {
        QFETCH(qint64, elapsed);
        QFETCH(QString, text);
        everythingFresh();
        HealthWallSource source(m_config, &m_graph, m_health.get());
        source.setClock(clock());
        WallView view(&source, settings());
        view.setClock(clock());
        view.resize(1920, 1080);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // OpenAI's feed turns bad while the wall watches: time in state counts from that moment.
        m_now += kMin;
        const qint64 changedAt = m_now;
        feed(QStringLiteral("openai"), HealthState::PartialOutage);
        m_now = changedAt + elapsed;
        view.tick();
        WallTile *tile = view.tiles().first();
        QCOMPARE(tile->data().id, provider(QStringLiteral("openai")));
        QCOMPARE(tile->data().sinceMs, changedAt);
        QCOMPARE(tile->sinceLabel()->text(), text);
        QVERIFY(view.incidentLabel()->text().contains(QStringLiteral("OpenAI")));

        // States that were there before the wall started are only a lower bound, and say so.
        for (WallTile *t : view.tiles()) {
            if (t->data().id == provider(QStringLiteral("anthropic"))) {
                QVERIFY(!t->data().sinceExact);
                QVERIFY2(t->sinceLabel()->text().startsWith(QStringLiteral("for ≥ ")), qPrintable(t->sinceLabel()->text()));
            }
        }
    }

    void clocks()
    {
        HealthWallSource source(m_config, &m_graph, m_health.get());
        WallView view(&source, settings());
        m_now = kBase + 5 * 1000; // 14:00:05 UTC, 15:00 in Berlin (CET in March)
        view.setClock(clock());
        view.tick();
        QCOMPARE(view.utcClock()->text(), QStringLiteral("14:00:05 UTC"));
        QVERIFY(view.localClock()->isVisibleTo(&view));
        QVERIFY2(view.localClock()->text().startsWith(QStringLiteral("15:00 Berlin")), qPrintable(view.localClock()->text()));

        WallView utcOnly(&source, WallView::Settings{20'000, QStringLiteral("Not/AZone")});
        QVERIFY(!utcOnly.localClock()->isVisibleTo(&utcOnly));
    }

    // In a drill the wall says so all the time, in words and as a band across the screen.
    void drillMarkerOnTheWall()
    {
        everythingFresh(HealthState::MajorOutage);
        HealthWallSource source(m_config, &m_graph, m_health.get());
        source.setClock(clock());
        WallView view(&source, settings());
        view.setClock(clock());
        view.resize(1920, 1080);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.drillMarker()->isVisible());
        const QColor drillOrange(0xb4, 0x53, 0x09);
        auto bandShare = [&] {
            const QImage shot = view.grab().toImage();
            const QRect band(0, view.utcClock()->parentWidget()->geometry().bottom() + 2, view.width(), view.unit());
            return colourShare(shot, band, drillOrange);
        };
        QVERIFY(bandShare() < 0.01);

        const QString marker = QStringLiteral("DRILL — reconstruction of 2026-03-02 from public reporting");
        view.setDrillNote(marker);
        view.tick();
        QCoreApplication::processEvents();
        QVERIFY(view.drillMarker()->isVisible());
        QCOMPARE(view.drillMarker()->text(), marker + QStringLiteral(" — replayed data, not a live incident"));
        QCOMPARE(view.drillMarker()->accessibleName(), view.drillMarker()->text());
        QVERIFY(view.drillMarker()->font().pixelSize() >= view.unit() * 3 / 4);
        QVERIFY(bandShare() > 0.3);
        QVERIFY(view.grab().toImage().save(QDir(screenshotDir()).filePath(QStringLiteral("wall-drill-1920x1080.png"))));
        // It survives rotation: it sits above the pages.
        view.showPage(view.pageCount() - 1);
        QVERIFY(view.drillMarker()->isVisible());

        view.setDrillNote(QString());
        QVERIFY(!view.drillMarker()->isVisible());
    }

    // Wall type follows the screen: run this test binary as a child on offscreen screens of
    // different size, device pixel ratio and logical DPI (the parent runs with Qt's test-wide
    // 96 DPI) and compare the type it lays out.
    void typeFollowsScreenDensity()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        int run = 0;
        auto probe = [&](int width, int height, int dpi, double dpr, QString *error) {
            const QString configPath = dir.filePath(QStringLiteral("screen%1.json").arg(run));
            const QString outPath = dir.filePath(QStringLiteral("probe%1.json").arg(run));
            ++run;
            QJsonObject screen{{QStringLiteral("name"), QStringLiteral("wall")}, {QStringLiteral("x"), 0}, {QStringLiteral("y"), 0},
                               {QStringLiteral("width"), width}, {QStringLiteral("height"), height},
                               {QStringLiteral("logicalDpi"), dpi}, {QStringLiteral("logicalBaseDpi"), dpi}, {QStringLiteral("dpr"), dpr}};
            QFile f(configPath);
            if (!f.open(QIODevice::WriteOnly)) {
                *error = f.errorString();
                return QJsonObject();
            }
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{screen}}}).toJson());
            f.close();
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + configPath);
            env.insert(QStringLiteral("WF_WALL_DENSITY_PROBE"), outPath);
            for (const char *v : {"QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_FONT_DPI", "QT_ENABLE_HIGHDPI_SCALING"})
                env.remove(QLatin1String(v));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            if (!child.waitForFinished(60000) || child.exitCode() != 0) {
                *error = QStringLiteral("probe failed (%1): %2").arg(child.exitCode()).arg(QString::fromUtf8(child.readAllStandardError()));
                return QJsonObject();
            }
            QFile out(outPath);
            if (!out.open(QIODevice::ReadOnly)) {
                *error = out.errorString();
                return QJsonObject();
            }
            const QJsonObject o = QJsonDocument::fromJson(out.readAll()).object();
            qInfo().noquote() << width << "x" << height << dpi << "dpi, dpr" << dpr << "->" << QJsonDocument(o).toJson(QJsonDocument::Compact);
            return o;
        };
        auto num = [](const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toDouble(); };
        QString error;

        // A 1080p panel at 96 DPI: the reference.
        const QJsonObject hd = probe(1920, 1080, 96, 1.0, &error);
        QVERIFY2(!hd.isEmpty(), qPrintable(error));
        QCOMPARE(num(hd, "width"), 1920.0);
        QCOMPARE(int(num(hd, "unit")), WallView::unitFor(QSize(1920, 1080), 96));
        QCOMPARE(num(hd, "namePx"), num(hd, "unit"));
        QCOMPARE(num(hd, "shotHeight"), 1080.0);

        // A 4K panel driven at 200 % (the offscreen screen's size is in logical pixels): the
        // same layout as 1080p, every glyph twice as many device pixels, so text covers the same
        // share of the screen.
        const QJsonObject uhd = probe(1920, 1080, 96, 2.0, &error);
        QVERIFY2(!uhd.isEmpty(), qPrintable(error));
        QCOMPARE(num(uhd, "dpr"), 2.0);
        QCOMPARE(num(uhd, "width"), 1920.0);
        QCOMPARE(num(uhd, "shotHeight"), 2160.0);
        QCOMPARE(num(uhd, "unit"), num(hd, "unit"));
        QCOMPARE(int(num(uhd, "unit")), WallView::unitFor(QSize(int(num(uhd, "width")), int(num(uhd, "height"))), num(uhd, "logicalDpi")));
        const double hdShare = num(hd, "namePx") / num(hd, "shotHeight");
        const double uhdShare = num(uhd, "namePx") * num(uhd, "dpr") / num(uhd, "shotHeight");
        QVERIFY2(std::abs(uhdShare - hdShare) < 0.002, qPrintable(QStringLiteral("%1 vs %2").arg(uhdShare).arg(hdShare)));
        QVERIFY(num(uhd, "namePx") * num(uhd, "dpr") >= 2 * num(hd, "namePx") - 2);

        // A small dense screen (a 13" 1280x800 at 192 DPI without scaling): the DPI floor
        // makes the type larger than the same pixels at 96 DPI.
        const QJsonObject loose = probe(1280, 800, 96, 1.0, &error);
        QVERIFY2(!loose.isEmpty(), qPrintable(error));
        const QJsonObject dense = probe(1280, 800, 192, 1.0, &error);
        QVERIFY2(!dense.isEmpty(), qPrintable(error));
        QCOMPARE(num(dense, "logicalDpi"), 192.0);
        QCOMPARE(int(num(loose, "unit")), WallView::unitFor(QSize(1280, 800), 96));
        QCOMPARE(int(num(dense, "unit")), WallView::unitFor(QSize(1280, 800), 192));
        QVERIFY2(num(dense, "namePx") > num(loose, "namePx"), qPrintable(QStringLiteral("%1 vs %2").arg(num(dense, "namePx")).arg(num(loose, "namePx"))));
        QVERIFY(num(dense, "bannerPx") > num(loose, "bannerPx"));
    }

    void windowOnScreen()
    {
        HealthWallSource source(m_config, &m_graph, m_health.get());
        WallWindow wall(&source, settings());
        QVERIFY(wall.windowFlags() & Qt::FramelessWindowHint);
        QCOMPARE(WallWindow::screenAt(0), QGuiApplication::screens().first());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no screen 7")));
        QCOMPARE(WallWindow::screenAt(7), QGuiApplication::primaryScreen());
        wall.showOn(WallWindow::screenAt(0));
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QVERIFY(wall.isFullScreen());
        QCOMPARE(wall.screen(), QGuiApplication::screens().first());
        QSignalSpy exit(&wall, &WallWindow::exitRequested);
        QTest::keyClick(wall.view(), Qt::Key_Escape);
        QCOMPARE(exit.size(), 1);
    }
};

// Child side of typeFollowsScreenDensity: a full-screen wall on the offscreen screen this process
// was started with; writes what it laid out as JSON to `out`.
static int densityProbe(const QString &out)
{
    auto cfg = config::ConfigLoader::loadFile(QStringLiteral(WF_TEST_DATA_DIR "/wall/wall.yaml"));
    if (!cfg)
        return 2;
    topology::Graph graph = topology::TopologyBuilder::build(*cfg);
    health::HealthEngine health(&graph);
    HealthWallSource source(*cfg, &graph, &health);
    WallView view(&source, WallView::Settings{});
    view.setGeometry(QGuiApplication::primaryScreen()->geometry());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 3;
    view.tick();
    QCoreApplication::processEvents();
    const QImage shot = view.grab().toImage();
    WallTile *first = view.tiles().value(0);
    if (!first)
        return 4;
    const QJsonObject o{{QStringLiteral("dpr"), view.devicePixelRatioF()},
                        {QStringLiteral("logicalDpi"), view.logicalDpiY()},
                        {QStringLiteral("width"), view.width()},
                        {QStringLiteral("height"), view.height()},
                        {QStringLiteral("unit"), view.unit()},
                        {QStringLiteral("namePx"), QFontInfo(first->nameLabel()->font()).pixelSize()},
                        {QStringLiteral("bannerPx"), QFontInfo(view.staleBanner()->font()).pixelSize()},
                        {QStringLiteral("shotWidth"), shot.width()},
                        {QStringLiteral("shotHeight"), shot.height()}};
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly))
        return 5;
    f.write(QJsonDocument(o).toJson());
    return 0;
}

int main(int argc, char *argv[])
{
    if (const QString probeOut = qEnvironmentVariable("WF_WALL_DENSITY_PROBE"); !probeOut.isEmpty()) {
        // Without QTest's Qt::AA_Use96Dpi: the probe must see the screen's own DPI.
        QApplication app(argc, argv);
        return densityProbe(probeOut);
    }
    QTEST_MAIN_SETUP()
    TestWallUi tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_wall_ui.moc"
