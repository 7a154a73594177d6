#pragma once

#include "core/healthstate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wf::reports {

// Who a timeline row comes from.
enum class EventSource { Provider, Watchfloor, Operator };

// One row of the incident timeline (time UTC | source | event).
struct TimelineEvent
{
    qint64 tsMs = 0;
    EventSource source = EventSource::Provider;
    QString text;
};

// An update the provider posted on its own status page.
struct ProviderUpdate
{
    qint64 tsMs = 0;
    QString provider;
    QString incidentId;
    QString title;
    QString status;
    QString body;
};

// A stretch of bad health Watchfloor detected itself (from the health engine's incident table).
struct Detection
{
    QString node;            // node id; never rendered as such, see `label`
    QString label;           // for people
    QString provider;
    qint64 startedMs = 0;
    qint64 detectedMs = 0;
    bool ahead = false;      // seen before the provider's status page showed a problem
    qint64 feedAckMs = 0;
    qint64 lagMs = 0;        // status page acknowledgement - detection (positive: we were first)
    qint64 resolvedMs = 0;
    HealthState worst = HealthState::Unknown;
};

// An operator action from the audit log.
struct OperatorAction
{
    qint64 tsMs = 0;
    QString actor;
    QString action;
    QString target;
    QString reason;
    QString result;
};

// Availability of one component or node over the report window.
struct AvailabilityRow
{
    QString provider;
    QString subject;         // component name or node label
    QString basis;           // "status page" (provider's own view) or "Watchfloor" (own health)
    double availability = -1; // 0..1, -1 = no data
    qint64 downMs = 0;
    qint64 mttrMs = -1;
    int incidents = 0;
};

// Everything an incident report shows for one window and one or more providers.
struct IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(wf::reports::IncidentReport)
public:
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 generatedMs = 0;
    QStringList providers;       // ids
    QStringList providerNames;   // same order
    QList<ProviderUpdate> updates;      // oldest first
    QList<Detection> detections;        // oldest first
    QList<OperatorAction> actions;      // oldest first
    QList<AvailabilityRow> availability;
    QList<TimelineEvent> timeline;      // merged, in time order
    // Non-empty when the data comes from a drill (a replayed scenario such as the reconstruction
    // of 2026-03-02), e.g. "DRILL — reconstruction of 2026-03-02 from public reporting". Exports
    // leave the console, so each one says it is not a live incident.
    QString drillNote;

    int providerIncidentCount() const;
    QString title() const;
    // Rebuilds `timeline` from updates, detections and actions (stable: equal times keep the
    // order provider, Watchfloor, operator).
    void buildTimeline(const QList<TimelineEvent> &extra = {});

    static QString sourceLabel(EventSource s);
    // "1 h 05 min", "12 min".
    static QString formatDuration(qint64 ms);
    // "2026-03-02 11:49 UTC"; `withDate` false gives "11:49".
    static QString formatTime(qint64 ms, bool withDate = true);
};

} // namespace wf::reports
