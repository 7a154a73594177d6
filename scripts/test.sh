#!/usr/bin/env bash
# One command to install dependencies, build and run every test (unit, UI offscreen, e2e with
# real HAProxy and Caddy on 127.0.0.1). Extra arguments go to ctest, e.g. -R tst_net.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
BUILD_DIR="${WATCHFLOOR_BUILD_DIR:-build}"
cd "$BUILD_DIR"
status=0
ctest --output-on-failure --timeout 900 -j "${JOBS:-$(nproc)}" "$@" || status=$?
# The UI tests render the map, timeline, charts and wall into screenshots/: the artifacts a CI
# run keeps and a reviewer looks at. Said even when tests failed, that is when they matter most.
shots="$PWD/screenshots"
if compgen -G "$shots/*.png" > /dev/null; then
  echo "Screenshots (CI artifacts): $shots"
  for f in "$shots"/*.png; do echo "  $(basename "$f")"; done
fi
exit "$status"
