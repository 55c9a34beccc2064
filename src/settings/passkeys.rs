//! Passkeys on `/settings/security`: add (named), rename, remove.
//!
//! Adding one is a new way into the account that outlives a password
//! change, so it asks for more than the session cookie: a sign-in in the
//! last `ADD_WITHOUT_PASSWORD_MS` (the sign-in just proved the password,
//! as GitHub's "sudo mode" counts it), or else the current password. The
//! authenticator's own check (PIN, fingerprint) happens in the browser.
//! Every addition and removal mails the owner, and a removal ends the
//! account's other sessions (some may have been made with that passkey,
//! on a device that is now lost).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::Deserialize;

use super::password::owner_confirmed;
use super::security::PATH;
use crate::accounts::passkeys::{self, NotAdded};
use crate::accounts::{Ctx, signed_in_lately};
use crate::error::AppResult;
use crate::web::form::Form;
use crate::web::{AppState, PathId, flash};

/// After signing in, adding a passkey needs no password for this long.
pub const ADD_WITHOUT_PASSWORD_MS: i64 = 10 * 60 * 1000;

/// Whether adding a passkey here needs the current password first.
pub async fn needs_password(ctx: &Ctx) -> AppResult<bool> {
    Ok(!signed_in_lately(&ctx.session, ADD_WITHOUT_PASSWORD_MS).await?)
}

#[derive(Debug, Default, Deserialize)]
pub struct OptionsForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    current_password: String,
}

/// The options for the browser's `navigator.credentials.create` (JSON), or
/// a 422 with `{"error": …}` saying why not.
pub async fn options(
    ctx: Ctx,
    State(state): State<AppState>,
    Form(form): Form<OptionsForm>,
) -> AppResult {
    let user = ctx.require_user()?.clone();
    if needs_password(&ctx).await?
        && !owner_confirmed(&ctx, &state, user.id, &form.current_password).await?
    {
        let error = ctx.t("settings-wrong-current-password");
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(serde_json::json!({ "error": error })),
        )
            .into_response());
    }
    let options = passkeys::start_registration(
        &state,
        &form.csrf_token,
        user.id,
        &user.username,
        user.name(),
    )
    .await?;
    Ok(passkeys::ceremony_options(options))
}

#[derive(Debug, Default, Deserialize)]
pub struct AddForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    credential: String,
}

/// Stores the passkey the browser just made (its answer in `credential`),
/// under the name given or a numbered default.
pub async fn add(ctx: Ctx, State(state): State<AppState>, Form(form): Form<AddForm>) -> AppResult {
    let id = ctx.require_user()?.id;
    if form.credential.trim().is_empty() {
        return super::security::passkey_refused(ctx, &state, "passkeys-needs-browser").await;
    }
    let name = match passkeys::clean_name(&form.name) {
        name if name.is_empty() => {
            let n = passkeys::list(&state.db, id).await?.len() + 1;
            ctx.t1("passkeys-default-name", "number", n as i64)
        }
        name => name,
    };
    let added =
        passkeys::finish_registration(&state, &form.csrf_token, id, &name, &form.credential)
            .await?;
    let message = match added {
        Ok(passkey) => {
            tracing::info!(user_id = id, passkey, "passkey added");
            return Ok(flash::redirect(
                &format!("{PATH}#passkeys"),
                &ctx.t1("passkeys-added", "name", name.as_str()),
            ));
        }
        Err(NotAdded::NoChallenge) => "passkeys-start-again",
        Err(NotAdded::Refused) => "passkeys-refused",
        Err(NotAdded::Duplicate) => "passkeys-duplicate",
    };
    super::security::passkey_refused(ctx, &state, message).await
}

#[derive(Debug, Default, Deserialize)]
pub struct RenameForm {
    #[serde(default)]
    name: String,
}

pub async fn rename(
    ctx: Ctx,
    State(state): State<AppState>,
    PathId(passkey): PathId,
    Form(form): Form<RenameForm>,
) -> AppResult {
    let id = ctx.require_user()?.id;
    let name = passkeys::clean_name(&form.name);
    if name.is_empty() {
        return super::security::passkey_refused(ctx, &state, "passkeys-name-empty").await;
    }
    if !passkeys::rename(&state.db, id, passkey, &name).await? {
        return Err(crate::error::AppError::NotFound);
    }
    Ok(flash::redirect(
        &format!("{PATH}#passkeys"),
        &ctx.t1("passkeys-renamed", "name", name.as_str()),
    ))
}

/// Removes a passkey, and ends every other session of the account. No
/// password: taking a way in away lets no one in, and the owner is mailed.
pub async fn remove(ctx: Ctx, State(state): State<AppState>, PathId(passkey): PathId) -> AppResult {
    let id = ctx.require_user()?.id;
    let Some(name) = passkeys::remove(&state, id, passkey).await? else {
        return Err(crate::error::AppError::NotFound);
    };
    super::security::end_other_sessions(&ctx, &state, id).await?;
    tracing::info!(user_id = id, passkey, "passkey removed");
    Ok(flash::redirect(
        &format!("{PATH}#passkeys"),
        &ctx.t1("passkeys-removed", "name", name.as_str()),
    ))
}
