#!/usr/bin/env python3
"""Passkey sign-in, measured against a release build.

    bench/passkeys.py                   # target/release/quill, SQLite
    QUILL_BIN=... BENCH_SECONDS=10 bench/passkeys.py

Starts the server on a fresh data dir (limits off) as http://localhost:PORT,
signs up accounts and gives each a passkey made by a software authenticator
written here (P-256 ECDSA through `cryptography`, "none" attestation, the
same bytes a browser sends), then measures:
  1. a whole login one at a time (GET /login, the challenge, the answer,
     the redirect), with a passkey and with a password (argon2id);
  2. passkey logins from 16 threads for BENCH_SECONDS: logins per second.
Prints a table; writes nothing to bench/results.txt.
"""
import base64, hashlib, json, os, statistics, struct, sys, threading, time

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

import formbrowser

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64u(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def cbor(value):
    """The few CBOR shapes an attestation needs: ints, bytes, text, maps."""
    def head(major, n):
        if n < 24:
            return bytes([major << 5 | n])
        for extra, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
            if n < 1 << (8 * struct.calcsize(fmt)):
                return bytes([major << 5 | extra]) + struct.pack(fmt, n)
        raise ValueError(n)
    if isinstance(value, int):
        return head(0, value) if value >= 0 else head(1, -1 - value)
    if isinstance(value, bytes):
        return head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode()
        return head(3, len(raw)) + raw
    if isinstance(value, dict):
        return head(5, len(value)) + b"".join(cbor(k) + cbor(v) for k, v in value.items())
    raise TypeError(type(value))


class SoftPasskey:
    """One discoverable credential, as a platform authenticator keeps it."""

    def __init__(self, origin, options):
        pk = options["publicKey"]
        self.origin, self.rp_id = origin, pk["rp"]["id"]
        self.user_handle = unb64u(pk["user"]["id"])
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.cred_id = os.urandom(16)
        nums = self.key.public_key().public_numbers()
        cose = cbor({1: 2, 3: -7, -1: 1, -2: nums.x.to_bytes(32, "big"), -3: nums.y.to_bytes(32, "big")})
        auth = (hashlib.sha256(self.rp_id.encode()).digest() + bytes([0x45]) + struct.pack(">I", 0)
                + bytes(16) + struct.pack(">H", len(self.cred_id)) + self.cred_id + cose)
        client = self.client_data("webauthn.create", pk["challenge"])
        self.registration = json.dumps({
            "id": b64u(self.cred_id), "rawId": b64u(self.cred_id), "type": "public-key",
            "response": {"clientDataJSON": b64u(client),
                         "attestationObject": b64u(cbor({"fmt": "none", "attStmt": {}, "authData": auth}))},
            "extensions": {},
        })

    def client_data(self, kind, challenge):
        return json.dumps({"type": kind, "challenge": challenge, "origin": self.origin,
                           "crossOrigin": False}).encode()

    def assertion(self, options):
        auth = hashlib.sha256(self.rp_id.encode()).digest() + bytes([0x05]) + struct.pack(">I", 0)
        client = self.client_data("webauthn.get", options["publicKey"]["challenge"])
        signature = self.key.sign(auth + hashlib.sha256(client).digest(), ec.ECDSA(hashes.SHA256()))
        return json.dumps({
            "id": b64u(self.cred_id), "rawId": b64u(self.cred_id), "type": "public-key",
            "response": {"clientDataJSON": b64u(client), "authenticatorData": b64u(auth),
                         "signature": b64u(signature), "userHandle": b64u(self.user_handle)},
            "extensions": {},
        })


class Browser(formbrowser.Browser):
    def passkey_login(self, passkey):
        self.go("/login")
        status, _, body = self.go("/login/passkey/options", {})
        assert status == 200, (status, body[:200])
        status, to, body = self.go("/login/passkey", {"credential": passkey.assertion(json.loads(body)), "next": "/"})
        assert status == 303 and to == "/", (status, to, body[:300])


def main():
    with formbrowser.Server("quill-passkey-bench.") as server:
        origin, base = f"http://localhost:{server.port}", server.base

        def account(name):
            b = Browser(base)
            b.sign_up(name)
            b.password_login(name)
            b.go("/settings/security")
            status, _, body = b.go("/settings/security/passkeys/options", {})
            assert status == 200, (status, body[:200])
            passkey = SoftPasskey(origin, json.loads(body))
            status, to, body = b.go("/settings/security/passkeys", {"name": "bench", "credential": passkey.registration})
            assert status == 303, (status, body[:400])
            return passkey

        passkeys = [account(f"bench{i}") for i in range(16)]
        n = 50
        times_passkey, times_password = [], []
        for i in range(n):
            t = time.perf_counter()
            Browser(base).passkey_login(passkeys[i % len(passkeys)])
            times_passkey.append((time.perf_counter() - t) * 1000)
        for i in range(n):
            t = time.perf_counter()
            Browser(base).password_login(f"bench{i % len(passkeys)}")
            times_password.append((time.perf_counter() - t) * 1000)

        done, stop = [0] * len(passkeys), time.monotonic() + SECONDS

        def worker(i):
            while time.monotonic() < stop:
                Browser(base).passkey_login(passkeys[i])
                done[i] += 1

        def server_cpu():
            fields = open(f"/proc/{server.process.pid}/stat").read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(passkeys))]
        cpu_before = server_cpu()
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        cpu = server_cpu() - cpu_before

        print(f"Passkeys  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  nproc={os.cpu_count()}  SQLite")
        print(f"login with a passkey (GET /login, challenge, answer; one at a time, n={n}): "
              f"median {statistics.median(times_passkey):.1f} ms, "
              f"p90 {statistics.quantiles(times_passkey, n=10)[-1]:.1f} ms")
        print(f"login with a password (GET /login, POST /login; n={n}): "
              f"median {statistics.median(times_password):.1f} ms")
        print(f"passkey logins, 16 threads, {SECONDS}s: {sum(done) / elapsed:.0f} logins/s "
              f"(each login is 3 requests; the client signs in Python); "
              f"server CPU {cpu / sum(done) * 1000:.2f} ms a login, {cpu / elapsed * 100:.0f}% of one core")


if __name__ == "__main__":
    sys.exit(main())
