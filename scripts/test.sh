#!/usr/bin/env bash
# One command to install dependencies, build and run every test (unit, UI offscreen, e2e with
# real HAProxy and Caddy on 127.0.0.1). Extra arguments go to ctest, e.g. -R tst_net.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
BUILD_DIR="${WATCHFLOOR_BUILD_DIR:-build}"
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900 -j "${JOBS:-$(nproc)}" "$@"
