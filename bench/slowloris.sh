#!/usr/bin/env bash
# Slow clients against a release build: what a page costs alone, and while
# hundreds of clients trickle request bodies one byte at a time.
#
#   bench/slowloris.sh                     # 500 slow clients, 10 s of wrk per run
#   BENCH_SLOW=2000 BENCH_DURATION=20 bench/slowloris.sh
#
# The slow clients connect from 127.0.0.2 (another loopback address), wrk
# from 127.0.0.1: the per-address connection cap (QUILL_MAX_CONNECTIONS_PER_IP,
# 256 by default) closes the slow clients beyond it, and the request deadline
# (QUILL_REQUEST_TIMEOUT, 30 s + 2 s for the declared 100 KB) cuts the rest
# off. The table is appended to bench/results.txt.
set -euo pipefail

DURATION="${BENCH_DURATION:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
SLOW="${BENCH_SLOW:-500}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${QUILL_BIN:-$ROOT/target/release/quill}"
RESULTS="$ROOT/bench/results.txt"
log() { printf '[slowloris] %s\n' "$*" >&2; }

command -v wrk >/dev/null || {
    log "installing wrk"
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
}
[ -x "$BIN" ] || (cd "$ROOT" && cargo build --release)

TMP="$(mktemp -d -t quill-slow.XXXXXX)"
SERVER_PID="" SLOW_PID=""
cleanup() {
    for pid in $SLOW_PID $SERVER_PID; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
ulimit -n 20000 2>/dev/null || true
export QUILL_ADDR="127.0.0.1:$PORT" QUILL_DATA_DIR="$TMP/data" QUILL_UPLOAD_DIR="$TMP/uploads" \
    QUILL_REQUIRE_VERIFIED_EMAIL=false RUST_LOG=warn
unset DATABASE_URL REDIS_URL SMTP_URL
"$BIN" serve >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

run() { # label path
    local out
    out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$2")"
    local rps p50 p99
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
    p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
    printf '| %s | `%s` | %s | %s | %s |\n' "$1" "$2" "$rps" "$p50" "$p99"
}

TABLE="$TMP/table"
{
    echo
    echo "## bench/slowloris.sh $(date -u +%Y-%m-%dT%H:%MZ) ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null), load $(cut -d' ' -f1-3 /proc/loadavg))"
    echo
    echo "| while | page | requests/s | p50 | p99 |"
    echo "|---|---|---|---|---|"
    run "alone" "/"
    run "alone" "/login"
} >"$TABLE"

# The slow clients: each declares a 100 KB login form and sends one byte
# every 5 s, carrying a real anonymous CSRF cookie (without one the server
# refuses the POST at once, without reading the body).
python3 - "$PORT" "$SLOW" "$TMP/slow.txt" <<'PY' &
import http.client, socket, sys, time
port, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
c = http.client.HTTPConnection("127.0.0.1", port)
c.request("GET", "/login")
r = c.getresponse()
cookie = "; ".join(v.split(";")[0] for k, v in r.getheaders() if k.lower() == "set-cookie")
r.read()
head = (f"POST /login HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n").encode()
held, closed_at_once = [], 0
for _ in range(n):
    s = socket.socket()
    s.bind(("127.0.0.2", 0))
    try:
        s.connect(("127.0.0.1", port))
        s.sendall(head)
        held.append(s)
    except OSError:
        closed_at_once += 1
start = time.time()
def ended(s):
    s.setblocking(False)
    try:
        return s.recv(64, socket.MSG_PEEK) is not None  # an answer or the close
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        s.setblocking(True)
time.sleep(1)
refused = [s for s in held if ended(s)]
held = [s for s in held if s not in refused]
peak, last_cut = len(held), None
while held and time.time() - start < 120:
    time.sleep(5)
    for s in list(held):
        try:
            s.sendall(b"a")
        except OSError:
            pass
        if ended(s):
            held.remove(s)
            last_cut = time.time() - start
with open(out, "w") as f:
    f.write(f"{n} slow clients from one address: {closed_at_once + len(refused)} closed at once "
            f"(per-address cap), {peak} held until cut off by the deadline, the last after "
            f"{last_cut or 0:.0f} s; {len(held)} still open at the end\n")
PY
SLOW_PID=$!
sleep 6   # every slow client connected and trickling
{
    run "$SLOW slow clients" "/"
    run "$SLOW slow clients" "/login"
} >>"$TABLE"
wait "$SLOW_PID" 2>/dev/null || true
SLOW_PID=""
echo >>"$TABLE"
cat "$TMP/slow.txt" >>"$TABLE" 2>/dev/null || true
cat "$TABLE"
cat "$TABLE" >>"$RESULTS"
