#!/usr/bin/env bash
# Configures (once) and builds Watchfloor into ./build (or $WATCHFLOOR_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${WATCHFLOOR_BUILD_DIR:-build}"
JOBS="${JOBS:-$(nproc)}"
extra=()
if [ "${CI:-}" = "true" ]; then extra+=(-DWATCHFLOOR_WERROR=ON); fi
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}"
fi
cmake --build "$BUILD_DIR" -j "$JOBS"
