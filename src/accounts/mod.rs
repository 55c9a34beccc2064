//! Accounts: sign-up, login, logout, and who is logged in.

pub mod domain;
pub mod password;
pub mod reset;
pub mod session_store;
pub mod tokens;
pub mod verification;

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use serde::Deserialize;

use crate::app::AppState;
use crate::db::{Db, is_unique_violation, now_ms};
use crate::error::AppResult;
use crate::web::form::Form;
use crate::web::limits::ClientIp;
use crate::web::{Ctx, SESSION_CSRF, SESSION_USER, flash, random_token, render, safe_next};
use domain::{EmailAddress, Username, check_new_password};
use password::Verdict;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/signup", get(signup_form).post(signup))
        .route("/login", get(login_form).post(login))
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

/// The logged-in visitor, re-read from the database on every request so that
/// a ban or a role change takes effect at once.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub avatar: crate::media::Avatar,
    /// Unread notifications, for the badge.
    pub unread: i64,
}

impl CurrentUser {
    pub fn is_admin(&self) -> bool {
        self.role == "admin"
    }

    pub fn name(&self) -> &str {
        if self.display_name.is_empty() {
            &self.username
        } else {
            &self.display_name
        }
    }
}

pub async fn current_user(db: &Db, id: i64) -> Result<Option<CurrentUser>, sqlx::Error> {
    type Row = (
        i64,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        i64,
    );
    let row: Option<Row> = sqlx::query_as(
        "SELECT a.id, a.username, a.display_name, a.role, av.small, av.large, \
           (SELECT COUNT(*) FROM notification n JOIN account na ON na.id = n.actor_id \
            WHERE n.receiver_id = a.id AND n.read_at IS NULL AND n.retracted_at IS NULL AND na.banned_at IS NULL) \
         FROM account a LEFT JOIN image av ON av.id = a.avatar_id \
         WHERE a.id = $1 AND a.banned_at IS NULL",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.map(
        |(id, username, display_name, role, small, large, unread)| CurrentUser {
            unread,
            avatar: crate::media::Avatar::new(&username, &display_name, small, large),
            id,
            username,
            display_name,
            role,
        },
    ))
}

/// Field errors of a form, shown next to their fields.
#[derive(Debug, Default)]
pub struct FormErrors(Vec<(&'static str, String)>);

impl FormErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push((field, message.into()));
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Collects the error of a parse step, keeping the parsed value if any.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, &'static str>) -> Option<T> {
        parsed.map_err(|e| self.add(field, e)).ok()
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
        return Ok(flash::redirect("/", "You are already logged in."));
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
    let mut errors = FormErrors::default();
    let username = errors.check("username", Username::parse(&form.username));
    let email = errors.check("email", EmailAddress::parse(&form.email));
    errors.check(
        "password",
        check_new_password(
            &form.password,
            username.as_ref().map_or("", |u| u.as_str()),
            form.email.trim(),
        ),
    );
    let refuse = |ctx: Ctx, errors: FormErrors| {
        let page = SignupPage {
            ctx,
            username: form.username.trim().to_string(),
            email: form.email.trim().to_string(),
            errors,
        };
        Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
    };
    let (Some(username), Some(email), true) = (username, email, errors.is_empty()) else {
        ctx.ensure_csrf().await?;
        return refuse(ctx, errors);
    };
    // Only well-formed attempts count: a typo costs nothing.
    state.limits.signup_per_ip.check(&ip.0)?;
    let hash = state.passwords.hash(&form.password).await?;
    let now = now_ms();
    let inserted = create_account(&state, &username, &email, &hash, now).await;
    match inserted {
        Ok(_) => {
            state.queue.wake();
            tracing::info!(username = username.as_str(), "account created");
        }
        Err(e) if is_unique_violation(&e) && e.to_string().contains("username") => {
            ctx.ensure_csrf().await?;
            let mut errors = FormErrors::default();
            errors.add("username", "This username is taken. Please choose another.");
            return refuse(ctx, errors);
        }
        // A taken email gets the same answer as a new one, so sign-up does not
        // reveal who has an account here; the address's owner is told instead.
        Err(e) if is_unique_violation(&e) => {
            tracing::info!("sign-up with an email already registered");
            if state
                .limits
                .mail_per_address
                .check(&format!("signup:{}", email.key()))
                .is_ok()
            {
                crate::jobs::enqueue(
                    &state.db,
                    verification::SEND_SIGNUP_ATTEMPT,
                    &serde_json::json!({ "email_key": email.key() }),
                    now,
                )
                .await?;
                state.queue.wake();
            }
        }
        Err(e) => return Err(e.into()),
    }
    Ok(flash::redirect(
        "/check-email",
        "Welcome to Quill! Open the link we emailed you to verify your address, then log in.",
    ))
}

/// The account and the job that mails its verification link, committed
/// together: a crash can lose neither one without the other.
async fn create_account(
    state: &AppState,
    username: &Username,
    email: &EmailAddress,
    hash: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let mut tx = state.db.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO account (username, email, email_key, password_hash, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
    )
    .bind(username.as_str())
    .bind(email.as_str())
    .bind(email.key())
    .bind(hash)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    crate::jobs::enqueue(
        &mut *tx,
        verification::SEND_VERIFICATION,
        &serde_json::json!({ "account_id": id }),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
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
    error: Option<String>,
}

async fn login_form(mut ctx: Ctx, Query(q): Query<NextQuery>) -> AppResult {
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
        },
    ))
}

async fn login(
    mut ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    Form(form): Form<LoginForm>,
) -> AppResult {
    let next = safe_next(form.next.as_deref());
    let login = form.login.trim();
    let refuse = |ctx: Ctx, message: &str| {
        let page = LoginPage {
            ctx,
            login: login.to_string(),
            next: next.clone(),
            error: Some(message.to_string()),
        };
        Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
    };
    if login.is_empty()
        || login.chars().any(char::is_control)
        || form.password.is_empty()
        || form.password.chars().count() > domain::PASSWORD_MAX
        || login.len() > 254
    {
        ctx.ensure_csrf().await?;
        return refuse(ctx, "Enter your username or email and your password.");
    }
    state.limits.login_per_ip.check(&ip.0)?;
    let account = find_for_login(&state.db, login).await?;
    // Counted before the password is checked, so guessing stops at the
    // limit even for the right password; unknown names count alike.
    state.limits.login_per_account.check(&match &account {
        Some(a) => a.id.to_string(),
        None => login.to_lowercase(),
    })?;
    let verdict = state
        .passwords
        .verify(
            &form.password,
            account.as_ref().map(|a| a.password_hash.as_str()),
        )
        .await?;
    let (account, rehash) = match (account, verdict) {
        (Some(a), Verdict::Valid { rehash }) => (a, rehash),
        _ => {
            ctx.ensure_csrf().await?;
            return refuse(
                ctx,
                "That username or email and password do not match an account.",
            );
        }
    };
    if account.banned {
        ctx.ensure_csrf().await?;
        return refuse(
            ctx,
            "This account has been suspended by the site's moderators.",
        );
    }
    if state.config.require_verified_email && !account.verified {
        ctx.ensure_csrf().await?;
        return refuse(
            ctx,
            "Please verify your email address first: open the link we emailed you. \
             No email? Use “Resend verification” below.",
        );
    }
    if rehash {
        let hash = state.passwords.hash(&form.password).await?;
        sqlx::query("UPDATE account SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(account.id)
            .execute(&state.db)
            .await?;
    }
    // A new session id at login, so a cookie planted before it is worthless.
    ctx.session.cycle_id().await?;
    ctx.session.insert(SESSION_USER, account.id).await?;
    ctx.session.insert(SESSION_CSRF, random_token()).await?;
    ctx.session
        .insert("renewed_at", crate::db::now_ms())
        .await?;
    tracing::info!(user_id = account.id, "logged in");
    Ok(flash::redirect(
        &next,
        &format!("Welcome back, {}.", account.username),
    ))
}

struct LoginAccount {
    id: i64,
    username: String,
    password_hash: String,
    banned: bool,
    verified: bool,
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
    let sql = format!(
        "SELECT id, username, password_hash, CAST(CASE WHEN banned_at IS NULL THEN 0 ELSE 1 END AS BIGINT), \
           CAST(CASE WHEN email_verified_at IS NULL THEN 0 ELSE 1 END AS BIGINT) \
         FROM account WHERE {column} = $1"
    );
    let row: Option<(i64, String, String, i64, i64)> =
        sqlx::query_as(&sql).bind(value).fetch_optional(db).await?;
    Ok(row.map(
        |(id, username, password_hash, banned, verified)| LoginAccount {
            id,
            username,
            password_hash,
            banned: banned == 1,
            verified: verified == 1,
        },
    ))
}

async fn logout(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    ctx.session.flush().await?;
    if let Some(user) = &ctx.user {
        // This browser's other tabs hold streams on the session just ended.
        crate::notifications::recheck_streams(&state, user.id).await;
    }
    Ok(flash::redirect("/", "You are logged out. See you soon."))
}
