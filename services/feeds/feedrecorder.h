#pragma once

#include "feeds/feedhistory.h"
#include "feeds/feedsnapshot.h"

#include <QObject>
#include <QPointer>

namespace wf::store { class Store; }

namespace wf::feeds {

class FeedPoller;

// Writes what the poller learns into the store: feed history (FeedHistory, changes only) and one
// Observation per component (source "feed", target "<provider>/<componentId>") whenever a
// provider's snapshot changed, so the timeline and health engine read feeds like any other source.
class FeedRecorder : public QObject
{
    Q_OBJECT
public:
    FeedRecorder(FeedPoller *poller, store::Store *store, QObject *parent = nullptr);

    // Records one snapshot now (also used by the poller connection).
    void record(const QString &providerId, const FeedSnapshot &snapshot);
    int pendingJobs() const { return m_pending; }

signals:
    // After the history job ran; `changed` false when the snapshot equalled the stored one.
    void recorded(const QString &providerId, bool changed, int componentRows, int updateRows);
    void recordFailed(const QString &providerId, const QString &message);

private:
    QPointer<store::Store> m_store;
    int m_pending = 0;
};

} // namespace wf::feeds
