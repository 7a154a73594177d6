#pragma once

#include "core/healthstate.h"

#include <QColor>
#include <QIcon>

namespace wf::ui {

// Colour and a shape per health state: colour is never the only signal (colour-blind readers,
// grey-scale printouts). Shapes: circle ok, wrench maintenance, question unknown, triangle degraded,
// diamond partial outage, square-with-cross major outage; stale adds a hollow clock ring.
QColor stateColor(HealthState s);
QIcon stateIcon(HealthState s, bool stale = false, int size = 16);
QString stateGlyph(HealthState s); // one text character with the same shape meaning

} // namespace wf::ui
