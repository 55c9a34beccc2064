//! `/settings/account`: the people I blocked, and leaving. Deleting my
//! account (with my password) hides it at once: sessions and API tokens
//! end, and the profile, posts and comments leave every page, feed, search
//! and API answer, because the account is marked banned as well as
//! deactivated and everything that lists content already hides the
//! banned. A job erases it `GRACE_MS` later unless I log in and keep it;
//! a mail tells me the date.
//!
//! Erasure (`erase_rows`, also used by an admin's deletion) removes the
//! account row, and with it (foreign keys) its posts, comments, likes,
//! follows, blocks, notifications, sessions and tokens; its pictures' files
//! go by a job. What stays: the username's hash for 90 days
//! (`erased_name`, so nobody takes the name at once) and the audit log's
//! rows about what staff did, where this account is named only by number.

use askama::Template;
use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use crate::accounts::leaving::{self, GRACE_MS};
use crate::accounts::{Ctx, Role};
use crate::db::now_ms;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::jobs::Job;
use crate::mail::Notice;
use crate::search::Search;
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::{flash, page, render};

#[derive(Template)]
#[template(path = "settings/account.html")]
pub struct AccountPage {
    ctx: Ctx,
    blocked: Vec<(String, String)>,
    error: Option<Msg>,
}

pub async fn show(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    let me = ctx.require_user()?.id;
    let blocked = crate::social::blocks::blocked_by(&state.db, me).await?;
    page(&AccountPage {
        ctx,
        blocked,
        error: None,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    password: String,
}

/// Job: erase `account_id` if it is still waiting for erasure and its time
/// has come (a cancelled or postponed deletion makes this a no-op).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EraseAccount {
    pub account_id: i64,
}

impl Job for EraseAccount {
    const KIND: &'static str = "erase_account";
}

/// Job: tell `account_id` by mail that their account goes on `erase_at`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendLeaving {
    pub account_id: i64,
    pub erase_at: i64,
}

impl Job for SendLeaving {
    const KIND: &'static str = "send_leaving";
}

/// `POST /settings/account/delete`: with the password, the account is
/// hidden and logged out everywhere now, and erased after the grace period.
pub async fn delete(
    ctx: Ctx,
    State(state): State<AppState>,
    State(search): State<Search>,
    Form(form): Form<DeleteForm>,
) -> AppResult {
    let user = ctx.require_user()?.clone();
    let refuse = |ctx: Ctx, blocked, why: &'static str, status| {
        Ok(render(
            status,
            &AccountPage {
                ctx,
                blocked,
                error: Some(Msg::new(why)),
            },
        ))
    };
    let blocked = crate::social::blocks::blocked_by(&state.db, user.id).await?;
    if !super::password::owner_confirmed(&ctx, &state, user.id, &form.password).await? {
        return refuse(
            ctx,
            blocked,
            "settings-delete-wrong-password",
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    if user.role() == Role::Admin {
        return refuse(ctx, blocked, "settings-delete-admin", StatusCode::FORBIDDEN);
    }
    let now = now_ms();
    let erase_at = now + GRACE_MS;
    let mut tx = state.db.begin().await?;
    let done = sqlx::query(
        "UPDATE account SET banned_at = $2, ban_reason = 'deleted by its owner', deactivated_at = $2, erase_at = $3 \
         WHERE id = $1 AND banned_at IS NULL",
    )
    .bind(user.id)
    .bind(now)
    .bind(erase_at)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    crate::accounts::end_all_logins(&mut tx, user.id).await?;
    crate::search::sync::record_author(&mut *tx, user.id).await?;
    crate::jobs::enqueue(
        &mut *tx,
        &EraseAccount {
            account_id: user.id,
        },
        erase_at,
    )
    .await?;
    crate::jobs::enqueue(
        &mut *tx,
        &SendLeaving {
            account_id: user.id,
            erase_at,
        },
        now,
    )
    .await?;
    tx.commit().await?;
    state.queue.wake();
    search.changed();
    ctx.session.flush().await?;
    state.sessions_ended(user.id).await;
    tracing::info!(user_id = user.id, "account deleted by its owner");
    Ok(flash::redirect(
        "/",
        &ctx.t1("settings-deleted", "date", ctx.lang.date(erase_at)),
    ))
}

#[derive(Debug, Default, Deserialize)]
pub struct RestoreForm {
    #[serde(default)]
    token: String,
}

/// `POST /account/restore`: the login page's "Keep my account", right
/// after the password was checked: the account is back as it was, and
/// this browser is logged in.
pub async fn restore(
    mut ctx: Ctx,
    State(state): State<AppState>,
    State(search): State<Search>,
    agent: crate::web::UserAgent,
    axum::Extension(https): axum::Extension<crate::web::headers::Https>,
    Form(form): Form<RestoreForm>,
) -> AppResult {
    let account = leaving::restore_account(&state.secret_key, &form.token)
        .ok_or_else(|| AppError::Unprocessable(Msg::new("settings-restore-expired")))?;
    let mut tx = state.db.begin().await?;
    let done = sqlx::query(
        "UPDATE account SET banned_at = NULL, ban_reason = NULL, deactivated_at = NULL, erase_at = NULL \
         WHERE id = $1 AND deactivated_at IS NOT NULL",
    )
    .bind(account)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::Unprocessable(Msg::new(
            "settings-restore-not-leaving",
        )));
    }
    crate::search::sync::record_author(&mut *tx, account).await?;
    tx.commit().await?;
    search.changed();
    crate::accounts::start_session(&mut ctx, account, &agent).await?;
    tracing::info!(user_id = account, "account kept by its owner");
    // Written in the language the account chose, which its pages (and,
    // through the cookie, its error pages) use from now on, as at login.
    let locale = crate::accounts::locale_of(&state.db, account).await?;
    let chosen = state.i18n.chosen(locale.as_deref());
    let lang = chosen.as_ref().unwrap_or(&ctx.lang);
    let mut resp = flash::redirect("/", &lang.t("settings-restored"));
    if let Some(lang) = &chosen {
        resp.headers_mut().append(
            axum::http::header::SET_COOKIE,
            crate::web::language::remember(lang, https.0),
        );
    }
    Ok(resp)
}

/// In `tx`, before account `id`'s row is deleted: its posts leave search,
/// its pictures' files go by a job, and with `rest_name` its name rests in
/// `erased_name` (a person who left; an admin deleting an account decides
/// about its name themselves). Returns whose unread counts change (they
/// had notifications from it).
pub async fn erase_rows(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    rest_name: bool,
) -> Result<Vec<i64>, sqlx::Error> {
    let receivers: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT receiver_id FROM notification \
         WHERE actor_id = $1 AND read_at IS NULL AND retracted_at IS NULL",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    crate::search::sync::record_author(&mut **tx, id).await?;
    let images: Vec<i64> = sqlx::query_scalar("SELECT id FROM image WHERE owner_id = $1")
        .bind(id)
        .fetch_all(&mut **tx)
        .await?;
    for image in images {
        crate::media::discard(tx, image).await?;
    }
    let name: Option<String> = sqlx::query_scalar("SELECT username FROM account WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    if let Some(name) = name.filter(|_| rest_name) {
        sqlx::query(
            "INSERT INTO erased_name (name_hash, erased_at) VALUES ($1, $2) \
             ON CONFLICT (name_hash) DO UPDATE SET erased_at = excluded.erased_at",
        )
        .bind(leaving::name_hash(&name))
        .bind(now_ms())
        .execute(&mut **tx)
        .await?;
    }
    Ok(receivers)
}

/// The erasure job: only an account still deleted by its owner and due.
pub async fn erase_account<S>(state: S, job: EraseAccount) -> anyhow::Result<()>
where
    AppState: FromRef<S>,
    Search: FromRef<S>,
{
    let app = AppState::from_ref(&state);
    let id = job.account_id;
    let mut tx = app.db.begin().await?;
    let due: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM account WHERE id = $1 AND deactivated_at IS NOT NULL AND erase_at <= $2",
    )
    .bind(id)
    .bind(now_ms())
    .fetch_optional(&mut *tx)
    .await?;
    if due.is_none() {
        return Ok(()); // kept, or erased already
    }
    let receivers = erase_rows(&mut tx, id, true).await?;
    sqlx::query("DELETE FROM account WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    crate::moderation::record(
        &mut *tx,
        crate::moderation::Actor {
            id: None,
            name: "quill",
        },
        "erase-user",
        crate::moderation::Target {
            kind: "user",
            id: Some(id),
            label: &format!("account #{id}"),
        },
        "deleted by its owner; grace period over",
    )
    .await?;
    tx.commit().await?;
    app.queue.wake();
    Search::from_ref(&state).changed();
    // A job's removal: no request made it, so the page cache hears it here.
    app.pages.removed().await;
    for receiver in receivers {
        crate::notifications::push_count(&app, receiver).await;
    }
    tracing::info!(user_id = id, "account erased");
    Ok(())
}

pub async fn send_leaving(state: AppState, job: SendLeaving) -> anyhow::Result<()> {
    let Some(to) = crate::accounts::addressee(&state.db, job.account_id, true).await? else {
        return Ok(());
    };
    let lang = state.i18n.for_account(to.locale.as_deref());
    let date = lang.date(job.erase_at);
    let what = lang.t1("settings-leaving-mail-deleted", "date", &date);
    let changed_mind = lang.t("settings-leaving-mail-changed-mind");
    let copy_first = lang.t("settings-leaving-mail-copy-first");
    let link_label = lang.t("settings-leaving-mail-link");
    let link = format!("{}/login", state.config.origin());
    let mail = Notice {
        lang: &lang,
        username: &to.username,
        paragraphs: &[&what, &changed_mind, &copy_first],
        link_label: &link_label,
        link: &link,
    }
    .email(
        to.email,
        &lang.t1("settings-leaving-mail-subject", "date", &date),
    )?;
    state.mailer.send(&mail).await
}
