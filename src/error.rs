//! One error type for every handler; it turns into a proper page with the
//! right status. Internal errors are logged with their cause and shown to the
//! visitor only as a plain "something went wrong".

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::i18n::{Lang, Msg, Unwritten};

/// Renders a template with a status; a template error is logged and becomes
/// a plain 500 rather than a panic.
pub fn render(status: StatusCode, page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => (status, axum::response::Html(html)).into_response(),
        Err(err) => {
            tracing::error!(%err, "template failed to render");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                axum::response::Html("<h1>Something went wrong</h1>".to_string()),
            )
                .into_response()
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden: {0:?}")]
    Forbidden(Msg),
    #[error("login required")]
    LoginRequired { next: String },
    /// Somewhere else first (a staff member without the second factor the
    /// site requires of staff: to its setup).
    #[error("see {0}")]
    SeeOther(String),
    #[error("unprocessable: {0:?}")]
    Unprocessable(Msg),
    #[error("too many requests")]
    TooManyRequests { retry_after: std::time::Duration },
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("request timeout")]
    Timeout,
    /// A picture that would take its owner past the upload quota; both in
    /// bytes, `used` being what the owner's pictures take now.
    #[error("upload quota exceeded: {used} of {quota} bytes used")]
    QuotaExceeded { used: u64, quota: u64 },
    #[error("internal: {0:#}")]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            // What the request pointed at was deleted meanwhile (a comment on
            // a post deleted a moment ago): that is a 404, not a failure.
            sqlx::Error::Database(d) if d.is_foreign_key_violation() => AppError::NotFound,
            sqlx::Error::RowNotFound => AppError::NotFound,
            _ => AppError::Internal(e.into()),
        }
    }
}

impl From<tower_sessions::session::Error> for AppError {
    fn from(e: tower_sessions::session::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("session: {e}"))
    }
}

pub type AppResult<T = Response> = Result<T, AppError>;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    lang: &'a Lang,
    status: u16,
    title: String,
    message: String,
}

/// An error page: what it says, as messages; `web::language`, which knows
/// the reader's language, writes it (every response passes through it).
pub struct ErrorPage;

impl ErrorPage {
    pub fn response(status: StatusCode, title: Msg, message: Msg) -> Response {
        Unwritten::attach(status.into_response(), move |lang, resp| {
            let page = ErrorTemplate {
                lang,
                status: resp.status().as_u16(),
                title: lang.msg(&title),
                message: lang.msg(&message),
            };
            let written = render(resp.status(), &page);
            Unwritten::fill(resp, written)
        })
    }
}

/// What a person over the upload quota is told, on the page and in the API.
pub fn quota_message(used: u64, quota: u64) -> Msg {
    Msg::new("error-quota")
        .with("used", format_bytes(used))
        .with("quota", format_bytes(quota))
}

/// A size as people read it: `512 bytes`, `340 KB`, `1.5 MB`, `2 GB`
/// (powers of 1024, as `QUILL_MAX_UPLOAD_MB` and `QUILL_UPLOAD_QUOTA_MB` count).
pub fn format_bytes(bytes: u64) -> String {
    const KB: u64 = 1 << 10;
    const MB: u64 = 1 << 20;
    const GB: u64 = 1 << 30;
    let tenths = |unit: u64| {
        let t = (bytes * 10 + unit / 2) / unit;
        if t.is_multiple_of(10) {
            format!("{}", t / 10)
        } else {
            format!("{}.{}", t / 10, t % 10)
        }
    };
    match bytes {
        0..KB => format!("{bytes} bytes"),
        KB..MB => format!("{} KB", (bytes + KB / 2) / KB),
        MB..GB => format!("{} MB", tenths(MB)),
        _ => format!("{} GB", tenths(GB)),
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let page = |status, title, message| ErrorPage::response(status, Msg::new(title), message);
        match self {
            AppError::NotFound => page(
                StatusCode::NOT_FOUND,
                "error-not-found-title",
                Msg::new("error-not-found"),
            ),
            AppError::Forbidden(why) => page(StatusCode::FORBIDDEN, "error-forbidden-title", why),
            AppError::LoginRequired { next } => {
                let to = format!(
                    "/login?next={}",
                    url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                Redirect::to(&to).into_response()
            }
            AppError::SeeOther(to) => Redirect::to(&to).into_response(),
            AppError::Unprocessable(msg) => page(
                StatusCode::UNPROCESSABLE_ENTITY,
                "error-unprocessable-title",
                msg,
            ),
            AppError::TooManyRequests { retry_after } => {
                let minutes = retry_after.as_secs().div_ceil(60).max(1);
                let mut resp = page(
                    StatusCode::TOO_MANY_REQUESTS,
                    "error-too-many-title",
                    Msg::new("error-too-many").with("minutes", minutes),
                );
                resp.headers_mut().insert(
                    axum::http::header::RETRY_AFTER,
                    axum::http::HeaderValue::from(retry_after.as_secs().max(1)),
                );
                resp
            }
            AppError::PayloadTooLarge => page(
                StatusCode::PAYLOAD_TOO_LARGE,
                "error-too-large-title",
                Msg::new("error-too-large"),
            ),
            AppError::Timeout => page(
                StatusCode::REQUEST_TIMEOUT,
                "error-timeout-title",
                Msg::new("error-timeout"),
            ),
            AppError::QuotaExceeded { used, quota } => page(
                StatusCode::PAYLOAD_TOO_LARGE,
                "error-quota-title",
                quota_message(used, quota),
            ),
            AppError::Internal(err) => {
                tracing::error!(error = %format!("{err:#}"), "internal error");
                page(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "error-internal-title",
                    Msg::new("error-internal"),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(format_bytes(0), "0 bytes");
        assert_eq!(format_bytes(1023), "1023 bytes");
        assert_eq!(format_bytes(340 * 1024 + 100), "340 KB");
        assert_eq!(format_bytes(1 << 20), "1 MB");
        assert_eq!(format_bytes(3 << 19), "1.5 MB");
        assert_eq!(format_bytes(500 << 20), "500 MB");
        assert_eq!(format_bytes(5 << 29), "2.5 GB");
    }

    #[test]
    fn the_quota_page_is_a_readable_413() {
        let resp = AppError::QuotaExceeded {
            used: 900 << 10,
            quota: 1 << 20,
        }
        .into_response();
        assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let i18n = crate::i18n::I18n::new().unwrap();
        let msg = i18n.english().msg(&quota_message(900 << 10, 1 << 20));
        assert!(
            msg.contains("you have used 900 KB of your 1 MB for pictures"),
            "{msg}"
        );
    }
}
