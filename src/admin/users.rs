//! People: find them, see their status, posts and sessions, and act: verify
//! by hand, resend verification, ban and unban, promote and demote, delete.
//! Every action is written to the audit log in its own transaction.
//!
//! Demoting, banning and deleting keep two rules in the write itself: only
//! an admin acts on an admin, and the last active (not banned) admin
//! stays (`guard`). Those transactions run one at a time on both
//! databases, so two admins demoting each other at the same moment leave
//! exactly one admin.

use askama::Template;
use axum::extract::{Query, State};
use serde::Deserialize;

use super::audit::{self, Actor, Target};
use super::{Admin, Section, confirmed, reason};
use crate::accounts::Ctx;
use crate::accounts::Role;
use crate::accounts::verification::SendVerification;
use crate::db::{Backend, contains_pattern, now_ms};
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::search::Search;
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::{PAGE_SIZE, PageQuery, Paging, PathId, flash, page};

pub struct Person {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub role: Role,
    pub verified: bool,
    pub banned: bool,
    pub ban_reason: Option<String>,
    pub created_at: i64,
}

impl Person {
    pub fn status(&self) -> &'static str {
        if self.banned {
            "banned"
        } else if self.verified {
            "verified"
        } else {
            "unverified"
        }
    }
}

const PERSON_COLUMNS: &str =
    "id, username, email, role, email_verified_at, banned_at, ban_reason, created_at";

#[derive(sqlx::FromRow)]
struct PersonRow {
    id: i64,
    username: String,
    email: String,
    role: String,
    email_verified_at: Option<i64>,
    banned_at: Option<i64>,
    ban_reason: Option<String>,
    created_at: i64,
}

impl From<PersonRow> for Person {
    fn from(row: PersonRow) -> Self {
        Person {
            id: row.id,
            username: row.username,
            email: row.email,
            role: Role::parse(&row.role),
            verified: row.email_verified_at.is_some(),
            banned: row.banned_at.is_some(),
            ban_reason: row.ban_reason,
            created_at: row.created_at,
        }
    }
}

async fn find(state: &AppState, id: i64) -> AppResult<Person> {
    let row: PersonRow = sqlx::query_as(&format!(
        "SELECT {PERSON_COLUMNS} FROM account WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&state.db)
    .await?
    .ok_or(AppError::NotFound)?;
    Ok(row.into())
}

#[derive(Debug, Default, Deserialize)]
pub struct UserQuery {
    #[serde(default)]
    q: String,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    ctx: Ctx,
    role: Role,
    section: Section,
    q: String,
    people: Vec<Person>,
    paging: Paging,
    query: String,
}

pub async fn list(
    Admin(staff): Admin,
    State(state): State<AppState>,
    Query(search): Query<UserQuery>,
    paging: PageQuery,
) -> AppResult {
    let q: String = search.q.trim().chars().take(254).collect();
    let mut rows: Vec<PersonRow> = sqlx::query_as(&format!(
        "SELECT {PERSON_COLUMNS} FROM account \
         WHERE $1 = '' OR username LIKE $2 ESCAPE '\\' OR email_key LIKE $2 ESCAPE '\\' \
         ORDER BY id DESC LIMIT $3 OFFSET $4"
    ))
    .bind(&q)
    .bind(contains_pattern(&q.to_lowercase()))
    .bind(PAGE_SIZE + 1)
    .bind(paging.offset())
    .fetch_all(&state.db)
    .await?;
    let pages = paging.paging(&mut rows);
    page(&UsersPage {
        role: staff.me.role(),
        ctx: staff.ctx,
        section: Section::Users,
        q,
        people: rows.into_iter().map(Person::from).collect(),
        paging: pages,
        query: format!("q={}&", crate::web::url_encode(&search.q)),
    })
}

#[derive(sqlx::FromRow)]
pub struct PostRow {
    pub id: i64,
    pub title: String,
    pub created_at: i64,
}

#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub created_at: i64,
    pub expires_at: i64,
}

#[derive(Template)]
#[template(path = "admin/user.html")]
struct UserPage {
    ctx: Ctx,
    role: Role,
    section: Section,
    me: i64,
    person: Person,
    post_count: i64,
    comment_count: i64,
    /// Their pictures against the upload quota, e.g. `3 pictures, 1.2 MB of 500 MB (0%)`.
    pictures: Msg,
    posts: Vec<PostRow>,
    sessions: Vec<SessionRow>,
    /// Since when their second factor is on, written in the page's language.
    second_factor_since: Option<String>,
    /// How many passkeys can sign in to the account.
    passkeys: usize,
}

#[derive(sqlx::FromRow)]
struct Counts {
    post_count: i64,
    comment_count: i64,
}

pub async fn show(
    Admin(staff): Admin,
    State(state): State<AppState>,
    PathId(id): PathId,
) -> AppResult {
    let person = find(&state, id).await?;
    let counts: Counts = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM post WHERE author_id = $1) AS post_count, \
                (SELECT COUNT(*) FROM comment WHERE author_id = $1 AND deleted_at IS NULL) AS comment_count",
    )
    .bind(id)
    .fetch_one(&state.db)
    .await?;
    let pictures = crate::media::usage(&state.db, id)
        .await?
        .describe(state.media.quota);
    let posts: Vec<PostRow> = sqlx::query_as(
        "SELECT id, title, created_at FROM post WHERE author_id = $1 ORDER BY id DESC LIMIT 20",
    )
    .bind(id)
    .fetch_all(&state.db)
    .await?;
    let sessions: Vec<SessionRow> = sqlx::query_as(
        "SELECT created_at, expires_at FROM session \
         WHERE account_id = $1 AND expires_at > $2 ORDER BY created_at DESC LIMIT 50",
    )
    .bind(id)
    .bind(now_ms())
    .fetch_all(&state.db)
    .await?;
    let second_factor_since = crate::accounts::second_factor::status(&state.db, id)
        .await?
        .map(|s| staff.ctx.lang.date(s.enabled_at));
    let passkeys = crate::accounts::passkeys::list(&state.db, id).await?.len();
    page(&UserPage {
        role: staff.me.role(),
        me: staff.me.id,
        ctx: staff.ctx,
        section: Section::Users,
        person,
        post_count: counts.post_count,
        comment_count: counts.comment_count,
        pictures,
        posts,
        sessions,
        second_factor_since,
        passkeys,
    })
}

/// An owner who lost their phone and their recovery codes asks an admin:
/// the second factor goes, the reason is in the audit log, and the owner
/// is mailed (so a reset they did not ask for does not go unnoticed).
pub async fn reset_second_factor(
    Admin(staff): Admin,
    State(state): State<AppState>,
    PathId(id): PathId,
    Form(form): Form<ActionForm>,
) -> AppResult {
    let person = find(&state, id).await?;
    crate::accounts::role::may_act_on(&staff.me, person.role)?;
    not_self(&(&staff.me).into(), id)?;
    let why = reason(&form.reason)?;
    let mut tx = state.db.begin().await?;
    let gone = sqlx::query("DELETE FROM second_factor WHERE account_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if gone == 0 {
        return Ok(back(id, &staff.ctx.t("admin-user-second-factor-none")));
    }
    sqlx::query("DELETE FROM recovery_code WHERE account_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut *tx,
        (&staff.me).into(),
        "reset-second-factor",
        user_target(&person),
        &why,
    )
    .await?;
    let notice = crate::accounts::security_notice::SendSecurityNotice {
        account_id: id,
        notice: crate::accounts::security_notice::Notice::ResetByAdmin,
    };
    crate::jobs::enqueue(&mut *tx, &notice, now_ms()).await?;
    tx.commit().await?;
    state.queue.wake();
    Ok(back(
        id,
        &staff.ctx.t1(
            "admin-user-second-factor-reset-done",
            "username",
            &person.username,
        ),
    ))
}

#[derive(Debug, Default, Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    confirm: Option<String>,
}

fn back(id: i64, message: &str) -> axum::response::Response {
    flash::redirect(&format!("/admin/users/{id}"), message)
}

/// Actions that change who someone is on the site are never taken on
/// oneself: an admin cannot lock themselves (or the site) out by a click.
fn not_self(by: &Actor<'_>, id: i64) -> AppResult<()> {
    if by.id == Some(id) {
        return Err(AppError::Forbidden(Msg::new("admin-not-self")));
    }
    Ok(())
}

/// The transaction of every role change, ban and deletion: they run one
/// at a time (see `db::begin_serialised`), so "another admin remains",
/// checked in the write's `WHERE` (`GUARD`), stays true until the commit.
async fn begin(state: &AppState) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    crate::db::begin_serialised(
        &state.db,
        Backend::of(&state.config.database_url.0),
        crate::db::lock::ADMINS,
    )
    .await
}

/// Added to the `WHERE` of an `UPDATE account` or `DELETE FROM account`
/// that demotes, bans or deletes, with the actor's id as `{actor}`: the
/// row matches only if it is not an admin, or the actor is an active admin
/// (only an admin acts on an admin) and, when the row is an active admin,
/// another active admin remains (Quill keeps one). Decided by the write
/// itself, inside `begin`'s transaction; `refusal` says why nothing matched.
fn guard(actor: &str) -> String {
    format!(
        "(account.role <> 'admin' OR (\
           EXISTS (SELECT 1 FROM account me \
                   WHERE me.id = {actor} AND me.role = 'admin' AND me.banned_at IS NULL) \
           AND (account.banned_at IS NOT NULL OR EXISTS (SELECT 1 FROM account other \
                   WHERE other.role = 'admin' AND other.banned_at IS NULL AND other.id <> account.id))))"
    )
}

#[derive(sqlx::FromRow)]
struct GuardRow {
    role: String,
    banned_at: Option<i64>,
    other_admins: i64,
    by_admin: i64,
}

/// Why a guarded write matched no row, read in its transaction: gone (404),
/// the last active admin, or an admin acted on by someone who is not one
/// (403). `None`: none of these; the row changed in another way meanwhile.
async fn refusal(
    tx: &mut sqlx::AnyConnection,
    by: &Actor<'_>,
    id: i64,
) -> Result<Option<AppError>, sqlx::Error> {
    let row: Option<GuardRow> = sqlx::query_as(
        "SELECT role, banned_at, \
           (SELECT COUNT(*) FROM account other \
            WHERE other.role = 'admin' AND other.banned_at IS NULL AND other.id <> $1) AS other_admins, \
           (SELECT COUNT(*) FROM account me \
            WHERE me.id = $2 AND me.role = 'admin' AND me.banned_at IS NULL) AS by_admin \
         FROM account WHERE id = $1",
    )
    .bind(id)
    .bind(by.id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(GuardRow {
        role,
        banned_at,
        other_admins,
        by_admin,
    }) = row
    else {
        return Ok(Some(AppError::NotFound));
    };
    if role != "admin" {
        return Ok(None);
    }
    if banned_at.is_none() && other_admins == 0 {
        return Ok(Some(AppError::Forbidden(Msg::new(super::LAST_ADMIN))));
    }
    if by_admin == 0 {
        return Ok(Some(AppError::Forbidden(Msg::new(
            crate::accounts::role::ADMINS_ONLY,
        ))));
    }
    Ok(None)
}

pub async fn verify(
    Admin(staff): Admin,
    State(state): State<AppState>,
    PathId(id): PathId,
) -> AppResult {
    let person = find(&state, id).await?;
    crate::accounts::role::may_act_on(&staff.me, person.role)?;
    if person.verified {
        return Ok(back(id, &staff.ctx.t("admin-user-already-verified")));
    }
    let mut tx = state.db.begin().await?;
    sqlx::query(
        "UPDATE account SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL",
    )
    .bind(now_ms())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut *tx,
        (&staff.me).into(),
        "verify",
        user_target(&person),
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(back(
        id,
        &staff
            .ctx
            .t1("admin-user-verified", "username", &person.username),
    ))
}

pub async fn resend(
    Admin(staff): Admin,
    State(state): State<AppState>,
    PathId(id): PathId,
) -> AppResult {
    let person = find(&state, id).await?;
    crate::accounts::role::may_act_on(&staff.me, person.role)?;
    if person.verified || person.banned {
        return Err(AppError::Unprocessable(Msg::new(
            "admin-user-resend-refused",
        )));
    }
    let mut tx = state.db.begin().await?;
    crate::jobs::enqueue(&mut *tx, &SendVerification { account_id: id }, now_ms()).await?;
    audit::record(
        &mut *tx,
        (&staff.me).into(),
        "resend-verification",
        user_target(&person),
        "",
    )
    .await?;
    tx.commit().await?;
    state.queue.wake();
    Ok(back(
        id,
        &staff.ctx.t1("admin-user-resent", "email", &person.email),
    ))
}

fn user_target(p: &Person) -> Target<'_> {
    Target {
        kind: "user",
        id: Some(p.id),
        label: &p.username,
    }
}

pub async fn ban(
    Admin(staff): Admin,
    State(state): State<AppState>,
    State(search): State<Search>,
    PathId(id): PathId,
    Form(form): Form<ActionForm>,
) -> AppResult {
    not_self(&(&staff.me).into(), id)?;
    let why = reason(&form.reason)?;
    let done = ban_account(&state, &search, (&staff.me).into(), id, &why).await?;
    Ok(back(id, &staff.ctx.lang.msg(&done)))
}

/// Bans `id` for `why`: their sessions and tokens end in the same
/// transaction and their posts leave search. Refused on oneself, on an
/// admin unless `by` is an admin, and on the last active admin. Returns
/// what to tell the staff member.
pub async fn ban_account(
    state: &AppState,
    search: &Search,
    by: Actor<'_>,
    id: i64,
    why: &str,
) -> AppResult<Msg> {
    not_self(&by, id)?;
    let person = find(state, id).await?;
    if person.banned {
        return Ok(Msg::new("admin-user-already-banned"));
    }
    let mut tx = begin(state).await?;
    let banned = sqlx::query(&format!(
        "UPDATE account SET banned_at = $1, ban_reason = $2 \
         WHERE id = $3 AND banned_at IS NULL AND {}",
        guard("$4")
    ))
    .bind(now_ms())
    .bind(why)
    .bind(id)
    .bind(by.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if banned == 0 {
        return match refusal(&mut tx, &by, id).await? {
            Some(refused) => Err(refused),
            None => Ok(Msg::new("admin-user-already-banned")),
        };
    }
    // Every session ends now: the next request from any of them is logged
    // out, wherever it comes from.
    crate::accounts::end_all_logins(&mut tx, id).await?;
    crate::search::sync::record_author(&mut *tx, id).await?;
    let by_id = by.id;
    audit::record(&mut *tx, by, "ban", user_target(&person), why).await?;
    tx.commit().await?;
    search.changed();
    state.sessions_ended(id).await;
    tracing::info!(user_id = id, by = by_id, "account banned");
    Ok(Msg::new("admin-user-banned").with("username", person.username))
}

pub async fn unban(
    Admin(staff): Admin,
    State(state): State<AppState>,
    State(search): State<Search>,
    PathId(id): PathId,
) -> AppResult {
    let person = find(&state, id).await?;
    crate::accounts::role::may_act_on(&staff.me, person.role)?;
    if !person.banned {
        return Ok(back(id, &staff.ctx.t("admin-user-not-banned")));
    }
    let mut tx = state.db.begin().await?;
    // An account its owner deleted is theirs to keep or let go: staff
    // cannot bring it back.
    let done = sqlx::query(
        "UPDATE account SET banned_at = NULL, ban_reason = NULL WHERE id = $1 AND deactivated_at IS NULL",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(back(id, &staff.ctx.t("admin-user-deleted-by-owner")));
    }
    crate::search::sync::record_author(&mut *tx, id).await?;
    audit::record(
        &mut *tx,
        (&staff.me).into(),
        "unban",
        user_target(&person),
        "",
    )
    .await?;
    tx.commit().await?;
    search.changed();
    Ok(back(
        id,
        &staff
            .ctx
            .t1("admin-user-unbanned", "username", &person.username),
    ))
}

/// Moves `id` one role up or down (user ↔ moderator ↔ admin). Refused on
/// oneself, on an admin unless `by` is an admin, and on the last active
/// admin. Returns what to tell the staff member.
pub async fn change_role(state: &AppState, by: Actor<'_>, id: i64, up: bool) -> AppResult<Msg> {
    not_self(&by, id)?;
    let person = find(state, id).await?;
    let Some(to) = (if up {
        person.role.up()
    } else {
        person.role.down()
    }) else {
        return Ok(Msg::new("admin-user-role-unchanged")
            .with("username", person.username)
            .with("role", person.role.as_str()));
    };
    let mut tx = begin(state).await?;
    // Only from the role the page showed: two admins clicking at once move
    // someone one step, not two.
    let changed = sqlx::query(&format!(
        "UPDATE account SET role = $1 WHERE id = $2 AND role = $3 AND {}",
        guard("$4")
    ))
    .bind(to.as_str())
    .bind(id)
    .bind(person.role.as_str())
    .bind(by.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return match refusal(&mut tx, &by, id).await? {
            Some(refused) => Err(refused),
            None => Ok(Msg::new("admin-user-role-changed-meanwhile")),
        };
    }
    let action = if up { "promote" } else { "demote" };
    audit::record(
        &mut *tx,
        by,
        action,
        user_target(&person),
        &format!("{} → {}", person.role.as_str(), to.as_str()),
    )
    .await?;
    tx.commit().await?;
    Ok(Msg::new("admin-user-role-changed")
        .with("username", person.username)
        .with("role", to.as_str()))
}

pub async fn promote(
    Admin(staff): Admin,
    State(state): State<AppState>,
    PathId(id): PathId,
) -> AppResult {
    let done = change_role(&state, (&staff.me).into(), id, true).await?;
    Ok(back(id, &staff.ctx.lang.msg(&done)))
}

pub async fn demote(
    Admin(staff): Admin,
    State(state): State<AppState>,
    PathId(id): PathId,
) -> AppResult {
    let done = change_role(&state, (&staff.me).into(), id, false).await?;
    Ok(back(id, &staff.ctx.lang.msg(&done)))
}

pub async fn delete(
    Admin(staff): Admin,
    State(state): State<AppState>,
    State(search): State<Search>,
    PathId(id): PathId,
    Form(form): Form<ActionForm>,
) -> AppResult {
    not_self(&(&staff.me).into(), id)?;
    let why = reason(&form.reason)?;
    confirmed(&form.confirm)?;
    let done = delete_account(&state, &search, (&staff.me).into(), id, &why).await?;
    Ok(flash::redirect("/admin/users", &staff.ctx.lang.msg(&done)))
}

/// Deletes an account and everything it made, in one transaction with its
/// audit record: its posts leave the search index (through the change
/// log), its pictures are queued for removal, and the notifications it
/// caused go (by cascade); the people whose unread count changed are told.
/// Refused on oneself, on an admin unless `by` is an admin, and on the
/// last active admin. Returns what to tell the staff member.
pub async fn delete_account(
    state: &AppState,
    search: &Search,
    by: Actor<'_>,
    id: i64,
    why: &str,
) -> AppResult<Msg> {
    not_self(&by, id)?;
    let person = find(state, id).await?;
    let mut tx = begin(state).await?;
    let receivers = crate::settings::account::erase_rows(&mut tx, id, false).await?;
    let gone = sqlx::query(&format!(
        "DELETE FROM account WHERE id = $1 AND {}",
        guard("$2")
    ))
    .bind(id)
    .bind(by.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if gone == 0 {
        // Rolled back as `tx` drops: the change log and discards above too.
        return Err(refusal(&mut tx, &by, id)
            .await?
            .unwrap_or(AppError::NotFound));
    }
    let by_id = by.id;
    audit::record(&mut *tx, by, "delete-user", user_target(&person), why).await?;
    tx.commit().await?;
    state.queue.wake();
    search.changed();
    state.sessions_ended(id).await;
    for receiver in receivers {
        crate::notifications::push_count(state, receiver).await;
    }
    tracing::info!(user_id = id, by = by_id, "account deleted");
    Ok(Msg::new("admin-user-deleted").with("username", person.username))
}
