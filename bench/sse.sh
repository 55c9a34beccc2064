#!/usr/bin/env bash
# Notifications over SSE: 10,000 open streams on one release server (its
# RSS), and like -> event latency at 500 likes/s across those users.
#
#   bench/sse.sh
#   BENCH_RECEIVERS=2000 BENCH_RATE=200 BENCH_SECONDS=10 bench/sse.sh   # a quick one
#
# Steps (the client is benches/sse.rs, see its header):
#   1. a fresh data dir; `quill migrate`;
#   2. `sse seed`: BENCH_RECEIVERS receivers (10000) with one post each,
#      BENCH_LIKERS likers (200), one shared argon2 hash, a session row each;
#   3. `quill reindex`, so the server does not rebuild the search index
#      in the background at start (it would for posts inserted behind its back);
#   4. `quill serve` on a free port (SQLite, RUST_LOG=warn, no rate limits);
#   5. `sse run`: streams, likes, latencies and the server's VmRSS/VmHWM.
# The report goes to stdout; nothing is written to bench/results.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${QUILL_BIN:-$ROOT/target/release/quill}"
log() { printf '[sse-bench] %s\n' "$*" >&2; }

# One fd per stream on each side, plus the pool, SQLite, tantivy.
ulimit -n 100000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
NOFILE="$(ulimit -n)"
NEED=$(( ${BENCH_RECEIVERS:-10000} + 1000 ))
[ "$NOFILE" -ge "$NEED" ] || { log "ulimit -n is $NOFILE, need $NEED"; exit 1; }

if [ ! -x "$BIN" ]; then
    log "release binary missing: cargo build --release"
    (cd "$ROOT" && cargo build --release)
fi
# Building the bench also builds the package's binary in the same profile
# directory, so do it before the server starts and say what was measured.
log "building the client: cargo bench --bench sse --no-run"
CLIENT="$(cd "$ROOT" && cargo bench --bench sse --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import sys, json
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "sse" and m.get("executable"):
        print(m["executable"])')"
[ -x "$CLIENT" ] || { log "could not build benches/sse.rs"; (cd "$ROOT" && cargo bench --bench sse --no-run); exit 1; }
log "server binary $(date -u -r "$BIN" '+%F %T UTC'), HEAD $(git -C "$ROOT" rev-parse --short HEAD)"
if [ -n "$(find "$ROOT/src" "$ROOT/templates" "$ROOT/migrations" -newer "$BIN" -type f 2>/dev/null | head -1)" ]; then
    log "warning: target/release/quill is older than some sources"
fi

TMP="$(mktemp -d -t quill-sse-bench.XXXXXX)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$TMP/data" "$TMP/uploads"
export QUILL_ADDR="127.0.0.1:$PORT" \
    QUILL_DATA_DIR="$TMP/data" \
    QUILL_UPLOAD_DIR="$TMP/uploads" \
    QUILL_BASE_URL="$BASE" \
    QUILL_REQUIRE_VERIFIED_EMAIL=false \
    QUILL_SIGNUP_LIMIT=0 \
    QUILL_LOGIN_LIMIT=0 \
    QUILL_MAX_CONNECTIONS=30000 \
    QUILL_MAX_CONNECTIONS_PER_IP=0 \
    RUST_LOG=warn
# Every stream comes from 127.0.0.1: the per-address connection cap (256)
# and the process cap (10,000) would close or queue most of them.
unset DATABASE_URL REDIS_URL SMTP_URL

"$BIN" migrate >/dev/null
"$CLIENT" seed "sqlite://$TMP/data/quill.db" "$TMP/seed.tsv"
"$BIN" reindex >/dev/null 2>&1

# BENCH_SERVER_WRAPPER="heaptrack -o /tmp/quill-heap" profiles the server's
# allocations (the memory figures then are the wrapper's, not the server's).
${BENCH_SERVER_WRAPPER:-} "$BIN" serve >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
ok=""
for _ in $(seq 1 300); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz" || true)" = 200 ]; then ok=1; break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
done
[ -n "$ok" ] || { log "server not healthy"; cat "$TMP/server.log" >&2; exit 1; }
log "server pid $SERVER_PID at $BASE, ulimit -n $NOFILE"

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
STARTED="$(date -u '+%F %H:%M')"
"$CLIENT" run "$BASE" "$SERVER_PID" "$TMP/seed.tsv" >"$TMP/report" \
    || { log "client failed; server log:"; tail -20 "$TMP/server.log" >&2; exit 1; }
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

DIRTY="$(git -C "$ROOT" status --porcelain -- src templates migrations | wc -l)"
echo "Notifications (SSE)  $STARTED UTC  HEAD $(git -C "$ROOT" rev-parse --short HEAD) ($DIRTY uncommitted files under src/ templates/ migrations/)  server binary built $(date -u -r "$BIN" '+%F %T UTC')"
echo "receivers=${BENCH_RECEIVERS:-10000} likers=${BENCH_LIKERS:-200} rate=${BENCH_RATE:-500}/s seconds=${BENCH_SECONDS:-20} nproc=$(nproc) SQLite, in-process fan-out${MALLOC_ARENA_MAX:+ MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX}"
echo "loadavg before=$LOAD_BEFORE after=$LOAD_AFTER"
cat "$TMP/report"
if grep -q . "$TMP/server.log"; then
    echo "server logged $(wc -l <"$TMP/server.log") lines; last:"
    tail -5 "$TMP/server.log"
fi
