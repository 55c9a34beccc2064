#!/usr/bin/env bash
# Read-path benchmark for Quill on SQLite.
#
#   bench/run.sh                       # 10 s per endpoint, 64 connections
#   BENCH_DURATION=30 BENCH_CONNECTIONS=128 bench/run.sh
#   BENCH_LOGGED_IN=1 bench/run.sh     # /, /feed and a post page, logged in
#
# Builds a throw-away data dir, seeds ~10k accounts / 100k posts straight into
# SQLite (bench/seed.py), starts the release binary on a free port, loads four
# anonymous GET pages with wrk (or oha) and prints requests/s, p50 and p99.
# The table is also appended to bench/results.txt.
set -euo pipefail

DURATION="${BENCH_DURATION:-10}"        # seconds of measured load per endpoint
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
WARMUP="${BENCH_WARMUP:-2}"             # seconds; fills SQLite's page cache and the pool
# wrk's default 2 s timeout turns slow responses into "errors" with no latency
# recorded; a long one keeps slow endpoints measurable instead of blank.
TIMEOUT="${BENCH_TIMEOUT:-30}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${QUILL_BIN:-$ROOT/target/release/quill}"
RESULTS="$ROOT/bench/results.txt"
# Anything else busy on the box (a build, a test run) shares the cores with wrk
# and the server and skews the numbers; the load average is in the report.
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

log() { printf '[bench] %s\n' "$*" >&2; }

# --- load tool: wrk preferred (its --latency percentiles are what we parse) ---
if command -v wrk >/dev/null; then
    TOOL=wrk
elif command -v oha >/dev/null; then
    TOOL=oha
else
    log "installing wrk"
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get install -y wrk >/dev/null 2>&1 \
        || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
    TOOL=wrk
fi

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

# --- scratch space, always cleaned up (also on Ctrl-C or a failed step) ---
TMP="$(mktemp -d -t quill-bench.XXXXXX)"
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
export RUST_LOG=warn   # per-request logging would be part of what we measure
mkdir -p "$QUILL_UPLOAD_DIR"

# --- schema, then data ---
log "migrating $QUILL_DATA_DIR/quill.db"
"$BIN" migrate >/dev/null

log "seeding (10k accounts, 100k posts, 300k likes, 100k comments)"
SEED_OUT="$(python3 "$ROOT/bench/seed.py" "$QUILL_DATA_DIR/quill.db")"
seed_value() { printf '%s\n' "$SEED_OUT" | sed -n "s/^$1=//p"; }
SEED_SECONDS="$(seed_value seed_seconds)"
POST_ID="$(seed_value post_id)"
USERNAME="$(seed_value username)"
log "seeded in ${SEED_SECONDS}s"

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
log "server up at $BASE (pid $SERVER_PID)"

# The API's slug of the same post the page benchmark reads.
SLUG="$(curl -s "$BASE/api/articles?author=$USERNAME&limit=1" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["articles"][0]["slug"])')"

ENDPOINTS=(
    "/"                     # global feed, page 1
    "/posts/$POST_ID"       # one post with its comments
    "/u/$USERNAME"          # profile + that author's posts
    "/?page=2000"           # deep page: OFFSET 39,980 into the feed
    "/api/articles?limit=20"  # the API's global list (with articlesCount)
    "/api/articles/$SLUG"   # one article by slug
    "/feed.atom"            # the global Atom feed (20 whole posts)
)
if [ -n "${BENCH_ENDPOINTS:-}" ]; then
    read -r -a ENDPOINTS <<<"$BENCH_ENDPOINTS"
fi

# bench/writing.sh: a 2,000-word post with ten highlighted code blocks and
# a plain one of the same length (written through the API, so rendered by
# the server), and the sitemap of the 100,000 posts.
if [ "${BENCH_WRITING:-}" = 1 ]; then
    TOKEN="$(curl -s -H 'content-type: application/json' -d '{"user":{"username":"benchwriter","email":"benchwriter@example.com","password":"correct horse battery"}}' \
        "$BASE/api/users" | python3 -c 'import json, sys; print(json.load(sys.stdin)["user"]["token"])')"
    post_article() {
        python3 "$ROOT/bench/writing_body.py" "$1" \
            | curl -s -H 'content-type: application/json' -H "authorization: Token $TOKEN" -d @- "$BASE/api/articles" \
            | python3 -c 'import json, sys; s = json.load(sys.stdin)["article"]["slug"]; print(s.rsplit("-", 1)[1])'
    }
    CODE_ID="$(post_article code)"
    PLAIN_ID="$(post_article plain)"
    ENDPOINTS=("/posts/$PLAIN_ID" "/posts/$CODE_ID" "/sitemap.xml" "/sitemaps/posts-1.xml")
fi

# bench/conversations.sh: two posts given 500 threaded and 20 flat comments.
if [ "${BENCH_CONVERSATIONS:-}" = 1 ]; then
    THREAD_OUT="$(python3 "$ROOT/bench/thread_seed.py" "$QUILL_DATA_DIR/quill.db")"
    BIG_ID="$(printf '%s\n' "$THREAD_OUT" | sed -n 's/^big_post=//p')"
    SMALL_ID="$(printf '%s\n' "$THREAD_OUT" | sed -n 's/^small_post=//p')"
    ENDPOINTS=("/posts/$SMALL_ID" "/posts/$BIG_ID")
    for path in "${ENDPOINTS[@]}"; do
        python3 - "$BASE$path" <<'PY' >&2
import statistics, sys, time, urllib.request
url = sys.argv[1]
times = []
for _ in range(60):
    t = time.perf_counter()
    with urllib.request.urlopen(url) as r:
        size = len(r.read())
    times.append((time.perf_counter() - t) * 1000)
print(f"[bench] one at a time: {url.split('/', 3)[3]}: median {statistics.median(times[10:]):.2f} ms, {size // 1024} KiB")
PY
    done
fi

# A benchmark of 404s is worthless: check each page answers 200 first.
# Logged in: a reader who follows 200 people and liked posts on the first
# page, with their session cookie on every request (their badge, CSRF token
# and like state are rendered for them).
HEADER=()
if [ "${BENCH_LOGGED_IN:-}" = 1 ]; then
    curl -s -o /dev/null -H 'content-type: application/json' \
        -d '{"user":{"username":"benchreader","email":"benchreader@example.com","password":"correct horse battery"}}' "$BASE/api/users"
    python3 - "$QUILL_DATA_DIR/quill.db" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], timeout=30)
me = db.execute("SELECT id FROM account WHERE username = 'benchreader'").fetchone()[0]
now = int(time.time() * 1000)
db.execute("UPDATE account SET email_verified_at = ? WHERE id = ?", (now, me))
db.executemany("INSERT OR IGNORE INTO follow (follower_id, followee_id, created_at) VALUES (?, ?, ?)",
               [(me, i, now) for i in range(1, 2001, 10)])
top = [r[0] for r in db.execute("SELECT id FROM post WHERE published_at IS NOT NULL ORDER BY published_at DESC LIMIT 20")]
db.executemany("INSERT OR IGNORE INTO post_like (account_id, post_id, created_at) VALUES (?, ?, ?)",
               [(me, p, now) for p in top[::3]])
db.commit()
PY
    JAR="$TMP/cookies"
    CSRF="$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)"
    curl -s -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "csrf_token=$CSRF" \
        --data-urlencode login=benchreader --data-urlencode 'password=correct horse battery' "$BASE/login"
    COOKIE="$(awk '$6 ~ /quill_session/ { print $6 "=" $7 }' "$JAR")"
    [ -n "$COOKIE" ] || { log "could not log in as benchreader"; exit 1; }
    HEADER=(-H "Cookie: $COOKIE")
    ENDPOINTS=("/" "/feed" "/posts/$POST_ID")
fi

for path in "${ENDPOINTS[@]}"; do
    code="$(curl -s -o /dev/null -w '%{http_code}' "${HEADER[@]}" "$BASE$path")"
    [ "$code" = 200 ] || { log "GET $path -> $code, expected 200"; exit 1; }
done

# wrk threads: one per core, but never more than connections.
THREADS="$(nproc)"
[ "$THREADS" -le "$CONNECTIONS" ] || THREADS="$CONNECTIONS"

# run_load PATH SECONDS -> prints "req_per_sec p50 p99 non2xx socket_errors"
run_load() {
    local url="$BASE$1" secs="$2" out
    if [ "$TOOL" = wrk ]; then
        out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" --timeout "${TIMEOUT}s" --latency "${HEADER[@]}" "$url")"
        printf '%s\n' "$out" >>"$TMP/wrk.log"
        # wrk prints the Non-2xx and Socket errors lines only when non-zero;
        # with no completed request its percentiles read 0.00us: show "-".
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
    else
        out="$(oha --no-tui --json -z "${secs}s" -c "$CONNECTIONS" -t "${TIMEOUT}s" "${HEADER[@]}" "$url")"
        printf '%s\n' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
lat = d["latencyPercentiles"]
ms = lambda s: "%.2fms" % (s * 1000) if s is not None else "-"
codes = d.get("statusCodeDistribution", {})
bad = sum(n for c, n in codes.items() if not c.startswith("2"))
sock = sum(d.get("errorDistribution", {}).values())
print("%.2f %s %s %d %d" % (d["summary"]["requestsPerSec"], ms(lat["p50"]), ms(lat["p99"]), bad, sock))'
    fi
}

ROWS=()
for path in "${ENDPOINTS[@]}"; do
    log "GET $path: ${WARMUP}s warm-up, ${DURATION}s measured, $CONNECTIONS connections ($TOOL)"
    run_load "$path" "$WARMUP" >/dev/null
    ROWS+=("$path $(run_load "$path" "$DURATION")")
done

# --- report ---
{
    echo "Quill read benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$STALE"
    echo "tool=$TOOL threads=$THREADS connections=$CONNECTIONS duration=${DURATION}s timeout=${TIMEOUT}s nproc=$(nproc)"
    echo "seed=${SEED_SECONDS}s loadavg before=$LOAD_BEFORE after=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "data: 10k accounts, 100k posts, ~200k follows, 300k likes, 100k comments (SQLite)${BENCH_LOGGED_IN:+; logged in as benchreader (follows 200, likes 7 of page 1)}"
    echo
    printf '%-40s %12s %10s %10s %8s %9s\n' endpoint 'requests/s' p50 p99 non-2xx sock-err
    for row in "${ROWS[@]}"; do
        # shellcheck disable=SC2086
        printf '%-40s %12s %10s %10s %8s %9s\n' $row
    done
    echo
} | tee -a "$RESULTS"
