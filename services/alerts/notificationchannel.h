#pragma once

#include "alerts/alert.h"

#include <QString>

namespace wf::alerts {

// A desktop notification service that may come and go (a daemon on the session bus). The tray
// tries it first and shows its own balloon only when notify() returns false.
class NotificationChannel
{
public:
    virtual ~NotificationChannel() = default;
    virtual bool notify(const QString &summary, const QString &body, Severity severity) = 0;
};

} // namespace wf::alerts
