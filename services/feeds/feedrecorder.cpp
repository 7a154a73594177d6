#include "feedrecorder.h"
#include "core/clock.h"

#include "core/logging.h"
#include "feeds/feedpoller.h"
#include "store/store.h"

#include <QDateTime>

namespace wf::feeds {

FeedRecorder::FeedRecorder(FeedPoller *poller, store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (poller)
        connect(poller, &FeedPoller::snapshotUpdated, this, &FeedRecorder::record);
}

void FeedRecorder::record(const QString &providerId, const FeedSnapshot &snapshot)
{
    if (!m_store)
        return;
    const qint64 now = wf::clock::nowMs();
    for (const Component &c : snapshot.components) {
        store::Observation o;
        o.tsMs = now;
        o.source = QStringLiteral("feed");
        o.target = providerId + QLatin1Char('/') + c.id;
        o.state = stateKey(c.state);
        o.detail = c.rawStatus;
        m_store->append(o);
    }
    ++m_pending;
    m_store->run<Result<FeedHistory::Written>>(
        this,
        [providerId, now, snapshot](store::Database &db) { return FeedHistory::record(db, providerId, now, snapshot); },
        [this, providerId](Result<FeedHistory::Written> r) {
            --m_pending;
            if (!r) {
                qCWarning(lcFeeds).noquote() << providerId << ": storing feed history failed:" << r.error().message;
                emit recordFailed(providerId, r.error().message);
                return;
            }
            emit recorded(providerId, r->changed, r->componentRows, r->updateRows);
        });
}

} // namespace wf::feeds
