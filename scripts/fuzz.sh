#!/usr/bin/env bash
# Builds the feed-parser fuzz targets with clang (libFuzzer + ASan + UBSan) and runs each for a
# bounded time, seeded with the feed fixtures; fails when a target finds a crash.
#   scripts/fuzz.sh [seconds-per-target]      (default 60)
# The default test run calls it as the ctest test fuzz_feeds with 10 s per target.
# Needs clang and its fuzzer runtime (Debian: clang, libclang-rt-14-dev; scripts/deps.sh installs
# both). Without them it exits 77, which ctest reports as skipped.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_PER_TARGET="${1:-60}"
BUILD="${WATCHFLOOR_FUZZ_BUILD:-$ROOT/build-fuzz}"

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz.sh: SKIPPED: clang++ not found, parsers not fuzzed; install it (Debian: apt-get install clang libclang-rt-14-dev)" >&2
  exit 77
fi
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long){return 0;}' \
     | clang++ -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
  echo "fuzz.sh: SKIPPED: clang's libFuzzer runtime is missing, parsers not fuzzed (Debian: apt-get install libclang-rt-14-dev)" >&2
  exit 77
fi

cmake -S "$ROOT/tests/fuzz" -B "$BUILD" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DWATCHFLOOR_FUZZ=ON \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j"${JOBS:-$(nproc)}"

DATA="$ROOT/tests/data/feeds"
declare -A SEEDS=(
  [statuspage]="statuspage replay-2026-03-02 hostile anthropic-summary-operational.json"
  [incidentio]="incidentio hostile"
  [gcp]="cloud/gcp-incidents.json hostile/json-array-root.json hostile/truncated-mid-string.json"
  [aws_currentevents]="cloud/aws-currentevents.utf8.json cloud/aws-currentevents.utf16le.json cloud/aws-currentevents-empty.utf16le.json"
  [aws_rss]="cloud/aws-all.rss hostile/xml-s3-error-200.xml hostile-xml"
  [azure_rss]="cloud/azure-status-feed-active.rss cloud/azure-status-feed-empty.rss hostile-xml"
  [atom]="replay-2026-03-02/history.atom replay-2026-03-02/history.rss incidentio/openai-feed.atom hostile-xml"
)

failed=0
for target in "${!SEEDS[@]}"; do
  corpus="$BUILD/corpus/$target"
  mkdir -p "$corpus"
  for seed in ${SEEDS[$target]}; do
    if [ -d "$DATA/$seed" ]; then cp -n "$DATA/$seed"/* "$corpus/" 2>/dev/null || true
    else cp -n "$DATA/$seed" "$corpus/" 2>/dev/null || true; fi
  done
  echo "== fuzz_feed_$target for ${SECONDS_PER_TARGET}s"
  if ! "$BUILD/fuzz_feed_$target" "$corpus" -max_total_time="$SECONDS_PER_TARGET" -max_len=262144 \
        -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$BUILD/crash-$target-" -print_final_stats=1 \
        > "$BUILD/fuzz_feed_$target.log" 2>&1; then
    echo "fuzz_feed_$target FAILED: see $BUILD/fuzz_feed_$target.log and $BUILD/crash-$target-*" >&2
    tail -30 "$BUILD/fuzz_feed_$target.log" >&2
    failed=$((failed + 1))
  else
    grep -E "stat::number_of_executed_runs|Done" "$BUILD/fuzz_feed_$target.log" | tail -2
  fi
done
passed=$(( ${#SEEDS[@]} - failed ))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
