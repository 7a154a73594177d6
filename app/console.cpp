#include "console.h"

#include "config/config.h"
#include "core/logging.h"
#include "core/settings.h"
#include "engine/engine.h"
#include "mainwindow.h"
#include "providersmodel.h"
#include "routing/routingpanel.h"
#include "theme.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace wf::app {

Console::Console(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Console::~Console()
{
    m_window.reset();
}

int Console::start()
{
    auto cfg = m_options.configFile.isEmpty() ? config::ConfigLoader::loadDefault()
                                              : config::ConfigLoader::loadFile(m_options.configFile);
    if (!cfg) {
        std::fprintf(stderr, "watchfloor: %s\n", qPrintable(cfg.error().message));
        return 3;
    }
    const QString dataDir = m_options.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : m_options.dataDir;
    m_engine = new Engine(*cfg, dataDir, this);
    if (m_options.role == QLatin1String("viewer"))
        m_engine->setRole(config::Role::Viewer);
    else if (m_options.role == QLatin1String("operator"))
        m_engine->setRole(config::Role::Operator);
    else if (m_options.role == QLatin1String("admin"))
        m_engine->setRole(config::Role::Admin);

    const QString theme = SettingValue<QString>(QStringLiteral("Appearance/theme")).get();
    ui::applyTheme(theme.isEmpty() ? cfg->ui.theme : theme);

    m_window = std::make_unique<ui::MainWindow>(m_engine);

    auto *providers = new ui::ProvidersModel(cfg->providers, m_window.get());
    auto *providersView = new QTableView;
    providersView->setModel(providers);
    providersView->setAccessibleName(QApplication::translate("main", "Providers"));
    providersView->verticalHeader()->hide();
    providersView->horizontalHeader()->setStretchLastSection(true);
    providersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    providersView->setColumnWidth(ui::ProvidersModel::NameColumn, 220);
    providersView->setColumnWidth(ui::ProvidersModel::StateColumn, 200);
    providersView->setColumnWidth(ui::ProvidersModel::ComponentsColumn, 170);
    providersView->setColumnWidth(ui::ProvidersModel::IncidentsColumn, 120);
    providersView->setColumnWidth(ui::ProvidersModel::LastPollColumn, 130);
    m_window->addView(providersView, QApplication::translate("main", "Providers"), QStringLiteral("providersView"));

    // Routing control: gateways, policies and runbooks; operators get preview/apply/roll back.
    m_window->addPanel(new ui::RoutingPanel(m_engine->routing()), QApplication::translate("main", "Routing"),
                       QStringLiteral("routingPanel"), Qt::RightDockWidgetArea);

    m_window->restoreLayout();
    m_window->show();
    qCInfo(lcUi).noquote() << "configuration:" << cfg->sourceFile << "-" << cfg->providers.size() << "providers,"
                           << cfg->probes.size() << "probes," << cfg->gateways.size() << "gateways," << cfg->apps.size() << "apps";
    m_engine->start();

    if (m_options.exitAfterMs >= 0) {
        QTimer::singleShot(m_options.exitAfterMs, this, [this] {
            if (!m_options.screenshot.isEmpty())
                m_window->grab().save(m_options.screenshot);
            m_window->close();
            QApplication::quit();
        });
    }
    return -1;
}

} // namespace wf::app
