//! Choosing the interface language: anyone from the footer (remembered in
//! a cookie), and a signed-in person in their settings (stored with the
//! account, so mail is written in it too).

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::accounts::Ctx;
use crate::error::AppResult;
use crate::i18n::pick;
use crate::web::form::Form;
use crate::web::headers::Https;
use crate::web::{AppState, flash, language, safe_next};

#[derive(Debug, Default, Deserialize)]
pub struct Choice {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: Option<String>,
}

/// `GET /language?lang=de&next=/posts/1`: a display preference, harmless
/// to set from a link, so no form token; an unknown code changes nothing.
pub async fn choose(
    State(state): State<AppState>,
    axum::Extension(https): axum::Extension<Https>,
    Query(choice): Query<Choice>,
) -> Response {
    let mut resp = Redirect::to(&safe_next(choice.next.as_deref())).into_response();
    if let Some(code) = pick(&choice.lang) {
        resp.headers_mut().append(
            header::SET_COOKIE,
            language::remember(&state.i18n.lang(code), https.0),
        );
    }
    resp
}

#[derive(Debug, Default, Deserialize)]
pub struct LanguageForm {
    /// A shipped language's code, or "" to follow the browser.
    #[serde(default)]
    lang: String,
}

/// `POST /settings/language`: stored with the account.
pub async fn save(
    ctx: Ctx,
    State(state): State<AppState>,
    axum::Extension(https): axum::Extension<Https>,
    headers: axum::http::HeaderMap,
    Form(form): Form<LanguageForm>,
) -> AppResult {
    let user = ctx.require_user()?;
    let code = pick(&form.lang);
    sqlx::query("UPDATE account SET locale = $1 WHERE id = $2")
        .bind(code)
        .bind(user.id)
        .execute(&state.db)
        .await?;
    // The next page's language: the new choice, or the browser's.
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = state.i18n.negotiate(code, accept);
    let mut resp = flash::redirect("/settings#language", &lang.t("settings-language-saved"));
    let cookie = match code {
        Some(_) => language::remember(&lang, https.0),
        None => language::forget(),
    };
    resp.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(resp)
}
