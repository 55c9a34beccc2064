#!/usr/bin/env bash
# Cookieless GET /login for 10 s with wrk (32 connections), per binary given
# (default: target/release/quill): requests/s, p99, and the session rows and
# database size it leaves behind. Compare builds by passing two binaries:
#   bench/anon_login.sh /tmp/quill-old target/release/quill
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -gt 0 ] || set -- "$ROOT/target/release/quill"
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
for BIN in "$@"; do
  TMP="$(mktemp -d -t quill-anon.XXXXXX)"
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  QUILL_ADDR="127.0.0.1:$PORT" QUILL_DATA_DIR="$TMP/data" QUILL_UPLOAD_DIR="$TMP/up" RUST_LOG=warn \
    DATABASE_URL= REDIS_URL= SMTP_URL= "$BIN" serve >"$TMP/log" 2>&1 &
  PID=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
  OUT="$(wrk -t2 -c32 -d10s --latency "http://127.0.0.1:$PORT/login")"
  ROWS="$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from session').fetchone()[0])" "$TMP/data/quill.db")"
  SIZE="$(du -cb "$TMP"/data/quill.db* | tail -1 | awk '{printf "%.1f MiB", $1/1048576}')"
  echo "$BIN: $(awk '/Requests\/sec/ {print $2}' <<<"$OUT") req/s, p99 $(awk '$1=="99%" {print $2}' <<<"$OUT"), session rows after: $ROWS, database + WAL: $SIZE"
  kill "$PID"; wait "$PID" 2>/dev/null || true
  rm -rf "$TMP"
done
