// watchfloor-sim: serves a drill scenario on 127.0.0.1 (status feeds + fake provider APIs).
#include "core/logging.h"
#include "sim/scenario.h"
#include "sim/simserver.h"
#include "translators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace wf::sim;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Watchfloor"));
    QCoreApplication::setApplicationName(QStringLiteral("watchfloor-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WATCHFLOOR_VERSION));
    wf::i18n::installTranslators(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("sim",
        "Serves a drill scenario on 127.0.0.1: status-page snapshots on their schedule and fake provider APIs "
        "that fail as the scenario scripts. Control: GET /_sim/state, GET|POST /_sim/clock, POST /_sim/reset."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption scenarioOpt(QStringLiteral("scenario"),
        QCoreApplication::translate("sim", "Built-in scenario name, a directory with scenario.yaml, or a scenario file. Default: 2026-03-02."),
        QStringLiteral("dir|name"), QStringLiteral("2026-03-02"));
    QCommandLineOption speedOpt(QStringLiteral("speed"),
        QCoreApplication::translate("sim", "Scenario seconds per real second (60: an hour per minute; 0: frozen, step it with POST /_sim/clock). Default: 1."),
        QStringLiteral("x"), QStringLiteral("1"));
    QCommandLineOption portOpt(QStringLiteral("port"),
        QCoreApplication::translate("sim", "Port on 127.0.0.1 (0: any free port). Default: 0."), QStringLiteral("port"), QStringLiteral("0"));
    QCommandLineOption atOpt(QStringLiteral("at"),
        QCoreApplication::translate("sim", "Start the scenario clock here instead of at the scenario start (13:30 or an ISO time)."),
        QStringLiteral("time"));
    QCommandLineOption listOpt(QStringLiteral("list"), QCoreApplication::translate("sim", "List the built-in scenarios and exit."));
    QCommandLineOption quietOpt(QStringLiteral("quiet"), QCoreApplication::translate("sim", "Do not print the scenario clock every few seconds."));
    parser.addOptions({scenarioOpt, speedOpt, portOpt, atOpt, listOpt, quietOpt});
    parser.process(app);

    if (parser.isSet(listOpt)) {
        for (const QString &name : ScenarioLoader::bundled())
            std::printf("%s\n", qPrintable(name));
        return 0;
    }
    bool ok = false;
    const double speed = parser.value(speedOpt).toDouble(&ok);
    if (!ok || speed < 0) {
        std::fprintf(stderr, "watchfloor-sim: %s\n", qPrintable(QCoreApplication::translate("sim", "--speed expects a number >= 0")));
        return 2;
    }
    const int port = parser.value(portOpt).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        std::fprintf(stderr, "watchfloor-sim: %s\n", qPrintable(QCoreApplication::translate("sim", "--port expects 0..65535")));
        return 2;
    }
    auto scenario = ScenarioLoader::load(parser.value(scenarioOpt));
    if (!scenario) {
        std::fprintf(stderr, "watchfloor-sim: %s\n", qPrintable(scenario.error().message));
        return 3;
    }
    SimServer server(*scenario, speed);
    if (parser.isSet(atOpt)) {
        const QDateTime at = parseScenarioTime(parser.value(atOpt), scenario->start.date());
        if (!at.isValid()) {
            std::fprintf(stderr, "watchfloor-sim: %s\n", qPrintable(QCoreApplication::translate("sim", "--at expects 13:30, 13:30:15 or 2026-03-02T13:30:00Z")));
            return 2;
        }
        server.clock().set(at);
    }
    if (const wf::Status st = server.listen(quint16(port)); !st) {
        std::fprintf(stderr, "watchfloor-sim: %s\n", qPrintable(st.error().message));
        return 4;
    }

    std::printf("watchfloor-sim: scenario %s - %s%s\n", qPrintable(scenario->name), qPrintable(scenario->title),
                scenario->note.isEmpty() ? "" : qPrintable(QStringLiteral(" (%1)").arg(scenario->note)));
    std::printf("serving %s  (control: %s/_sim/state)\n", qPrintable(server.baseUrl().toString()), qPrintable(server.baseUrl().toString()));
    for (const ProviderSpec &p : scenario->providers)
        std::printf("  %-10s %s  and %s/%s/...\n", qPrintable(p.id), qPrintable(server.providerUrl(p.id).toString()),
                    qPrintable(server.baseUrl().toString()), qPrintable(p.id));
    std::printf("scenario clock %s  speed %g\n", qPrintable(server.clock().now().toUTC().toString(Qt::ISODate)), speed);
    std::fflush(stdout);

    QStringList lastFaults;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &server, [&] {
        const QDateTime now = server.clock().now();
        QStringList faults;
        for (const auto &f : server.scenario().faults)
            if (f.activeAt(now))
                faults << f.name;
        if (!parser.isSet(quietOpt) || faults != lastFaults) {
            std::printf("scenario clock %s  faults: %s\n", qPrintable(now.toUTC().toString(Qt::ISODate)),
                        faults.isEmpty() ? "none" : qPrintable(faults.join(QStringLiteral("; "))));
            std::fflush(stdout);
        }
        lastFaults = faults;
    });
    ticker.start(5000);
    return QCoreApplication::exec();
}
