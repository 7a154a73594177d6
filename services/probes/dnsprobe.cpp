#include "dnsprobe.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QPointer>
#include <QTimer>

namespace wf::probes {

void DnsProbe::run(QObject *context, std::function<void(ProbeResult)> done)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto finished = std::make_shared<bool>(false);
    auto lookupId = std::make_shared<int>(-1);
    QPointer<QObject> guard(context);
    const ProbeResult base = start();
    const QString host = config().host;
    auto finish = [clock, finished, guard, done, base](Outcome outcome, const QString &detail) {
        if (*finished)
            return;
        *finished = true;
        ProbeResult r = base;
        r.outcome = outcome;
        r.state = outcomeState(outcome);
        r.detail = detail;
        if (outcome == Outcome::Ok)
            r.latencyMs = double(clock->nsecsElapsed()) / 1e6;
        if (guard && done)
            done(r);
    };
    QTimer::singleShot(config().timeoutMs, context, [finish, lookupId, host] {
        if (*lookupId >= 0)
            QHostInfo::abortHostLookup(*lookupId);
        finish(Outcome::Timeout, tr("no answer for %1 within the timeout").arg(host));
    });
    *lookupId = QHostInfo::lookupHost(host, context, [finish, host](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            finish(Outcome::Dns, tr("%1: %2").arg(host, info.errorString()));
            return;
        }
        QStringList addrs;
        for (const QHostAddress &a : info.addresses())
            addrs << a.toString();
        finish(Outcome::Ok, tr("%1 -> %2").arg(host, addrs.join(QStringLiteral(", "))));
    });
}

} // namespace wf::probes
