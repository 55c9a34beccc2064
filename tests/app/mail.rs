use clap::Parser;
use quill::config::{Cli, Config};
use quill::mail::{Email, Mailer};

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
