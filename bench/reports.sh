#!/usr/bin/env bash
# Moderation queue benchmark: GET /admin/reports, logged in as an admin,
# with 1,000 open reports over 300 items (200 posts, 100 comments; 50
# reporters) and 500 resolved ones, on SQLite. Seeds straight into the
# database, starts the binary on a free port, times single requests with
# curl (median of 50) and then loads the page with wrk for 10 s.
#
#   bench/reports.sh                  # target/release/quill (build it first)
#   QUILL_BIN=path/to/quill bench/reports.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${QUILL_BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/release/quill}"
DURATION="${BENCH_DURATION:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
[ -x "$BIN" ] || { echo "no binary at $BIN: cargo build --release (or set QUILL_BIN)" >&2; exit 1; }

TMP="$(mktemp -d -t quill-reports.XXXXXX)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export QUILL_DATA_DIR="$TMP/data" QUILL_UPLOAD_DIR="$TMP/uploads" QUILL_ADDR="127.0.0.1:$PORT" \
       QUILL_REQUIRE_VERIFIED_EMAIL=false RUST_LOG=warn
mkdir -p "$QUILL_DATA_DIR"
"$BIN" migrate >/dev/null
QUILL_ADMIN_PASSWORD="bench-password-long" "$BIN" create-admin --username boss --email boss@example.test >/dev/null

python3 - "$QUILL_DATA_DIR/quill.db" <<'PY'
import sqlite3, sys, random
random.seed(7)
db = sqlite3.connect(sys.argv[1])
now = 1_700_000_000_000
h = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"
people = []
for i in range(60):
    cur = db.execute("INSERT INTO account (username, email, email_key, password_hash, created_at, updated_at, email_verified_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (f"p{i}", f"p{i}@x.test", f"p{i}@x.test", h, now, now, now))
    people.append(cur.lastrowid)
authors, reporters = people[:10], people[10:]
items = []
for i in range(200):
    a = random.choice(authors)
    cur = db.execute("INSERT INTO post (author_id, title, body, body_html, created_at, updated_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (a, f"Post {i}", "body " * 50, "<p>body</p>", now, now, now))
    items.append(("post", cur.lastrowid, f"Post {i}"))
posts = [i[1] for i in items]
for i in range(100):
    a = random.choice(authors)
    cur = db.execute("INSERT INTO comment (post_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
                     (random.choice(posts), a, f"comment {i} " * 10, now))
    items.append(("comment", cur.lastrowid, f"comment {i}"))
pairs = set()
def add(resolved):
    while True:
        kind, tid, label = random.choice(items)
        r = random.choice(reporters)
        if (r, kind, tid) not in pairs:
            pairs.add((r, kind, tid))
            break
    t = now + len(pairs)
    if resolved:
        db.execute("INSERT INTO report (reporter_id, kind, target_id, target_label, reason, details, created_at, resolved_at, resolver_name, resolution) "
                   "VALUES (?, ?, ?, ?, 'spam', 'old', ?, ?, 'boss', 'dismissed')", (r, kind, tid, label, t, t + 1000))
    else:
        db.execute("INSERT INTO report (reporter_id, kind, target_id, target_label, reason, details, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", (r, kind, tid, label, random.choice(["spam", "harassment", "illegal", "other"]), "some details here", t))
# Every item gets at least one open report, then the rest at random.
for kind, tid, label in items:
    r = random.choice(reporters); pairs.add((r, kind, tid))
    db.execute("INSERT INTO report (reporter_id, kind, target_id, target_label, reason, details, created_at) VALUES (?, ?, ?, ?, 'spam', '', ?)",
               (r, kind, tid, label, now))
for _ in range(1000 - len(items)):
    add(False)
db.commit()
open_items = db.execute("SELECT COUNT(*) FROM (SELECT 1 FROM report WHERE resolved_at IS NULL GROUP BY kind, target_id)").fetchone()[0]
open_reports = db.execute("SELECT COUNT(*) FROM report WHERE resolved_at IS NULL").fetchone()[0]
print(f"[bench] seeded {open_reports} open reports over {open_items} items", file=sys.stderr)
PY

"$BIN" serve >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

JAR="$TMP/cookies"
TOKEN="$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -o /dev/null -c "$JAR" -b "$JAR" -H "Referer: $BASE/login" \
     --data-urlencode "csrf_token=$TOKEN" --data-urlencode "login=boss" \
     --data-urlencode "password=bench-password-long" "$BASE/login"
COOKIE="$(awk '!/^#/ && NF>=7 {printf "%s=%s; ", $6, $7} /^#HttpOnly_/ {printf "%s=%s; ", $6, $7}' "$JAR")"
STATUS="$(curl -s -o "$TMP/page.html" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/admin/reports")"
[ "$STATUS" = 200 ] || { echo "GET /admin/reports answered $STATUS" >&2; exit 1; }
echo "[bench] page: $(wc -c <"$TMP/page.html") bytes, $(grep -c 'class="report-count"' "$TMP/page.html") items on page 1"

for _ in $(seq 1 50); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $COOKIE" "$BASE/admin/reports"
done | sort -n | awk '{a[NR]=$1} END {printf "[bench] one request alone: median %.1f ms, slowest %.1f ms (50 requests)\n", a[int(NR/2)+1]*1000, a[NR]*1000}'

if command -v wrk >/dev/null; then
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: $COOKIE" "$BASE/admin/reports" \
        | grep -E 'Requests/sec|50%|99%' | sed 's/^/[bench] /'
fi
