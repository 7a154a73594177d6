#pragma once

#include "config/config.h"
#include "reports/impactanalyzer.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace wf::health { class HealthEngine; }

namespace wf::reports {

// Keeps the current customer/app impact up to date from the health engine: remembers since when
// each node has been bad (state changes, seeded from open incidents) and emits changed() at most
// every 200 ms while states move.
class ImpactTracker : public QObject
{
    Q_OBJECT
public:
    ImpactTracker(const config::Config &config, health::HealthEngine *health, QObject *parent = nullptr);

    QList<AppImpact> all() const;
    QList<AppImpact> affected() const { return ImpactAnalyzer::affected(all()); }
    qint64 badSince(const QString &nodeId) const;
    const config::Config &config() const { return m_config; }
    // Wall clock (tests inject their own).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

signals:
    void changed();

private:
    void onStateChanged(const QString &nodeId, HealthState previous, HealthState current, qint64 tsMs);

    config::Config m_config;
    health::HealthEngine *m_health;
    QHash<QString, qint64> m_badSince;
    QTimer m_coalesce;
    std::function<qint64()> m_clock;
};

} // namespace wf::reports
