#pragma once

#include "core/healthstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace wf::feeds {

// One component (service, product, region service) a provider reports on. Keyed by id: names drift.
struct Component
{
    QString id;
    QString name;
    QString group;          // group name ("" when the page is flat)
    HealthState state = HealthState::Unknown;
    QString rawStatus;      // the vendor's string, kept for tooltips and unknown values
};

struct IncidentUpdate
{
    QString id;
    QDateTime time;
    QString status;         // vendor status word, lower case ("investigating", "update", ...)
    QString body;           // plain text
};

// An incident or a maintenance window.
struct Incident
{
    QString id;
    QString title;
    QString impact;         // vendor impact word ("minor", "SERVICE_OUTAGE", ...)
    HealthState impactState = HealthState::Unknown;
    QString status;         // vendor status word
    bool open = false;      // still ongoing (maintenance: in progress)
    QDateTime started;
    QDateTime resolved;
    QDateTime updated;
    QDateTime scheduledFor;   // maintenance only
    QDateTime scheduledUntil; // maintenance only
    QString url;            // http(s) only
    QStringList components; // affected component ids
    QList<IncidentUpdate> updates; // newest first
};

// Everything one poll of one feed said, normalized.
struct FeedSnapshot
{
    QString format;
    QString pageName;
    QString pageUrl;
    bool hasIndicator = false;
    QString indicator;      // raw page-level indicator ("none", "major", ...)
    HealthState indicatorState = HealthState::Unknown;
    QList<Component> components;
    QList<Incident> incidents;
    QList<Incident> maintenances;
    // True when the document lists every unresolved incident (summary, unresolved, cloud feeds):
    // an incident stored as open but missing here has ended. False for status.json and the like.
    bool incidentsComplete = true;
    QStringList warnings;   // tolerated defects of the document (skipped elements, unknown values)

    const Component *component(const QString &id) const;
    const Incident *incident(const QString &id) const;
    QList<Incident> openIncidents() const;
    int openIncidentCount() const;
    // worst(indicator, open-incident impacts, component statuses). Group rows are not components
    // here (they repeat their worst child), so they cannot double count.
    HealthState worstState() const;
    // Stable digest of the normalized content: equal digests mean nothing worth storing changed.
    QByteArray digest() const;
};

} // namespace wf::feeds

Q_DECLARE_METATYPE(wf::feeds::FeedSnapshot)
