//! Accounts: sign-up, login, logout, and who is logged in.

pub mod api_tokens;
pub mod code_step;
mod context;
pub mod device;
pub mod domain;
pub mod leaving;
pub mod passkeys;
pub mod reset;
pub mod role;
pub mod second_factor;
pub mod security_notice;
pub mod session_store;
pub mod tokens;
pub mod verification;

pub use context::Ctx;

use crate::i18n::Msg;
use askama::Template;
use axum::Router;
use axum::extract::{FromRef, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use serde::Deserialize;

use crate::crypto::password::Verdict;
use crate::crypto::random_token;
use crate::db::{Db, is_unique_violation, now_ms};
use crate::error::AppResult;
use crate::web::AppState;
use crate::web::cache::additive;
use crate::web::form::Form;
use crate::web::headers::Https;
use crate::web::limits::ClientIp;
use crate::web::{SESSION_CSRF, SESSION_USER, flash, render, safe_next};
use domain::{EmailAddress, Username, check_new_password};
pub use role::Role;

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
{
    Router::new()
        // A new account or session removes nothing others see
        // (`web::cache::Additive`); a logout ends a session: a removal.
        .route("/signup", additive(get(signup_form).post(signup)))
        .route("/login", additive(get(login_form).post(login)))
        .route(
            code_step::PATH,
            additive(get(code_step::form).post(code_step::submit)),
        )
        .route(
            passkeys::LOGIN_OPTIONS_PATH,
            additive(post(passkeys::login_options)),
        )
        .route(passkeys::LOGIN_PATH, additive(post(passkeys::login)))
        .route("/logout", post(logout))
        .route("/check-email", get(verification::check_email))
        .route("/verify-email", get(verification::verify_email))
        .route(
            "/resend-verification",
            get(verification::resend_form).post(verification::resend),
        )
        .route(
            "/forgot-password",
            get(reset::forgot_form).post(reset::forgot),
        )
        .route("/reset-password", get(reset::reset_form).post(reset::reset))
}

/// The logged-in visitor, read at most a second before (`signed_in`): a
/// ban or a role change, like every removal, takes effect at once.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub avatar: crate::media::Avatar,
    /// Unread notifications, for the badge.
    pub unread: i64,
    /// The interface language they chose, if any (`i18n::LANGUAGES`).
    pub locale: Option<String>,
    /// Whether they blocked anyone or anyone blocked them: only then do
    /// feeds differ from what everyone else is shown.
    pub blocks: bool,
}

impl CurrentUser {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    pub fn role(&self) -> Role {
        self.role
    }

    pub fn name(&self) -> &str {
        if self.display_name.is_empty() {
            &self.username
        } else {
            &self.display_name
        }
    }
}

/// The interface language account `id` stored, if any.
pub async fn locale_of(db: &Db, id: i64) -> Result<Option<String>, sqlx::Error> {
    let locale: Option<Option<String>> =
        sqlx::query_scalar("SELECT locale FROM account WHERE id = $1")
            .bind(id)
            .fetch_optional(db)
            .await?;
    Ok(locale.flatten())
}

pub async fn current_user(db: &Db, id: i64) -> Result<Option<CurrentUser>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        username: String,
        display_name: String,
        role: String,
        avatar_small: Option<String>,
        avatar_large: Option<String>,
        unread: i64,
        locale: Option<String>,
        blocks: i64,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT a.id, a.username, a.display_name, a.role, a.locale, av.small AS avatar_small, av.large AS avatar_large, \
           (SELECT COUNT(*) FROM notification n JOIN account na ON na.id = n.actor_id \
            WHERE n.receiver_id = a.id AND n.read_at IS NULL AND n.retracted_at IS NULL AND na.banned_at IS NULL) AS unread, \
           CASE WHEN EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = a.id) \
             OR EXISTS (SELECT 1 FROM block b WHERE b.blocked_id = a.id) THEN 1 ELSE 0 END AS blocks \
         FROM account a LEFT JOIN image av ON av.id = a.avatar_id \
         WHERE a.id = $1 AND a.banned_at IS NULL",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|row| CurrentUser {
        unread: row.unread,
        locale: row.locale,
        blocks: row.blocks != 0,
        avatar: crate::media::Avatar::new(
            &row.username,
            &row.display_name,
            row.avatar_small,
            row.avatar_large,
        ),
        id: row.id,
        username: row.username,
        display_name: row.display_name,
        role: Role::parse(&row.role),
    }))
}

/// `current_user`, kept up to a second (`web::cache`): every page of a
/// logged-in person needs it, and their own writes and every removal renew
/// it at once.
pub async fn signed_in(state: &AppState, id: i64) -> Result<Option<CurrentUser>, sqlx::Error> {
    let kept = state
        .memo
        .get_or_load_owned(
            format!("user:{id}"),
            Some(id),
            |u: &CurrentUser| u.username.len() + u.display_name.len() + 256,
            || async {
                Ok::<_, sqlx::Error>(current_user(&state.db, id).await?.map(|u| (u, Some(id))))
            },
        )
        .await?;
    Ok(kept.map(|u| (*u).clone()))
}

/// Who mail about an account goes to, and in which language: write it in
/// `state.i18n.for_account(addressee.locale.as_deref())`.
#[derive(Debug, sqlx::FromRow)]
pub struct Addressee {
    pub username: String,
    pub email: String,
    /// The interface language they chose, if any.
    pub locale: Option<String>,
}

/// The addressee of account `id`: `None` when it is gone, or banned
/// unless `even_banned` (a banned person still hears why content went).
pub async fn addressee(
    db: &Db,
    id: i64,
    even_banned: bool,
) -> Result<Option<Addressee>, sqlx::Error> {
    sqlx::query_as(
        "SELECT username, email, locale FROM account WHERE id = $1 AND ($2 = 1 OR banned_at IS NULL)",
    )
    .bind(id)
    .bind(i64::from(even_banned))
    .fetch_optional(db)
    .await
}

/// Ends every login of an account, in the caller's transaction: all its
/// sessions and all its API tokens (a password change or reset, a ban).
pub async fn end_all_logins(
    conn: &mut sqlx::AnyConnection,
    account_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM session WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM api_token WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Field errors of a form, shown next to their fields.
#[derive(Debug, Default)]
pub struct FormErrors(Vec<(&'static str, Msg)>);

impl FormErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<Msg>) {
        self.0.push((field, message.into()));
    }

    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each field with its message, in the order they were found.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Msg)> {
        self.0.iter().map(|(f, m)| (*f, m))
    }

    /// Collects the error of a parse step (a message key), keeping the
    /// parsed value if any.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, &'static str>) -> Option<T> {
        parsed.map_err(|e| self.add(field, Msg::new(e))).ok()
    }
}

// ---------------------------------------------------------------- sign-up

#[derive(Debug, Default, Deserialize)]
pub struct SignupForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

#[derive(Template)]
#[template(path = "accounts/signup.html")]
pub struct SignupPage {
    ctx: Ctx,
    username: String,
    email: String,
    errors: FormErrors,
}

async fn signup_form(mut ctx: Ctx) -> AppResult {
    if ctx.user.is_some() {
        return Ok(flash::redirect("/", &ctx.t("accounts-already-logged-in")));
    }
    ctx.ensure_csrf().await?;
    let page = SignupPage {
        ctx,
        username: String::new(),
        email: String::new(),
        errors: FormErrors::default(),
    };
    Ok(render(StatusCode::OK, &page))
}

async fn signup(
    mut ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    Form(form): Form<SignupForm>,
) -> AppResult {
    let refuse = |ctx: Ctx, errors: FormErrors| {
        let page = SignupPage {
            ctx,
            username: form.username.trim().to_string(),
            email: form.email.trim().to_string(),
            errors,
        };
        Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
    };
    // The account keeps the language this page was shown in, so its mail
    // (starting with the verification link) is written in it.
    let registered = register(
        &state,
        &ip,
        &form.username,
        &form.email,
        &form.password,
        Some(ctx.lang.code()),
    )
    .await?;
    match registered {
        Registered::Refused(errors) => {
            ctx.ensure_csrf().await?;
            refuse(ctx, errors)
        }
        Registered::UsernameTaken => {
            ctx.ensure_csrf().await?;
            let mut errors = FormErrors::default();
            errors.add("username", USERNAME_TAKEN);
            refuse(ctx, errors)
        }
        Registered::Created(_) | Registered::EmailTaken => Ok(flash::redirect(
            "/check-email",
            &ctx.t("accounts-signup-welcome"),
        )),
    }
}

/// The message (a key) for a username someone else has.
pub const USERNAME_TAKEN: &str = "accounts-username-taken";

/// What became of a sign-up.
pub enum Registered {
    /// The account exists; its verification mail is queued.
    Created(i64),
    /// The input is wrong (the errors say where); nothing was stored.
    Refused(FormErrors),
    UsernameTaken,
    /// The address belongs to an account already; its owner is told by
    /// mail (at most a few times an hour). Pages answer as for `Created`,
    /// so sign-up does not reveal who has an account here.
    EmailTaken,
}

/// Signs someone up, for the page and the API alike: checks the input,
/// counts the attempt against the per-IP limit, hashes the password and
/// stores the account with its verification mail. `locale` (a code from
/// `i18n::LANGUAGES`) becomes the account's language: the language the
/// sign-up page was shown in, or the API request's `Accept-Language`, so
/// the verification mail is written in it.
pub async fn register(
    state: &AppState,
    ip: &ClientIp,
    username: &str,
    email: &str,
    password: &str,
    locale: Option<&str>,
) -> AppResult<Registered> {
    let mut errors = FormErrors::default();
    let username = errors.check("username", Username::parse(username));
    let parsed_email = errors.check("email", EmailAddress::parse(email));
    errors.check(
        "password",
        check_new_password(
            password,
            username.as_ref().map_or("", |u| u.as_str()),
            email.trim(),
        ),
    );
    let (Some(username), Some(email), true) = (username, parsed_email, errors.is_empty()) else {
        return Ok(Registered::Refused(errors));
    };
    // Only well-formed attempts count: a typo costs nothing.
    state.limits.signup_per_ip.hit(&ip.0).await?;
    if leaving::name_recently_erased(&state.db, username.as_str()).await? {
        return Ok(Registered::UsernameTaken);
    }
    let hash = state.passwords.hash(password).await?;
    let now = now_ms();
    match create_account(state, &username, &email, &hash, locale, now).await {
        Ok(id) => {
            state.queue.wake();
            tracing::info!(username = username.as_str(), "account created");
            Ok(Registered::Created(id))
        }
        Err(e) if is_unique_violation(&e) && e.to_string().contains("username") => {
            Ok(Registered::UsernameTaken)
        }
        Err(e) if is_unique_violation(&e) => {
            tracing::info!("sign-up with an email already registered");
            if state
                .limits
                .mail_per_address
                .hit(&format!("signup:{}", email.key()))
                .await
                .is_ok()
            {
                let job = verification::SendSignupAttempt {
                    email_key: email.key(),
                };
                crate::jobs::enqueue(&state.db, &job, now).await?;
                state.queue.wake();
            }
            Ok(Registered::EmailTaken)
        }
        Err(e) => Err(e.into()),
    }
}

/// The account and the job that mails its verification link, committed
/// together: a crash can lose neither one without the other.
async fn create_account(
    state: &AppState,
    username: &Username,
    email: &EmailAddress,
    hash: &str,
    locale: Option<&str>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let mut tx = state.db.begin().await?;
    let account = NewAccount {
        username,
        email,
        password_hash: hash,
        role: Role::User,
        verified_at: None,
    };
    let id = insert_account(&mut tx, &account, locale, now).await?;
    let job = verification::SendVerification { account_id: id };
    crate::jobs::enqueue(&mut *tx, &job, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// An account about to be stored: its checked name and address, its
/// password's hash, its role, and when its address was verified (if yet).
pub struct NewAccount<'a> {
    pub username: &'a Username,
    pub email: &'a EmailAddress,
    pub password_hash: &'a str,
    pub role: Role,
    pub verified_at: Option<i64>,
}

/// Inserts an account, with its interface language (`locale`, a
/// code from `i18n::LANGUAGES`), which its mail is written in.
pub async fn insert_account(
    conn: &mut sqlx::AnyConnection,
    account: &NewAccount<'_>,
    locale: Option<&str>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO account (username, email, email_key, password_hash, role, email_verified_at, locale, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(account.username.as_str())
    .bind(account.email.as_str())
    .bind(account.email.key())
    .bind(account.password_hash)
    .bind(account.role.as_str())
    .bind(account.verified_at)
    .bind(locale)
    .bind(now)
    .fetch_one(conn)
    .await
}

// ---------------------------------------------------------------- login

#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
pub struct LoginPage {
    ctx: Ctx,
    login: String,
    next: String,
    /// Why the login was refused, written in the page's language.
    error: Option<String>,
    /// An account its owner deleted: the form that keeps it, and the
    /// date it would be erased (written in the page's language).
    leaving: Option<(String, String)>,
    /// Whether to offer "Sign in with a passkey" (off where the site's
    /// address is an IP address).
    passkeys: bool,
}

async fn login_form(
    mut ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<NextQuery>,
) -> AppResult {
    let next = safe_next(q.next.as_deref());
    if ctx.user.is_some() {
        return Ok(axum::response::Redirect::to(&next).into_response());
    }
    ctx.ensure_csrf().await?;
    Ok(render(
        StatusCode::OK,
        &LoginPage {
            ctx,
            login: String::new(),
            next,
            error: None,
            leaving: None,
            passkeys: state.relying_party.is_some(),
        },
    ))
}

async fn login(
    mut ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    agent: crate::web::UserAgent,
    headers: axum::http::HeaderMap,
    axum::Extension(Https(https)): axum::Extension<Https>,
    Form(form): Form<LoginForm>,
) -> AppResult {
    let next = safe_next(form.next.as_deref());
    let login = form.login.trim();
    let devices = device::Devices::from_headers(&headers, https);
    let account = match check_login(&state, &ip, &devices, login, &form.password).await? {
        Ok(account) => account,
        Err(LoginRefusal::Leaving { account, erase_at }) => {
            // With a second factor, the form that keeps the account comes
            // after the code (its token would otherwise log in on the
            // password alone).
            if second_factor::is_on(&state.db, account).await?
                && let Some(found) = find_by_id_for_login(&state.db, account).await?
            {
                return code_step::ask(&ctx, &found, &next).await;
            }
            let username = login.to_string();
            return leaving_page(ctx, &state, &username, &next, account, erase_at).await;
        }
        Err(refusal) => {
            ctx.ensure_csrf().await?;
            let error = Some(ctx.t(refusal.message()));
            let page = LoginPage {
                ctx,
                login: login.to_string(),
                next: next.clone(),
                error,
                leaving: None,
                passkeys: state.relying_party.is_some(),
            };
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    // A second factor: the session waits for its code.
    if second_factor::is_on(&state.db, account.id).await? {
        return code_step::ask(&ctx, &account, &next).await;
    }
    welcome(&mut ctx, &state, &account, &next, &headers, https, &agent).await
}

/// The login page again, for an account its owner deleted: why, and the
/// form that keeps it (its token logs in), until the date it is erased.
async fn leaving_page(
    mut ctx: Ctx,
    state: &AppState,
    login: &str,
    next: &str,
    account: i64,
    erase_at: i64,
) -> AppResult {
    ctx.ensure_csrf().await?;
    let leaving = Some((
        leaving::restore_token(&state.secret_key, account),
        ctx.lang.date(erase_at),
    ));
    let error = Some(ctx.t(LoginRefusal::Leaving { account, erase_at }.message()));
    let page = LoginPage {
        ctx,
        login: login.to_string(),
        next: next.to_string(),
        error,
        leaving,
        passkeys: state.relying_party.is_some(),
    };
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

/// The end of a login (after the password, and the code when there is a
/// second factor): the session, the account's language, the device
/// cookie, and the welcome.
pub(crate) async fn welcome(
    ctx: &mut Ctx,
    state: &AppState,
    account: &LoginAccount,
    next: &str,
    headers: &axum::http::HeaderMap,
    https: bool,
    agent: &crate::web::UserAgent,
) -> AppResult {
    start_session(ctx, account.id, agent).await?;
    tracing::info!(user_id = account.id, "logged in");
    // From here on pages follow the account's language, if it chose one:
    // the welcome already, and through the cookie the error pages and the
    // footer too (and after logging out).
    let chosen = state.i18n.chosen(account.locale.as_deref());
    let lang = chosen.as_ref().unwrap_or(&ctx.lang);
    let mut resp = flash::redirect(
        next,
        &lang.t1("accounts-login-welcome-back", "username", &account.username),
    );
    if let Some(lang) = &chosen {
        resp.headers_mut().append(
            axum::http::header::SET_COOKIE,
            crate::web::language::remember(lang, https),
        );
    }
    device::remember(
        &mut resp,
        headers,
        &state.secret_key,
        https,
        account.id,
        &account.password_hash,
    );
    Ok(resp)
}

/// Logs this browser in as `account`: a new session id, so a cookie
/// planted before it is worthless, a fresh CSRF token, and nothing else
/// kept from before (how an earlier login in this browser was made, or a
/// login step under way, must not carry over to this one).
pub async fn start_session(
    ctx: &mut Ctx,
    account: i64,
    agent: &crate::web::UserAgent,
) -> AppResult<()> {
    ctx.session.cycle_id().await?;
    ctx.session.clear().await;
    ctx.session.insert(SESSION_USER, account).await?;
    ctx.session.insert(SESSION_CSRF, random_token()).await?;
    let now = crate::db::now_ms();
    ctx.session.insert("renewed_at", now).await?;
    ctx.session.insert(SESSION_SIGNED_IN_AT, now).await?;
    if !agent.0.is_empty() {
        ctx.session.insert(SESSION_AGENT, &agent.0).await?;
    }
    Ok(())
}

/// When this session signed in (ms): adding a passkey soon after needs no
/// password (`signed_in_lately`).
const SESSION_SIGNED_IN_AT: &str = "signed_in_at";

/// Whether this session signed in (by any means) within `ms`.
pub async fn signed_in_lately(session: &tower_sessions::Session, ms: i64) -> AppResult<bool> {
    let at: Option<i64> = session.get(SESSION_SIGNED_IN_AT).await?;
    Ok(at.is_some_and(|at| crate::db::now_ms() - at < ms))
}

/// The browser a session was started from, for the settings page's list.
pub const SESSION_AGENT: &str = "agent";

/// Why a login was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginRefusal {
    Incomplete,
    Mismatch,
    Suspended,
    Unverified,
    /// Its owner deleted it; it is erased at this time unless they cancel.
    Leaving {
        account: i64,
        erase_at: i64,
    },
}

impl LoginRefusal {
    /// Why, as a message key (`ctx.t(refusal.message())`).
    pub fn message(self) -> &'static str {
        match self {
            LoginRefusal::Incomplete => "accounts-login-incomplete",
            LoginRefusal::Mismatch => "accounts-login-mismatch",
            LoginRefusal::Suspended => "accounts-login-suspended",
            LoginRefusal::Leaving { .. } => "accounts-login-leaving",
            LoginRefusal::Unverified => "accounts-login-unverified",
        }
    }
}

/// Checks a login (email or username) and password, for the page and the
/// API alike: the same work whether or not the account exists, the ban and
/// `QUILL_REQUIRE_VERIFIED_EMAIL` rules, and an upgraded hash when the
/// parameters have changed.
///
/// Only failures count (OWASP's device cookies): a browser that has logged
/// in to this account before (`devices`) has its own allowance; every other
/// client shares the account's allowance and its address's. A right
/// password costs nothing, and strangers' failures never reach the
/// owner's usual browser.
pub async fn check_login(
    state: &AppState,
    ip: &ClientIp,
    devices: &device::Devices,
    login: &str,
    password: &str,
) -> AppResult<Result<LoginAccount, LoginRefusal>> {
    let login = login.trim();
    if login.is_empty()
        || login.chars().any(char::is_control)
        || password.is_empty()
        || password.chars().count() > domain::PASSWORD_MAX
        || login.len() > 254
    {
        return Ok(Err(LoginRefusal::Incomplete));
    }
    let account = find_for_login(&state.db, login).await?;
    let limits = &state.limits;
    let trusted = account
        .as_ref()
        .and_then(|a| devices.key_for(&state.secret_key, a.id, &a.password_hash));
    // Unknown names count alike, so a 429 tells nothing about who exists.
    let account_key = match &account {
        Some(a) => a.id.to_string(),
        None => login.to_lowercase(),
    };
    // Counted before the password is checked, so parallel guesses cannot
    // all slip past a limit their failures have not reached yet; a right
    // password gives its count back below.
    match &trusted {
        Some(device) => limits.login_per_device.hit(device).await?,
        None => {
            limits.login_per_ip.hit(&ip.0).await?;
            if let Err(refused) = limits.login_per_account.hit(&account_key).await {
                limits.login_per_ip.refund(&ip.0).await;
                return Err(refused);
            }
        }
    }
    let verdict = state
        .passwords
        .verify(password, account.as_ref().map(|a| a.password_hash.as_str()))
        .await?;
    let (mut account, rehash) = match (account, verdict) {
        (Some(a), Verdict::Valid { rehash }) => (a, rehash),
        _ => return Ok(Err(LoginRefusal::Mismatch)),
    };
    match &trusted {
        // A success wipes this browser's failures.
        Some(device) => limits.login_per_device.clear(device).await,
        None => {
            limits.login_per_ip.refund(&ip.0).await;
            limits.login_per_account.refund(&account_key).await;
        }
    }
    if let Some(erase_at) = account.erase_at {
        return Ok(Err(LoginRefusal::Leaving {
            account: account.id,
            erase_at,
        }));
    }
    if account.banned {
        return Ok(Err(LoginRefusal::Suspended));
    }
    if state.config.require_verified_email && !account.verified {
        return Ok(Err(LoginRefusal::Unverified));
    }
    if rehash {
        let hash = state.passwords.hash(password).await?;
        sqlx::query("UPDATE account SET password_hash = $1 WHERE id = $2")
            .bind(&hash)
            .bind(account.id)
            .execute(&state.db)
            .await?;
        account.password_hash = hash;
    }
    Ok(Ok(account))
}

pub struct LoginAccount {
    pub id: i64,
    pub username: String,
    password_hash: String,
    banned: bool,
    verified: bool,
    /// Deleted by its owner: when it is erased.
    erase_at: Option<i64>,
    /// The interface language its owner chose, if any.
    pub locale: Option<String>,
}

async fn find_for_login(db: &Db, login: &str) -> Result<Option<LoginAccount>, sqlx::Error> {
    let (column, value) = if login.contains('@') {
        ("email_key", login.to_lowercase())
    } else {
        match Username::parse_any(login) {
            Ok(u) => ("username", u.as_str().to_string()),
            Err(_) => return Ok(None),
        }
    };
    login_account(db, column, value).await
}

/// The account a login's second step finishes, read again (it may have
/// been banned or deleted since the password was typed).
pub(crate) async fn find_by_id_for_login(
    db: &Db,
    id: i64,
) -> Result<Option<LoginAccount>, sqlx::Error> {
    login_account(db, "id", id).await
}

async fn login_account<T>(
    db: &Db,
    column: &str,
    value: T,
) -> Result<Option<LoginAccount>, sqlx::Error>
where
    T: for<'q> sqlx::Encode<'q, sqlx::Any> + sqlx::Type<sqlx::Any> + Send,
{
    let sql = format!(
        "SELECT id, username, password_hash, \
           CAST(CASE WHEN banned_at IS NULL THEN 0 ELSE 1 END AS BIGINT) AS banned, \
           CAST(CASE WHEN email_verified_at IS NULL THEN 0 ELSE 1 END AS BIGINT) AS verified, \
           CASE WHEN deactivated_at IS NULL THEN NULL ELSE erase_at END AS erase_at, \
           locale \
         FROM account WHERE {column} = $1"
    );
    /// The flags come as 0/1 BIGINT: `Any` decodes bool only from booleans.
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        username: String,
        password_hash: String,
        banned: i64,
        verified: i64,
        erase_at: Option<i64>,
        locale: Option<String>,
    }
    let row: Option<Row> = sqlx::query_as(&sql).bind(value).fetch_optional(db).await?;
    Ok(row.map(|row| LoginAccount {
        id: row.id,
        username: row.username,
        password_hash: row.password_hash,
        banned: row.banned == 1,
        verified: row.verified == 1,
        erase_at: row.erase_at,
        locale: row.locale,
    }))
}

async fn logout(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    ctx.session.flush().await?;
    if let Some(user) = &ctx.user {
        // This browser's other tabs hold streams on the session just ended.
        state.sessions_ended(user.id).await;
    }
    Ok(flash::redirect("/", &ctx.t("accounts-logged-out")))
}
