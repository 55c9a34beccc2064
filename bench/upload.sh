#!/usr/bin/env bash
# Avatar upload throughput, latency and server memory, end to end.
#
#   bench/upload.sh                                   # 8 clients, 20 s
#   BENCH_CLIENTS=4 BENCH_DURATION=60 bench/upload.sh
#   BENCH_IMAGE=~/Pictures/IMG_0001.jpg bench/upload.sh   # a real photo instead
#   BENCH_IMAGE_WORKERS=1 bench/upload.sh             # QUILL_IMAGE_WORKERS (default: cores)
#
# Starts the release binary on a free port with a throw-away data and upload
# dir, then bench/upload.py signs up and logs in one account per client and
# has every client upload the same ~2.5 MB 12-megapixel JPEG to
# POST /settings/avatar back to back for BENCH_DURATION seconds. Reports
# uploads/s, p50/p95 latency, the server's CPU use and its peak RSS (VmHWM).
# Nothing is written to bench/results.txt: the report goes to stdout.
#
# The picture comes from benches/media.rs (MEDIA_BENCH_WRITE), so both
# benchmarks process the same bytes; if that bench is not built yet, the
# first run builds it.
# Every upload is the same picture, so its files are written once and later
# uploads find them in place (media::store keeps an existing file): the
# numbers leave out writing ~300 kB per upload, and include the rest.
set -euo pipefail

CLIENTS="${BENCH_CLIENTS:-8}"
DURATION="${BENCH_DURATION:-20}"     # seconds of measured load
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$ROOT/target/release/quill"

log() { printf '[upload-bench] %s\n' "$*" >&2; }

if [ ! -x "$BIN" ]; then
    log "release binary missing: cargo build --release"
    (cd "$ROOT" && cargo build --release)
fi
# The numbers belong to the binary, not to HEAD: say so when sources are newer.
STALE=""
if [ -n "$(find "$ROOT/src" "$ROOT/templates" "$ROOT/migrations" -newer "$BIN" -type f 2>/dev/null | head -1)" ]; then
    STALE=" (binary older than src/: run cargo build --release to measure HEAD)"
    log "warning: target/release/quill is older than some sources"
fi

# --- scratch space and the server, cleaned up on any exit ---
TMP="$(mktemp -d -t quill-upload-bench.XXXXXX)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

if [ -n "${BENCH_IMAGE:-}" ]; then
    IMAGE="$BENCH_IMAGE"
else
    IMAGE="$TMP/photo.jpg"
    # The photo depends only on benches/media.rs, so a built bench binary at
    # least as new as that file will do: `cargo bench` would first rebuild the
    # whole crate whenever anything in src/ changed.
    MEDIA_BENCH="$(find "$ROOT/target/release/deps" -maxdepth 1 -type f -name 'media-*' -perm -u+x \
        -newer "$ROOT/benches/media.rs" -printf '%T@ %p\n' 2>/dev/null | sort -nr | head -1 | cut -d' ' -f2-)"
    if [ -n "$MEDIA_BENCH" ]; then
        MEDIA_BENCH_WRITE="$IMAGE" "$MEDIA_BENCH"
    else
        log "building benches/media.rs to generate the photo"
        (cd "$ROOT" && MEDIA_BENCH_WRITE="$IMAGE" cargo bench -q --bench media)
    fi
fi

export QUILL_DATA_DIR="$TMP/data"
export QUILL_UPLOAD_DIR="$TMP/uploads"
export QUILL_REQUIRE_VERIFIED_EMAIL=false  # log in straight after sign-up
export QUILL_SIGNUP_LIMIT=0                # all accounts come from 127.0.0.1
export QUILL_LOGIN_LIMIT=0
export RUST_LOG=warn                       # per-request logging would be measured too
if [ -n "${BENCH_IMAGE_WORKERS:-}" ]; then
    export QUILL_IMAGE_WORKERS="$BENCH_IMAGE_WORKERS"
fi
mkdir -p "$QUILL_DATA_DIR" "$QUILL_UPLOAD_DIR"

# --- server on a free port (asking the kernel avoids clashing with a dev server) ---
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export QUILL_ADDR="127.0.0.1:$PORT"
BASE="http://$QUILL_ADDR"
"$BIN" serve >"$TMP/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 100); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz" || true)" = 200 ]; then
        break
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        log "server exited:"; cat "$TMP/server.log" >&2; exit 1
    fi
    sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz")" = 200 ] \
    || { log "server not healthy after 10 s"; cat "$TMP/server.log" >&2; exit 1; }
log "server up at $BASE (pid $SERVER_PID); $CLIENTS clients, ${DURATION}s"

# Anything else busy on the box (a build, a test run) shares the cores with
# the server and skews the numbers; the load average is in the report.
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
REPORT="$(python3 "$ROOT/bench/upload.py" "$BASE" --image "$IMAGE" --server-pid "$SERVER_PID" \
    --clients "$CLIENTS" --duration "$DURATION")" \
    || { log "load failed; server log:"; tail -20 "$TMP/server.log" >&2; exit 1; }

echo "Quill avatar upload benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$STALE"
echo "clients=$CLIENTS duration=${DURATION}s image_workers=${QUILL_IMAGE_WORKERS:-default (nproc)} nproc=$(nproc) loadavg before=$LOAD_BEFORE after=$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "$REPORT"
if grep -qiE 'error|panic' "$TMP/server.log"; then
    log "the server logged errors:"; grep -iE 'error|panic' "$TMP/server.log" | tail -5 >&2
fi
