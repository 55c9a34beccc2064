//! One error type for every handler; it turns into a proper page with the
//! right status. Internal errors are logged with their cause and shown to the
//! visitor only as a plain "something went wrong".

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::web::render;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("login required")]
    LoginRequired { next: String },
    #[error("unprocessable: {0}")]
    Unprocessable(String),
    #[error("too many requests")]
    TooManyRequests { retry_after: std::time::Duration },
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("request timeout")]
    Timeout,
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
pub struct ErrorPage {
    pub status: u16,
    pub title: &'static str,
    pub message: String,
}

impl ErrorPage {
    pub fn response(
        status: StatusCode,
        title: &'static str,
        message: impl Into<String>,
    ) -> Response {
        let page = ErrorPage {
            status: status.as_u16(),
            title,
            message: message.into(),
        };
        render(status, &page)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::NotFound => ErrorPage::response(
                StatusCode::NOT_FOUND,
                "Not found",
                "There is nothing at this address. It may have been deleted, or the link may be mistyped.",
            ),
            AppError::Forbidden(why) => {
                ErrorPage::response(StatusCode::FORBIDDEN, "Not allowed", why)
            }
            AppError::LoginRequired { next } => {
                let to = format!(
                    "/login?next={}",
                    url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                Redirect::to(&to).into_response()
            }
            AppError::Unprocessable(msg) => {
                ErrorPage::response(StatusCode::UNPROCESSABLE_ENTITY, "That did not work", msg)
            }
            AppError::TooManyRequests { retry_after } => {
                let minutes = retry_after.as_secs().div_ceil(60);
                let mut resp = ErrorPage::response(
                    StatusCode::TOO_MANY_REQUESTS,
                    "Too many attempts",
                    format!(
                        "There have been too many attempts from here in a short time. Please wait {} and try again.",
                        if minutes <= 1 {
                            "a minute".to_string()
                        } else {
                            format!("{minutes} minutes")
                        }
                    ),
                );
                resp.headers_mut().insert(
                    axum::http::header::RETRY_AFTER,
                    axum::http::HeaderValue::from(retry_after.as_secs().max(1)),
                );
                resp
            }
            AppError::PayloadTooLarge => ErrorPage::response(
                StatusCode::PAYLOAD_TOO_LARGE,
                "Too large",
                "What you sent is larger than this site accepts. Try something smaller.",
            ),
            AppError::Timeout => ErrorPage::response(
                StatusCode::REQUEST_TIMEOUT,
                "Too slow",
                "The request took too long to arrive, so the server stopped waiting for it. Please send it again.",
            ),
            AppError::Internal(err) => {
                tracing::error!(error = %format!("{err:#}"), "internal error");
                ErrorPage::response(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "The server could not finish this request. Nothing you sent was lost; please try again in a moment.",
                )
            }
        }
    }
}
