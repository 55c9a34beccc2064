//! The queue survives the process: a mail whose job was committed with the
//! sign-up is delivered after `kill -9` and a restart. This runs the real
//! binary, as an operator would.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use reqwest::StatusCode;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::mpsc;

use crate::helpers::{PgDatabase, csrf_in, http_client};
use crate::smtp_sink::SmtpSink;

/// A running `quill serve` and the lines of its log.
pub(crate) struct Server {
    child: Child,
    log: mpsc::UnboundedReceiver<String>,
    pub(crate) base: String,
    /// Every log line read so far.
    pub(crate) seen: Vec<String>,
}

impl Server {
    async fn start(data_dir: &Path, database_url: Option<&str>, smtp_url: &str) -> Server {
        Server::start_with(data_dir, database_url, smtp_url, &[]).await
    }

    pub(crate) async fn start_with(
        data_dir: &Path,
        database_url: Option<&str>,
        smtp_url: &str,
        env: &[(&str, &str)],
    ) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_quill"));
        cmd.arg("serve")
            .env_clear()
            .env("QUILL_ADDR", "127.0.0.1:0")
            .env("QUILL_DATA_DIR", data_dir)
            .env("QUILL_UPLOAD_DIR", data_dir.join("uploads"))
            .env("QUILL_BASE_URL", "http://quill.test")
            .env("QUILL_REQUIRE_VERIFIED_EMAIL", "true")
            .env("SMTP_URL", smtp_url)
            .env("RUST_LOG", "info,sqlx=warn")
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        if let Some(url) = database_url {
            cmd.env("DATABASE_URL", url);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("the quill binary starts");
        let (tx, log) = mpsc::unbounded_channel();
        for out in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn tokio::io::AsyncRead + Unpin + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let tx = tx.clone();
            tokio::spawn(async move {
                let mut lines = BufReader::new(out).lines();
                while let Ok(Some(line)) = lines.next_line().await {
                    let _ = tx.send(line);
                }
            });
        }
        let mut server = Server {
            child,
            log,
            base: String::new(),
            seen: Vec::new(),
        };
        // The startup line names the port it picked.
        // (as `address=http://…` in text, `"address":"http://…"` in JSON)
        let line = server.wait_for("Quill is listening").await;
        let at = line.find("http://").expect("the address is logged");
        server.base = line[at..]
            .split(|c: char| c.is_whitespace() || c == '"')
            .next()
            .unwrap()
            .to_string();
        server
    }

    /// The next log line containing `needle` (within 30 s).
    pub(crate) async fn wait_for(&mut self, needle: &str) -> String {
        let seen = &mut self.seen;
        let log = &mut self.log;
        let found = tokio::time::timeout(Duration::from_secs(30), async {
            while let Some(line) = log.recv().await {
                seen.push(line.clone());
                if line.contains(needle) {
                    return Some(line);
                }
            }
            None
        })
        .await;
        found
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("the server never logged {needle:?}: {:?}", self.seen))
    }

    async fn kill9(mut self) {
        self.child.start_kill().unwrap(); // SIGKILL on Unix: no shutdown code runs
        self.child.wait().await.unwrap();
    }
}

pub(crate) async fn sign_up(base: &str, name: &str) -> reqwest::Client {
    let client = http_client();
    let form = client.get(format!("{base}/signup")).send().await.unwrap();
    let csrf = csrf_in(&form.text().await.unwrap()).expect("a CSRF token");
    let email = format!("{name}@example.com");
    let r = client
        .post(format!("{base}/signup"))
        .form(&[
            ("username", name),
            ("email", email.as_str()),
            ("password", "correct horse battery"),
            ("csrf_token", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    client
}

/// POSTs a form with the CSRF token of the page at `form_page`.
pub(crate) async fn post_form(
    client: &reqwest::Client,
    base: &str,
    form_page: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let page = client
        .get(format!("{base}{form_page}"))
        .send()
        .await
        .unwrap();
    let csrf = csrf_in(&page.text().await.unwrap()).expect("a CSRF token");
    let mut form: Vec<(&str, &str)> = fields.to_vec();
    form.push(("csrf_token", &csrf));
    client
        .post(format!("{base}{path}"))
        .form(&form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_mail_queued_before_kill_9_is_delivered_after_restart() {
    let mut databases = vec![None];
    if let Ok(admin) = std::env::var("TEST_DATABASE_URL") {
        databases.push(Some(PgDatabase::create(&admin).await));
    }
    for pg in databases {
        let dir = tempfile::tempdir().unwrap();
        let url = pg.as_ref().map(|p| p.url.as_str());
        let down = SmtpSink::start(usize::MAX).await;
        let server = Server::start(dir.path(), url, &down.url()).await;
        let mut server = server;
        sign_up(&server.base, "ana").await;
        // Sign-up has answered; the worker's first try is refused and
        // recorded. Then the process dies without any chance to clean up.
        server.wait_for("job failed").await;
        server.kill9().await;
        assert!(down.messages.lock().unwrap().is_empty());

        let up = SmtpSink::start(0).await;
        let server = Server::start(dir.path(), url, &up.url()).await;
        let got = up.wait_for_secs(1, 30).await;
        assert_eq!(got[0].0, vec!["ana@example.com".to_string()], "[{url:?}]");
        assert!(got[0].1.contains("verify-email?token="));
        server.kill9().await;
    }
}

#[tokio::test]
async fn a_post_written_just_before_kill_9_is_found_after_restart_without_reindex() {
    let mut databases = vec![None];
    if let Ok(admin) = std::env::var("TEST_DATABASE_URL") {
        databases.push(Some(PgDatabase::create(&admin).await));
    }
    for pg in databases {
        let dir = tempfile::tempdir().unwrap();
        let url = pg.as_ref().map(|p| p.url.as_str());
        let smtp = SmtpSink::start(0).await;
        let open = [("QUILL_REQUIRE_VERIFIED_EMAIL", "false")];
        let server = Server::start_with(dir.path(), url, &smtp.url(), &open).await;
        let client = sign_up(&server.base, "ana").await;
        let r = post_form(
            &client,
            &server.base,
            "/login",
            "/login",
            &[("login", "ana"), ("password", "correct horse battery")],
        )
        .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let r = post_form(
            &client,
            &server.base,
            "/posts/new",
            "/posts",
            &[("title", "Zeppelin diaries"), ("body", "Up in the air.")],
        )
        .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "[{url:?}]");
        // The answer is out; the process dies at once, index commit or not.
        server.kill9().await;
        // And to be sure of one post whose index commit never happened: one
        // written to the database (with its change row) while no server ran.
        let db_url = url
            .map(str::to_string)
            .unwrap_or_else(|| format!("sqlite://{}/quill.db", dir.path().display()));
        let db = quill::db::connect(&db_url).await.unwrap();
        let mut tx = db.begin().await.unwrap();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO post (author_id, title, body, body_html, created_at, updated_at, published_at) \
             SELECT id, 'Quokka census', 'Counting.', '', 1, 1, 1 FROM account WHERE username = 'ana' RETURNING id",
        )
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        quill::search::sync::record(&mut *tx, id).await.unwrap();
        tx.commit().await.unwrap();
        db.close().await;

        let server = Server::start_with(dir.path(), url, &smtp.url(), &open).await;
        let search = format!("{}/search?q=zeppelin", server.base);
        let found = tokio::time::timeout(Duration::from_secs(15), async {
            loop {
                let page = client
                    .get(&search)
                    .send()
                    .await
                    .unwrap()
                    .text()
                    .await
                    .unwrap();
                if page.contains("Zeppelin diaries") {
                    let other = client
                        .get(format!("{}/search?q=quokka", server.base))
                        .send()
                        .await
                        .unwrap();
                    if other.text().await.unwrap().contains("Quokka census") {
                        return;
                    }
                }
                // The indexer catches up at start; ask again shortly.
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        })
        .await;
        assert!(
            found.is_ok(),
            "[{url:?}] the post is searchable after the restart"
        );
        server.kill9().await;
    }
}

#[tokio::test]
async fn json_logs_are_one_object_a_line_and_carry_the_request_id_sent_back() {
    let dir = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(0).await;
    let mut server = Server::start_with(
        dir.path(),
        None,
        &sink.url(),
        &[
            ("QUILL_LOG_FORMAT", "json"),
            ("RUST_LOG", "info,tower_http=debug,sqlx=warn"),
        ],
    )
    .await;
    let resp = http_client()
        .get(format!("{}/no-such-page", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    let id = resp
        .headers()
        .get("x-request-id")
        .expect("the response names its request")
        .to_str()
        .unwrap()
        .to_string();
    assert!(id.len() >= 16, "{id}");
    // A proxy's id is kept, not replaced.
    let resp = http_client()
        .get(format!("{}/healthz", server.base))
        .header("x-request-id", "from-the-proxy-1")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["x-request-id"], "from-the-proxy-1");
    let line = server.wait_for(&id).await;
    server.wait_for("from-the-proxy-1").await;
    for seen in &server.seen {
        let v: serde_json::Value = serde_json::from_str(seen)
            .unwrap_or_else(|e| panic!("not one JSON object: {seen:?} ({e})"));
        assert!(
            v["level"].is_string() && v["timestamp"].is_string(),
            "{seen}"
        );
    }
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["span"]["request_id"], id.as_str(), "{line}");
    assert_eq!(v["span"]["path"], "/no-such-page");
}
