#!/usr/bin/env bash
# End-to-end search benchmark: /search requests/s, p50 and p99 over HTTP.
#
#   bench/search.sh                     # 10 s per query, 64 connections
#   BENCH_DURATION=30 bench/search.sh
#   QUILL_BIN=/path/to/quill bench/search.sh   # another build of the binary
#
# Same pattern as bench/run.sh: a throw-away data dir seeded straight into
# SQLite by bench/seed.py (10k accounts, 100k posts), the release binary on a
# free port. The server sees an index that does not match the posts and
# rebuilds it in the background at start; we wait for its "search index
# rebuilt" log line (and report how long that took), check every query
# answers 200 with results, then load each query URL with wrk, and finally
# all of them together (a Lua script rotating through them).
#
# The in-process side (tantivy latency, rebuild time, FTS5 comparison) is
# `cargo bench --bench search`. Note seed.py's vocabulary is ~80 words, so
# most single words match most posts: a heavy case for search.
#
# The table is appended to bench/results.txt (BENCH_RESULTS to change that).
set -euo pipefail

DURATION="${BENCH_DURATION:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
WARMUP="${BENCH_WARMUP:-2}"
TIMEOUT="${BENCH_TIMEOUT:-30}"
REBUILD_TIMEOUT="${BENCH_REBUILD_TIMEOUT:-900}"   # seconds to wait for the index

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${QUILL_BIN:-$ROOT/target/release/quill}"
RESULTS="${BENCH_RESULTS:-$ROOT/bench/results.txt}"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

log() { printf '[search-bench] %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
    log "installing wrk"
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get install -y wrk >/dev/null 2>&1 \
        || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
fi

if [ ! -x "$BIN" ]; then
    log "release binary missing: cargo build --release"
    (cd "$ROOT" && cargo build --release)
fi
STALE=""
if [ -z "${QUILL_BIN:-}" ] \
    && [ -n "$(find "$ROOT/src" "$ROOT/templates" "$ROOT/migrations" -newer "$BIN" -type f 2>/dev/null | head -1)" ]; then
    STALE=" (binary older than src/: run cargo build --release to measure HEAD)"
    log "warning: $BIN is older than some sources"
fi

TMP="$(mktemp -d -t quill-search-bench.XXXXXX)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

export QUILL_DATA_DIR="$TMP/data"
export QUILL_UPLOAD_DIR="$TMP/uploads"
# warn keeps per-request logging out of the measurement; quill::app at info
# is what says "search index rebuilt".
export RUST_LOG="warn,quill::app=info"
mkdir -p "$QUILL_UPLOAD_DIR"

log "migrating $QUILL_DATA_DIR/quill.db"
"$BIN" migrate >/dev/null

log "seeding (bench/seed.py: 10k accounts, 100k posts)"
SEED_OUT="$(python3 "$ROOT/bench/seed.py" "$QUILL_DATA_DIR/quill.db")"
seed_value() { printf '%s\n' "$SEED_OUT" | sed -n "s/^$1=//p"; }
SEED_SECONDS="$(seed_value seed_seconds)"
USERNAME="$(seed_value username)"
# A one-word tag (seed.py also makes two-word ones like "coffee-bridge").
TAG="$(python3 -c '
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("SELECT t.name FROM tag t JOIN post_tag pt ON pt.tag_id = t.id "
                 "WHERE t.name NOT LIKE \"%-%\" GROUP BY t.id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0])
' "$QUILL_DATA_DIR/quill.db")"
log "seeded in ${SEED_SECONDS}s; author $USERNAME, tag $TAG"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export QUILL_ADDR="127.0.0.1:$PORT"
BASE="http://$QUILL_ADDR"
STARTED="$(date +%s.%N)"
"$BIN" serve >"$TMP/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 100); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz" || true)" = 200 ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { log "server exited:"; cat "$TMP/server.log" >&2; exit 1; }
    sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz")" = 200 ] \
    || { log "server not healthy after 10 s"; cat "$TMP/server.log" >&2; exit 1; }
log "server up at $BASE (pid $SERVER_PID); waiting for the search index rebuild"

REBUILT=""
for _ in $(seq 1 $((REBUILD_TIMEOUT * 5))); do
    if grep -q "search index rebuilt" "$TMP/server.log"; then
        REBUILT="$(date +%s.%N)"
        break
    fi
    if grep -q "search rebuild failed" "$TMP/server.log"; then
        log "rebuild failed:"; cat "$TMP/server.log" >&2; exit 1
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { log "server exited:"; cat "$TMP/server.log" >&2; exit 1; }
    sleep 0.2
done
[ -n "$REBUILT" ] || { log "no rebuild after ${REBUILD_TIMEOUT}s"; cat "$TMP/server.log" >&2; exit 1; }
REBUILD_SECONDS="$(awk -v a="$STARTED" -v b="$REBUILT" 'BEGIN { printf "%.1f", b - a }')"
log "index rebuilt ${REBUILD_SECONDS}s after start"

# name|path: the query classes of `cargo bench --bench search`, in seed.py's words.
QUERIES=(
    "1-word|/search?q=lantern"
    "2-word|/search?q=harbor+signal"
    "phrase|/search?q=%22quiet+harbor%22"
    "tag:+word|/search?q=tag%3A$TAG+lantern"
    "author:+word|/search?q=author%3A$USERNAME+lantern"
    "misspelled|/search?q=lanterm"
    "2-word,sort=new|/search?q=harbor+signal&sort=new"
)

FOUND=()
# Each must answer 200 and find something (a page of "Nothing matches" would
# be a benchmark of the empty case).
for entry in "${QUERIES[@]}"; do
    path="${entry#*|}"
    code="$(curl -s -o "$TMP/page.html" -w '%{http_code}' "$BASE$path")"
    [ "$code" = 200 ] || { log "GET $path -> $code, expected 200"; exit 1; }
    found="$(grep -o '[0-9]* posts\? found[^.]*' "$TMP/page.html" | head -1 || true)"
    [ -n "$found" ] || { log "GET $path found nothing"; exit 1; }
    log "GET $path: $found"
    FOUND+=("${entry%%|*}: $found")
done

THREADS="$(nproc)"
[ "$THREADS" -le "$CONNECTIONS" ] || THREADS="$CONNECTIONS"

# All queries together: each wrk thread walks the list in turn.
{
    echo "local paths = {"
    for entry in "${QUERIES[@]}"; do printf '  "%s",\n' "${entry#*|}"; done
    echo "}"
    echo "local i = 0"
    echo "request = function()"
    echo "  i = i + 1"
    echo "  return wrk.format(\"GET\", paths[(i % #paths) + 1])"
    echo "end"
} >"$TMP/rotate.lua"

# run_load PATH SECONDS [wrk args] -> "req_per_sec p50 p99 non2xx socket_errors"
run_load() {
    local url="$BASE$1" secs="$2" out
    shift 2
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" --timeout "${TIMEOUT}s" --latency "$@" "$url")"
    printf '%s\n' "$out" >>"$TMP/wrk.log"
    printf '%s\n' "$out" | awk '
        /Requests\/sec:/          { rps = $2 }
        /^ +50% /                 { p50 = $2 }
        /^ +99% /                 { p99 = $2 }
        /Non-2xx or 3xx/          { bad += $NF }
        /Socket errors:/          { gsub(/,/, ""); sock += $4 + $6 + $8 + $10 }
        END {
            if (p50 == "" || p50 == "0.00us") p50 = "-"
            if (p99 == "" || p99 == "0.00us") p99 = "-"
            printf "%s %s %s %d %d\n", rps, p50, p99, bad, sock
        }'
}

ROWS=()
ALONE=()
for entry in "${QUERIES[@]}"; do
    name="${entry%%|*}" path="${entry#*|}"
    log "$name ($path): ${WARMUP}s warm-up, ${DURATION}s measured, $CONNECTIONS connections"
    run_load "$path" "$WARMUP" >/dev/null
    ROWS+=("$name $(run_load "$path" "$DURATION")")
done
log "all queries rotating: ${WARMUP}s warm-up, ${DURATION}s measured"
run_load / "$WARMUP" -s "$TMP/rotate.lua" >/dev/null
ROWS+=("mixed(rotating) $(run_load / "$DURATION" -s "$TMP/rotate.lua")")

# 240 different queries in turn (seed.py's 50 content words, alone and in
# 190 pairs), so no answer repeats often enough for a cache to carry it.
python3 - "$ROOT/bench/seed.py" >"$TMP/rotate240.lua" <<'PY'
import importlib.util, itertools, sys
spec = importlib.util.spec_from_file_location("seed", sys.argv[1]); seed = importlib.util.module_from_spec(spec)
spec.loader.exec_module(seed)
words = [w for w in seed.WORDS if len(w) > 3][:50]
queries = words + [f"{a}+{b}" for a, b in itertools.islice(itertools.combinations(words, 2), 190)]
print("local paths = {" + ",".join(f'"/search?q={q}"' for q in queries) + "}")
print("local i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend")
PY
log "240 different queries rotating: ${WARMUP}s warm-up, ${DURATION}s measured"
run_load / "$WARMUP" -s "$TMP/rotate240.lua" >/dev/null
ROWS+=("240-rotating $(run_load / "$DURATION" -s "$TMP/rotate240.lua")")

# One at a time: each query alone on one connection (its p50 is what one
# reader waits).
for entry in "${QUERIES[@]}"; do
    path="${entry#*|}"
    ALONE+=("${entry%%|*} $(wrk -t1 -c1 -d3s --latency "$BASE$path" | awk '/^ +50% / { print $2 }')")
done

{
    echo "Search end to end (/search)  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$STALE"
    echo "command: bench/search.sh  binary=$BIN${QUILL_BIN:+ (given by QUILL_BIN: not necessarily built from this commit)}"
    echo "tool=wrk threads=$THREADS connections=$CONNECTIONS duration=${DURATION}s warmup=${WARMUP}s timeout=${TIMEOUT}s nproc=$(nproc)"
    echo "data: bench/seed.py (10k accounts, 100k posts, ~80-word vocabulary), seeded in ${SEED_SECONDS}s;"
    echo "      index rebuilt by the server ${REBUILD_SECONDS}s after start"
    echo "loadavg before=$LOAD_BEFORE after=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    printf '%-16s %-44s %12s %10s %10s %8s %9s\n' query path 'requests/s' p50 p99 non-2xx sock-err
    i=0
    for row in "${ROWS[@]}"; do
        # shellcheck disable=SC2086
        set -- $row
        if [ "$i" -lt "${#QUERIES[@]}" ]; then path="${QUERIES[$i]#*|}"
        elif [ "$1" = 240-rotating ]; then path="(240 different words and pairs, in turn)"
        else path="(all of the above, in turn)"; fi
        printf '%-16s %-44s %12s %10s %10s %8s %9s\n' "$1" "$path" "$2" "$3" "$4" "$5" "$6"
        i=$((i + 1))
    done
    printf 'found: %s\n' "${FOUND[@]}"
    printf 'one at a time (1 connection, p50): %s\n' "${ALONE[*]}"
    echo
} | tee -a "$RESULTS"
