#!/usr/bin/env bash
# One command to install dependencies, build and start the console.
# Arguments are passed to watchfloor, e.g. ./scripts/run.sh --config my.yaml
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
BUILD_DIR="${WATCHFLOOR_BUILD_DIR:-build}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting under Xvfb (screenshots work, nothing is shown)." >&2
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$BUILD_DIR/app/watchfloor" "$@"
fi
exec "$BUILD_DIR/app/watchfloor" "$@"
