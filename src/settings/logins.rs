//! Where you are logged in: the browser sessions and API tokens of the
//! account, each with a button that ends it at once.

use axum::extract::State;
use serde::Deserialize;

use crate::accounts::Ctx;
use crate::accounts::api_tokens::{self, TokenInfo};
use crate::accounts::session_store;
use crate::db::{Db, now_ms};
use crate::error::AppResult;
use crate::web::AppState;
use crate::web::flash;
use crate::web::form::Form;

/// A browser session as listed: `handle` is the stored SHA-256 of its id
/// (never the id itself, which is the cookie's secret).
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub handle: String,
    pub agent: String,
    pub created_at: i64,
    pub active_at: i64,
    pub current: bool,
}

impl SessionInfo {
    /// "Firefox on Linux"-style words are guesswork; the raw agent, cut
    /// short, is honest and tells two devices apart. Empty when the browser
    /// sent none (the page says "Unknown browser").
    pub fn device(&self) -> String {
        self.agent.chars().take(80).collect()
    }
}

pub async fn sessions(
    db: &Db,
    account_id: i64,
    current: Option<&str>,
) -> Result<Vec<SessionInfo>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        handle: String,
        data: String,
        created_at: i64,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id AS handle, data, created_at FROM session \
         WHERE account_id = $1 AND expires_at > $2 AND created_at > $3 \
         ORDER BY created_at DESC LIMIT 100",
    )
    .bind(account_id)
    .bind(now_ms())
    .bind(now_ms() - session_store::ABSOLUTE_LIFETIME_MS)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let Row {
                handle,
                data,
                created_at,
            } = row;
            let data: serde_json::Value = serde_json::from_str(&data).unwrap_or_default();
            SessionInfo {
                current: current == Some(handle.as_str()),
                agent: data[crate::accounts::SESSION_AGENT]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                active_at: data["renewed_at"].as_i64().unwrap_or(created_at),
                handle,
                created_at,
            }
        })
        .collect())
}

/// The sessions and tokens of the logged-in account, for the settings page.
pub async fn load(ctx: &Ctx, db: &Db, id: i64) -> AppResult<(Vec<SessionInfo>, Vec<TokenInfo>)> {
    let current = ctx.session.id().map(|i| session_store::key(&i));
    Ok((
        sessions(db, id, current.as_deref()).await?,
        api_tokens::list(db, id).await?,
    ))
}

#[derive(Debug, Deserialize)]
pub struct SessionForm {
    #[serde(default)]
    session: String,
}

pub async fn end_session(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<SessionForm>,
) -> AppResult {
    let id = ctx.require_user()?.id;
    let gone = sqlx::query("DELETE FROM session WHERE id = $1 AND account_id = $2")
        .bind(&form.session)
        .bind(id)
        .execute(&state.db)
        .await?
        .rows_affected();
    // Its open pages' streams end on their recheck.
    state.sessions_ended(id).await;
    Ok(flash::redirect(
        "/settings#logins",
        &ctx.t(if gone > 0 {
            "settings-session-ended"
        } else {
            "settings-session-already-ended"
        }),
    ))
}

#[derive(Debug, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    token: String,
}

pub async fn revoke_token(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<TokenForm>,
) -> AppResult {
    let id = ctx.require_user()?.id;
    let gone = match form.token.parse::<i64>() {
        Ok(token) => api_tokens::revoke(&state.db, id, token).await?,
        Err(_) => false,
    };
    Ok(flash::redirect(
        "/settings#logins",
        &ctx.t(if gone {
            "settings-token-revoked"
        } else {
            "settings-token-already-revoked"
        }),
    ))
}
