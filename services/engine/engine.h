#pragma once

#include "config/config.h"
#include "store/store.h"

#include <QObject>
#include <QString>

namespace wf::net { class HttpClient; }

namespace wf {

// The composition root of the services layer: owns the configuration and every service, wires
// their signals together, and is what the UI (or a headless test) talks to. No widgets here.
class Engine : public QObject
{
    Q_OBJECT
public:
    Engine(config::Config config, QString dataDir, QObject *parent = nullptr);
    ~Engine() override;

    const config::Config &config() const { return m_config; }
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    config::Role role() const { return m_role; }
    void setRole(config::Role role) { m_role = role; }
    bool canWrite() const { return m_role != config::Role::Viewer; }

    store::Store *store() const { return m_store; }
    net::HttpClient *http() const { return m_http; }

    // Opens the store (asynchronously) and starts polling. Emits started() or storeFailed().
    void start();

signals:
    void started(const wf::store::OpenReport &report);
    void storeFailed(const QString &message);

private:
    config::Config m_config;
    QString m_dataDir;
    config::Role m_role;
    store::Store *m_store = nullptr;
    net::HttpClient *m_http = nullptr;
};

} // namespace wf
