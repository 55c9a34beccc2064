//! Changing the password from settings: the current one is required, every
//! other session ends, and the owner is told by email.

use axum::extract::State;
use serde::Deserialize;

use super::SettingsPage;
use crate::accounts::Ctx;
use crate::accounts::FormErrors;
use crate::accounts::domain::check_new_password;
use crate::accounts::reset::SendPasswordChanged;
use crate::accounts::tokens::{self, Purpose};
use crate::crypto::password::Verdict;
use crate::db::now_ms;
use crate::error::AppResult;
use crate::web::AppState;
use crate::web::flash;
use crate::web::form::Form;

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// Checks the current password of the logged-in account. Wrong guesses
/// count against an allowance of their own (only a logged-in session can
/// use it up), so a borrowed session cannot be used to guess the password,
/// and strangers' failed logins never stop the owner here.
pub async fn current_password_matches(
    state: &AppState,
    account_id: i64,
    password: &str,
) -> AppResult<bool> {
    let key = account_id.to_string();
    // Counted first, given back when right (as logins are).
    state.limits.reauth_per_account.hit(&key).await?;
    let stored: String = sqlx::query_scalar("SELECT password_hash FROM account WHERE id = $1")
        .bind(account_id)
        .fetch_one(&state.db)
        .await?;
    let matches = !password.is_empty()
        && matches!(
            state.passwords.verify(password, Some(&stored)).await?,
            Verdict::Valid { .. }
        );
    if matches {
        state.limits.reauth_per_account.refund(&key).await;
    }
    Ok(matches)
}

/// Whether the person at `ctx` just proved they own account `id`: the
/// current password they typed, or a passkey sign-in within the last few
/// minutes (`passkeys::FRESH_MS`), which proves more than a password.
pub async fn owner_confirmed(
    ctx: &Ctx,
    state: &AppState,
    id: i64,
    password: &str,
) -> AppResult<bool> {
    if crate::accounts::passkeys::signed_in_with_passkey_lately(&ctx.session).await? {
        return Ok(true);
    }
    current_password_matches(state, id, password).await
}

pub async fn change_password(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Form(form): Form<PasswordForm>,
) -> AppResult {
    let user = ctx.require_user()?;
    let id = user.id;
    let vouched = crate::accounts::passkeys::signed_in_with_passkey_lately(&ctx.session).await?;
    let errors = check_change(
        &state,
        id,
        &user.username,
        &form.current_password,
        &form.new_password,
        vouched,
    )
    .await?;
    if !errors.is_empty() {
        let mut page = SettingsPage::load(ctx, &state.db).await?;
        page.errors = errors;
        return page.refused();
    }
    let hash = set_password(&state, id, &form.new_password).await?;
    // This browser stays logged in, under a new session id, and stays a
    // known device (the new password voided every device cookie).
    ctx.session.cycle_id().await?;
    let mut resp = flash::redirect("/settings", &ctx.t("settings-password-changed"));
    let https = state.config.is_https();
    crate::accounts::device::remember(&mut resp, &headers, &state.secret_key, https, id, &hash);
    Ok(resp)
}

/// What is wrong with a password change (nothing: empty errors): the
/// current password must match, the new one must differ and be acceptable.
/// Errors are on `password_current` and `new_password`. `vouched`: a fresh
/// passkey sign-in stands in for the current password.
pub async fn check_change(
    state: &AppState,
    id: i64,
    username: &str,
    current: &str,
    new: &str,
    vouched: bool,
) -> AppResult<FormErrors> {
    let mut errors = FormErrors::default();
    if !vouched && !current_password_matches(state, id, current).await? {
        errors.add("password_current", "settings-wrong-current-password");
    } else if new == current {
        errors.add("new_password", "settings-password-same");
    } else {
        let email: String = sqlx::query_scalar("SELECT email FROM account WHERE id = $1")
            .bind(id)
            .fetch_one(&state.db)
            .await?;
        errors.check("new_password", check_new_password(new, username, &email));
    }
    Ok(errors)
}

/// Stores a checked new password. Every session and API token of the
/// account ends (the caller may start a new one), open streams recheck,
/// reset links die, and the owner is told by email.
/// Sets the password, ends every login of the account, voids reset links
/// and mails the owner; returns the new hash.
pub async fn set_password(state: &AppState, id: i64, new: &str) -> AppResult<String> {
    let hash = state.passwords.hash(new).await?;
    let mut tx = state.db.begin().await?;
    sqlx::query("UPDATE account SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(&hash)
        .bind(now_ms())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    crate::accounts::end_all_logins(&mut tx, id).await?;
    crate::jobs::enqueue(&mut *tx, &SendPasswordChanged { account_id: id }, now_ms()).await?;
    tx.commit().await?;
    state.queue.wake();
    tokens::void_all(&mut *state.db.acquire().await?, id, Purpose::Reset).await?;
    state.sessions_ended(id).await;
    tracing::info!(user_id = id, "password changed");
    Ok(hash)
}
