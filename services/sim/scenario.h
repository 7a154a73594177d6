#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace wf::sim {

// One body served at a feed path from `at` until the next snapshot of the same path (or `until`).
struct FeedSnapshot
{
    QDateTime at;
    QDateTime until;         // invalid: until the next snapshot of this path
    QString file;            // as written in the scenario, relative to its directory
    QByteArray body;
    QByteArray contentType;
    int line = 0;            // scenario line, for messages
};

struct FeedPath
{
    QString path;                  // e.g. /api/v2/summary.json
    QList<FeedSnapshot> snapshots; // sorted by `at`
};

enum class ApiKind { Anthropic, OpenAi };
QString apiKindKey(ApiKind kind);

// A fake provider: its API shape, models, front-door (web) paths and status feeds.
struct ProviderSpec
{
    QString id;
    QString name;
    ApiKind api = ApiKind::Anthropic;
    QStringList models;
    QStringList webPaths;    // front door: served as small HTML pages (200 unless a fault says otherwise)
    bool requireKey = true;  // API calls without x-api-key / Authorization get 401
    QList<FeedPath> feeds;
    int port = 0;            // own listener for this provider only (0: pick a free port)
};

// One scripted fault: while scenario time is in [from, to), requests that match get the effect.
struct Fault
{
    QString name;
    QDateTime from;
    QDateTime to;
    QString provider;        // provider id
    QStringList paths;       // exact path, or a prefix when ending in '*'; empty: every path
    QStringList models;      // only requests naming one of these models; empty: any request
    QList<int> statuses;     // error status to answer with (picked per request); empty: no error
    int latencyMs = 0;       // added wall-clock delay before answering
    double ratio = 1.0;      // share of matching requests that get the error
    int retryAfterS = -1;    // Retry-After header on errors (seconds), -1: none
    QString message;         // error message override
    int line = 0;

    bool activeAt(const QDateTime &t) const { return t >= from && t < to; }
    bool matchesPath(const QString &path) const;
};

struct Scenario
{
    QString name;
    QString title;
    QString note;            // e.g. "reconstruction from public reporting"
    QDateTime start;
    QDateTime end;
    quint64 seed = 1;
    QStringList sources;
    QList<ProviderSpec> providers;
    QList<Fault> faults;
    QString origin;          // the scenario file that was loaded

    const ProviderSpec *provider(const QString &id) const;
};

// Reads scenario YAML (see docs/scenarios.md). Every error names file:line: key: message.
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(wf::sim::ScenarioLoader)
public:
    // NAME (bundled, ":/scenarios/NAME/scenario.yaml"), a directory holding scenario.yaml, or a file.
    static Result<Scenario> load(const QString &nameOrPath);
    static Result<Scenario> loadFile(const QString &file);
    // `baseDir` is where snapshot files are read from.
    static Result<Scenario> loadString(const QByteArray &yaml, const QString &fileName, const QString &baseDir);
    // Names of the scenarios built into the application.
    static QStringList bundled();
};

// "2026-03-02T13:40:00Z" or, relative to `day`, "13:40" / "13:40:05"; invalid on error.
QDateTime parseScenarioTime(const QString &text, const QDate &day);

} // namespace wf::sim
