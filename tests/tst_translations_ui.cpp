// Translations: the German and Japanese catalogues reach the main window, dialogs and the
// messages services produce, and they cover every translatable string in the sources.
#include "alerts/ackdialog.h"
#include "alerts/webhooknotifier.h"
#include "config/config.h"
#include "core/logging.h"
#include "engine/engine.h"
#include "feeds/statuspageparser.h"
#include "feeds/xmlfeed.h"
#include "gateways/gatewaystate.h"
#include "mainwindow.h"
#include "probes/llmprobe.h"
#include "probes/probe.h"
#include "sim/drillconfig.h"
#include "sim/scenario.h"
#include "translators.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace wf;

namespace {

const QString kDataDir = QStringLiteral(WF_TEST_DATA_DIR);

// Strings that may stay untranslated in a catalogue, as "context|source". Keep it short: only text
// that must read the same in every language belongs here.
const QStringList kAllowedUntranslated = {};

QStringList menuTitles(const QMainWindow &w)
{
    QStringList out;
    for (QAction *a : w.menuBar()->actions())
        out << a->text();
    return out;
}

QMenu *menuAt(const QMainWindow &w, int index)
{
    return w.menuBar()->actions().value(index)->menu();
}

QStringList actionTexts(const QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            out << a->text();
    return out;
}

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one entry, or one per numerus form
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage{context, {}, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plain text, or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (m.translations.isEmpty())
                m.translations << text;
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

} // namespace

class TestTranslationsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { LogHub::install(); }
    void cleanup() { i18n::installTranslators(QLocale(QLocale::English)); }

    void languageArgumentIsReadBeforeTheParser()
    {
        const QString app = QStringLiteral("watchfloor");
        QCOMPARE(i18n::languageArgument({app, QStringLiteral("--lang"), QStringLiteral("de")}), QStringLiteral("de"));
        QCOMPARE(i18n::languageArgument({app, QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--lang=ja")}),
                 QStringLiteral("ja"));
        QCOMPARE(i18n::languageArgument({app, QStringLiteral("--wall")}), QString());
        QCOMPARE(i18n::languageArgument({app, QStringLiteral("--"), QStringLiteral("--lang"), QStringLiteral("de")}), QString());
    }

    void germanMainWindowAndDialog()
    {
        QVERIFY(i18n::installTranslators(QLocale(QLocale::German, QLocale::Germany)));
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadDefault();
        QVERIFY(cfg.ok());
        Engine engine(*cfg, dir.path());
        engine.setRole(config::Role::Viewer);
        ui::MainWindow w(&engine);

        QCOMPARE(w.windowTitle(), QStringLiteral("Watchfloor — Zustand der KI-Abhängigkeiten"));
        QCOMPARE(menuTitles(w), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        QCOMPARE(actionTexts(menuAt(w, 0)), QStringList{QStringLiteral("&Beenden")});
        const QStringList view = actionTexts(menuAt(w, 1));
        for (const char *entry : {"&Farbschema", "&Gehe zu Bereich", "&Wandmodus", "Protokoll"})
            QVERIFY2(view.contains(QString::fromUtf8(entry)), qPrintable(view.join(QStringLiteral(" | "))));
        QCOMPARE(actionTexts(menuAt(w, 2)), (QStringList{QStringLiteral("Ü&ber Watchfloor"), QStringLiteral("Über &Qt")}));
        auto *role = w.findChild<QLabel *>(QStringLiteral("roleLabel"));
        QVERIFY(role);
        QCOMPARE(role->text(), QStringLiteral("Rolle: viewer (nur lesen)"));

        // A dialog: its own texts, a plural form and Qt's standard Cancel button.
        ui::AckDialog ack(QStringLiteral("anthropic: Major outage"), 15 * 60000LL);
        QCOMPARE(ack.windowTitle(), QStringLiteral("Alarm bestätigen"));
        auto *buttons = ack.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("Bestätigen"));
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        auto *duration = ack.findChild<QComboBox *>();
        QVERIFY(duration);
        QCOMPARE(duration->itemText(0), QStringLiteral("15 Minuten"));
        QCOMPARE(duration->itemText(2), QStringLiteral("1 Stunde"));

        // View titles the application adds under the "main" context.
        QCOMPARE(QCoreApplication::translate("main", "Map"), QStringLiteral("Karte"));
        QCOMPARE(QCoreApplication::translate("main", "Incidents"), QStringLiteral("Störungen"));
    }

    void japaneseMainWindowAndDialog()
    {
        QVERIFY(i18n::installTranslators(QLocale(QLocale::Japanese, QLocale::Japan)));
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadDefault();
        QVERIFY(cfg.ok());
        Engine engine(*cfg, dir.path());
        ui::MainWindow w(&engine);
        QCOMPARE(menuTitles(w), (QStringList{QStringLiteral("ファイル(&F)"), QStringLiteral("表示(&V)"), QStringLiteral("ヘルプ(&H)")}));
        QCOMPARE(actionTexts(menuAt(w, 0)), QStringList{QStringLiteral("終了(&Q)")});

        ui::AckDialog ack(QStringLiteral("anthropic: Major outage"), 15 * 60000LL);
        QCOMPARE(ack.windowTitle(), QStringLiteral("アラートを確認"));
        QCOMPARE(ack.findChild<QComboBox *>()->itemText(0), QStringLiteral("15 分"));
        QCOMPARE(ack.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("キャンセル"));
    }

    void englishNeedsNoCatalogue()
    {
        QVERIFY(!i18n::installTranslators(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadDefault();
        QVERIFY(cfg.ok());
        Engine engine(*cfg, dir.path());
        ui::MainWindow w(&engine);
        QCOMPARE(menuTitles(w), (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
    }

    // Messages built in services (member functions, helpers next to them, static members)
    // come out in German: the context lupdate wrote is the one used at run time.
    void serviceMessagesAreTranslated()
    {
        QVERIFY(i18n::installTranslators(QLocale(QLocale::German)));
        auto contains = [](const QString &message, const char *expected) {
            const bool ok = message.contains(QString::fromUtf8(expected));
            if (!ok)
                qWarning().noquote() << "expected" << expected << "in:" << message;
            return ok;
        };

        // Configuration: ConfigLoader, its YAML reader and the reader's helper functions.
        auto empty = config::ConfigLoader::loadString(QByteArray(), QStringLiteral("empty.yaml"));
        QVERIFY(!empty.ok());
        QVERIFY(contains(empty.error().message, "die Datei ist leer"));
        auto unknownKey = config::ConfigLoader::loadString("colour: blue\n", QStringLiteral("key.yaml"));
        QVERIFY(!unknownKey.ok());
        QVERIFY(contains(unknownKey.error().message, "unbekannter Schlüssel"));
        auto notList = config::ConfigLoader::loadString("providers: 5\n", QStringLiteral("list.yaml"));
        QVERIFY(!notList.ok());
        QVERIFY(contains(notList.error().message, "list.yaml:1: providers: Liste erwartet"));
        auto badProbe = config::ConfigLoader::loadString(
            "probes:\n  - id: p\n    kind: http\n    url: https://example.com/\n    via: nowhere\n", QStringLiteral("via.yaml"));
        QVERIFY(!badProbe.ok());
        QVERIFY(contains(badProbe.error().message, "kein Gateway mit ID \"nowhere\""));

        // Feed parsers: a parser's member, its file-local helpers, the shared body checks, XML.
        feeds::StatuspageParser statuspage;
        auto array = statuspage.parse("[]", {});
        QVERIFY(!array.ok());
        QVERIFY(contains(array.error().message, "Statuspage-JSON-Objekt erwartet, erhalten: ein Array"));
        auto noId = statuspage.parse("{\"incidents\": [{\"name\": \"x\", \"status\": \"investigating\"}]}", {});
        QVERIFY(noId.ok());
        QVERIFY(contains(noId->warnings.join(QLatin1Char('\n')), "Störung ohne ID übersprungen"));
        auto emptyBody = statuspage.parse(QByteArray(), {});
        QVERIFY(!emptyBody.ok());
        QVERIFY(contains(emptyBody.error().message, "Der Server hat einen leeren Body gesendet"));
        auto xml = feeds::XmlFeed::read("<html/>");
        QVERIFY(!xml.ok());
        QVERIFY(contains(xml.error().message, "RSS- oder Atom-Dokument erwartet, erhalten: Wurzelelement <html>"));

        // Scenarios: the loader, its reader (members and helpers).
        auto missing = sim::ScenarioLoader::load(QStringLiteral("no-such-scenario"));
        QVERIFY(!missing.ok());
        QVERIFY(contains(missing.error().message, "kein Szenario \"no-such-scenario\""));
        auto badTime = sim::ScenarioLoader::load(kDataDir + QStringLiteral("/sim/bad-time.yaml"));
        QVERIFY(!badTime.ok());
        QVERIFY(contains(badTime.error().message, "Zeit wie 13:40"));
        auto badProvider = sim::ScenarioLoader::load(kDataDir + QStringLiteral("/sim/bad-provider.yaml"));
        QVERIFY(!badProvider.ok());
        QVERIFY(contains(badProvider.error().message, "kein Anbieter mit ID \"gamma\" in diesem Szenario"));
        auto noProviders = sim::ScenarioLoader::loadString(
            "scenario:\n  name: s\n  start: 2026-01-01T09:00:00Z\n  end: \"10:00\"\nproviders: 5\n", QStringLiteral("s.yaml"), kDataDir);
        QVERIFY(!noProviders.ok());
        QVERIFY(contains(noProviders.error().message, "providers: Liste erwartet"));

        // The drill's app, gateway and gateway probe names show in the routing panel and reports.
        auto scenario = sim::ScenarioLoader::load(QStringLiteral("2026-03-02"));
        QVERIFY2(scenario.ok(), qPrintable(scenario.ok() ? QString() : scenario.error().message));
        sim::DrillEndpoints endpoints;
        endpoints.gatewayAddress = QStringLiteral("unix:/tmp/drill-haproxy.sock");
        endpoints.gatewayFrontend = QUrl(QStringLiteral("http://127.0.0.1:1"));
        const config::Config drill = sim::DrillConfig::build(*scenario, endpoints);
        QCOMPARE(drill.apps.value(0).name, QString::fromUtf8("Chat-Assistent"));
        QCOMPARE(drill.gateways.value(0).name, QString::fromUtf8("HAProxy (Übung)"));
        const config::ProbeConfig *viaGateway = nullptr;
        for (const auto &p : drill.probes)
            if (p.id == QLatin1String("chat-via-gateway"))
                viaGateway = &p;
        QVERIFY(viaGateway);
        QCOMPARE(viaGateway->name, QString::fromUtf8("Chat über HAProxy"));

        // Gateways, probes, notifications.
        gateways::GatewayState before;
        before.upstreams << gateways::UpstreamState{QStringLiteral("api"), QStringLiteral("a")};
        gateways::GatewayState after;
        QVERIFY(contains(after.diffFrom(before).join(QLatin1Char('\n')), "api: a entfernt"));
        gateways::GatewayChange change;
        change.fallbacks.insert(QStringLiteral("claude"), {});
        QCOMPARE(change.describe(), QStringList{QStringLiteral("Fallbacks von claude löschen")});
        config::ProbeConfig llm;
        llm.id = QStringLiteral("llm");
        llm.kind = QStringLiteral("llm");
        QCOMPARE(probes::LlmProbe(llm, nullptr).configProblem(), QStringLiteral("eine LLM-Probe benötigt ein Modell"));
        QCOMPARE(probes::outcomeLabel(probes::Outcome::Dns), QStringLiteral("DNS-Fehler"));
        alerts::AlertEvent resolved;
        resolved.action = alerts::EventAction::Resolve;
        resolved.alert.summary = QStringLiteral("anthropic recovered");
        const QByteArray payload = alerts::WebhookNotifier::payload(alerts::WebhookNotifier::Format::Slack, resolved, {}, 0);
        QVERIFY(contains(QString::fromUtf8(payload), "[Wiederhergestellt] anthropic recovered"));
    }

    // lupdate over the sources into a copy of each catalogue: every string it finds is
    // translated, with the same placeholders, and lupdate sees no class it cannot place (that
    // would file strings under a context the program never asks for).
    void catalogueCoversEverySourceString_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void catalogueCoversEverySourceString()
    {
        QFETCH(QString, language);
        const QString source = QStringLiteral(WF_SOURCE_DIR);
        const QString checkedIn = source + QStringLiteral("/translations/watchfloor_%1.ts").arg(language);
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("watchfloor_%1.ts").arg(language));
        QVERIFY(QFile::copy(checkedIn, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QProcess lupdate;
        lupdate.setWorkingDirectory(source);
        lupdate.start(QStringLiteral(WF_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       source + QStringLiteral("/app"), source + QStringLiteral("/widgets"), source + QStringLiteral("/services"),
                       QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(300000), qPrintable(lupdate.errorString()));
        const QString output = QString::fromLocal8Bit(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
        QStringList warnings;
        for (const QString &line : output.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1Char('/')) || line.contains(QLatin1String("warning"), Qt::CaseInsensitive))
                warnings << line;
        QVERIFY2(warnings.isEmpty(), qPrintable(QStringLiteral("lupdate warnings:\n") + warnings.join(QLatin1Char('\n'))));

        QString error;
        const QList<TsMessage> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 800, qPrintable(QString::number(messages.size())));
        QStringList untranslated;
        QStringList badPlaceholders;
        for (const TsMessage &m : messages) {
            const bool empty = std::all_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); });
            if (m.unfinished || empty) {
                if (!kAllowedUntranslated.contains(m.context + QLatin1Char('|') + m.source))
                    untranslated << QStringLiteral("%1 | %2%3").arg(m.context, m.source,
                                                                     m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
                continue;
            }
            QStringList expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                QStringList got = placeholders(t);
                // A singular form may spell the number out instead of %n.
                if (expected.contains(QStringLiteral("%n")) && !got.contains(QStringLiteral("%n")) && m.translations.size() > 1) {
                    got << QStringLiteral("%n");
                    got.sort();
                }
                if (got != expected)
                    badPlaceholders << QStringLiteral("%1 | %2 -> %3").arg(m.context, m.source, t);
            }
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated in watchfloor_%2.ts (translate them, then check in the .ts):\n")
                                .arg(untranslated.size()).arg(language) + untranslated.join(QLatin1Char('\n'))));
        QVERIFY2(badPlaceholders.isEmpty(), qPrintable(QStringLiteral("placeholders differ:\n") + badPlaceholders.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslationsUi)
#include "tst_translations_ui.moc"
