#!/usr/bin/env bash
# Watchfloor benchmarks (issue 9): builds the bench targets, starts a loopback nginx (1 worker)
# with a temporary configuration on a free port, runs every benchmark, stops nginx and prints
# each figure with its goal or reference as a table; all figures go to bench-results.json.
# Not part of the default test run. Results and method: docs/performance.md.
#
#   ./scripts/bench.sh              full run (scale soak 120 s)
#   ./scripts/bench.sh --quick      scale soak 20 s, fewer requests (for a smoke check)
#   ./scripts/bench.sh --duration 300 --runs 7 --json out.json
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

DURATION=120
RUNS=5
QUICK=0
JSON="$ROOT/bench-results.json"
MARKDOWN=""
BUILD_DIR="${WATCHFLOOR_BENCH_BUILD_DIR:-$ROOT/build-bench}"
CACHE_DIR="${WATCHFLOOR_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/watchfloor-bench}"
DB_MB=1024
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1; DURATION=20 ;;
    --duration) DURATION="$2"; shift ;;
    --runs) RUNS="$2"; shift ;;
    --json) JSON="$2"; shift ;;
    --markdown) MARKDOWN="$2"; shift ;;
    --build-dir) BUILD_DIR="$2"; shift ;;
    --cache-dir) CACHE_DIR="$2"; shift ;;
    --db-mb) DB_MB="$2"; shift ;;
    --only) ONLY="$2"; shift ;;   # comma list of: throughput,soak,store,timeline,ui,coldstart
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$RUNS" -lt 5 ]; then echo "bench.sh: --runs must be at least 5" >&2; exit 2; fi
want() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }

for tool in nginx ab wrk cmake ninja; do
  command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing; install it with scripts/deps.sh" >&2; exit 3; }
done

echo "== build ($BUILD_DIR)"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$(nproc)" --target wf_bench wf_bench_ui wf_bench_timeline watchfloor
BENCH="$BUILD_DIR/tests/bench/wf_bench"
BENCH_UI="$BUILD_DIR/tests/bench/wf_bench_ui"
BENCH_TIMELINE="$BUILD_DIR/tests/bench/wf_bench_timeline"
APP="$BUILD_DIR/app/watchfloor"

LOAD_START="$(cat /proc/loadavg)"
WORK="$(mktemp -d /tmp/watchfloor-bench.XXXXXX)"
NGINX_ARGS=(-p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log")
cleanup() {
  if [ -f "$WORK/nginx/nginx.pid" ]; then
    nginx "${NGINX_ARGS[@]}" -s stop 2>/dev/null || kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- loopback nginx: one worker, a small JSON, /t/<n> targets for the soak ---------------------
PORT="$("$BENCH" freeport)"
mkdir -p "$WORK/nginx"
write_nginx_conf() { # $1 = 1 to answer 500 for targets ending in 0, 1 or 2 (30 %); $2 = file
  local flip=""
  if [ "$1" = 1 ]; then
    flip='location ~ ^/t/[0-9]*[012]$ { default_type application/json; return 500 "{\"status\":\"error\"}"; }'
  fi
  cat > "$2" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
worker_rlimit_nofile 65536;
events { worker_connections 16384; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$PORT backlog=4096;
    location = /health.json {
      default_type application/json;
      return 200 '{"status":"ok","service":"bench","checks":{"db":"ok","queue":"ok"},"version":"1.0.0"}';
    }
    location = /summary.json { default_type application/json; alias $ROOT/tests/data/feeds/anthropic-summary-operational.json; }
    $flip
    location /t/ { default_type application/json; return 200 '{"status":"ok"}'; }
  }
}
CONF
}
write_nginx_conf 0 "$WORK/nginx/normal.conf"
write_nginx_conf 1 "$WORK/nginx/flip.conf"
cp "$WORK/nginx/normal.conf" "$WORK/nginx/nginx.conf"
nginx "${NGINX_ARGS[@]}" -t -q
nginx "${NGINX_ARGS[@]}"
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.1
done
URL="http://127.0.0.1:$PORT/health.json"
echo "== nginx $(nginx -v 2>&1 | sed 's/.*\///') on 127.0.0.1:$PORT (1 worker); $(nproc) cores"

REQUESTS=20000; ROWS=200000
if [ "$QUICK" = 1 ]; then REQUESTS=5000; ROWS=100000; fi
FRAGMENTS=()

if want throughput; then
  echo "== 1. probe engine throughput vs ab / wrk"
  "$BENCH" throughput --url "$URL" --runs "$RUNS" --requests "$REQUESTS" --concurrency 64 --out "$WORK/throughput.json"
  FRAGMENTS+=("$WORK/throughput.json")
fi

if want soak; then
  echo "== 2. scale soak: 10,000 targets @ 10 s for $DURATION s, 30 % flip mid-run; $RUNS runs, each in a fresh process"
  # The flip rewrites the nginx configuration and reloads it (graceful, no dropped connections);
  # every run starts from the normal configuration again.
  FLIP_CMD="cp '$WORK/nginx/flip.conf' '$WORK/nginx/nginx.conf' && nginx -p '$WORK/nginx' -c '$WORK/nginx/nginx.conf' -e '$WORK/nginx/error.log' -s reload"
  windows=6; [ "$QUICK" = 1 ] && windows=4
  refs=15; [ "$QUICK" = 1 ] && refs=5
  for run in $(seq 1 "$RUNS"); do
    cp "$WORK/nginx/normal.conf" "$WORK/nginx/nginx.conf" && nginx "${NGINX_ARGS[@]}" -s reload
    sleep 1
    "$BENCH" soak --base "http://127.0.0.1:$PORT" --targets 10000 --interval-ms 10000 --duration-s "$DURATION" \
      --windows "$windows" --reference-s "$refs" --concurrency 64 --flip-cmd "$FLIP_CMD" --workdir "$WORK" \
      --run-label "soak $run/$RUNS" --out "$WORK/soak-$run.json"
    FRAGMENTS+=("$WORK/soak-$run.json")
  done
  cp "$WORK/nginx/normal.conf" "$WORK/nginx/nginx.conf" && nginx "${NGINX_ARGS[@]}" -s reload
fi

BIG_DB="$CACHE_DIR/data/watchfloor.db"
if want store || want coldstart; then
  if [ ! -f "$BIG_DB" ] || [ "$(( $(stat -c %s "$BIG_DB") >> 20 ))" -lt "$DB_MB" ]; then
    echo "== generating the ${DB_MB} MB database once into $CACHE_DIR (reused by later runs)"
    "$BENCH" gendb --path "$BIG_DB" --size-mb "$DB_MB"
  fi
fi

if want store; then
  echo "== 3. store"
  "$BENCH" store --runs "$RUNS" --rows "$ROWS" --workdir "$WORK/store" --open-db "$BIG_DB" --out "$WORK/store.json"
  FRAGMENTS+=("$WORK/store.json")
fi

if want timeline; then
  echo "== 4. timeline, offscreen: 500 lanes x 90 days, every range preset"
  QT_QPA_PLATFORM=offscreen "$BENCH_TIMELINE" --runs "$RUNS" --lanes 500 --days 90 --workdir "$WORK/timeline" --out "$WORK/timeline.json"
  FRAGMENTS+=("$WORK/timeline.json")
fi

if want ui; then
  echo "== 4. map, offscreen"
  QT_QPA_PLATFORM=offscreen "$BENCH_UI" --runs "$RUNS" --nodes 5000 --edges 20000 --out "$WORK/ui.json"
  FRAGMENTS+=("$WORK/ui.json")
fi

if want coldstart; then
  echo "== 4. cold start with the ${DB_MB} MB database: clean, after a crash, fleet configuration; empty data directory as reference"
  "$BENCH" coldstart --exe "$APP" --data-dir "$CACHE_DIR/data" --config "$ROOT/tests/bench/coldstart.yaml" \
    --feed-url "http://127.0.0.1:$PORT/summary.json" --probe-base "http://127.0.0.1:$PORT" \
    --runs "$RUNS" --workdir "$WORK" --out "$WORK/coldstart.json"
  FRAGMENTS+=("$WORK/coldstart.json")
fi

echo "== results"
COMMAND="./scripts/bench.sh"
[ "$QUICK" = 1 ] && COMMAND+=" --quick" || COMMAND+=" --duration $DURATION"
"$BENCH" report --json "$JSON" ${MARKDOWN:+--markdown "$MARKDOWN"} --command "$COMMAND --runs $RUNS" \
  --load-start "$LOAD_START" --commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "${FRAGMENTS[@]}"
