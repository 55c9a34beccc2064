#!/usr/bin/env bash
# Backup benchmark, on SQLite: the bench data set (bench/seed.py: 10,000
# accounts, 100,000 posts, 300,000 likes, 100,000 comments) and 500
# pictures of 200 KB (random bytes: as incompressible as real JPEG/WebP).
# Measures `quill backup` and `quill restore` (seconds, MiB/s, archive
# size), the home page's throughput under wrk with and without a backup
# running beside it (the site keeps serving), and a /metrics scrape.
#
#   bench/backup.sh                   # target/release/quill (build it first)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${QUILL_BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/release/quill}"
DURATION="${BENCH_DURATION:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
[ -x "$BIN" ] || { echo "no binary at $BIN: cargo build --release" >&2; exit 1; }

TMP="$(mktemp -d -t quill-backup.XXXXXX)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT="$(free_port)"
MPORT="$(free_port)"
export QUILL_DATA_DIR="$TMP/data" QUILL_UPLOAD_DIR="$TMP/uploads" QUILL_ADDR="127.0.0.1:$PORT" \
       QUILL_METRICS_ADDR="127.0.0.1:$MPORT" RUST_LOG=warn
mkdir -p "$QUILL_DATA_DIR" "$QUILL_UPLOAD_DIR"
"$BIN" migrate >/dev/null
python3 "$ROOT/bench/seed.py" "$QUILL_DATA_DIR/quill.db" >/dev/null
python3 - "$QUILL_UPLOAD_DIR" <<'PY'
import os, sys, random
random.seed(3)
for i in range(500):
    d = os.path.join(sys.argv[1], f"{i % 16:02x}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"pic{i}.webp"), "wb") as f:
        f.write(random.randbytes(200_000))
PY
DB_MB=$(du -m "$QUILL_DATA_DIR/quill.db" | cut -f1)
UP_MB=$(du -sm "$QUILL_UPLOAD_DIR" | cut -f1)
echo "site: database ${DB_MB} MiB, uploads ${UP_MB} MiB (500 files)"

t0=$(date +%s.%N)
"$BIN" backup --out "$TMP/site.tar.zst" >/dev/null
t1=$(date +%s.%N)
SIZE=$(du -m "$TMP/site.tar.zst" | cut -f1)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'quill backup (site idle): {s:.2f} s, {(int(sys.argv[3])+int(sys.argv[4]))/s:.0f} MiB/s in, archive {sys.argv[5]} MiB')" "$t0" "$t1" "$DB_MB" "$UP_MB" "$SIZE"

t0=$(date +%s.%N)
QUILL_DATA_DIR="$TMP/restored/data" QUILL_UPLOAD_DIR="$TMP/restored/uploads" \
    "$BIN" restore --from "$TMP/site.tar.zst" >/dev/null
t1=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'quill restore (checks every checksum, then writes, then migrates): {s:.2f} s')" "$t0" "$t1"

"$BIN" serve >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -fs "$BASE/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "$BASE/" >/dev/null

rps() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE/" | awk '/Requests\/sec/ {r=$2} /  50%/ {p50=$2} /  99%/ {p99=$2} END {print r " req/s, p50 " p50 ", p99 " p99}'; }
echo "GET / alone:                 $(rps)"
( sleep 1; "$BIN" backup --out "$TMP/under-load.tar.zst" >/dev/null ) &
BACKUP_PID=$!
echo "GET / with a backup running: $(rps)"
wait "$BACKUP_PID"
echo "(the backup under load finished: $(du -m "$TMP/under-load.tar.zst" | cut -f1) MiB)"

best=""
for _ in $(seq 1 20); do
    t=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$MPORT/metrics")
    best=$(python3 -c "import sys; a=sys.argv[1]; b=float(sys.argv[2]); print(b if a=='' else min(float(a), b))" "$best" "$t")
done
echo "/metrics scrape: $(python3 -c "print(f'{float(\"$best\")*1000:.1f} ms')") (best of 20), $(curl -s "http://127.0.0.1:$MPORT/metrics" | wc -l) lines"
