#include "config/config.h"
#include "topology/graph.h"
#include "topology/topologybuilder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace wf::topology;

class TstTopology : public QObject
{
    Q_OBJECT

private:
    static wf::config::Config loadEstate()
    {
        auto cfg = wf::config::ConfigLoader::loadFile(QStringLiteral(WF_TEST_DATA_DIR "/probes/topology.yaml"));
        if (!cfg)
            qFatal("%s", qPrintable(cfg.error().message));
        return *cfg;
    }

private slots:
    void buildsNodesWithStableIds()
    {
        const Graph g = TopologyBuilder::build(loadEstate());
        for (const char *id : {"app:chat-prod", "app:batch", "route:chat-prod/0", "route:chat-prod/1", "route:batch/0",
                               "gw:edge", "provider:anthropic", "provider:openai", "model:anthropic/claude-opus-4-6",
                               "model:openai/gpt-5", "component:anthropic/api", "component:anthropic/claude-ai",
                               "probe:opus-direct", "probe:opus-via-edge", "probe:claude-login", "probe:openai-dns", "probe:canary-dns"})
            QVERIFY2(g.contains(QString::fromLatin1(id)), id);
        QCOMPARE(g.find(QStringLiteral("route:chat-prod/1"))->fallback, true);
        QCOMPARE(g.find(QStringLiteral("probe:canary-dns"))->kind, NodeKind::Probe);
        // The canary speaks for nobody.
        QCOMPARE(g.dependents(QStringLiteral("probe:canary-dns")).nodes, QStringList());
    }

    void blastRadiusOfProviderComponent()
    {
        const Graph g = TopologyBuilder::build(loadEstate());
        const BlastRadius r = g.dependents(QStringLiteral("component:anthropic/api"));
        QCOMPARE(r.nodes, (QStringList{QStringLiteral("provider:anthropic"), QStringLiteral("model:anthropic/claude-opus-4-6"),
                                      QStringLiteral("route:chat-prod/0"), QStringLiteral("app:chat-prod")}));
        QCOMPARE(r.apps, QStringList{QStringLiteral("app:chat-prod")});
        QCOMPARE(r.customers, (QStringList{QStringLiteral("acme"), QStringLiteral("globex")}));
    }

    void blastRadiusOfSharedModelReachesBothApps()
    {
        const Graph g = TopologyBuilder::build(loadEstate());
        const BlastRadius r = g.dependents(QStringLiteral("provider:openai"));
        QVERIFY(r.nodes.contains(QStringLiteral("model:openai/gpt-5")));
        QCOMPARE(r.apps.size(), 2);
        QCOMPARE(r.customers, (QStringList{QStringLiteral("acme"), QStringLiteral("globex"), QStringLiteral("initech")}));
        // The gateway is a dependency of routes, not a dependent of the provider.
        QVERIFY(!r.nodes.contains(QStringLiteral("gw:edge")));
    }

    void gatewayBlastRadius()
    {
        const Graph g = TopologyBuilder::build(loadEstate());
        const BlastRadius r = g.dependents(QStringLiteral("gw:edge"));
        QVERIFY(r.nodes.contains(QStringLiteral("route:chat-prod/0")));
        QVERIFY(r.nodes.contains(QStringLiteral("route:chat-prod/1")));
        QVERIFY(!r.nodes.contains(QStringLiteral("route:batch/0")));
        QCOMPARE(r.apps, QStringList{QStringLiteral("app:chat-prod")});
    }

    void appDependenciesAreItsWholePath()
    {
        const Graph g = TopologyBuilder::build(loadEstate());
        const QStringList deps = g.dependencies(QStringLiteral("app:batch"));
        QCOMPARE(QSet<QString>(deps.begin(), deps.end()),
                 (QSet<QString>{QStringLiteral("route:batch/0"), QStringLiteral("model:openai/gpt-5"),
                                QStringLiteral("provider:openai"), QStringLiteral("probe:openai-dns")}));
        const QStringList chat = g.dependencies(QStringLiteral("app:chat-prod"));
        for (const char *id : {"gw:edge", "probe:opus-via-edge", "probe:opus-direct", "component:anthropic/api",
                               "probe:claude-login", "model:openai/gpt-5"})
            QVERIFY2(chat.contains(QString::fromLatin1(id)), id);
    }

    void probesAttachToTheNodeTheySpeakFor()
    {
        const Graph g = TopologyBuilder::build(loadEstate());
        auto ownerOf = [&](const QString &probe) {
            const int i = g.indexOf(probe);
            QStringList owners;
            for (const auto &e : g.dependentsOf(i))
                owners << g.node(e.first).id + QLatin1Char('=') + QString::number(int(e.second));
            return owners;
        };
        QCOMPARE(ownerOf(QStringLiteral("probe:opus-direct")),
                 QStringList{QStringLiteral("model:anthropic/claude-opus-4-6=%1").arg(int(EdgeKind::Evidence))});
        QCOMPARE(ownerOf(QStringLiteral("probe:opus-via-edge")),
                 QStringList{QStringLiteral("gw:edge=%1").arg(int(EdgeKind::Evidence))});
        QCOMPARE(ownerOf(QStringLiteral("probe:claude-login")),
                 QStringList{QStringLiteral("provider:anthropic=%1").arg(int(EdgeKind::FrontDoor))});
    }

    void runtimeComponentsJoinTheGraph()
    {
        Graph g = TopologyBuilder::build(loadEstate());
        const int before = g.nodeCount();
        TopologyBuilder::ensureComponent(g, QStringLiteral("openai"), QStringLiteral("chat-completions"), QStringLiteral("Chat Completions"));
        TopologyBuilder::ensureComponent(g, QStringLiteral("openai"), QStringLiteral("chat-completions"), QStringLiteral("again"));
        QCOMPARE(g.nodeCount(), before + 1);
        QCOMPARE(g.dependents(QStringLiteral("component:openai/chat-completions")).apps.size(), 2);
        QCOMPARE(g.find(QStringLiteral("component:openai/chat-completions"))->label, QStringLiteral("Chat Completions"));
    }

    void duplicateEdgesAndUnknownIds()
    {
        Graph g;
        g.addNode({QStringLiteral("a"), NodeKind::App});
        g.addNode({QStringLiteral("b"), NodeKind::Provider});
        QVERIFY(g.addEdge(QStringLiteral("a"), QStringLiteral("b"), EdgeKind::RouteTarget));
        QVERIFY(g.addEdge(QStringLiteral("a"), QStringLiteral("b"), EdgeKind::RouteTarget));
        QCOMPARE(g.edgeCount(), 1);
        QVERIFY(!g.addEdge(QStringLiteral("a"), QStringLiteral("nope"), EdgeKind::RouteTarget));
        QVERIFY(!g.addEdge(QStringLiteral("a"), QStringLiteral("a"), EdgeKind::RouteTarget));
        QCOMPARE(g.dependents(QStringLiteral("nope")).nodes, QStringList());
    }

    void cyclesTerminate()
    {
        Graph g;
        for (const char *id : {"x", "y", "z"})
            g.addNode({QString::fromLatin1(id), NodeKind::Route});
        g.addEdge(QStringLiteral("x"), QStringLiteral("y"), EdgeKind::RouteTarget);
        g.addEdge(QStringLiteral("y"), QStringLiteral("z"), EdgeKind::RouteTarget);
        g.addEdge(QStringLiteral("z"), QStringLiteral("x"), EdgeKind::RouteTarget);
        QCOMPARE(g.dependents(QStringLiteral("x")).nodes, (QStringList{QStringLiteral("z"), QStringLiteral("y")}));
        QCOMPARE(g.dependencies(QStringLiteral("x")), (QStringList{QStringLiteral("y"), QStringLiteral("z")}));
    }

    // 5,000 nodes / 20,000 edges: building and a full blast-radius query stay well under a frame.
    void scalesLinearly()
    {
        QElapsedTimer t;
        t.start();
        Graph g;
        const int providers = 50, models = 1000, apps = 1000, components = 450, probes = 2500;
        for (int i = 0; i < providers; ++i)
            g.addNode({QStringLiteral("provider:p%1").arg(i), NodeKind::Provider});
        for (int i = 0; i < components; ++i) {
            g.addNode({QStringLiteral("component:c%1").arg(i), NodeKind::Component});
            g.addEdge(QStringLiteral("provider:p%1").arg(i % providers), QStringLiteral("component:c%1").arg(i), EdgeKind::ProviderComponent);
        }
        for (int i = 0; i < models; ++i) {
            g.addNode({QStringLiteral("model:m%1").arg(i), NodeKind::Model});
            g.addEdge(QStringLiteral("model:m%1").arg(i), QStringLiteral("provider:p%1").arg(i % providers), EdgeKind::ModelProvider);
        }
        for (int i = 0; i < probes; ++i) {
            g.addNode({QStringLiteral("probe:%1").arg(i), NodeKind::Probe});
            g.addEdge(QStringLiteral("model:m%1").arg(i % models), QStringLiteral("probe:%1").arg(i), EdgeKind::Evidence);
        }
        for (int i = 0; i < apps; ++i) {
            Node n{QStringLiteral("app:a%1").arg(i), NodeKind::App};
            n.customers = {QStringLiteral("cust%1").arg(i % 97)};
            g.addNode(n);
        }
        QCOMPARE(g.nodeCount(), 5000);
        // Each app uses 16 models (apps -> models directly here, to reach the edge count).
        quint32 seed = 7;
        while (g.edgeCount() < 20000) {
            seed = seed * 1103515245u + 12345u;
            const int a = int((seed >> 8) % apps);
            seed = seed * 1103515245u + 12345u;
            const int m = int((seed >> 8) % models);
            g.addEdge(QStringLiteral("app:a%1").arg(a), QStringLiteral("model:m%1").arg(m), EdgeKind::RouteTarget);
        }
        const qint64 buildMs = t.restart();
        for (int i = 0; i < providers; ++i) {
            const BlastRadius r = g.dependents(QStringLiteral("provider:p%1").arg(i));
            QVERIFY(r.apps.size() > 100);
        }
        const qint64 queryMs = t.elapsed();
        qInfo("build %lld ms, 50 provider blast radius queries %lld ms", buildMs, queryMs);
        QVERIFY2(buildMs < 2000, "graph build is too slow");
        QVERIFY2(queryMs < 1500, "blast radius queries are too slow");
    }
};

QTEST_GUILESS_MAIN(TstTopology)
#include "tst_topology.moc"
