//! Outgoing mail: SMTP through lettre when `SMTP_URL` is set, otherwise a dev
//! mailbox of files under the data dir, so someone running Quill locally can
//! still read what it sent. Mail is only ever sent from a job (see
//! `crate::jobs`), never inside a request.

use std::path::PathBuf;

use anyhow::Context;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::Config;
use crate::metrics::Metrics;

/// A message to one person, in plain text and HTML.
#[derive(Debug, Clone)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Notification mail only: the one-click unsubscribe URL, sent as
    /// `List-Unsubscribe` with `List-Unsubscribe-Post` (RFC 8058). Account
    /// and security mail never carries it.
    pub unsubscribe: Option<String>,
}

impl Email {
    /// A message whose plain-text and HTML bodies are two templates of the
    /// same data.
    pub fn from_templates(
        to: String,
        subject: &str,
        text: &impl askama::Template,
        html: &impl askama::Template,
    ) -> anyhow::Result<Email> {
        Ok(Email {
            to,
            subject: subject.to_string(),
            text: text.render()?,
            html: html.render()?,
            unsubscribe: None,
        })
    }
}

/// A short account notice: a greeting, a few paragraphs and one link, in
/// both plain text and HTML, in the recipient's language (`lang`; the
/// paragraphs and label come written in it). Most account emails are this
/// shape.
pub struct Notice<'a> {
    pub lang: &'a crate::i18n::Lang,
    pub username: &'a str,
    pub paragraphs: &'a [&'a str],
    pub link_label: &'a str,
    pub link: &'a str,
}

#[derive(askama::Template)]
#[template(path = "mail/notice.txt")]
struct NoticeText<'a> {
    notice: &'a Notice<'a>,
}

#[derive(askama::Template)]
#[template(path = "mail/notice.html")]
struct NoticeHtml<'a> {
    notice: &'a Notice<'a>,
}

impl Notice<'_> {
    pub fn email(&self, to: String, subject: &str) -> anyhow::Result<Email> {
        Email::from_templates(
            to,
            subject,
            &NoticeText { notice: self },
            &NoticeHtml { notice: self },
        )
    }
}

#[derive(Clone)]
pub struct Mailer {
    pub transport: Transport,
    from: Mailbox,
    metrics: Metrics,
}

#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Files in this folder, read at `/dev/mailbox`.
    DevMailbox(PathBuf),
}

impl Mailer {
    /// `smtps://user:pass@host` (TLS), `smtp://…?tls=required` (STARTTLS),
    /// plain `smtp://host:port` (unencrypted), as lettre reads them; no
    /// `SMTP_URL` means the dev mailbox.
    pub fn from_config(config: &Config) -> anyhow::Result<Mailer> {
        let from: Mailbox = config
            .mail_from
            .parse()
            .context("QUILL_MAIL_FROM: not an address like 'Quill <no-reply@example.com>'")?;
        let transport = match &config.smtp_url {
            Some(url) => {
                warn_if_unencrypted(&url.0);
                Transport::Smtp(
                    AsyncSmtpTransport::<Tokio1Executor>::from_url(&url.0)
                        .context("SMTP_URL: cannot be used")?
                        .build(),
                )
            }
            None => Transport::DevMailbox(config.data_dir.join("mailbox")),
        };
        Ok(Mailer {
            transport,
            from,
            metrics: Metrics::new(),
        })
    }

    /// Counts sent and failed mail in `metrics`.
    pub fn reporting_to(mut self, metrics: Metrics) -> Mailer {
        self.metrics = metrics;
        self
    }

    pub fn describe(&self) -> &'static str {
        match self.transport {
            Transport::Smtp(_) => "smtp",
            Transport::DevMailbox(_) => "dev mailbox",
        }
    }

    pub async fn send(&self, email: &Email) -> anyhow::Result<()> {
        let sent = self.deliver(email).await;
        match sent {
            Ok(()) => self.metrics.mail_sent.inc(),
            Err(_) => self.metrics.mail_failed.inc(),
        }
        sent
    }

    async fn deliver(&self, email: &Email) -> anyhow::Result<()> {
        let from = self.from.clone();
        let to: Mailbox = email
            .to
            .parse()
            .with_context(|| "recipient is not a valid address")?;
        // lettre encodes headers itself; a subject never carries CR/LF from users.
        let subject = email.subject.replace(['\r', '\n'], " ");
        let mut builder = Message::builder().from(from).to(to).subject(subject);
        if let Some(url) = &email.unsubscribe {
            use lettre::message::header::{HeaderName, HeaderValue};
            builder = builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{url}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".into(),
                ));
        }
        let message = builder
            .multipart(MultiPart::alternative_plain_html(
                email.text.clone(),
                email.html.clone(),
            ))
            .context("cannot build the message")?;
        match &self.transport {
            Transport::Smtp(transport) => {
                transport
                    .send(message)
                    .await
                    .context("the SMTP server did not take the message")?;
            }
            Transport::DevMailbox(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .context("cannot create the dev mailbox")?;
                let name = format!(
                    "{}-{}.eml",
                    crate::db::now_ms(),
                    &crate::crypto::random_token()[..8]
                );
                let tmp = dir.join(format!(".{name}.tmp"));
                tokio::fs::write(&tmp, message.formatted())
                    .await
                    .context("cannot write to the dev mailbox")?;
                tokio::fs::rename(&tmp, dir.join(&name))
                    .await
                    .context("cannot write to the dev mailbox")?;
                tracing::info!(to = %mask(&email.to), subject = %email.subject, file = %name, "mail kept in the dev mailbox");
            }
        }
        Ok(())
    }
}

/// `ana@example.com` → `a***@example.com`, for logs.
pub fn mask(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => format!("{}***@{domain}", local.chars().next().unwrap_or('*')),
        None => "***".into(),
    }
}

/// Plain `smtp://` to another machine sends passwords and links in clear.
fn warn_if_unencrypted(url: &str) {
    let Ok(u) = url::Url::parse(url) else { return };
    let local = matches!(
        u.host_str(),
        Some("localhost" | "127.0.0.1" | "::1" | "[::1]")
    );
    let tls = u.query_pairs().any(|(k, _)| k == "tls");
    if u.scheme() == "smtp" && !tls && !local {
        tracing::warn!(
            "SMTP_URL is unencrypted smtp:// to a remote host; use smtps:// or ?tls=required"
        );
    }
}
