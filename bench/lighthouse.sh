#!/usr/bin/env bash
# Lighthouse (npm lighthouse 12.8.2, pinned; Debian's Chromium) on the home
# page, a post page and a search page of a release build seeded like
# bench/run.sh (10k accounts, 100k posts): the four category scores and
# each page's transfer size. Appends its table to bench/results.txt.
#
#   bench/lighthouse.sh                  # mobile emulation (Lighthouse's default)
#   LH_PRESET=desktop bench/lighthouse.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$ROOT/target/release/quill"
TOOLS="${QUILL_TOOLS_DIR:-$HOME/.cache/quill-tools}"
LH="$TOOLS/node_modules/.bin/lighthouse"
[ -x "$LH" ] || npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error lighthouse@12.8.2
[ -x "$BIN" ] || (cd "$ROOT" && cargo build --release)
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

TMP="$(mktemp -d -t quill-lh.XXXXXX)"
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

export QUILL_DATA_DIR="$TMP/data" QUILL_UPLOAD_DIR="$TMP/uploads" RUST_LOG=warn
mkdir -p "$QUILL_UPLOAD_DIR"
"$BIN" migrate >/dev/null
SEED_OUT="$(python3 "$ROOT/bench/seed.py" "$QUILL_DATA_DIR/quill.db")"
POST_ID="$(printf '%s\n' "$SEED_OUT" | sed -n 's/^post_id=//p')"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
QUILL_ADDR="127.0.0.1:$PORT" "$BIN" serve >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

PRESET_ARGS=()
[ "${LH_PRESET:-mobile}" = desktop ] && PRESET_ARGS=(--preset=desktop)
ROWS=()
for path in "/" "/posts/$POST_ID" "/search?q=garden+notes"; do
    out="$TMP/lh.json"
    "$LH" "$BASE$path" --quiet --output=json --output-path="$out" "${PRESET_ARGS[@]}" \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run" \
        >/dev/null 2>"$TMP/lh.err" || { cat "$TMP/lh.err" >&2; exit 1; }
    ROWS+=("$(python3 - "$out" "$path" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["categories"]
score = lambda k: round((c[k]["score"] or 0) * 100)
items = r["audits"]["network-requests"]["details"]["items"]
size = sum(i.get("transferSize", 0) for i in items)
failed = [a for a, v in r["audits"].items() if v.get("score") is not None and v["score"] < 0.9
          and v.get("scoreDisplayMode") in ("binary", "numeric")]
print("%-28s %5d %5d %5d %5d %9.1f KB  %s" % (sys.argv[2], score("performance"), score("accessibility"),
      score("best-practices"), score("seo"), size / 1024, ",".join(failed[:6]) or "-"))
PY
)")
done
{
    echo "Lighthouse 12.8.2 ($( "$CHROME_PATH" --version 2>/dev/null | head -1)), preset ${LH_PRESET:-mobile}  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $(git -C "$ROOT" rev-parse --short HEAD)"
    printf '%-28s %5s %5s %5s %5s %12s  %s\n' page perf a11y bp seo transfer 'audits below 0.9'
    printf '%s\n' "${ROWS[@]}"
    echo
} | tee -a "$ROOT/bench/results.txt"
