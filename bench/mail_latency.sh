#!/usr/bin/env bash
# Sign-up → verification-mail latency for Quill, end to end.
#
#   bench/mail_latency.sh                      # 200 sign-ups on SQLite
#   BENCH_USERS=500 bench/mail_latency.sh
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres bench/mail_latency.sh
#   BENCH_SINK_QUICKACK=1 bench/mail_latency.sh  # sink ACKs at once (see below)
#
# Starts an SMTP sink (bench/mail_latency.py) and the release binary with
# SMTP_URL pointing at it, signs up BENCH_USERS accounts one after another as
# a browser would (GET /signup, POST the form with its csrf_token), and
# measures for each the time from the POST's 303 to the verification mail
# reaching the sink: the job queue's wake-up, the job, and the SMTP delivery.
# Reports p50/p95/max latency and the sign-up rate; with BENCH_DATABASE_URL
# (an admin URL) the same again on a fresh PostgreSQL database, dropped after.
# Nothing is written to bench/results.txt: the table goes to stdout.
#
# The sink's sockets keep Linux's delayed ACKs, as a real MTA's do. lettre
# 0.11.23 leaves Nagle on and writes the body and its final "." separately,
# so each message's end waits for the body's delayed ACK (~40 ms).
# BENCH_SINK_QUICKACK=1 makes the sink ACK at once, which removes that wait
# and leaves the queue's and the job's own share of the latency.
set -euo pipefail

USERS="${BENCH_USERS:-200}"
SINK_FLAGS=()
[ "${BENCH_SINK_QUICKACK:-0}" = 1 ] && SINK_FLAGS=(--quickack)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${QUILL_BIN:-$ROOT/target/release/quill}"
HELPER="$ROOT/bench/mail_latency.py"

log() { printf '[mail-bench] %s\n' "$*" >&2; }

if [ ! -x "$BIN" ]; then
    log "release binary missing: cargo build --release"
    (cd "$ROOT" && cargo build --release)
fi
# The numbers belong to the binary, not to HEAD: say so when sources are newer.
if [ -n "$(find "$ROOT/src" "$ROOT/templates" "$ROOT/migrations" -newer "$BIN" -type f 2>/dev/null | head -1)" ]; then
    log "warning: target/release/quill is older than some sources"
fi

# --- scratch space and every process we start, cleaned up on any exit ---
TMP="$(mktemp -d -t quill-mail-bench.XXXXXX)"
SERVER_PID=""
SINK_PID=""
PG_DB=""
stop_pid() {
    if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
        kill "$1" 2>/dev/null || true
        wait "$1" 2>/dev/null || true
    fi
}
cleanup() {
    stop_pid "$SERVER_PID"
    stop_pid "$SINK_PID"
    if [ -n "$PG_DB" ]; then
        psql "$BENCH_DATABASE_URL" -qAt -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1 \
            || log "could not drop database $PG_DB"
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# run_variant LABEL [DATABASE_URL]: adds the helper's key=value line to RESULTS.
# Runs in this shell (never inside $(…)) so the EXIT trap sees its processes.
RESULTS=()
run_variant() {
    local label="$1" database_url="${2:-}" dir="$TMP/$1" port base
    mkdir -p "$dir/data" "$dir/uploads"

    # The sink binds port 0 itself and reports it: no window for a clash.
    python3 "$HELPER" sink --port-file "$dir/sink.port" --events "$dir/events" "${SINK_FLAGS[@]}" \
        2>"$dir/sink.log" &
    SINK_PID=$!
    for _ in $(seq 1 100); do [ -s "$dir/sink.port" ] && break; sleep 0.05; done
    [ -s "$dir/sink.port" ] || { log "SMTP sink did not start"; cat "$dir/sink.log" >&2; exit 1; }

    port="$(free_port)"
    base="http://127.0.0.1:$port"
    # Sign-ups all come from 127.0.0.1: QUILL_SIGNUP_LIMIT=0 lifts the
    # per-IP limit, which would otherwise stop the run after 10.
    env QUILL_ADDR="127.0.0.1:$port" \
        QUILL_DATA_DIR="$dir/data" \
        QUILL_UPLOAD_DIR="$dir/uploads" \
        QUILL_BASE_URL="$base" \
        SMTP_URL="smtp://127.0.0.1:$(cat "$dir/sink.port")" \
        QUILL_SIGNUP_LIMIT=0 \
        RUST_LOG=warn \
        ${database_url:+DATABASE_URL="$database_url"} \
        "$BIN" serve >"$dir/server.log" 2>&1 &
    SERVER_PID=$!

    # Migrations on a fresh PostgreSQL database take a moment: up to 30 s.
    local ok=""
    for _ in $(seq 1 300); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz" || true)" = 200 ]; then
            ok=1; break
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$ok" ] || { log "$label: server not healthy"; cat "$dir/server.log" >&2; exit 1; }
    log "$label: server at $base, sink on port $(cat "$dir/sink.port"), $USERS sign-ups"

    python3 "$HELPER" signup --base "$base" --users "$USERS" --events "$dir/events" --label "$label" \
        >"$dir/result" \
        || { log "$label: failed; server log:"; tail -20 "$dir/server.log" >&2; exit 1; }
    RESULTS+=("$(cat "$dir/result")")

    stop_pid "$SERVER_PID"; SERVER_PID=""
    stop_pid "$SINK_PID"; SINK_PID=""
    # Warnings (a failed delivery, a retried job) would explain odd numbers.
    if grep -q . "$dir/server.log"; then
        log "$label: server logged:"; tail -5 "$dir/server.log" >&2
    fi
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
run_variant sqlite

if [ -n "${BENCH_DATABASE_URL:-}" ]; then
    command -v psql >/dev/null || { log "BENCH_DATABASE_URL set but psql is missing"; exit 1; }
    PG_DB="quill_bench_$(python3 -c 'import secrets; print(secrets.token_hex(6))')"
    psql "$BENCH_DATABASE_URL" -qAt -v ON_ERROR_STOP=1 -c "CREATE DATABASE $PG_DB" >/dev/null
    PG_URL="$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' \
        "$BENCH_DATABASE_URL" "$PG_DB")"
    run_variant postgres "$PG_URL"
else
    log "BENCH_DATABASE_URL unset: PostgreSQL skipped"
fi

# --- report: one row per variant from the helper's key=value line ---
field() { printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
echo
echo "sign-up -> verification mail  users=$USERS  nproc=$(nproc)  job workers=${QUILL_JOB_WORKERS:-4}  sink quickack=${BENCH_SINK_QUICKACK:-0}"
echo "loadavg before=$LOAD_BEFORE after=$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s %9s %9s %9s %9s %9s %10s\n' backend received 'p50 ms' 'p95 ms' 'max ms' 'min ms' 'signups/s'
for r in "${RESULTS[@]}"; do
    printf '%-9s %9s %9s %9s %9s %9s %10s\n' \
        "$(field "$r" label)" "$(field "$r" received)/$(field "$r" users)" \
        "$(field "$r" p50_ms)" "$(field "$r" p95_ms)" "$(field "$r" max_ms)" \
        "$(field "$r" min_ms)" "$(field "$r" signups_per_s)"
done
