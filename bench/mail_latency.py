#!/usr/bin/env python3
"""Helpers for bench/mail_latency.sh (Python 3.11 stdlib only).

  mail_latency.py sink --port-file F --events E [--quickack]
      A minimal SMTP server on a free loopback port (written to F once
      listening). Every delivered message appends "<monotonic ns> <recipient>"
      to E. Speaks just what lettre uses: EHLO/HELO, MAIL, RCPT, DATA, RSET,
      NOOP, QUIT, and keeps pooled connections open for many messages.
      By default its sockets behave like any MTA's (delayed ACKs on), so the
      client's TCP behaviour shows in the numbers; --quickack ACKs at once to
      take that out and leave Quill's own share (see mail_latency.sh).

  mail_latency.py signup --base URL --users M --events E [--label L]
      Signs up M accounts one after another like a browser would, then waits
      for each verification mail in E and prints the latency report.

Both run as separate processes and share CLOCK_MONOTONIC (system-wide on
Linux), so the sink's arrival times compare directly with the client's
response times. The sink is a process of its own so that its work does not
share a GIL with the client and delay either side's timestamps.
"""

import argparse
import asyncio
import http.client
import os
import re
import signal
import socket
import sys
import time
import urllib.parse

# ----------------------------------------------------------------- SMTP sink


async def smtp_session(reader, writer, events, quickack):
    try:
        await converse(reader, writer, events, quickack)
    except (ConnectionError, asyncio.CancelledError):
        # A peer gone mid-session, or the sink stopping with a pooled
        # connection still open: nothing to report either way.
        pass
    finally:
        writer.close()


async def converse(reader, writer, events, quickack):
    sock = writer.get_extra_info("socket")

    async def reply(line):
        writer.write(line.encode() + b"\r\n")
        await writer.drain()

    async def readline():
        data = await reader.readline()
        if quickack:
            # Linux drops out of quick-ACK mode on its own: re-arm per read.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        return data

    rcpts = []
    await reply("220 bench-sink ESMTP")
    while True:
        raw = await readline()
        if not raw:
            break
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        verb = line[:4].upper()
        if verb in ("EHLO", "HELO"):
            # 8BITMIME so lettre need not re-encode; no STARTTLS: plain smtp://.
            await reply("250-bench-sink\r\n250 8BITMIME" if verb == "EHLO" else "250 bench-sink")
        elif verb == "MAIL":
            rcpts = []
            await reply("250 OK")
        elif verb == "RCPT":
            m = re.search(r"<([^>]*)>", line)
            rcpts.append((m.group(1) if m else line[8:]).strip().lower())
            await reply("250 OK")
        elif verb == "DATA":
            await reply("354 end with <CRLF>.<CRLF>")
            while True:
                body = await readline()
                if not body or body in (b".\r\n", b".\n"):
                    break
            # The message has arrived once its last line is in: stamp now,
            # before answering, so the reply's round trip is not counted.
            now = time.monotonic_ns()
            events.write("".join(f"{now} {r}\n" for r in rcpts))
            events.flush()
            rcpts = []
            await reply("250 OK queued")
        elif verb == "RSET":
            rcpts = []
            await reply("250 OK")
        elif verb == "NOOP":
            await reply("250 OK")
        elif verb == "QUIT":
            await reply("221 bye")
            break
        else:
            await reply("502 not implemented")


async def run_sink(port_file, events_path, quickack):
    events = open(events_path, "a", buffering=1)
    server = await asyncio.start_server(
        lambda r, w: smtp_session(r, w, events, quickack), "127.0.0.1", 0
    )
    port = server.sockets[0].getsockname()[1]
    # Written only once listening, and renamed into place, so the shell
    # never reads a half-written or premature port.
    tmp = port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"{port}\n")
    os.replace(tmp, port_file)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    # No wait_closed(): from Python 3.12 it waits for open connections, and
    # Quill's pooled SMTP connection stays open until the server stops.
    server.close()


# ------------------------------------------------------------ sign-up client

CSRF_RE = re.compile(r'name="csrf_token"\s+value="([^"]+)"')


class Browser:
    """One visitor: a keep-alive connection and a cookie jar, no redirects."""

    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.origin = f"{u.scheme}://{u.netloc}"
        self.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        h = {"User-Agent": "quill-mail-bench", "Accept": "text/html"}
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        h.update(headers or {})
        self.conn.request(method, path, body=body, headers=h)
        resp = self.conn.getresponse()
        data = resp.read()
        for header in resp.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            # A deletion (Max-Age=0) takes the cookie out of the jar.
            if re.search(r"max-age=0\b", rest, re.I):
                self.cookies.pop(name.strip(), None)
            else:
                self.cookies[name.strip()] = value
        return resp.status, resp.headers, data

    def close(self):
        self.conn.close()


def sign_up(base, username, email, password):
    """Returns the monotonic ns at which the POST's response was complete."""
    b = Browser(base)
    try:
        status, _, html = b.request("GET", "/signup")
        if status != 200:
            sys.exit(f"GET /signup answered {status}")
        m = CSRF_RE.search(html.decode())
        if not m:
            sys.exit("no csrf_token on /signup")
        form = urllib.parse.urlencode(
            {"username": username, "email": email, "password": password, "csrf_token": m.group(1)}
        )
        status, headers, body = b.request(
            "POST",
            "/signup",
            body=form,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                # What a browser sends with a same-origin form post.
                "Origin": b.origin,
                "Sec-Fetch-Site": "same-origin",
            },
        )
        done = time.monotonic_ns()
        if status != 303:
            sys.exit(f"POST /signup for {username} answered {status}: {body[:300]!r}")
        return done
    finally:
        b.close()


def read_events(path):
    arrivals = {}
    with open(path) as f:
        for line in f:
            ns, _, rcpt = line.strip().partition(" ")
            arrivals.setdefault(rcpt, int(ns))
    return arrivals


def percentile(sorted_values, p):
    """Nearest-rank percentile: a value that was actually observed."""
    k = max(0, -(-len(sorted_values) * p // 100) - 1)
    return sorted_values[int(k)]


def run_signup(args):
    password = "bench passphrase 42"
    responded = {}
    started = time.monotonic_ns()
    for i in range(args.users):
        username = f"bench_user_{i:05d}"
        email = f"{username}@example.com"
        responded[email] = sign_up(args.base, username, email, password)
    elapsed = (time.monotonic_ns() - started) / 1e9

    # The last jobs may still be in flight: wait for the mail, not a fixed time.
    deadline = time.monotonic() + args.wait
    while True:
        arrivals = read_events(args.events)
        if all(e in arrivals for e in responded) or time.monotonic() > deadline:
            break
        time.sleep(0.05)

    missing = [e for e in responded if e not in arrivals]
    lat = sorted((arrivals[e] - t) / 1e6 for e, t in responded.items() if e in arrivals)
    rate = args.users / elapsed
    if not lat:
        sys.exit(f"{args.label}: no verification mail arrived")
    # Machine-readable line for the shell script, then a human one.
    print(
        f"label={args.label} users={args.users} received={len(lat)} missing={len(missing)} "
        f"signup_s={elapsed:.2f} signups_per_s={rate:.1f} "
        f"min_ms={lat[0]:.1f} p50_ms={percentile(lat, 50):.1f} "
        f"p95_ms={percentile(lat, 95):.1f} max_ms={lat[-1]:.1f}"
    )
    if missing:
        print(f"{args.label}: {len(missing)} mails never arrived, e.g. {missing[:3]}", file=sys.stderr)
        sys.exit(1)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sink")
    s.add_argument("--port-file", required=True)
    s.add_argument("--events", required=True)
    s.add_argument("--quickack", action="store_true", help="ACK every read at once (Linux)")
    c = sub.add_parser("signup")
    c.add_argument("--base", required=True)
    c.add_argument("--users", type=int, default=200)
    c.add_argument("--events", required=True)
    c.add_argument("--label", default="run")
    c.add_argument("--wait", type=float, default=60.0, help="seconds to wait for late mail")
    args = ap.parse_args()
    if args.cmd == "sink":
        asyncio.run(run_sink(args.port_file, args.events, args.quickack))
    else:
        run_signup(args)


if __name__ == "__main__":
    main()
