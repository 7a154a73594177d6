#pragma once

#include "probes/httpprobe.h"

#include <QCoreApplication>

namespace wf::probes {

// The front door: a login page or OAuth endpoint people and SDKs pass before the API. Kept apart
// from API probes (its own kind and its own edge in the graph), because the front door and the
// API fail independently: on 2026-03-02 login broke while the API still answered.
class AuthProbe : public HttpProbe
{
    Q_DECLARE_TR_FUNCTIONS(wf::probes::AuthProbe)
public:
    AuthProbe(config::ProbeConfig config, net::HttpClient *http);
};

} // namespace wf::probes
