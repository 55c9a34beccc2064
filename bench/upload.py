"""Avatar upload load for bench/upload.sh (Python 3.11 standard library only).

    python3 bench/upload.py BASE_URL --image photo.jpg --server-pid PID \
        [--clients 8] [--duration 20]

Signs up and logs in one account per client as a browser would (the
csrf_token from each form's page, cookies kept per account, redirects not
followed), fetches /settings once per client for the session's CSRF token
(masked per page, but any masked copy is valid for the whole session), then
every client uploads the same picture to POST /settings/avatar over its own
keep-alive connection, back to back, for --duration seconds.

Before the timed window each client uploads once, one client after another:
that checks the whole path answers 303 and gives the latency of an upload
on an otherwise idle server.

Prints a few "label: value" lines; the shell script adds the header.
"""

import argparse
import http.client
import math
import os
import re
import secrets
import statistics
import sys
import threading
import time
import urllib.parse

PASSWORD = "bench passphrase 42"
CSRF = re.compile(rb'name="csrf_token" value="([0-9a-f]+)"')


class Client:
    """One account's browser: a keep-alive connection and its cookies."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port
        self.cookies = {}
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        """Returns (status, headers, body); reconnects once if the server
        closed the idle connection."""
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in (1, 2):
            if self.conn is None:
                # Long timeout: under load an upload waits for an image worker.
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=300)
            try:
                self.conn.request(method, path, body=body, headers=headers)
                resp = self.conn.getresponse()
                data = resp.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        for cookie in resp.headers.get_all("Set-Cookie") or []:
            first, _, attrs = cookie.partition(";")
            name, _, value = first.strip().partition("=")
            if not value or "max-age=0" in attrs.lower().replace(" ", ""):
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return resp.status, resp.headers, data

    def csrf(self, path):
        status, _, body = self.request("GET", path)
        match = CSRF.search(body)
        if status != 200 or not match:
            sys.exit(f"GET {path}: {status}, no csrf_token in the page")
        return match.group(1).decode()

    def post_form(self, path, fields, expect=303):
        body = urllib.parse.urlencode(fields)
        status, headers, data = self.request(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        if status != expect:
            sys.exit(f"POST {path}: {status}, expected {expect}\n{excerpt(data)}")
        return headers


def excerpt(html):
    """The page's error messages, or its start: enough to see why it refused."""
    errors = re.findall(rb'class="field-error"[^>]*>([^<]*)<', html)
    return b"; ".join(errors).decode() if errors else html[:300].decode(errors="replace")


def sign_up_and_log_in(client, i):
    run = secrets.token_hex(3)  # a rerun against the same data dir needs new names
    username = f"upbench_{run}_{i}"
    token = client.csrf("/signup")
    client.post_form(
        "/signup",
        {
            "username": username,
            "email": f"{username}@example.com",
            "password": PASSWORD,
            "csrf_token": token,
        },
    )
    token = client.csrf("/login")
    client.post_form("/login", {"login": username, "password": PASSWORD, "csrf_token": token})


def multipart(token, image):
    """The avatar form's body, built once per client: the timed loop only
    sends bytes."""
    boundary = "----quill-bench-" + secrets.token_hex(12)
    head = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="csrf_token"\r\n\r\n'
        f"{token}\r\n"
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="avatar"; filename="photo.jpg"\r\n'
        "Content-Type: image/jpeg\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    return f"multipart/form-data; boundary={boundary}", head + image + tail


def upload(client, form):
    content_type, body = form
    t = time.perf_counter()
    status, headers, data = client.request(
        "POST", "/settings/avatar", body, {"Content-Type": content_type}
    )
    elapsed = time.perf_counter() - t
    if status == 303 and headers.get("Location") != "/settings":
        status = -303  # a 303 elsewhere (to /login, say) is not an upload
    return status, elapsed, data


def proc_status(pid, key):
    """A field of /proc/PID/status in KiB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    raise KeyError(key)


def cpu_seconds(pid):
    """User + system CPU time of the whole process (every thread)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def busy_seconds():
    """CPU time spent by the whole machine, all cores, so far."""
    with open("/proc/stat") as f:
        user, nice, system, idle, iowait, irq, softirq, steal = map(int, f.readline().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def percentile(sorted_values, p):
    """Nearest-rank percentile."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("--image", required=True)
    ap.add_argument("--server-pid", type=int, required=True)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--duration", type=float, default=20)
    args = ap.parse_args()
    with open(args.image, "rb") as f:
        image = f.read()

    clients = [Client(args.base) for _ in range(args.clients)]
    for i, c in enumerate(clients):
        sign_up_and_log_in(c, i)
    forms = [multipart(c.csrf("/settings"), image) for c in clients]
    pid = args.server_pid
    # Each password hash (argon2, 19 MiB) runs on a blocking-pool thread whose
    # allocator keeps the memory: the sign-ups alone raise the server's RSS.
    rss_signed_up = proc_status(pid, "VmRSS")

    # One at a time: checks every account can upload, and the idle latency.
    idle = []
    for c, form in zip(clients, forms):
        status, elapsed, data = upload(c, form)
        if status != 303:
            sys.exit(f"first upload: {status}, expected 303 to /settings\n{excerpt(data)}")
        idle.append(elapsed)

    rss_before = proc_status(pid, "VmRSS")
    hwm_before = proc_status(pid, "VmHWM")
    cpu_before = cpu_seconds(pid)
    own_cpu_before = time.process_time()
    busy_before = busy_seconds()

    results = [[] for _ in clients]  # per client: (status, seconds)
    errors = [0] * len(clients)
    start = threading.Barrier(len(clients) + 1)

    def run(i):
        start.wait()
        deadline = time.perf_counter() + args.duration
        while time.perf_counter() < deadline:
            try:
                status, elapsed, _ = upload(clients[i], forms[i])
                results[i].append((status, elapsed))
            except OSError:
                errors[i] += 1
                clients[i].conn = None

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    start.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    # Uploads started before the deadline finish after it: count their time.
    wall = time.perf_counter() - t0
    cpu = cpu_seconds(pid) - cpu_before
    own_cpu = time.process_time() - own_cpu_before
    # A build or test run beside the benchmark takes cores from the server:
    # what the rest of the machine used is reported, so such runs show.
    other_cpu = busy_seconds() - busy_before - cpu - own_cpu

    done = [r for rs in results for r in rs]
    ok = sorted(s for status, s in done if status == 303)
    others = {}
    for status, _ in done:
        if status != 303:
            others[status] = others.get(status, 0) + 1
    ms = lambda s: f"{s * 1000:.0f} ms"
    mib = lambda kb: f"{kb / 1024:.1f} MiB"
    print(f"image: {len(image)} bytes")
    print(f"idle upload (one at a time, {len(idle)} runs): median {ms(statistics.median(idle))}, "
          f"min {ms(min(idle))}")
    print(f"uploads under load: {len(ok)} answered 303 in {wall:.1f} s, "
          f"others {others or 0}, connection errors {sum(errors)}")
    print(f"throughput: {len(ok) / wall:.2f} uploads/s "
          f"({args.clients} clients, keep-alive, back to back)")
    print(f"latency of 303s: p50 {ms(percentile(ok, 50))}, p95 {ms(percentile(ok, 95))}, "
          f"max {ms(ok[-1]) if ok else '-'}")
    pct = lambda seconds: f"{seconds / wall * 100:.0f}%"
    print(f"CPU during load (100% = one core, {os.cpu_count()} cores): server {pct(cpu)}, "
          f"this client {pct(own_cpu)}, other processes {pct(max(other_cpu, 0))}")
    print(f"server after start-up and {args.clients} sign-ups: RSS {mib(rss_signed_up)}")
    print(f"server after {len(idle)} one-at-a-time uploads: RSS {mib(rss_before)}, "
          f"VmHWM {mib(hwm_before)}")
    print(f"server at the end of the load: RSS {mib(proc_status(pid, 'VmRSS'))}, "
          f"VmHWM (peak) {mib(proc_status(pid, 'VmHWM'))}")

if __name__ == "__main__":
    main()
