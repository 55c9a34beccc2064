//! Reading request bodies: JSON only, bounded, and every problem (not JSON,
//! malformed, wrong type, missing field) answered in the spec's error shape
//! with the field it concerns, never with a bare 400.

use crate::i18n::Msg;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header;
use serde_json::{Map, Value};

use super::error::ApiError;

/// Largest API request body: a post's 100 KB of Markdown, JSON-escaped,
/// fits with room to spare.
pub const MAX_BODY: usize = 1024 * 1024;

/// A request's JSON document.
pub struct JsonBody(pub Value);

impl<S: Send + Sync> FromRequest<S> for JsonBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().to_ascii_lowercase())
            .is_some_and(|v| v == "application/json" || v.ends_with("+json"));
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::TooLarge
            } else {
                ApiError::invalid("body", "could not be read")
            }
        })?;
        let value: Value = serde_json::from_slice(&bytes).map_err(|e| {
            ApiError::invalid(
                "body",
                format!(
                    "is not valid JSON (line {}, column {})",
                    e.line(),
                    e.column()
                ),
            )
        })?;
        Ok(JsonBody(value))
    }
}

impl JsonBody {
    /// The object under `key` (`{"user": {…}}`), checked as a reader.
    pub fn object(&self, key: &'static str) -> Result<Fields<'_>, ApiError> {
        match self.0.get(key) {
            Some(Value::Object(map)) => Ok(Fields {
                map,
                problems: Vec::new(),
            }),
            Some(_) => Err(ApiError::invalid(key, "must be an object")),
            None => Err(ApiError::invalid(key, "is required")),
        }
    }
}

/// Reads an object's fields, collecting every problem so the answer lists
/// them all at once. `null` counts as absent.
pub struct Fields<'a> {
    map: &'a Map<String, Value>,
    problems: Vec<(String, Msg)>,
}

impl Fields<'_> {
    /// A string field that may be left out.
    pub fn optional(&mut self, key: &str) -> Option<String> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.problems
                    .push((key.to_string(), Msg::verbatim("must be a string")));
                None
            }
        }
    }

    /// A string field that must be there (it may be empty; the domain's
    /// own checks say whether that is allowed).
    pub fn required(&mut self, key: &str) -> String {
        if matches!(self.map.get(key), None | Some(Value::Null)) {
            self.problems
                .push((key.to_string(), Msg::verbatim("is required")));
            return String::new();
        }
        self.optional(key).unwrap_or_default()
    }

    /// A list of strings that may be left out.
    pub fn optional_list(&mut self, key: &str) -> Option<Vec<String>> {
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => Some(
                items
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            ),
            Some(_) => {
                self.problems
                    .push((key.to_string(), Msg::verbatim("must be a list of strings")));
                None
            }
        }
    }

    /// Every problem so far as a 422, or nothing.
    pub fn finish(self) -> Result<(), ApiError> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(ApiError::Invalid(self.problems))
        }
    }
}
