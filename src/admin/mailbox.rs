//! `/dev/mailbox`: the messages Quill "sent" while no `SMTP_URL` is set, so a
//! person running it locally can click their verification link. It shows
//! reset links, so it is a takeover for whoever can read it: it does not
//! exist when SMTP is configured, and unless only this machine can reach
//! the site (`Config::serves_only_this_machine`, and no forwarding headers
//! on the request) it is shown only to a logged-in admin; everyone else
//! gets the 404 of a missing page.

use askama::Template;
use axum::extract::State;

use crate::accounts::Ctx;
use crate::error::{AppError, AppResult};
use crate::mail::Transport;
use crate::web::AppState;
use crate::web::page;

pub struct StoredMail {
    pub to: String,
    pub subject: String,
    pub date: String,
    /// Plain text, HTML-escaped, with its links made clickable.
    pub body_html: String,
}

#[derive(Template)]
#[template(path = "mail/mailbox.html")]
pub struct MailboxPage {
    ctx: Ctx,
    mails: Vec<StoredMail>,
}

pub async fn show_mailbox(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> AppResult {
    let Transport::DevMailbox(dir) = &state.mailer.transport else {
        return Err(AppError::NotFound);
    };
    let forwarded = ["forwarded", "x-forwarded-for", "x-real-ip"]
        .iter()
        .any(|h| headers.contains_key(*h));
    let local = state.config.serves_only_this_machine() && !forwarded;
    let admin = ctx.user.as_ref().is_some_and(|u| u.is_admin());
    if !(local || admin) {
        return Err(AppError::NotFound);
    }
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(d) => d
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files.reverse();
    let mails = files
        .iter()
        .take(50)
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .map(|raw| parse(&raw))
        .collect();
    page(&MailboxPage { ctx, mails })
}

fn header(raw: &str, name: &str) -> String {
    raw.lines()
        .take_while(|l| !l.is_empty())
        .find_map(|l| l.strip_prefix(name).and_then(|v| v.strip_prefix(':')))
        .unwrap_or("")
        .trim()
        .to_string()
}

/// Reads the text/plain part of a message written by lettre (quoted-printable).
fn parse(raw: &str) -> StoredMail {
    let raw = raw.replace("\r\n", "\n");
    let text = raw
        .split("Content-Type: text/plain")
        .nth(1)
        .and_then(|part| part.split_once("\n\n"))
        .map(|(_, body)| body.split("\n--").next().unwrap_or(body))
        .unwrap_or("");
    StoredMail {
        to: header(&raw, "To"),
        subject: header(&raw, "Subject"),
        date: header(&raw, "Date"),
        body_html: linkify(&decode_quoted_printable(text)),
    }
}

/// Undoes quoted-printable (`=\n` soft breaks, `=XX` bytes).
pub fn decode_quoted_printable(text: &str) -> String {
    let joined = text.replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(high), Some(low)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((high * 16 + low) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Escapes the text and turns each http(s) URL into a link.
fn linkify(text: &str) -> String {
    text.split_inclusive(char::is_whitespace)
        .map(|word| {
            let trimmed = word.trim_end();
            if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
                let url = escape(trimmed);
                format!("<a href=\"{url}\">{url}</a>{}", &word[trimmed.len()..])
            } else {
                escape(word)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_links_come_out_whole_and_clickable() {
        let body = decode_quoted_printable("Open http://q.test/verify-email?token=3Dab=\ncd now\n");
        assert_eq!(body, "Open http://q.test/verify-email?token=abcd now\n");
        let html = linkify(&body);
        assert!(html.contains("<a href=\"http://q.test/verify-email?token=abcd\">"));
        assert_eq!(linkify("<b>"), "&lt;b&gt;");
        assert_eq!(decode_quoted_printable("café =C3=A9 =é"), "café é =é");
    }
}
