//! Passkeys: WebAuthn credentials kept by the person's device (or their
//! password manager) that sign in on their own. A passkey proves both
//! factors at once (something held, unlocked by a PIN or biometric), so a
//! passkey login skips the code step and satisfies the staff rule.
//!
//! Sign-in is usernameless (discoverable credentials): the browser offers
//! the passkeys it holds for this site, and the one chosen names the
//! account through the random user handle stored with it.
//!
//! Each ceremony's challenge is a row of `passkey_challenge`, bound to the
//! browser that asked for it by a digest of its CSRF token (the session's,
//! or the signed cookie's before login) and found again by the challenge
//! the browser signed. It is deleted as it is answered (`DELETE …
//! RETURNING`, so two answers racing cannot both use it) and ignored after
//! five minutes. Keeping it out of the session means looking at the login
//! form and asking for a challenge write no session row, and several tabs
//! can each have a ceremony under way.
//!
//! Settings (`settings::passkeys`) add, rename and remove them; this module
//! keeps them and runs the login ceremony.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tower_sessions::Session;
use webauthn_rs::prelude::{
    CreationChallengeResponse, DiscoverableAuthentication, Passkey, PasskeyRegistration,
    PublicKeyCredential, RegisterPublicKeyCredential, Uuid,
};

use super::security_notice::{self, Notice};
use super::{Ctx, LoginPage};
use crate::db::{Db, is_unique_violation, now_ms};
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::web::form::Form;
use crate::web::headers::Https;
use crate::web::limits::ClientIp;
use crate::web::{AppState, flash, render, safe_next};

pub const LOGIN_OPTIONS_PATH: &str = "/login/passkey/options";
pub const LOGIN_PATH: &str = "/login/passkey";
/// `passkey_challenge.account_id` of a login's challenge (a
/// registration's is the account adding the passkey).
const FOR_LOGIN: i64 = 0;
const CHALLENGE_LIFETIME_MS: i64 = 5 * 60 * 1000;
/// When this session signed in with a passkey (ms): for a while after, it
/// stands in for the current password (`signed_in_with_passkey_lately`).
const SESSION_PASSKEY_AT: &str = "passkey_at";
/// How long a passkey sign-in counts as having just typed the password.
pub const FRESH_MS: i64 = 10 * 60 * 1000;
/// The longest name a person can give a passkey.
pub const NAME_MAX: usize = 60;

// ---------------------------------------------------------------- storage

/// A passkey as its owner's settings list it.
#[derive(Debug, sqlx::FromRow)]
pub struct Listed {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

pub async fn list(db: &Db, account: i64) -> Result<Vec<Listed>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, created_at, last_used_at FROM passkey \
         WHERE account_id = $1 ORDER BY created_at, id",
    )
    .bind(account)
    .fetch_all(db)
    .await
}

/// A stored passkey, as a login needs it.
struct Stored {
    id: i64,
    account_id: i64,
    user_handle: String,
    passkey: Passkey,
}

async fn find_by_credential(db: &Db, credential_id: &[u8]) -> AppResult<Option<Stored>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        account_id: i64,
        user_handle: String,
        credential: String,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, account_id, user_handle, credential FROM passkey WHERE credential_id = $1",
    )
    .bind(hex::encode(credential_id))
    .fetch_optional(db)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let passkey = serde_json::from_str(&row.credential)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("passkey {}: {e}", row.id)))?;
    Ok(Some(Stored {
        id: row.id,
        account_id: row.account_id,
        user_handle: row.user_handle,
        passkey,
    }))
}

/// The account's passkeys as webauthn-rs keeps them (to exclude them from
/// a new registration, so one authenticator is not added twice).
async fn credentials_of(db: &Db, account: i64) -> AppResult<Vec<Passkey>> {
    let rows: Vec<String> =
        sqlx::query_scalar("SELECT credential FROM passkey WHERE account_id = $1")
            .bind(account)
            .fetch_all(db)
            .await?;
    Ok(rows
        .iter()
        .filter_map(|json| serde_json::from_str(json).ok())
        .collect())
}

/// The user handle the account's authenticators hold: the one its
/// passkeys already have, or a new random one.
async fn user_handle(db: &Db, account: i64) -> Result<Uuid, sqlx::Error> {
    let existing: Option<String> =
        sqlx::query_scalar("SELECT user_handle FROM passkey WHERE account_id = $1 LIMIT 1")
            .bind(account)
            .fetch_optional(db)
            .await?;
    Ok(existing
        .and_then(|h| Uuid::parse_str(&h).ok())
        .unwrap_or_else(Uuid::new_v4))
}

/// A name fit to list: trimmed, without control characters, at most
/// `NAME_MAX` characters. Empty when nothing is left.
pub fn clean_name(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .chars()
        .take(NAME_MAX)
        .collect::<String>()
        .trim_end()
        .to_string()
}

pub async fn rename(db: &Db, account: i64, id: i64, name: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE passkey SET name = $1 WHERE id = $2 AND account_id = $3")
        .bind(name)
        .bind(id)
        .bind(account)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes one of the account's passkeys and queues the mail telling the
/// owner, together; its name when there was one.
pub async fn remove(state: &AppState, account: i64, id: i64) -> AppResult<Option<String>> {
    let mut tx = state.db.begin().await?;
    let name: Option<String> =
        sqlx::query_scalar("DELETE FROM passkey WHERE id = $1 AND account_id = $2 RETURNING name")
            .bind(id)
            .bind(account)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some(name) = &name {
        let notice = Notice::PasskeyRemoved { name: name.clone() };
        security_notice::queue(&mut tx, account, notice).await?;
    }
    tx.commit().await?;
    state.queue.wake();
    Ok(name)
}

// ------------------------------------------------------- one-use challenges

/// The browser a challenge belongs to: a digest of the CSRF token its
/// forms carry (checked by the CSRF layer before any handler runs).
fn binder(csrf_token: &str) -> String {
    hex::encode(Sha256::digest(format!("quill:passkey:{csrf_token}")))
}

/// The challenge of a ceremony's options, as the browser will sign it.
fn challenge_in<T: Serialize>(options: &T) -> AppResult<String> {
    serde_json::to_value(options)
        .ok()
        .and_then(|v| v["publicKey"]["challenge"].as_str().map(str::to_string))
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("passkey options without a challenge")))
}

/// The challenge the browser signed, from its client data.
fn challenge_signed(client_data_json: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct ClientData {
        challenge: String,
    }
    serde_json::from_slice::<ClientData>(client_data_json)
        .ok()
        .map(|c| c.challenge)
}

/// Keeps a ceremony's `state` until the browser answers `challenge`.
async fn keep<T: Serialize>(
    db: &Db,
    csrf_token: &str,
    account: i64,
    challenge: &str,
    state: &T,
) -> AppResult<()> {
    let now = now_ms();
    let state = serde_json::to_string(state)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("passkey state: {e}")))?;
    // Old challenges go as new ones come (one commit for both): the table
    // holds five minutes' worth.
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM passkey_challenge WHERE created_at < $1")
        .bind(now - CHALLENGE_LIFETIME_MS)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO passkey_challenge (challenge, binder, account_id, state, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(challenge)
    .bind(binder(csrf_token))
    .bind(account)
    .bind(state)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The state kept for the challenge this browser signed, deleted as it is
/// read (so it is answered once); `None` when there is none for this
/// browser and `account`, or it is older than five minutes.
async fn take<T: DeserializeOwned>(
    db: &Db,
    csrf_token: &str,
    account: i64,
    client_data_json: &[u8],
) -> AppResult<Option<T>> {
    let Some(challenge) = challenge_signed(client_data_json) else {
        return Ok(None);
    };
    let state: Option<String> = sqlx::query_scalar(
        "DELETE FROM passkey_challenge \
         WHERE challenge = $1 AND binder = $2 AND account_id = $3 AND created_at >= $4 \
         RETURNING state",
    )
    .bind(challenge)
    .bind(binder(csrf_token))
    .bind(account)
    .bind(now_ms() - CHALLENGE_LIFETIME_MS)
    .fetch_optional(db)
    .await?;
    // Kept by an older version in another shape: as if there were none.
    Ok(state.and_then(|s| serde_json::from_str(&s).ok()))
}

// ---------------------------------------------------------------- adding

/// A registration under way: the user handle it gives the authenticator,
/// and the state webauthn-rs checks the answer against.
#[derive(Serialize, Deserialize)]
struct Registration {
    handle: Uuid,
    state: PasskeyRegistration,
}

/// Starts adding a passkey to `account`: the options for the browser's
/// `navigator.credentials.create`. The credential must be discoverable
/// (stored on the authenticator with the user handle), or it could not
/// sign in without a username.
pub async fn start_registration(
    state: &AppState,
    csrf_token: &str,
    account: i64,
    username: &str,
    display_name: &str,
) -> AppResult<CreationChallengeResponse> {
    let rp = relying_party(state)?;
    let handle = user_handle(&state.db, account).await?;
    let exclude = credentials_of(&state.db, account)
        .await?
        .iter()
        .map(|p| p.cred_id().clone())
        .collect::<Vec<_>>();
    let (mut options, reg) = rp
        .start_passkey_registration(handle, username, display_name, Some(exclude))
        .map_err(|e| AppError::Internal(anyhow::anyhow!("passkey registration: {e}")))?;
    if let Some(selection) = options.public_key.authenticator_selection.as_mut() {
        selection.resident_key = Some(webauthn_rs_proto::ResidentKeyRequirement::Required);
        selection.require_resident_key = true;
    }
    let challenge = challenge_in(&options)?;
    let kept = Registration { handle, state: reg };
    keep(&state.db, csrf_token, account, &challenge, &kept).await?;
    Ok(options)
}

/// Why a passkey was not added.
#[derive(Debug, PartialEq, Eq)]
pub enum NotAdded {
    /// No registration under way in this session (or it is too old).
    NoChallenge,
    /// The browser's answer is not one webauthn-rs accepts (wrong
    /// challenge, origin or relying party, or malformed).
    Refused,
    /// This authenticator's credential is already registered here.
    Duplicate,
}

/// Finishes adding a passkey named `name` from the browser's answer
/// (`credential`, the JSON of a `PublicKeyCredential`), and queues the
/// mail telling the owner in the same transaction. Its id.
pub async fn finish_registration(
    state: &AppState,
    csrf_token: &str,
    account: i64,
    name: &str,
    credential: &str,
) -> AppResult<Result<i64, NotAdded>> {
    let rp = relying_party(state)?;
    let Ok(answer) = serde_json::from_str::<RegisterPublicKeyCredential>(credential) else {
        return Ok(Err(NotAdded::Refused));
    };
    let kept = take::<Registration>(
        &state.db,
        csrf_token,
        account,
        &answer.response.client_data_json,
    )
    .await?;
    let Some(reg) = kept else {
        return Ok(Err(NotAdded::NoChallenge));
    };
    let passkey = match rp.finish_passkey_registration(&answer, &reg.state) {
        Ok(p) => p,
        Err(e) => {
            tracing::info!(user_id = account, error = %e, "passkey registration refused");
            return Ok(Err(NotAdded::Refused));
        }
    };
    let json = serde_json::to_string(&passkey)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("passkey: {e}")))?;
    let mut tx = state.db.begin().await?;
    let inserted = sqlx::query_scalar(
        "INSERT INTO passkey (account_id, credential_id, user_handle, name, credential, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(account)
    .bind(hex::encode(passkey.cred_id()))
    .bind(reg.handle.to_string())
    .bind(name)
    .bind(json)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await;
    let id = match inserted {
        Ok(id) => id,
        // Registered already, here or (never shared) to another account.
        Err(e) if is_unique_violation(&e) => return Ok(Err(NotAdded::Duplicate)),
        Err(e) => return Err(e.into()),
    };
    let notice = Notice::PasskeyAdded {
        name: name.to_string(),
    };
    security_notice::queue(&mut tx, account, notice).await?;
    tx.commit().await?;
    state.queue.wake();
    Ok(Ok(id))
}

fn relying_party(state: &AppState) -> AppResult<&webauthn_rs::Webauthn> {
    state
        .relying_party
        .as_deref()
        .ok_or_else(|| AppError::Unprocessable(Msg::new("passkeys-unavailable")))
}

// ---------------------------------------------------------------- login

/// When this session signed in with a passkey, if it did.
async fn passkey_sign_in(session: &Session) -> AppResult<Option<i64>> {
    Ok(session.get(SESSION_PASSKEY_AT).await?)
}

/// Whether this session signed in with a passkey within `FRESH_MS`: it
/// stands in for the current password that some settings ask for.
pub async fn signed_in_with_passkey_lately(session: &Session) -> AppResult<bool> {
    Ok(passkey_sign_in(session)
        .await?
        .is_some_and(|at| now_ms() - at < FRESH_MS))
}

/// Whether this session was made with a passkey (at any time).
pub async fn signed_in_with_passkey(session: &Session) -> AppResult<bool> {
    Ok(passkey_sign_in(session).await?.is_some())
}

#[derive(Debug, Default, Deserialize)]
pub struct OptionsForm {
    #[serde(default)]
    csrf_token: String,
}

/// Starts a passkey login: the options for `navigator.credentials.get`
/// with no allowed credentials listed (the browser offers whichever of
/// its passkeys are for this site). An address past its allowance of
/// failed logins gets none; challenges themselves have a generous
/// allowance of their own (each is a row for five minutes).
pub async fn login_options(
    State(state): State<AppState>,
    ip: ClientIp,
    Form(form): Form<OptionsForm>,
) -> AppResult {
    let rp = relying_party(&state)?;
    state.limits.login_per_ip.blocked(&ip.0).await?;
    state.limits.passkey_per_ip.hit(&ip.0).await?;
    let (options, auth) = rp
        .start_discoverable_authentication()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("passkey login: {e}")))?;
    let challenge = challenge_in(&options)?;
    keep(&state.db, &form.csrf_token, FOR_LOGIN, &challenge, &auth).await?;
    Ok(ceremony_options(options))
}

/// A ceremony's options for the browser: JSON, never stored by a cache
/// (each challenge is new and works once).
pub fn ceremony_options<T: Serialize>(options: T) -> axum::response::Response {
    (
        [(axum::http::header::CACHE_CONTROL, "no-store")],
        Json(options),
    )
        .into_response()
}

#[derive(Debug, Default, Deserialize)]
pub struct PasskeyLoginForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    credential: String,
    next: Option<String>,
}

pub async fn login(
    mut ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    agent: crate::web::UserAgent,
    headers: axum::http::HeaderMap,
    axum::Extension(Https(https)): axum::Extension<Https>,
    Form(form): Form<PasskeyLoginForm>,
) -> AppResult {
    let next = safe_next(form.next.as_deref());
    let rp = relying_party(&state)?;
    let Ok(answer) = serde_json::from_str::<PublicKeyCredential>(&form.credential) else {
        failed(&state, &ip).await?;
        return refusal(ctx, next, "passkeys-login-refused").await;
    };
    let kept = take::<DiscoverableAuthentication>(
        &state.db,
        &form.csrf_token,
        FOR_LOGIN,
        &answer.response.client_data_json,
    )
    .await?;
    let Some(challenge) = kept else {
        return Ok(flash::redirect(
            "/login",
            &ctx.t("passkeys-login-start-again"),
        ));
    };
    let Ok((handle, credential_id)) = rp.identify_discoverable_authentication(&answer) else {
        failed(&state, &ip).await?;
        return refusal(ctx, next, "passkeys-login-refused").await;
    };
    // Unknown, or removed since: the browser still offers it.
    let found = find_by_credential(&state.db, credential_id).await?;
    let Some(mut stored) = found.filter(|s| s.user_handle == handle.to_string()) else {
        failed(&state, &ip).await?;
        return refusal(ctx, next, "passkeys-login-unknown").await;
    };
    let result = match rp.finish_discoverable_authentication_v2(&answer, challenge, &stored.passkey)
    {
        Ok(result) => result,
        Err(e) => {
            tracing::info!(passkey = stored.id, error = %e, "passkey login refused");
            failed(&state, &ip).await?;
            return refusal(ctx, next, "passkeys-login-refused").await;
        }
    };
    let Some(account) = super::find_by_id_for_login(&state.db, stored.account_id).await? else {
        return refusal(ctx, next, "passkeys-login-unknown").await;
    };
    // The account's rules are a password login's.
    if account.erase_at.is_none() {
        if account.banned {
            return refusal(ctx, next, super::LoginRefusal::Suspended.message()).await;
        }
        if state.config.require_verified_email && !account.verified {
            return refusal(ctx, next, super::LoginRefusal::Unverified.message()).await;
        }
    }
    let changed = stored.passkey.update_credential(&result).unwrap_or(false);
    let json = if changed {
        serde_json::to_string(&stored.passkey).ok()
    } else {
        None
    };
    sqlx::query(
        "UPDATE passkey SET last_used_at = $1, credential = COALESCE($2, credential) WHERE id = $3",
    )
    .bind(now_ms())
    .bind(json)
    .bind(stored.id)
    .execute(&state.db)
    .await?;
    if let Some(erase_at) = account.erase_at {
        return super::leaving_page(ctx, &state, &account.username, &next, account.id, erase_at)
            .await;
    }
    let resp = super::welcome(&mut ctx, &state, &account, &next, &headers, https, &agent).await?;
    ctx.session.insert(SESSION_PASSKEY_AT, now_ms()).await?;
    tracing::info!(
        user_id = account.id,
        passkey = stored.id,
        "logged in with a passkey"
    );
    Ok(resp)
}

/// A passkey that did not sign in counts against the address's allowance,
/// as a wrong password does.
async fn failed(state: &AppState, ip: &ClientIp) -> AppResult<()> {
    state.limits.login_per_ip.hit(&ip.0).await
}

/// The login page again, saying why the passkey did not sign in.
async fn refusal(mut ctx: Ctx, next: String, key: &'static str) -> AppResult {
    ctx.ensure_csrf().await?;
    let error = Some(ctx.t(key));
    let page = LoginPage {
        ctx,
        login: String::new(),
        next,
        error,
        leaving: None,
        passkeys: true,
    };
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

#[cfg(test)]
mod tests {
    use super::clean_name;

    #[test]
    fn names_are_trimmed_cut_and_cleaned() {
        assert_eq!(clean_name("  Work laptop \n"), "Work laptop");
        assert_eq!(clean_name("a\u{0}b"), "ab");
        assert_eq!(
            clean_name(&"x".repeat(100)).chars().count(),
            super::NAME_MAX
        );
        assert_eq!(clean_name(" \t "), "");
    }
}
