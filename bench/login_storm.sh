#!/usr/bin/env bash
# A storm of failed logins beside ordinary reading (issue 24): how much the
# password hashing it saturates slows other pages, and whether the memory it
# took goes back.
#
#   bench/login_storm.sh [binary ...]     (default: target/release/quill)
#
# Per binary: seeds bench/seed.py's data, starts the server with the login
# limits off (QUILL_LOGIN_LIMIT=0), then
#   1. reads a post page for a logged-in person (never a cached page: it is
#      theirs) with wrk, 16 connections, 10 s: the quiet p99;
#   2. the same while 16 other connections POST wrong passwords to
#      /api/users/login as fast as they are answered: the stormy p99 and the
#      logins/s;
#   3. RSS before, at the end of the storm, and 60 s after it.
# Prints one line per binary; the goal is stormy p99 <= 2x quiet, RSS back
# under 100 MB within the minute.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -gt 0 ] || set -- "$ROOT/target/release/quill"
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$1/status"; }
p99() { awk '$1=="99%" {print $2}'; }

for BIN in "$@"; do
  TMP="$(mktemp -d -t quill-storm.XXXXXX)"
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  BASE="http://127.0.0.1:$PORT"
  export QUILL_DATA_DIR="$TMP/data" QUILL_UPLOAD_DIR="$TMP/up" RUST_LOG=warn QUILL_LOGIN_LIMIT=0 QUILL_REQUIRE_VERIFIED_EMAIL=false
  mkdir -p "$QUILL_UPLOAD_DIR"
  "$BIN" migrate >/dev/null
  POST="$(python3 "$ROOT/bench/seed.py" "$QUILL_DATA_DIR/quill.db" 2>/dev/null | sed -n 's/^post_id=//p')"
  QUILL_ADDR="127.0.0.1:$PORT" DATABASE_URL= REDIS_URL= SMTP_URL= "$BIN" serve >"$TMP/log" 2>&1 &
  PID=$!
  for _ in $(seq 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.1; done
  curl -s -o /dev/null -H 'content-type: application/json' \
    -d '{"user":{"username":"reader","email":"reader@example.com","password":"correct horse battery"}}' "$BASE/api/users"
  JAR="$TMP/jar"
  CSRF="$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1)"
  curl -s -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "csrf_token=$CSRF" \
    --data-urlencode login=reader --data-urlencode 'password=correct horse battery' "$BASE/login"
  COOKIE="$(awk '$6 ~ /quill_session/ { print $6 "=" $7 }' "$JAR")"
  [ -n "$COOKIE" ] || { echo "could not log in" >&2; exit 1; }
  cat >"$TMP/login.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"user":{"email":"reader@example.com","password":"not the password"}}'
LUA
  PAGE="$BASE/posts/$POST"
  wrk -t1 -c16 -d3s -H "Cookie: $COOKIE" "$PAGE" >/dev/null
  BEFORE="$(rss "$PID")"
  QUIET="$(wrk -t1 -c16 -d10s --latency -H "Cookie: $COOKIE" "$PAGE")"
  wrk -t1 -c16 -d12s -s "$TMP/login.lua" "$BASE/api/users/login" >"$TMP/storm" &
  STORM=$!
  sleep 1
  STORMY="$(wrk -t1 -c16 -d10s --latency -H "Cookie: $COOKIE" "$PAGE")"
  PEAK="$(rss "$PID")"
  wait "$STORM"
  LOGINS="$(awk '/Requests\/sec/ {print $2}' "$TMP/storm")"
  sleep 60
  AFTER="$(rss "$PID")"
  echo "$BIN: page p99 quiet $(p99 <<<"$QUIET") ($(awk '/Requests\/sec/ {print $2}' <<<"$QUIET") req/s), in the storm $(p99 <<<"$STORMY") ($(awk '/Requests\/sec/ {print $2}' <<<"$STORMY") req/s); failed logins $LOGINS/s; RSS before $BEFORE, end of storm $PEAK, 60 s later $AFTER"
  kill "$PID"; wait "$PID" 2>/dev/null || true
  rm -rf "$TMP"
done
