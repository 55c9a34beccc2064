use std::future::Future;
use std::sync::Once;

use clap::Parser;
use quill::app::Application;
use quill::config::{Cli, Config, Settings};
use std::sync::Arc;

use reqwest::StatusCode;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::redirect::Policy;

/// Runs `test` against a fresh app on SQLite, then on PostgreSQL if
/// `TEST_DATABASE_URL` is set; a failure names the backend.
pub async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    on_each_backend_with(false, test).await
}

/// Like `on_each_backend`, with `QUILL_REQUIRE_VERIFIED_EMAIL` as given.
pub async fn on_each_backend_with<F, Fut>(require_verified: bool, test: F)
where
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    on_each_backend_configured(
        |s| s.require_verified_email = require_verified.to_string(),
        test,
    )
    .await
}

/// Like `on_each_backend`, with settings changed by `configure` first.
pub async fn on_each_backend_configured<C, F, Fut>(configure: C, test: F)
where
    C: Fn(&mut Settings),
    F: Fn(TestApp) -> Fut,
    Fut: Future<Output = ()>,
{
    test(TestApp::spawn_configured(None, &configure).await).await;
    if let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") {
        let pg = PgDatabase::create(&admin_url).await;
        test(TestApp::spawn_configured(Some(pg), &configure).await).await;
    }
}

/// A throwaway PostgreSQL database, dropped when the test ends (even if it panics).
pub struct PgDatabase {
    admin_url: String,
    name: String,
    pub url: String,
}

impl PgDatabase {
    pub async fn create(admin_url: &str) -> PgDatabase {
        let name = format!("quill_test_{}", &quill::crypto::random_token()[..16]);
        let admin = quill::db::connect(admin_url)
            .await
            .expect("TEST_DATABASE_URL answers");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .unwrap();
        admin.close().await;
        let mut url = url::Url::parse(admin_url).unwrap();
        url.set_path(&name);
        PgDatabase {
            admin_url: admin_url.to_string(),
            name,
            url: url.to_string(),
        }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop runs inside the test's runtime: do the async work on a thread of its own.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                if let Ok(admin) = quill::db::connect(&admin_url).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&admin)
                        .await;
                }
            });
        })
        .join();
    }
}

pub struct TestApp {
    pub base: String,
    pub backend: &'static str,
    pub db: quill::db::Db,
    pub state: quill::app::Site,
    /// `http://…/metrics` when `QUILL_METRICS_ADDR` was set.
    pub metrics: Option<String>,
    _dir: tempfile::TempDir,
    _pg: Option<PgDatabase>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// The test defaults (origin `http://quill.test`, no verification needed,
/// SMTP off, port 0) for a site whose folders are under `dir`, on SQLite
/// or on the PostgreSQL database `pg_url`.
pub fn test_settings(dir: &std::path::Path, pg_url: Option<String>) -> Settings {
    let mut settings = Cli::parse_from(["quill"]).settings;
    settings.addr = "127.0.0.1:0".into();
    settings.data_dir = dir.join("data");
    settings.upload_dir = dir.join("uploads");
    settings.base_url = Some("http://quill.test".into());
    settings.database_url = pg_url;
    settings.require_verified_email = "false".into();
    settings.smtp_url = None;
    settings.redis_url = None;
    settings.secret_key = None;
    settings
}

/// A JPEG photo of `w`×`h` with a gradient, tinted by `shade` (different
/// shades give different files).
pub fn photo(w: u32, h: u32, shade: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([shade, (x * 255 / w) as u8, (y * 255 / h) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

static CRYPTO: Once = Once::new();

/// An HTTP client like a browser's: it keeps cookies and shows redirects
/// instead of following them.
pub fn http_client() -> reqwest::Client {
    http_client_with_jar().0
}

/// The same, with its cookie jar to look into.
pub fn http_client_with_jar() -> (reqwest::Client, Arc<Jar>) {
    http_client_sending(reqwest::header::HeaderMap::new())
}

/// The same, sending `headers` with every request.
pub fn http_client_sending(headers: reqwest::header::HeaderMap) -> (reqwest::Client, Arc<Jar>) {
    CRYPTO.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    let jar = Arc::new(Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(Policy::none())
        .default_headers(headers)
        .build()
        .unwrap();
    (client, jar)
}

impl TestApp {
    /// An app whose public origin is `base_url` (e.g. https, to see cookie flags).
    pub async fn spawn_at(pg: Option<PgDatabase>, base_url: &str) -> TestApp {
        TestApp::spawn_with(pg, base_url, false).await
    }

    pub async fn spawn_with(
        pg: Option<PgDatabase>,
        base_url: &str,
        require_verified: bool,
    ) -> TestApp {
        TestApp::spawn_configured(pg, |s| {
            s.base_url = Some(base_url.into());
            s.require_verified_email = require_verified.to_string();
        })
        .await
    }

    /// An app on the test defaults (origin `http://quill.test`, no
    /// verification needed, SMTP off) with `configure` applied on top.
    pub async fn spawn_configured(
        pg: Option<PgDatabase>,
        configure: impl FnOnce(&mut Settings),
    ) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let mut settings = test_settings(dir.path(), pg.as_ref().map(|p| p.url.clone()));
        configure(&mut settings);
        let config = Config::from_settings(settings).unwrap();
        let app = Application::build(config)
            .await
            .expect("app builds")
            .without_workers();
        let base = format!("http://{}", app.local_addr());
        let metrics = app.metrics_addr().map(|a| format!("http://{a}/metrics"));
        let db = app.state.db.clone();
        let state = app.state.clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(app.run(async move {
            let _ = stopped.await;
        }));
        let backend = if pg.is_some() { "postgres" } else { "sqlite" };
        TestApp {
            base,
            backend,
            db,
            state,
            metrics,
            _dir: dir,
            _pg: pg,
            stop: Some(stop),
        }
    }

    /// Tells the server to stop, as a signal would; open connections end.
    pub fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }

    /// Waits until the search index holds every change made so far.
    pub async fn indexed(&self) {
        self.state.search.catch_up().await.unwrap();
    }

    /// Runs every due job now, with the app's own handlers.
    pub async fn run_pending_jobs(&self) -> usize {
        self.state
            .queue
            .run_pending(&quill::app::job_handlers(&self.state))
            .await
            .unwrap()
    }

    /// The messages in the dev mailbox addressed to `to`, oldest first.
    pub fn mail_to(&self, to: &str) -> Vec<String> {
        let dir = self._dir.path().join("data").join("mailbox");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        files
            .into_iter()
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .filter(|m| {
                m.lines()
                    .any(|l| l.eq_ignore_ascii_case(&format!("To: {to}")))
            })
            .collect()
    }

    /// A second instance of the same site, as scale-out runs it: the same
    /// database, Redis and settings, its own address and data directory.
    pub async fn sibling(&self) -> TestApp {
        let config = &self.state.config;
        let (db, redis, prefix) = (
            config.database_url.0.clone(),
            config.redis_url.as_ref().map(|r| r.0.clone()),
            config.redis_prefix.clone(),
        );
        let limits = config.limits;
        let mut twin = TestApp::spawn_configured(None, |s| {
            s.database_url = Some(db);
            s.redis_url = redis;
            s.redis_prefix = prefix;
            s.login_limit = limits.login_per_account;
            s.signup_limit = limits.signup_per_ip;
        })
        .await;
        twin.backend = self.backend;
        twin
    }

    pub fn browser(&self) -> Browser {
        self.browser_sending(reqwest::header::HeaderMap::new())
    }

    fn browser_sending(&self, headers: reqwest::header::HeaderMap) -> Browser {
        let (client, jar) = http_client_sending(headers);
        Browser {
            client,
            jar,
            base: self.base.clone(),
            csrf: None,
            backend: self.backend,
        }
    }

    /// A browser whose every request says `Accept-Language: <accept>`.
    pub fn browser_speaking(&self, accept: &str) -> Browser {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::ACCEPT_LANGUAGE,
            reqwest::header::HeaderValue::from_str(accept).unwrap(),
        );
        self.browser_sending(headers)
    }

    /// The subject and plain-text body of each message to `to` in the dev
    /// mailbox, decoded (non-ASCII text travels quoted-printable or base64).
    pub fn mail_read(&self, to: &str) -> Vec<(String, String)> {
        self.mail_to(to)
            .iter()
            .map(|raw| {
                let m = mail_parser::MessageParser::default()
                    .parse(raw.as_bytes())
                    .unwrap();
                (
                    m.subject().unwrap_or_default().to_string(),
                    m.body_text(0).unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    /// A new browser logged in to an existing account.
    pub async fn user_session(&self, login: &str, password: &str) -> Browser {
        let mut b = self.browser();
        let r = b.login(login, password).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] login of {login}",
            self.backend
        );
        b
    }

    /// A browser logged in as a new user; returns it with the username.
    /// The id of the account called `name`.
    pub async fn account_id(&self, name: &str) -> i64 {
        sqlx::query_scalar("SELECT id FROM account WHERE username = $1")
            .bind(name)
            .fetch_one(&self.db)
            .await
            .unwrap()
    }

    /// Gives `name` the `role` (by SQL: how roles are given is tested in admin.rs).
    pub async fn set_role(&self, name: &str, role: &str) {
        sqlx::query("UPDATE account SET role = $1 WHERE username = $2")
            .bind(role)
            .bind(name)
            .execute(&self.db)
            .await
            .unwrap();
        self.wrote_behind_its_back().await;
    }

    /// After a test changed rows by SQL, as no request or job of the app
    /// does: what the app keeps in memory (`web::cache`) is stale, as
    /// after a removal, so the next page shows the change.
    pub async fn wrote_behind_its_back(&self) {
        self.state.fanout.removed().await;
    }

    /// `user`, with its address marked verified (mail may go to it).
    pub async fn verified_user(&self, name: &str) -> Browser {
        let b = self.user(name).await;
        sqlx::query("UPDATE account SET email_verified_at = 1 WHERE username = $1")
            .bind(name)
            .execute(&self.db)
            .await
            .unwrap();
        self.wrote_behind_its_back().await;
        b
    }

    pub async fn user(&self, name: &str) -> Browser {
        let mut b = self.browser();
        let r = b
            .signup(
                name,
                &format!("{name}@example.com"),
                "correct horse battery",
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] signup of {name}: {}",
            self.backend,
            r.text
        );
        let r = b.login(name, "correct horse battery").await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] login of {name}",
            self.backend
        );
        b
    }
}

pub struct Page {
    pub status: StatusCode,
    pub location: String,
    pub text: String,
    pub headers: reqwest::header::HeaderMap,
}

pub struct Browser {
    client: reqwest::Client,
    jar: Arc<Jar>,
    base: String,
    pub csrf: Option<String>,
    pub backend: &'static str,
}

impl Browser {
    /// The same browser (its cookies) pointed at another instance of the site.
    pub fn at(&self, app: &TestApp) -> Browser {
        Browser {
            client: self.client.clone(),
            jar: self.jar.clone(),
            base: app.base.clone(),
            csrf: self.csrf.clone(),
            backend: self.backend,
        }
    }

    /// The `Cookie` header this browser sends to `base`.
    pub fn cookies(&self, base: &str) -> String {
        self.jar
            .cookies(&base.parse().unwrap())
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let resp = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        self.read(resp).await
    }

    async fn read(&mut self, resp: reqwest::Response) -> Page {
        let status = resp.status();
        let headers = resp.headers().clone();
        let location = headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let text = resp.text().await.unwrap();
        if let Some(token) = csrf_in(&text) {
            self.csrf = Some(token);
        }
        Page {
            status,
            location,
            text,
            headers,
        }
    }

    /// POSTs a urlencoded form with the CSRF token of the last page seen.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut form: Vec<(String, String)> = fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        if let Some(t) = &self.csrf {
            form.push(("csrf_token".into(), t.clone()));
        }
        let resp = self
            .client
            .post(format!("{}{path}", self.base))
            .form(&form)
            .send()
            .await
            .unwrap();
        self.read(resp).await
    }

    /// POSTs without any token: what a forged request looks like.
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let resp = self
            .client
            .post(format!("{}{path}", self.base))
            .form(fields)
            .send()
            .await
            .unwrap();
        self.read(resp).await
    }

    /// POSTs raw bytes with a content type of our choosing: hostile input.
    pub async fn post_bytes(&mut self, path: &str, content_type: &str, body: Vec<u8>) -> Page {
        self.send_raw(path, content_type, body, None).await
    }

    /// POSTs a form with the current token and a Referer, as a browser does.
    pub async fn post_bytes_with_referer(&mut self, path: &str, referer: &str) -> Page {
        let body = format!("csrf_token={}", self.csrf.clone().unwrap_or_default()).into_bytes();
        let referer = format!("{}{referer}", self.base);
        self.send_raw(
            path,
            "application/x-www-form-urlencoded",
            body,
            Some(&referer),
        )
        .await
    }

    async fn send_raw(
        &mut self,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
        referer: Option<&str>,
    ) -> Page {
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body);
        if let Some(r) = referer {
            req = req.header("referer", r);
        }
        let resp = req.send().await.unwrap();
        self.read(resp).await
    }

    pub async fn post_multipart(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        self.post_files(path, fields, Vec::new()).await
    }

    /// POSTs a multipart form with text fields and files `(field, file
    /// name, bytes)`, with the CSRF token of the last page seen.
    pub async fn post_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: Vec<(&str, &str, Vec<u8>)>,
    ) -> Page {
        let mut form = reqwest::multipart::Form::new();
        if let Some(t) = &self.csrf {
            form = form.text("csrf_token", t.clone());
        }
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        for (field, name, bytes) in files {
            let part = reqwest::multipart::Part::bytes(bytes)
                .file_name(name.to_string())
                .mime_str("application/octet-stream")
                .unwrap();
            form = form.part(field.to_string(), part);
        }
        let resp = self
            .client
            .post(format!("{}{path}", self.base))
            .multipart(form)
            .send()
            .await
            .unwrap();
        self.read(resp).await
    }

    /// Opens a long-lived GET (an event stream) with this browser's cookies.
    pub async fn stream(&self, path: &str, last_event_id: Option<i64>) -> reqwest::Response {
        let mut req = self
            .client
            .get(format!("{}{path}", self.base))
            .header("accept", "text/event-stream");
        if let Some(id) = last_event_id {
            req = req.header("last-event-id", id.to_string());
        }
        req.send().await.unwrap()
    }

    /// GETs raw bytes (a picture) with the response headers.
    pub async fn get_bytes(
        &mut self,
        path: &str,
    ) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
        let resp = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        (status, headers, resp.bytes().await.unwrap().to_vec())
    }

    pub async fn signup(&mut self, username: &str, email: &str, password: &str) -> Page {
        self.get("/signup").await;
        self.post(
            "/signup",
            &[
                ("username", username),
                ("email", email),
                ("password", password),
            ],
        )
        .await
    }

    pub async fn login(&mut self, login: &str, password: &str) -> Page {
        self.get("/login").await;
        self.post("/login", &[("login", login), ("password", password)])
            .await
    }

    /// Creates a post through the form and returns its id.
    pub async fn create_post(&mut self, title: &str, body: &str, tags: &str) -> i64 {
        self.get("/posts/new").await;
        let r = self
            .post_multipart(
                "/posts",
                &[("title", title), ("body", body), ("tags", tags)],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "[{}] create post: {}",
            self.backend,
            r.text
        );
        r.location
            .trim_start_matches("/posts/")
            .parse()
            .expect("redirect to /posts/{id}")
    }

    /// The page's navigation shows this user as logged in.
    pub async fn is_logged_in_as(&mut self, username: &str) -> bool {
        let page = self.get("/").await;
        page.text.contains(&format!("href=\"/u/{username}\""))
            && page.text.contains("action=\"/logout\"")
    }
}

/// An answer of the JSON API.
pub struct ApiReply {
    pub status: StatusCode,
    pub json: serde_json::Value,
    pub headers: reqwest::header::HeaderMap,
}

impl ApiReply {
    /// The messages of `{"errors": {field: [...]}}` for `field`.
    pub fn errors_on(&self, field: &str) -> Vec<String> {
        self.json["errors"][field]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|m| m.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Browser {
    /// A JSON API call from this browser (its cookies go along), with an
    /// optional token and body.
    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<serde_json::Value>,
    ) -> ApiReply {
        let bytes = body.map(|b| b.to_string().into_bytes());
        self.api_raw(method, path, token, "application/json", bytes)
            .await
    }

    pub async fn api_raw(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        content_type: &str,
        body: Option<Vec<u8>>,
    ) -> ApiReply {
        let mut req = self
            .client
            .request(method, format!("{}/api{path}", self.base))
            .header("content-type", content_type);
        if let Some(t) = token {
            req = req.header("authorization", format!("Token {t}"));
        }
        if let Some(b) = body {
            req = req.body(b);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp.text().await.unwrap();
        let json = if text.trim().is_empty() {
            serde_json::Value::Null
        } else {
            serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{path}: not JSON ({e}): {text:.300}"))
        };
        ApiReply {
            status,
            json,
            headers,
        }
    }
}

impl TestApp {
    /// Registers `name` through the API and returns its token.
    pub async fn api_user(&self, name: &str) -> String {
        let r = self
            .browser()
            .api(
                reqwest::Method::POST,
                "/users",
                None,
                Some(serde_json::json!({"user": {
                    "username": name,
                    "email": format!("{name}@example.com"),
                    "password": "correct horse battery",
                }})),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::CREATED,
            "[{}] register {name}: {}",
            self.backend,
            r.json
        );
        r.json["user"]["token"].as_str().unwrap().to_string()
    }
}

/// The comment id in a `/posts/{id}#comment-{cid}` redirect.
pub fn comment_in(location: &str) -> i64 {
    location
        .rsplit("comment-")
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("no comment in {location}"))
}

pub fn csrf_in(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf_token\" value=\"")? + "name=\"csrf_token\" value=\"".len();
    let end = html[at..].find('"')?;
    Some(html[at..at + end].to_string())
}

/// The first link in `mail` that starts with `prefix`, its
/// quoted-printable encoding undone the way the dev mailbox page does it.
pub fn link_in(mail: &str, prefix: &str) -> String {
    let mail = quill::admin::mailbox::decode_quoted_printable(&mail.replace("\r\n", "\n"));
    let at = mail
        .find(prefix)
        .unwrap_or_else(|| panic!("a link {prefix}… in {mail}"));
    mail[at..]
        .split_whitespace()
        .next()
        .unwrap()
        .trim_end_matches(['"', '<', '>'])
        .to_string()
}
