//! `Form<T>` whose rejection is Quill's error page (422 "could not be read")
//! instead of axum's plain-text answer, so no form input ever shows a bare
//! error or a 500.

use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::error::AppError;

pub struct Form<T>(pub T);

impl<T, S> FromRequest<S> for Form<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Form::<T>::from_request(req, state).await {
            Ok(axum::Form(value)) => Ok(Form(value)),
            Err(axum::extract::rejection::FormRejection::BytesRejection(_)) => {
                Err(AppError::PayloadTooLarge)
            }
            Err(e) => {
                tracing::debug!(error = %e, "unreadable form");
                Err(AppError::Unprocessable(crate::i18n::Msg::new(
                    "error-form-unreadable",
                )))
            }
        }
    }
}
