//! `/api/users`, `/api/users/login`, `/api/user`: register, log in, read
//! and update yourself. The same rules and limits as the pages, through
//! the same functions.

use crate::i18n::Msg;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::auth::ApiUser;
use super::error::{ApiError, ApiResult};
use super::json::JsonBody;
use super::views::{self, User};
use crate::accounts::domain::{EmailAddress, Username};
use crate::accounts::{self, LoginRefusal, Registered, api_tokens};
use crate::search::Search;
use crate::web::AppState;
use crate::web::UserAgent;
use crate::web::limits::ClientIp;

fn answer(status: StatusCode, user: User) -> Response {
    (status, Json(json!({ "user": user }))).into_response()
}

/// The account's own view of itself, with `token`.
async fn user_view(state: &AppState, id: i64, token: Option<String>) -> ApiResult<User> {
    #[derive(sqlx::FromRow)]
    struct Row {
        username: String,
        email: String,
        bio: String,
        avatar: Option<String>,
    }
    let Row {
        username,
        email,
        bio,
        avatar,
    } = sqlx::query_as(
        "SELECT a.username, a.email, a.bio, av.large AS avatar FROM account a \
         LEFT JOIN image av ON av.id = a.avatar_id WHERE a.id = $1",
    )
    .bind(id)
    .fetch_optional(&state.db)
    .await?
    .ok_or(ApiError::Unauthorized)?;
    Ok(User {
        email,
        token,
        username,
        bio: views::nullable(&bio),
        image: views::image_url(state, avatar.map(|n| format!("/uploads/{n}")).as_deref()),
    })
}

/// A new token for `id`, named in the person's token list after how it
/// came (`how`) and, when it said, the client that asked.
async fn issue_token(
    state: &AppState,
    id: i64,
    how: &str,
    agent: &UserAgent,
) -> Result<String, sqlx::Error> {
    let label = if agent.0.is_empty() {
        how.to_string()
    } else {
        format!("{how} · {}", agent.0)
    };
    api_tokens::issue(&state.db, id, &label).await
}

/// `POST /api/users`: 201 with the new user and a token. Where email
/// verification is required the token is null (log in once the address is
/// verified), and an address that is taken gets the same answer, as on
/// the sign-up page, so the API does not reveal who has an account.
pub async fn register(
    State(state): State<AppState>,
    ip: ClientIp,
    agent: UserAgent,
    headers: axum::http::HeaderMap,
    body: JsonBody,
) -> ApiResult {
    let mut f = body.object("user")?;
    let username = f.required("username");
    let email = f.required("email");
    let password = f.required("password");
    f.finish()?;
    // The verification mail is for a person: in the language their client
    // asks for (`Accept-Language`), if one ships; otherwise none is stored.
    let locale = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::i18n::from_accept_language);
    let outcome = accounts::register(&state, &ip, &username, &email, &password, locale).await?;
    let verify = state.config.require_verified_email;
    let id = match outcome {
        Registered::Refused(errors) => return Err(ApiError::from_form(&errors)),
        Registered::UsernameTaken => {
            return Err(ApiError::refused("username", accounts::USERNAME_TAKEN));
        }
        Registered::EmailTaken if !verify => {
            return Err(ApiError::invalid(
                "email",
                "This address belongs to an account already. Log in instead.",
            ));
        }
        Registered::EmailTaken => None,
        Registered::Created(id) => Some(id),
    };
    let user = match id {
        Some(id) if !verify => {
            let token = issue_token(&state, id, "Registered", &agent).await?;
            user_view(&state, id, Some(token)).await?
        }
        _ => User {
            email: EmailAddress::parse(&email)
                .map(|e| e.as_str().to_string())
                .unwrap_or(email),
            token: None,
            username: Username::parse(&username)
                .map(|u| u.as_str().to_string())
                .unwrap_or(username),
            bio: None,
            image: None,
        },
    };
    Ok(answer(StatusCode::CREATED, user))
}

/// `POST /api/users/login`: a new token for every login. Wrong
/// credentials are a 401; a suspended or unverified account a 422 that
/// says why.
pub async fn login(
    State(state): State<AppState>,
    ip: ClientIp,
    agent: UserAgent,
    body: JsonBody,
) -> ApiResult {
    let mut f = body.object("user")?;
    let email = f.required("email");
    let password = f.required("password");
    f.finish()?;
    let account = match accounts::check_login(
        &state,
        &ip,
        &accounts::device::Devices::default(),
        &email,
        &password,
    )
    .await?
    {
        Ok(account) => account,
        Err(LoginRefusal::Incomplete) => {
            return Err(ApiError::refused(
                "email or password",
                LoginRefusal::Incomplete.message(),
            ));
        }
        Err(LoginRefusal::Mismatch) => {
            return Err(ApiError::Unauthorized);
        }
        Err(LoginRefusal::Suspended) => {
            return Err(ApiError::refused(
                "email",
                LoginRefusal::Suspended.message(),
            ));
        }
        Err(LoginRefusal::Leaving { .. }) => {
            return Err(ApiError::invalid(
                "email",
                "belongs to an account its owner deleted: log in on the site to keep it",
            ));
        }
        Err(LoginRefusal::Unverified) => {
            return Err(ApiError::invalid(
                "email",
                "is not verified yet: open the link we emailed you (or ask for a new one at /resend-verification), then log in",
            ));
        }
    };
    // A password alone does not open an account with a second factor; its
    // owner makes a token in settings instead (tokens are made while
    // logged in, so they already passed both factors).
    if accounts::second_factor::is_on(&state.db, account.id).await? {
        return Err(ApiError::invalid(
            "email",
            "belongs to an account with a second factor: make an API token at /settings/security and send it as `Authorization: Token …`",
        ));
    }
    let token = issue_token(&state, account.id, "Logged in", &agent).await?;
    tracing::info!(user_id = account.id, "logged in to the API");
    Ok(answer(
        StatusCode::OK,
        user_view(&state, account.id, Some(token)).await?,
    ))
}

/// `GET /api/user`.
pub async fn current(State(state): State<AppState>, me: ApiUser) -> ApiResult {
    let user = user_view(&state, me.user.id, Some(me.token)).await?;
    Ok(answer(StatusCode::OK, user))
}

/// `PUT /api/user`: `bio` changes at once. A new `email` or `password`
/// needs `currentPassword` too (as on /settings); a new address is used
/// once confirmed through the link mailed to it, and a new password ends
/// every session and token, so the answer carries a fresh token.
/// Usernames and avatars are not changed here: a username is in every
/// link to the profile, and avatars are uploaded on /settings.
pub async fn update(
    State(state): State<AppState>,
    State(search): State<Search>,
    me: ApiUser,
    body: JsonBody,
) -> ApiResult {
    let mut f = body.object("user")?;
    let username = f.optional("username");
    let email = f.optional("email");
    // Clients that send their whole settings form send "" for "unchanged".
    let password = f.optional("password").filter(|p| !p.is_empty());
    let bio = f.optional("bio");
    let image = f.optional("image");
    let current_password = f.optional("currentPassword").unwrap_or_default();
    f.finish()?;
    let id = me.user.id;
    let current = user_view(&state, id, None).await?;
    let mut problems = Vec::new();
    if let Some(u) = &username
        && Username::parse_any(u).map(|u| u.as_str().to_string()).ok()
            != Some(current.username.clone())
    {
        problems.push((
            "username".to_string(),
            Msg::verbatim("cannot be changed: it is part of every link to your profile"),
        ));
    }
    if let Some(img) = &image
        && !img.is_empty()
        && Some(img) != current.image.as_ref()
    {
        problems.push((
            "image".to_string(),
            Msg::verbatim("is changed by uploading a picture on the settings page"),
        ));
    }
    let bio = match bio.as_deref().map(crate::settings::checked_bio) {
        Some(Err(why)) => {
            problems.push(("bio".to_string(), why));
            None
        }
        Some(Ok(bio)) => Some(bio),
        None => None,
    };
    let new_email = match email.as_deref().map(EmailAddress::parse) {
        Some(Err(why)) => {
            problems.push(("email".to_string(), Msg::new(why)));
            None
        }
        Some(Ok(e)) if !e.as_str().eq_ignore_ascii_case(&current.email) => Some(e),
        _ => None,
    };
    if (new_email.is_some() || password.is_some()) && problems.is_empty() {
        if password.is_some() {
            let errors = crate::settings::password::check_change(
                &state,
                id,
                &current.username,
                &current_password,
                password.as_deref().unwrap_or_default(),
                false,
            )
            .await?;
            for (field, message) in errors.iter() {
                let field = if field == "new_password" {
                    "password"
                } else {
                    "currentPassword"
                };
                problems.push((field.to_string(), message.clone()));
            }
        } else if !crate::settings::password::current_password_matches(
            &state,
            id,
            &current_password,
        )
        .await?
        {
            problems.push((
                "currentPassword".to_string(),
                Msg::verbatim("is needed to change the email address, and this is not it"),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    // The email change goes first: its rate limit is the one step that can
    // still refuse, and a refusal should leave nothing half done.
    if let Some(new) = &new_email {
        crate::settings::email::request_change(&state, id, new).await?;
    }
    let mut token = me.token;
    if let Some(password) = &password {
        crate::settings::password::set_password(&state, id, password).await?;
        token = api_tokens::issue(&state.db, id, "New password").await?;
    }
    if let Some(bio) = bio {
        crate::settings::save_profile(&state, &search, id, &me.user.display_name, &bio).await?;
    }
    Ok(answer(
        StatusCode::OK,
        user_view(&state, id, Some(token)).await?,
    ))
}
