#include "config/config.h"
#include "feeds/feedparser.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <iterator>

using namespace wf;
using namespace wf::config;

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    // The README's configuration reference is a file people copy: it must load as written.
    void readmeExampleLoads()
    {
        QFile readme(QStringLiteral(WF_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype from = text.indexOf(QLatin1String("```yaml\nui:"));
        QVERIFY(from >= 0);
        const qsizetype to = text.indexOf(QLatin1String("```"), from + 8);
        const QByteArray yaml = text.mid(from + 8, to - from - 8).toUtf8();
        auto cfg = config::ConfigLoader::loadString(yaml, QStringLiteral("README.md"));
        QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(cfg.error().message));
        QCOMPARE(cfg->policies.size(), 1);
        QCOMPARE(cfg->runbooks.size(), 1);
        QVERIFY(std::any_of(cfg->probes.begin(), cfg->probes.end(), [](const auto &p) { return p.via == QLatin1String("edge"); }));
    }

    void validFileLoads()
    {
        const QString path = QStringLiteral(WF_TEST_DATA_DIR "/config/valid.yaml");
        auto r = ConfigLoader::loadFile(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const Config &c = *r;
        QCOMPARE(c.sourceFile, path);
        QCOMPARE(c.ui.role, Role::Viewer);
        QCOMPARE(c.ui.theme, QStringLiteral("high-contrast"));
        QCOMPARE(c.ui.wallRotateMs, 30000);
        QCOMPARE(c.ui.localTimeZone, QStringLiteral("Europe/Berlin"));

        QCOMPARE(c.providers.size(), 3);
        // Listed by id only: feeds come from the built-in catalog, the watch list from the file.
        const ProviderConfig *anthropic = c.provider(QStringLiteral("anthropic"));
        QVERIFY(anthropic);
        QCOMPARE(anthropic->name, QStringLiteral("Anthropic"));
        QVERIFY(!anthropic->feeds.isEmpty());
        QCOMPARE(anthropic->feeds.first().format, QStringLiteral("statuspage"));
        QVERIFY(anthropic->feeds.first().url.startsWith(QLatin1String("https://")));
        QCOMPARE(anthropic->watchComponents, (QStringList{QStringLiteral("k8w3r06qmzrp"), QStringLiteral("yyzkbfz2thpt")}));
        const ProviderConfig *internal = c.provider(QStringLiteral("internal-llm"));
        QVERIFY(internal);
        QCOMPARE(internal->feeds.first().intervalMs, 15000);

        QCOMPARE(c.gateways.size(), 2);
        QCOMPARE(c.gateway(QStringLiteral("router"))->token.toString(), QStringLiteral("${env:LITELLM_MASTER_KEY}"));

        QCOMPARE(c.probes.size(), 5);
        const ProbeConfig &opus = c.probes[0];
        QCOMPARE(opus.kind, QStringLiteral("llm"));
        QCOMPARE(opus.model, QStringLiteral("claude-opus-4-6"));
        QCOMPARE(opus.intervalMs, 60000);
        QCOMPARE(opus.budgetPerHour, 30);
        QCOMPARE(opus.apiKey.kind(), SecretRef::Kind::Env);
        QCOMPARE(opus.apiKey.name(), QStringLiteral("ANTHROPIC_API_KEY"));
        QCOMPARE(c.probes[1].conditions.size(), 2);
        QCOMPARE(c.probes[2].via, QStringLiteral("edge"));
        QCOMPARE(c.probes[2].intervalMs, 5000);
        QCOMPARE(c.probes[4].port, 443);

        QCOMPARE(c.apps.size(), 1);
        QCOMPARE(c.apps[0].customers, (QStringList{QStringLiteral("Acme"), QStringLiteral("Globex")}));
        QCOMPARE(c.apps[0].routes.size(), 2);
        QCOMPARE(c.apps[0].routes[1].weight, 0);
        QVERIFY(c.apps[0].routes[1].fallback);
    }

    void builtInDefaultLoads()
    {
        auto r = ConfigLoader::loadDefault();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->providers.size() >= 5);
        for (const auto &id : {"anthropic", "openai", "google-cloud", "aws", "azure"})
            QVERIFY2(r->provider(QString::fromLatin1(id)), id);
        for (const auto &p : r->providers)
            QVERIFY2(!p.feeds.isEmpty() || !p.feedNote.isEmpty(), qPrintable(p.id));
    }

    void catalogIsWellFormed()
    {
        auto cat = ConfigLoader::loadCatalog();
        QVERIFY2(cat.ok(), cat.ok() ? "" : qPrintable(cat.error().message));
        QSet<QString> ids;
        for (const auto &p : *cat) {
            QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
            ids.insert(p.id);
            QVERIFY2(!p.name.isEmpty(), qPrintable(p.id));
            for (const auto &f : p.feeds)
                QVERIFY2(f.url.startsWith(QLatin1String("https://")), qPrintable(f.url));
        }
    }

    // The provider list, each in the built-in catalog with a feed in a format a parser
    // exists for, or a note saying why there is none.
    void catalogHasEveryNamedProvider()
    {
        auto cat = ConfigLoader::loadCatalog();
        QVERIFY2(cat.ok(), cat.ok() ? "" : qPrintable(cat.error().message));
        const struct { const char *id; const char *nameHas; } named[] = {
            {"anthropic", "Anthropic"}, {"openai", "OpenAI"}, {"google-cloud", "Vertex AI"}, {"aws", "Bedrock"},
            {"azure", "Azure (OpenAI)"}, {"mistral", "Mistral"}, {"cohere", "Cohere"}, {"groq", "Groq"},
            {"together", "Together AI"}, {"fireworks", "Fireworks"}, {"openrouter", "OpenRouter"},
            {"huggingface", "Hugging Face"}, {"deepseek", "DeepSeek"}, {"perplexity", "Perplexity"}, {"github", "Copilot"},
        };
        QCOMPARE(std::size(named), std::size_t(15));
        const QStringList formats = feeds::FeedParser::formats();
        for (const auto &n : named) {
            const QString id = QString::fromLatin1(n.id);
            const auto it = std::find_if(cat->cbegin(), cat->cend(), [&](const ProviderConfig &p) { return p.id == id; });
            QVERIFY2(it != cat->cend(), n.id);
            QVERIFY2(it->name.contains(QLatin1String(n.nameHas)), qPrintable(it->name));
            QVERIFY2(!it->feeds.isEmpty() || !it->feedNote.trimmed().isEmpty(), n.id);
            for (const FeedConfig &f : it->feeds) {
                QVERIFY2(formats.contains(f.format), qPrintable(id + QLatin1Char(' ') + f.format));
                QVERIFY2(feeds::FeedParser::create(f.format), qPrintable(f.format));
            }
            // A format that is not verified says so instead of passing for a known one.
            if (id == QLatin1String("cohere") || id == QLatin1String("groq"))
                QVERIFY2(it->feedNote.contains(QLatin1String("Format unverified")), qPrintable(it->feedNote));
        }
    }

    void invalidFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // exact "file:line: key: ..." prefix
        QTest::addColumn<QString>("detail");   // part of the explanation

        QTest::addRow("bad duration") << "bad-duration.yaml" << "bad-duration.yaml:16: probes[3].interval:" << "expected a duration like 30s, got \"thirty\"";
        QTest::addRow("interval too short") << "interval-too-short.yaml" << "interval-too-short.yaml:5: probes[0].interval:" << "at least 1000 ms";
        QTest::addRow("unknown probe kind") << "unknown-kind.yaml" << "unknown-kind.yaml:3: probes[0].kind:" << "expected one of http, llm, auth, tcp, dns, tls, got \"htpp\"";
        QTest::addRow("unknown key") << "unknown-key.yaml" << "unknown-key.yaml:4: providers[0].intervall:" << "unknown key";
        QTest::addRow("literal secret") << "literal-secret.yaml" << "literal-secret.yaml:7: probes[0].api_key:" << "${env:NAME}";
        QTest::addRow("llm without model") << "llm-missing-model.yaml" << "llm-missing-model.yaml:2: probes[0].model:" << "is required";
        QTest::addRow("file url") << "bad-url-scheme.yaml" << "bad-url-scheme.yaml:4: probes[0].url:" << "expected an http:// or https:// URL";
        QTest::addRow("duplicate id") << "duplicate-id.yaml" << "duplicate-id.yaml:5: probes[1].id:" << "duplicate id \"web\"";
        QTest::addRow("unknown gateway") << "unknown-gateway-ref.yaml" << "unknown-gateway-ref.yaml:6: apps[0].routes[0].gateway:" << "no gateway with id \"edge\"";
        QTest::addRow("bad role") << "bad-role.yaml" << "bad-role.yaml:2: ui.role:" << "got \"superuser\"";
        QTest::addRow("bad feed format") << "bad-feed-format.yaml" << "bad-feed-format.yaml:7: providers[0].feeds[1].format:" << "got \"json-magic\"";
        QTest::addRow("slack is no feed format") << "slack-feed-format.yaml" << "slack-feed-format.yaml:7: providers[0].feeds[1].format:"
                                                 << QStringLiteral("expected one of %1, got \"slack\"").arg(feeds::FeedParser::formats().join(QStringLiteral(", ")));
        QTest::addRow("fallback url scheme") << "bad-fallback-url.yaml" << "bad-fallback-url.yaml:8: providers[0].feeds[0].fallback_urls[1]:"
                                             << "expected an http:// or https:// URL, got \"file:///var/cache/summary.json\"";
        QTest::addRow("provider not in catalog") << "unknown-provider.yaml" << "unknown-provider.yaml:3: providers[1].id:" << "not in the built-in catalog";
        QTest::addRow("yaml syntax") << "yaml-syntax.yaml" << "yaml-syntax.yaml:" << "YAML syntax error";
        QTest::addRow("haproxy address") << "bad-haproxy-address.yaml" << "bad-haproxy-address.yaml:4: gateways[0].address:" << "unix:/path/to/socket or host:port";
        QTest::addRow("weight out of range") << "weight-out-of-range.yaml" << "weight-out-of-range.yaml:5: apps[0].routes[0].weight:" << "between 0 and 256, got 900";
        QTest::addRow("tcp without port") << "tcp-missing-port.yaml" << "tcp-missing-port.yaml:2: probes[0].port:" << "required for tcp";
        QTest::addRow("probes not a list") << "probes-not-a-list.yaml" << "probes-not-a-list.yaml:2: probes:" << "expected a list";
        QTest::addRow("empty file") << "empty.yaml" << "empty.yaml" << "empty";
    }

    void invalidFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QString, detail);
        const QString path = QStringLiteral(WF_TEST_DATA_DIR "/config/invalid/") + file;
        auto r = ConfigLoader::loadFile(path);
        QVERIFY2(!r.ok(), "an invalid file must not load");
        const QString msg = r.error().message;
        QVERIFY2(msg.startsWith(QStringLiteral(WF_TEST_DATA_DIR "/config/invalid/") + expected), qPrintable(msg));
        QVERIFY2(msg.contains(detail), qPrintable(msg));
    }

    void retentionSettings()
    {
        auto r = ConfigLoader::loadString("health:\n  retention:\n    raw: 2d\n    state_history: 30d\n    hour_rollups: forever\n",
                                          QStringLiteral("retention.yaml"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->health.retainRawMs, 2 * 86400000LL);
        QCOMPARE(r->health.retainStateHistoryMs, 30 * 86400000LL);
        QCOMPARE(r->health.retainHourMs, 0LL);
        QCOMPARE(r->health.retainBandsMs, 30 * 86400000LL);     // default
        QCOMPARE(r->health.storageBudgetBytes, 1'000'000'000LL); // default
        auto sized = ConfigLoader::loadString("health:\n  retention:\n    bands: 60d\n    budget: 2.5GB\n", QStringLiteral("sized.yaml"));
        QVERIFY2(sized.ok(), sized.ok() ? "" : qPrintable(sized.error().message));
        QCOMPARE(sized->health.retainBandsMs, 60 * 86400000LL);
        QCOMPARE(sized->health.storageBudgetBytes, 2'500'000'000LL);
        QCOMPARE(sized->health.retainHourMs, 30 * 86400000LL);
        auto mib = ConfigLoader::loadString("health:\n  retention:\n    budget: 512 MiB\n", QStringLiteral("mib.yaml"));
        QVERIFY(mib.ok());
        QCOMPARE(mib->health.storageBudgetBytes, 512LL * 1024 * 1024);
        auto unlimited = ConfigLoader::loadString("health:\n  retention:\n    budget: unlimited\n", QStringLiteral("u.yaml"));
        QVERIFY(unlimited.ok());
        QCOMPARE(unlimited->health.storageBudgetBytes, 0LL);
        auto badSize = ConfigLoader::loadString("health:\n  retention:\n    budget: lots\n", QStringLiteral("size.yaml"));
        QVERIFY(!badSize.ok());
        QVERIFY2(badSize.error().message.startsWith(QLatin1String("size.yaml:3: health.retention.budget:")), qPrintable(badSize.error().message));
        auto tiny = ConfigLoader::loadString("health:\n  retention:\n    budget: 1MB\n", QStringLiteral("tiny.yaml"));
        QVERIFY(!tiny.ok());
        QVERIFY2(tiny.error().message.contains(QLatin1String("health.retention.budget")), qPrintable(tiny.error().message));
        // The older name of state_history still loads, with a warning at its file:line:key that
        // names the replacement (logged, and kept on the Config).
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^old\\.yaml:4: health\\.retention\\.minute_rollups: is deprecated.*state_history")));
        auto old = ConfigLoader::loadString("health:\n  retention:\n    raw: 7d\n    minute_rollups: 10d\n", QStringLiteral("old.yaml"));
        QVERIFY2(old.ok(), old.ok() ? "" : qPrintable(old.error().message));
        QCOMPARE(old->health.retainStateHistoryMs, 10 * 86400000LL);
        QCOMPARE(old->health.retainRawMs, 7 * 86400000LL);
        QCOMPARE(old->warnings.size(), 1);
        QVERIFY2(old->warnings.first().startsWith(QLatin1String("old.yaml:4: health.retention.minute_rollups: is deprecated")), qPrintable(old->warnings.first()));
        QVERIFY2(old->warnings.first().contains(QLatin1String("Rename the key to state_history")), qPrintable(old->warnings.first()));
        QVERIFY(r->warnings.isEmpty()); // the current name warns about nothing
        // Both names at once: which one is meant is unclear, so the file is refused.
        auto both = ConfigLoader::loadString("health:\n  retention:\n    state_history: 30d\n    minute_rollups: 10d\n", QStringLiteral("both.yaml"));
        QVERIFY(!both.ok());
        QVERIFY2(both.error().message.startsWith(QLatin1String("both.yaml:4: health.retention.minute_rollups: is the old name of state_history")),
                 qPrintable(both.error().message));
        auto bad = ConfigLoader::loadString("health:\n  retention:\n    state_history: soon\n", QStringLiteral("bad.yaml"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith(QLatin1String("bad.yaml:3: health.retention.state_history:")), qPrintable(bad.error().message));
    }

    void missingFileNamesThePath()
    {
        auto r = ConfigLoader::loadFile(QStringLiteral("/nonexistent/watchfloor.yaml"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QLatin1String("/nonexistent/watchfloor.yaml: ")));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addRow("ms") << "800ms" << qint64(800);
        QTest::addRow("s") << "30s" << qint64(30000);
        QTest::addRow("fraction") << "1.5s" << qint64(1500);
        QTest::addRow("m") << "5m" << qint64(300000);
        QTest::addRow("h") << "2h" << qint64(7200000);
        QTest::addRow("d") << "14d" << qint64(1209600000);
        QTest::addRow("space") << " 10 s " << qint64(10000);
        QTest::addRow("no unit") << "30" << qint64(-1);
        QTest::addRow("words") << "thirty seconds" << qint64(-1);
        QTest::addRow("negative") << "-5s" << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(parseDurationMs(text), ms);
    }

    void secretsAreReferencesResolvedAtUse()
    {
        auto ref = SecretRef::parse(QStringLiteral("${env:WF_TEST_SECRET}"));
        QVERIFY(ref.ok());
        qunsetenv("WF_TEST_SECRET");
        auto missing = ref->resolve();
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("WF_TEST_SECRET")));
        qputenv("WF_TEST_SECRET", "s3cr3t");
        QCOMPARE(ref->resolve().value(), QByteArray("s3cr3t"));
        QCOMPARE(ref->toString(), QStringLiteral("${env:WF_TEST_SECRET}")); // the value never shows
        QVERIFY(!SecretRef::parse(QStringLiteral("s3cr3t")).ok());
        QVERIFY(!SecretRef::parse(QStringLiteral("${env:}")).ok());
        QVERIFY(SecretRef::parse(QStringLiteral("${keyring:watchfloor/litellm}")).ok());
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
