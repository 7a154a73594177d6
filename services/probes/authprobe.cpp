#include "authprobe.h"

namespace wf::probes {

AuthProbe::AuthProbe(config::ProbeConfig config, net::HttpClient *http)
    : HttpProbe(std::move(config), http)
{
    // A login page that answers at all (incl. a redirect to the identity provider) is up; an
    // error page is not.
    setDefaultConditions({QStringLiteral("status < 400")});
    detailPrefix = tr("front door: ");
}

} // namespace wf::probes
