"""What the Python benchmarks share: a release server on a fresh data dir,
and a client that keeps cookies and sends each form's CSRF token the way a
browser does (redirects are shown, not followed)."""
import http.cookiejar, os, re, shutil, socket, subprocess, tempfile, time
import urllib.error, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("QUILL_BIN", os.path.join(ROOT, "target/release/quill"))
PASSWORD = "correct horse battery"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


class Browser:
    def __init__(self, base):
        self.base, self.jar = base, http.cookiejar.CookieJar()
        self.op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.csrf = None

    def go(self, path, form=None):
        """GET `path`, or POST `form` with the last page's CSRF token:
        (status, Location, body)."""
        data = None
        if form is not None:
            form = dict(form, csrf_token=self.csrf or "")
            data = urllib.parse.urlencode(form).encode()
        try:
            r = self.op.open(self.base + path, data)
            status, headers, body = r.status, r.headers, r.read().decode()
        except urllib.error.HTTPError as e:
            status, headers, body = e.code, e.headers, e.read().decode()
        m = re.search(r'name="csrf_token" value="([^"]+)"', body)
        if m:
            self.csrf = m.group(1)
        return status, headers.get("location", ""), body

    def sign_up(self, name):
        self.go("/signup")
        self.go("/signup", {"username": name, "email": f"{name}@example.com", "password": PASSWORD})

    def password_login(self, name):
        self.go("/login")
        status, to, _ = self.go("/login", {"login": name, "password": PASSWORD})
        assert status == 303 and to == "/", (status, to)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    """`quill serve` on SQLite in a temporary folder, limits off, until the
    `with` block ends. `base_url=None` keeps Quill's default origin."""

    def __init__(self, prefix, base_url=None):
        self.tmp = tempfile.mkdtemp(prefix=prefix)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, QUILL_ADDR=f"127.0.0.1:{self.port}",
                   QUILL_DATA_DIR=f"{self.tmp}/data", QUILL_UPLOAD_DIR=f"{self.tmp}/uploads",
                   QUILL_REQUIRE_VERIFIED_EMAIL="false", QUILL_SIGNUP_LIMIT="0",
                   QUILL_LOGIN_LIMIT="0", RUST_LOG="warn")
        for k in ("DATABASE_URL", "REDIS_URL", "SMTP_URL", "QUILL_BASE_URL"):
            env.pop(k, None)
        if base_url:
            env["QUILL_BASE_URL"] = base_url.format(port=self.port)
        self.env = env

    def __enter__(self):
        subprocess.run([BIN, "migrate"], env=self.env, check=True, capture_output=True)
        self.process = subprocess.Popen([BIN, "serve"], env=self.env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)
