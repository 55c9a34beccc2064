//! The API's errors, in the spec's shape: `{"errors": {"field": ["message"]}}`
//! with a 4xx status (422 for input that cannot be used). Domain errors
//! (`AppError`) convert into it, so the page and the API refuse alike.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use crate::accounts::FormErrors;
use crate::error::AppError;
use crate::i18n::{Msg, Unwritten};

#[derive(Debug)]
pub enum ApiError {
    /// 401: no token, or one that no longer works.
    Unauthorized,
    /// 403: known, but not allowed to do this.
    Forbidden(Msg),
    /// 404: the thing named (`article`, `profile`, `comment`…) is not there.
    NotFound(&'static str),
    /// 405 on a known path.
    MethodNotAllowed,
    /// 415: the body is not JSON.
    UnsupportedMediaType,
    /// 413.
    TooLarge,
    /// 413: the account's pictures would exceed the upload quota.
    QuotaExceeded(Msg),
    /// 422: field name and message, for each problem found.
    Invalid(Vec<(String, Msg)>),
    TooManyRequests(std::time::Duration),
    Internal(anyhow::Error),
}

pub type ApiResult<T = Response> = Result<T, ApiError>;

impl ApiError {
    /// One 422 problem, in the API's own words (English).
    pub fn invalid(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::refused(field, Msg::verbatim(message))
    }

    /// One 422 problem the page would refuse alike: a message of the
    /// catalogue (a key, or a `Msg` with its arguments).
    pub fn refused(field: &str, message: impl Into<Msg>) -> ApiError {
        ApiError::Invalid(vec![(field.to_string(), message.into())])
    }

    /// A form's field errors, with the page's field names mapped to the
    /// spec's (`tags` is `tagList`).
    pub fn from_form(errors: &FormErrors) -> ApiError {
        ApiError::Invalid(
            errors
                .iter()
                .map(|(field, message)| {
                    let field = match field {
                        "tags" => "tagList",
                        f => f,
                    };
                    (field.to_string(), message.clone())
                })
                .collect(),
        )
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        match e {
            AppError::NotFound => ApiError::NotFound("resource"),
            AppError::Forbidden(why) => ApiError::Forbidden(why),
            AppError::LoginRequired { .. } => ApiError::Unauthorized,
            AppError::SeeOther(_) => {
                ApiError::Forbidden(crate::i18n::Msg::new("security-staff-must"))
            }
            AppError::Unprocessable(why) => ApiError::refused("body", why),
            AppError::TooManyRequests { retry_after } => ApiError::TooManyRequests(retry_after),
            AppError::PayloadTooLarge => ApiError::TooLarge,
            AppError::Timeout => {
                ApiError::invalid("body", "took too long to arrive; send it again")
            }
            AppError::QuotaExceeded { used, quota } => {
                ApiError::QuotaExceeded(crate::error::quota_message(used, quota))
            }
            AppError::Internal(e) => ApiError::Internal(e),
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        AppError::from(e).into()
    }
}

/// `{"errors": {field: [messages…]}}`, messages grouped by field in order.
/// The spec's `GenericErrorModel` requires `errors.body`, so clients
/// generated from it can always show something: when no problem concerns a
/// field named `body`, that list carries every message, each after its field.
fn body(problems: &[(String, String)]) -> Value {
    let mut errors = Map::new();
    for (field, message) in problems {
        let list = errors
            .entry(field.clone())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = list {
            list.push(Value::String(message.clone()));
        }
    }
    if !errors.contains_key("body") {
        let all = problems
            .iter()
            .map(|(field, message)| Value::String(format!("{field}: {message}")))
            .collect();
        errors.insert("body".into(), Value::Array(all));
    }
    json!({ "errors": errors })
}

fn one(field: &str, message: impl Into<Msg>) -> Vec<(String, Msg)> {
    vec![(field.to_string(), message.into())]
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, problems) = match &self {
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                one(
                    "token",
                    "is missing or no longer valid: send `Authorization: Token <token>` from a login",
                ),
            ),
            ApiError::Forbidden(why) => (StatusCode::FORBIDDEN, one("permission", why.clone())),
            ApiError::NotFound(what) => (StatusCode::NOT_FOUND, one(what, "not found")),
            ApiError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                one("method", "is not allowed on this path"),
            ),
            ApiError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                one(
                    "body",
                    "must be JSON, sent as Content-Type: application/json",
                ),
            ),
            ApiError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                one("body", "is larger than this API accepts"),
            ),
            ApiError::QuotaExceeded(why) => {
                (StatusCode::PAYLOAD_TOO_LARGE, one("image", why.clone()))
            }
            ApiError::Invalid(problems) => (StatusCode::UNPROCESSABLE_ENTITY, problems.clone()),
            ApiError::TooManyRequests(_) => (
                StatusCode::TOO_MANY_REQUESTS,
                one(
                    "request",
                    "too many attempts in a short time; wait and try again",
                ),
            ),
            ApiError::Internal(err) => {
                tracing::error!(error = %format!("{err:#}"), "internal error in the API");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    one("server", "could not finish this request; please try again"),
                )
            }
        };
        // The API speaks English whatever the browser asks for: its
        // messages are for the developer of the client.
        let mut resp = Unwritten::attach(status.into_response(), move |lang, resp| {
            let english = lang.english();
            let problems: Vec<(String, String)> = problems
                .iter()
                .map(|(field, why)| (field.clone(), english.msg(why)))
                .collect();
            Unwritten::fill(resp, axum::Json(body(&problems)).into_response())
        });
        match self {
            ApiError::Unauthorized => {
                resp.headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Token"));
            }
            ApiError::TooManyRequests(retry_after) => {
                resp.headers_mut().insert(
                    header::RETRY_AFTER,
                    HeaderValue::from(retry_after.as_secs().max(1)),
                );
            }
            _ => {}
        }
        resp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quota_refusal_is_a_413_in_the_specs_shape() {
        let e = ApiError::from(AppError::QuotaExceeded {
            used: 1 << 20,
            quota: 1 << 20,
        });
        let resp = e.into_response();
        assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let ApiError::QuotaExceeded(why) = ApiError::from(AppError::QuotaExceeded {
            used: 1 << 20,
            quota: 1 << 20,
        }) else {
            panic!("a quota refusal stays one");
        };
        let english = crate::i18n::I18n::new().unwrap().english();
        let json = body(&[("image".to_string(), english.msg(&why))]);
        assert!(
            json["errors"]["image"][0]
                .as_str()
                .unwrap()
                .contains("1 MB")
        );
        assert!(
            json["errors"]["body"][0]
                .as_str()
                .unwrap()
                .starts_with("image: ")
        );
    }
}
