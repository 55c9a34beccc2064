#!/usr/bin/env bash
# Blocking benchmark: what a block costs a logged-in reader's pages. On the
# 100,000-post bench data (bench/seed.py), an admin reader loads the home
# feed, a tag page and a search with no blocks, then with 50 people blocked
# (and 50 blocking them). Median of 50 single requests, then wrk for 10 s.
#
#   bench/blocks.sh                   # target/release/quill (build it first)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${QUILL_BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/release/quill}"
DURATION="${BENCH_DURATION:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
[ -x "$BIN" ] || { echo "no binary at $BIN: cargo build --release" >&2; exit 1; }

TMP="$(mktemp -d -t quill-blocks.XXXXXX)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export QUILL_DATA_DIR="$TMP/data" QUILL_UPLOAD_DIR="$TMP/uploads" QUILL_ADDR="127.0.0.1:$PORT" RUST_LOG=warn
mkdir -p "$QUILL_DATA_DIR" "$QUILL_UPLOAD_DIR"
"$BIN" migrate >/dev/null
python3 "$ROOT/bench/seed.py" "$QUILL_DATA_DIR/quill.db" >/dev/null
QUILL_ADMIN_PASSWORD="bench-password-long" "$BIN" create-admin --username reader --email reader@example.test >/dev/null
TAG="$(python3 - "$QUILL_DATA_DIR/quill.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("SELECT t.name FROM tag t JOIN post_tag pt ON pt.tag_id = t.id GROUP BY t.id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0])
PY
)"

"$BIN" serve >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
JAR="$TMP/cookies"
TOKEN="$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -o /dev/null -c "$JAR" -b "$JAR" -H "Referer: $BASE/login" \
     --data-urlencode "csrf_token=$TOKEN" --data-urlencode "login=reader" \
     --data-urlencode "password=bench-password-long" "$BASE/login"
COOKIE="$(awk '!/^#/ && NF>=7 {printf "%s=%s; ", $6, $7} /^#HttpOnly_/ {printf "%s=%s; ", $6, $7}' "$JAR")"

measure() {
    for path in "/" "/tags/$TAG" "/search?q=rust"; do
        local code
        code="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$path")"
        [ "$code" = 200 ] || { echo "GET $path answered $code" >&2; exit 1; }
        local alone
        alone="$(for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $COOKIE" "$BASE$path"; done \
            | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int(NR/2)+1]*1000}')"
        local load
        load="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: $COOKIE" "$BASE$path" \
            | awk '/Requests\/sec/ {r=$2} /^ +99%/ {p=$2} END {printf "%s req/s, p99 %s", r, p}')"
        printf '[bench] %-7s %-22s alone %5s ms; %s\n' "$1" "$path" "$alone" "$load"
    done
}

measure "0 blocks"
python3 - "$QUILL_DATA_DIR/quill.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=30)
me = db.execute("SELECT id FROM account WHERE username = 'reader'").fetchone()[0]
others = [r[0] for r in db.execute("SELECT id FROM account WHERE id <> ? ORDER BY id LIMIT 100", (me,))]
with db:
    for o in others[:50]:
        db.execute("INSERT INTO block (blocker_id, blocked_id, created_at) VALUES (?, ?, 0)", (me, o))
    for o in others[50:]:
        db.execute("INSERT INTO block (blocker_id, blocked_id, created_at) VALUES (?, ?, 0)", (o, me))
PY
measure "100"
