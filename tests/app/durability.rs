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
struct Server {
    child: Child,
    log: mpsc::UnboundedReceiver<String>,
    base: String,
}

impl Server {
    async fn start(data_dir: &Path, database_url: Option<&str>, smtp_url: &str) -> Server {
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
        let mut child = cmd.spawn().expect("the quill binary starts");
        let (tx, mut log) = mpsc::unbounded_channel();
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
        // The startup line names the port it picked.
        let line = wait_for_line(&mut log, "Quill is listening").await;
        let at = line.find("address=http://").expect("the address is logged") + "address=".len();
        let base = line[at..].split_whitespace().next().unwrap().to_string();
        Server { child, log, base }
    }

    async fn kill9(mut self) {
        self.child.start_kill().unwrap(); // SIGKILL on Unix: no shutdown code runs
        self.child.wait().await.unwrap();
    }
}

async fn wait_for_line(log: &mut mpsc::UnboundedReceiver<String>, needle: &str) -> String {
    let found = tokio::time::timeout(Duration::from_secs(30), async {
        while let Some(line) = log.recv().await {
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
        .unwrap_or_else(|| panic!("the server never logged {needle:?}"))
}

async fn sign_up(base: &str, name: &str) {
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
        wait_for_line(&mut server.log, "job failed").await;
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
