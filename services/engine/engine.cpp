#include "engine.h"

#include "core/logging.h"
#include "net/httpclient.h"

#include <QDir>

namespace wf {

Engine::Engine(config::Config config, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_dataDir(std::move(dataDir))
    , m_role(m_config.ui.role)
{
    m_store = new store::Store(this);
    m_http = new net::HttpClient(this);
    connect(m_store, &store::Store::opened, this, &Engine::started);
    connect(m_store, &store::Store::failed, this, &Engine::storeFailed);
}

Engine::~Engine() = default;

QString Engine::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("watchfloor.db"));
}

void Engine::start()
{
    qCInfo(lcStore).noquote() << "opening" << databasePath();
    m_store->open(databasePath());
}

} // namespace wf
