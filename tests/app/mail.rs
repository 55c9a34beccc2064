use clap::Parser;
use quill::config::{Cli, Config};
use quill::mail::{Email, Mailer};

use crate::helpers::{TestApp, on_each_backend_configured};
use crate::smtp_sink::SmtpSink;

fn config(smtp: Option<String>, data_dir: &std::path::Path) -> Config {
    let mut settings = Cli::parse_from(["quill"]).settings;
    settings.smtp_url = smtp;
    settings.data_dir = data_dir.to_path_buf();
    settings.mail_from = "Quill <no-reply@quill.test>".into();
    Config::from_settings(settings).unwrap()
}

fn hello() -> Email {
    Email {
        to: "ana@example.com".into(),
        subject: "Hello\r\nBcc: evil@example.com".into(),
        text: "Plain words: https://quill.test/x".into(),
        html: "<p>Rich <a href=\"https://quill.test/x\">words</a></p>".into(),
        unsubscribe: None,
    }
}

#[tokio::test]
async fn mail_goes_over_real_smtp_as_plain_text_and_html() {
    let sink = SmtpSink::start(0).await;
    let dir = tempfile::tempdir().unwrap();
    let mailer = Mailer::from_config(&config(Some(sink.url()), dir.path())).unwrap();
    mailer.send(&hello()).await.unwrap();
    let got = sink.wait_for(1).await;
    let (rcpt, data) = &got[0];
    assert_eq!(rcpt, &vec!["ana@example.com".to_string()]);
    assert!(
        data.contains("multipart/alternative")
            && data.contains("text/plain")
            && data.contains("text/html")
    );
    assert!(data.contains("From: Quill <no-reply@quill.test>"));
    assert!(
        !data.contains("\nBcc:"),
        "a CR/LF in the subject does not make a header"
    );
}

#[tokio::test]
async fn a_refusing_smtp_server_is_an_error_the_queue_can_retry() {
    let sink = SmtpSink::start(1).await;
    let dir = tempfile::tempdir().unwrap();
    let mailer = Mailer::from_config(&config(Some(sink.url()), dir.path())).unwrap();
    assert!(mailer.send(&hello()).await.is_err(), "451 is a failure");
    mailer.send(&hello()).await.unwrap();
    assert_eq!(sink.wait_for(1).await.len(), 1);
}

#[tokio::test]
async fn without_smtp_mail_lands_in_the_dev_mailbox() {
    let dir = tempfile::tempdir().unwrap();
    let mailer = Mailer::from_config(&config(None, dir.path())).unwrap();
    assert_eq!(mailer.describe(), "dev mailbox");
    mailer.send(&hello()).await.unwrap();
    let files: Vec<_> = std::fs::read_dir(dir.path().join("mailbox"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("To: ana@example.com") && text.contains("https://quill.test/x"));
}

async fn job_state(app: &TestApp) -> Option<(String, i64, i64)> {
    sqlx::query_as("SELECT state, attempts, run_at FROM job")
        .fetch_optional(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_verification_mail_refused_twice_arrives_on_the_third_attempt_after_growing_backoffs() {
    let sink = SmtpSink::start(2).await;
    let url = sink.url();
    on_each_backend_configured(
        |s| s.smtp_url = Some(url.clone()),
        |app| {
            let sink = sink.clone();
            async move {
                let already = sink.messages.lock().unwrap().len();
                *sink.refuse.lock().unwrap() = 2;
                app.browser()
                    .signup("ana", "ana@example.com", "correct horse battery")
                    .await;
                let mut last_wait = 0;
                for attempt in 1..=2 {
                    assert_eq!(app.run_pending_jobs().await, 1, "[{}]", app.backend);
                    let (state, attempts, run_at) = job_state(&app).await.expect("the job is kept");
                    assert_eq!(
                        (state.as_str(), attempts),
                        ("pending", attempt),
                        "[{}]",
                        app.backend
                    );
                    let wait = run_at - quill::db::now_ms();
                    assert!(
                        wait > last_wait / 3 && wait > 0,
                        "[{}] a backoff of {wait} ms",
                        app.backend
                    );
                    last_wait = wait;
                    assert_eq!(
                        app.run_pending_jobs().await,
                        0,
                        "[{}] not before its time",
                        app.backend
                    );
                    // Time passes: the retry comes due.
                    sqlx::query("UPDATE job SET run_at = 0")
                        .execute(&app.db)
                        .await
                        .unwrap();
                }
                assert_eq!(app.run_pending_jobs().await, 1);
                assert!(
                    job_state(&app).await.is_none(),
                    "[{}] delivered jobs are gone",
                    app.backend
                );
                let got = sink.wait_for(already + 1).await;
                let (rcpt, data) = &got[already];
                assert_eq!(rcpt, &vec!["ana@example.com".to_string()]);
                assert!(data.contains("Subject: Verify your email address"));
            }
        },
    )
    .await;
}

#[tokio::test]
async fn the_dev_mailbox_does_not_exist_when_smtp_is_configured() {
    let sink = SmtpSink::start(0).await;
    let app = TestApp::spawn_configured(None, |s| s.smtp_url = Some(sink.url())).await;
    let r = app.browser().get("/dev/mailbox").await;
    assert_eq!(r.status, reqwest::StatusCode::NOT_FOUND);
    let app =
        TestApp::spawn_configured(None, |s| s.base_url = Some("http://localhost".into())).await;
    let r = app.browser().get("/dev/mailbox").await;
    assert_eq!(r.status, reqwest::StatusCode::OK);
}
