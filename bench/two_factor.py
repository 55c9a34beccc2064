#!/usr/bin/env python3
"""A login's second step, measured against a release build.

    bench/two_factor.py                 # target/release/quill, SQLite
    QUILL_BIN=... BENCH_SECONDS=10 bench/two_factor.py

Starts the server on a fresh data dir (limits off), signs up one account,
turns its second factor on through /settings/security as a browser would,
then measures:
  1. a whole login one at a time, password only vs password then code
     (argon2 is the password's cost; the code adds a read and a write);
  2. /login/code under load (wrk, 64 connections, wrong codes on a pending
     login), the step's own cost without argon2.
Prints a table; writes nothing to bench/results.txt.
"""
import base64, hashlib, hmac, os, re, statistics, struct, subprocess, sys, time, urllib.parse

import formbrowser
from formbrowser import PASSWORD

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))


def totp(secret_b32, at=None, step=30):
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    counter = int((time.time() if at is None else at) // step)
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    off = mac[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", mac[off:off + 4])[0] & 0x7FFFFFFF) % 1_000_000)


class Browser(formbrowser.Browser):
    def login(self, name, code_secret=None):
        self.go("/login")
        status, to, _ = self.go("/login", {"login": name, "password": PASSWORD})
        if code_secret:
            assert to == "/login/code", (status, to)
            self.go("/login/code")
            status, to, _ = self.go("/login/code", {"code": totp(code_secret, time.time() + 30)})
        assert status == 303 and to == "/", (status, to)


def main():
    with formbrowser.Server("quill-2fa-bench.", base_url="http://127.0.0.1:{port}") as server:
        base, tmp = server.base, server.tmp
        def account(name, second_factor):
            b = Browser(base)
            b.sign_up(name)
            b.login(name)
            if not second_factor:
                return None
            b.go("/settings/security")
            b.go("/settings/security/setup", {})
            _, _, page = b.go("/settings/security")
            secret = re.search(r'<code class="secret">([^<]+)</code>', page).group(1).replace(" ", "")
            status, _, _ = b.go("/settings/security/enable", {"code": totp(secret), "current_password": PASSWORD})
            assert status == 200, status
            return secret

        n = 10
        account("bench", False)
        secrets = [account(f"bench{i}", True) for i in range(n)]
        times_password, times_code = [], []
        for _ in range(n):
            t = time.perf_counter()
            Browser(base).login("bench")
            times_password.append((time.perf_counter() - t) * 1000)
        # Each account's setup spent this step's code; the next step's is
        # accepted (one step of clock skew).
        for i, secret in enumerate(secrets):
            t = time.perf_counter()
            Browser(base).login(f"bench{i}", secret)
            times_code.append((time.perf_counter() - t) * 1000)

        # The code step alone, under load: a pending login and wrong codes.
        pending = Browser(base)
        pending.go("/login")
        pending.go("/login", {"login": "bench0", "password": PASSWORD})
        pending.go("/login/code")
        cookie = "; ".join(f"{c.name}={c.value}" for c in pending.jar)
        body = urllib.parse.urlencode({"code": "000000", "csrf_token": pending.csrf})
        lua = os.path.join(tmp, "post.lua")
        with open(lua, "w") as f:
            f.write('wrk.method = "POST"\nwrk.body = "%s"\n'
                    'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
                    'wrk.headers["Cookie"] = "%s"\n' % (body, cookie))
        out = subprocess.run(["wrk", "-t2", "-c64", f"-d{SECONDS}s", "--latency", "-s", lua, base + "/login/code"],
                             capture_output=True, text=True).stdout
        rps = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
        p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)
        p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)
        non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)

        print(f"Second factor  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  nproc={os.cpu_count()}  SQLite")
        print(f"login, password only (one at a time, n={len(times_password)}): "
              f"median {statistics.median(times_password):.1f} ms")
        print(f"login, password then code (n={len(times_code)}): "
              f"median {statistics.median(times_code):.1f} ms")
        print(f"POST /login/code, wrong codes, wrk -c64 {SECONDS}s: {rps} req/s, p50 {p50}, p99 {p99}"
              f" ({non2xx.group(1) if non2xx else 0} answered 422)")


if __name__ == "__main__":
    sys.exit(main())
