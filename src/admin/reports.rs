//! The moderation queue, `/admin/reports`: open reports grouped by item,
//! oldest first, each with how many people reported it and why, and the
//! decisions right there: dismiss, remove the content, ban its author.
//! Every decision resolves all the item's open reports at once (one
//! `UPDATE`, `reports::resolve`). Below, the latest decisions.
//!
//! The decisions are the existing actions: removal is `posts::remove` /
//! `comments::remove` (audit row, mail to the author, and the reports
//! resolved in that same transaction, by `moderation::removed`); a ban is
//! `users::ban_account`, whose transaction ends the sessions, after which
//! the reports are resolved; a dismissal writes its audit row and resolves
//! in one transaction.
//!
//! Roles: moderators and admins. Only an admin acts on what an admin wrote
//! or on an admin's profile (`may_act_on`), and only an admin bans a
//! moderator; nobody decides the reports about themselves. A form that
//! may not be used is not shown, and posting it anyway is a 403.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use serde::Deserialize;

use super::{Section, Staff, reason};
use crate::accounts::{Ctx, CurrentUser, Role};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::moderation::reports::{self, Kind, Reason, Resolution};
use crate::search::Search;
use crate::web::AppState;
use crate::web::form::Form;
use crate::web::{PAGE_SIZE, PageQuery, Paging, flash, page};

/// Lines of reports shown under one item; the reasons are counted over all.
const LINES_SHOWN: usize = 10;
/// Decisions shown in "Resolved".
const RESOLVED_SHOWN: i64 = 50;

/// The open items of one page, oldest first report first: the grouped
/// query both of the page's queries start from (`$1` limit, `$2` offset).
const OPEN_ITEMS: &str = "SELECT kind, target_id, COUNT(*) AS reports, MIN(created_at) AS first_at, \
       MAX(target_label) AS label \
     FROM report WHERE resolved_at IS NULL GROUP BY kind, target_id \
     ORDER BY MIN(created_at), kind, target_id LIMIT $1 OFFSET $2";

#[derive(sqlx::FromRow)]
struct ItemSql {
    kind: String,
    target_id: i64,
    reports: i64,
    first_at: i64,
    label: String,
    post_id: Option<i64>,
    post_title: Option<String>,
    comment_id: Option<i64>,
    comment_body: Option<String>,
    comment_post: Option<i64>,
    author_id: Option<i64>,
    author: Option<String>,
    author_role: Option<String>,
    author_banned: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct LineSql {
    kind: String,
    target_id: i64,
    reporter: String,
    reason: String,
    details: String,
    created_at: i64,
}

pub struct Line {
    pub reporter: String,
    /// The reason's label, in the page's language.
    pub reason: String,
    pub details: String,
    pub created_at: i64,
}

/// One reported item with its open reports and what the viewer may do.
pub struct QueueItem {
    pub kind: Kind,
    pub target_id: i64,
    pub label: String,
    /// Where it is shown; `None` once it is gone (deleted by its author).
    pub link: Option<String>,
    pub author: Option<String>,
    pub author_banned: bool,
    pub reports: i64,
    pub first_at: i64,
    /// `Spam ×2, Harassment ×1`, in the page's language.
    pub tally: String,
    pub lines: Vec<Line>,
    pub more_lines: usize,
    pub can_dismiss: bool,
    pub can_remove: bool,
    pub can_ban: bool,
    /// Why the viewer gets fewer forms, if they do (a message key).
    pub note: Option<&'static str>,
}

impl QueueItem {
    /// The path its forms post to: `/admin/reports/post/12`.
    pub fn path(&self) -> String {
        format!("/admin/reports/{}/{}", self.kind.as_str(), self.target_id)
    }
}

#[derive(sqlx::FromRow)]
pub struct Decision {
    pub kind: String,
    pub target_id: i64,
    pub label: String,
    pub reports: i64,
    pub resolver_name: Option<String>,
    pub resolution: Option<String>,
    pub note: String,
    pub resolved_at: i64,
}

impl Decision {
    /// `post #12 “Title” (2 reports):`, written with `Lang::msg`.
    pub fn summary(&self) -> Msg {
        Msg::new("admin-reports-decision")
            .with("kind", self.kind.as_str())
            .with("id", self.target_id)
            .with("label", self.label.as_str())
            .with("count", self.reports)
    }
}

#[derive(Template)]
#[template(path = "admin/reports.html")]
struct ReportsPage {
    ctx: Ctx,
    role: Role,
    section: Section,
    items: Vec<QueueItem>,
    open_reports: i64,
    open_items: i64,
    resolved: Vec<Decision>,
    paging: Paging,
    query: String,
}

/// What the viewer may do with an item written by `author` (role, id,
/// banned), and why not when they may not.
struct Allowed {
    dismiss: bool,
    remove: bool,
    ban: bool,
    /// A message key.
    note: Option<&'static str>,
}

const ABOUT_YOU: &str = "admin-reports-about-you";
const STAFF_BAN: &str = "admin-reports-staff-ban";

fn allowed(
    me: &CurrentUser,
    kind: Kind,
    author: Option<(i64, Role, bool)>,
    present: bool,
) -> Allowed {
    let Some((author_id, role, banned)) = author else {
        // Gone with its author: only dismissing is left.
        return Allowed {
            dismiss: true,
            remove: false,
            ban: false,
            note: None,
        };
    };
    if author_id == me.id {
        return Allowed {
            dismiss: false,
            remove: false,
            ban: false,
            note: Some(ABOUT_YOU),
        };
    }
    if crate::accounts::role::may_act_on(me, role).is_err() {
        return Allowed {
            dismiss: false,
            remove: false,
            ban: false,
            note: Some(crate::accounts::role::ADMINS_ONLY),
        };
    }
    let ban_staff = role >= Role::Moderator && me.role() < Role::Admin;
    Allowed {
        dismiss: true,
        remove: present && kind != Kind::User,
        ban: !banned && !ban_staff,
        note: (ban_staff && !banned).then_some(STAFF_BAN),
    }
}

/// The label of a stored reason in `lang` (anything unknown is "other").
fn reason_label(lang: &Lang, stored: &str) -> String {
    lang.t(Reason::parse(stored).unwrap_or(Reason::Other).label_key())
}

fn tally(lang: &Lang, lines: &[LineSql]) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for l in lines {
        let label = reason_label(lang, &l.reason);
        match counts.iter_mut().find(|(r, _)| *r == label) {
            Some((_, n)) => *n += 1,
            None => counts.push((label, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
        .iter()
        .map(|(r, n)| lang.t2("admin-reports-tally-entry", "reason", r, "count", n))
        .collect::<Vec<_>>()
        .join(lang.t("admin-reports-tally-separator").as_str())
}

pub async fn list(staff: Staff, State(state): State<AppState>, paging: PageQuery) -> AppResult {
    let me = &staff.me;
    let lang = &staff.ctx.lang;
    // The page's items, with each one's content and author as they are now.
    let mut rows: Vec<ItemSql> = sqlx::query_as(&format!(
        "SELECT g.kind, g.target_id, g.reports, g.first_at, g.label, \
           p.id AS post_id, p.title AS post_title, \
           c.id AS comment_id, c.body AS comment_body, c.post_id AS comment_post, \
           a.id AS author_id, a.username AS author, a.role AS author_role, a.banned_at AS author_banned \
         FROM ({OPEN_ITEMS}) g \
         LEFT JOIN post p ON g.kind = 'post' AND p.id = g.target_id \
         LEFT JOIN comment c ON g.kind = 'comment' AND c.id = g.target_id AND c.deleted_at IS NULL \
         LEFT JOIN account a ON a.id = (CASE WHEN g.kind = 'post' THEN p.author_id \
                                             WHEN g.kind = 'comment' THEN c.author_id \
                                             ELSE g.target_id END) \
         ORDER BY g.first_at, g.kind, g.target_id"
    ))
    .bind(PAGE_SIZE + 1)
    .bind(paging.offset())
    .fetch_all(&state.db)
    .await?;
    let pages = paging.paging(&mut rows);
    // Every open report of those items, oldest first.
    let lines: Vec<LineSql> = sqlx::query_as(&format!(
        "SELECT r.kind, r.target_id, a.username AS reporter, r.reason, r.details, r.created_at \
         FROM report r JOIN account a ON a.id = r.reporter_id \
         JOIN ({OPEN_ITEMS}) g ON g.kind = r.kind AND g.target_id = r.target_id \
         WHERE r.resolved_at IS NULL ORDER BY r.id"
    ))
    .bind(PAGE_SIZE)
    .bind(paging.offset())
    .fetch_all(&state.db)
    .await?;
    let mut by_item: HashMap<(String, i64), Vec<LineSql>> = HashMap::new();
    for line in lines {
        by_item
            .entry((line.kind.clone(), line.target_id))
            .or_default()
            .push(line);
    }
    let items = rows
        .into_iter()
        .filter_map(|row| {
            let kind = Kind::parse(&row.kind)?;
            let mine = by_item
                .remove(&(row.kind.clone(), row.target_id))
                .unwrap_or_default();
            let (present, label, link) = match kind {
                Kind::Post => (
                    row.post_id.is_some(),
                    row.post_title.clone().unwrap_or(row.label.clone()),
                    row.post_id.map(|id| format!("/posts/{id}")),
                ),
                Kind::Comment => (
                    row.comment_id.is_some(),
                    row.comment_body
                        .as_deref()
                        .map_or(row.label.clone(), |b| reports::excerpt(b, 160)),
                    row.comment_post
                        .map(|p| format!("/posts/{p}#comment-{}", row.target_id)),
                ),
                Kind::User => (
                    row.author_id.is_some(),
                    row.author.clone().unwrap_or(row.label.clone()),
                    row.author.as_ref().map(|u| format!("/u/{u}")),
                ),
            };
            let author = row.author_id.map(|id| {
                (
                    id,
                    Role::parse(row.author_role.as_deref().unwrap_or("user")),
                    row.author_banned.is_some(),
                )
            });
            let may = allowed(me, kind, author.filter(|_| present), present);
            let more_lines = mine.len().saturating_sub(LINES_SHOWN);
            Some(QueueItem {
                kind,
                target_id: row.target_id,
                label,
                link: link.filter(|_| present),
                author: row.author.filter(|_| present),
                author_banned: row.author_banned.is_some(),
                reports: row.reports,
                first_at: row.first_at,
                tally: tally(lang, &mine),
                lines: mine
                    .into_iter()
                    .take(LINES_SHOWN)
                    .map(|l| Line {
                        reason: reason_label(lang, &l.reason),
                        reporter: l.reporter,
                        details: l.details,
                        created_at: l.created_at,
                    })
                    .collect(),
                more_lines,
                can_dismiss: may.dismiss,
                can_remove: may.remove,
                can_ban: may.ban,
                note: may.note,
            })
        })
        .collect();
    let (open_reports, open_items) = reports::open_counts(&state.db).await?;
    // The latest decisions: one row per item and decision (a decision
    // resolves an item's reports with one UPDATE, so they share its time),
    // grouped over the latest resolved reports only, so the page's cost
    // does not grow with the history.
    let resolved: Vec<Decision> = sqlx::query_as(
        "SELECT kind, target_id, MAX(target_label) AS label, COUNT(*) AS reports, \
           resolver_name, resolution, note, resolved_at \
         FROM (SELECT kind, target_id, target_label, resolver_name, resolution, note, resolved_at \
               FROM report WHERE resolved_at IS NOT NULL ORDER BY resolved_at DESC LIMIT 1000) r \
         GROUP BY kind, target_id, resolved_at, resolver_name, resolution, note \
         ORDER BY resolved_at DESC LIMIT $1",
    )
    .bind(RESOLVED_SHOWN)
    .fetch_all(&state.db)
    .await?;
    page(&ReportsPage {
        role: me.role(),
        ctx: staff.ctx,
        section: Section::Reports,
        items,
        open_reports,
        open_items,
        resolved,
        paging: pages,
        query: String::new(),
    })
}

/// An item as the decision forms name it: `/admin/reports/{kind}/{id}/…`.
struct Open {
    kind: Kind,
    id: i64,
    label: String,
    /// (id, role, banned) of whoever wrote it, while it exists.
    author: Option<(i64, Role, bool)>,
}

/// Reads the path (`post`, `comment` or `user`, and a positive id: else
/// 404) and the item's open reports; `None` when none is open any more.
async fn open_item(state: &AppState, kind: &str, id: &str) -> AppResult<Option<Open>> {
    let kind = Kind::parse(kind).ok_or(AppError::NotFound)?;
    let id = match id.parse::<i64>() {
        Ok(n) if n > 0 && id.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => return Err(AppError::NotFound),
    };
    let label: Option<String> = sqlx::query_scalar(
        "SELECT MAX(target_label) FROM report WHERE kind = $1 AND target_id = $2 AND resolved_at IS NULL",
    )
    .bind(kind.as_str())
    .bind(id)
    .fetch_one(&state.db)
    .await?;
    let Some(label) = label else {
        return Ok(None);
    };
    let author: Option<(i64, String, Option<i64>)> = match kind {
        Kind::Post => {
            sqlx::query_as(
                "SELECT a.id, a.role, a.banned_at FROM post p JOIN account a ON a.id = p.author_id WHERE p.id = $1",
            )
            .bind(id)
            .fetch_optional(&state.db)
            .await?
        }
        Kind::Comment => {
            sqlx::query_as(
                "SELECT a.id, a.role, a.banned_at FROM comment c JOIN account a ON a.id = c.author_id \
                 WHERE c.id = $1 AND c.deleted_at IS NULL",
            )
            .bind(id)
            .fetch_optional(&state.db)
            .await?
        }
        Kind::User => {
            sqlx::query_as("SELECT id, role, banned_at FROM account WHERE id = $1")
                .bind(id)
                .fetch_optional(&state.db)
                .await?
        }
    };
    Ok(Some(Open {
        kind,
        id,
        label,
        author: author.map(|(id, role, banned)| (id, Role::parse(&role), banned.is_some())),
    }))
}

/// The refusal for a form the page did not offer this viewer.
fn refused(may: &Allowed) -> AppError {
    AppError::Forbidden(Msg::new(may.note.unwrap_or("admin-reports-refused")))
}

fn back(message: &str) -> axum::response::Response {
    flash::redirect("/admin/reports", message)
}

const ALREADY: &str = "admin-reports-already";

#[derive(Debug, Default, Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    reason: String,
}

/// Closes the item's reports without touching the item.
pub async fn dismiss(
    staff: Staff,
    State(state): State<AppState>,
    Path((kind, id)): Path<(String, String)>,
    Form(form): Form<DecisionForm>,
) -> AppResult {
    let Some(item) = open_item(&state, &kind, &id).await? else {
        return Ok(back(&staff.ctx.t(ALREADY)));
    };
    let may = allowed(&staff.me, item.kind, item.author, item.author.is_some());
    if !may.dismiss {
        return Err(refused(&may));
    }
    let note: String = crate::web::clean_text(form.reason.trim())
        .chars()
        .take(500)
        .collect();
    let mut tx = state.db.begin().await?;
    let resolved = reports::resolve(
        &mut *tx,
        item.kind,
        item.id,
        &staff.me,
        Resolution::Dismissed,
        &note,
    )
    .await?;
    if resolved == 0 {
        return Ok(back(&staff.ctx.t(ALREADY)));
    }
    crate::moderation::record(
        &mut *tx,
        (&staff.me).into(),
        "dismiss-reports",
        crate::moderation::Target {
            kind: item.kind.as_str(),
            id: Some(item.id),
            label: &item.label,
        },
        &note,
    )
    .await?;
    tx.commit().await?;
    Ok(back(&staff.ctx.t2(
        "admin-reports-dismissed",
        "count",
        resolved,
        "kind",
        item.kind.as_str(),
    )))
}

/// Removes the post or comment with the reason (told to its author by mail);
/// its reports are resolved in the removal's transaction.
pub async fn remove(
    staff: Staff,
    State(state): State<AppState>,
    State(search): State<Search>,
    Path((kind, id)): Path<(String, String)>,
    Form(form): Form<DecisionForm>,
) -> AppResult {
    let Some(item) = open_item(&state, &kind, &id).await? else {
        return Ok(back(&staff.ctx.t(ALREADY)));
    };
    if item.kind == Kind::User {
        return Err(AppError::Unprocessable(Msg::new(
            "admin-reports-profile-not-removable",
        )));
    }
    let may = allowed(&staff.me, item.kind, item.author, item.author.is_some());
    if !may.remove {
        return Err(if item.author.is_none() {
            AppError::NotFound
        } else {
            refused(&may)
        });
    }
    let why = reason(&form.reason)?;
    match item.kind {
        Kind::Post => {
            crate::posts::remove(&state, &search, item.id, &staff.me, &why).await?;
        }
        _ => {
            crate::social::comments::remove(&state, item.id, &staff.me, &why).await?;
        }
    }
    // The removal resolved the item's reports in its own transaction
    // (`moderation::removed`): it is a staff removal, since reports about
    // oneself are refused above.
    Ok(back(&staff.ctx.t1(
        "admin-reports-removed",
        "kind",
        item.kind.as_str(),
    )))
}

/// Bans whoever wrote the item (or the reported person) with the reason;
/// then resolves the item's reports.
pub async fn ban(
    staff: Staff,
    State(state): State<AppState>,
    State(search): State<Search>,
    Path((kind, id)): Path<(String, String)>,
    Form(form): Form<DecisionForm>,
) -> AppResult {
    let Some(item) = open_item(&state, &kind, &id).await? else {
        return Ok(back(&staff.ctx.t(ALREADY)));
    };
    let Some((author_id, _, _)) = item.author else {
        return Err(AppError::NotFound);
    };
    let may = allowed(&staff.me, item.kind, item.author, true);
    if !may.ban {
        return Err(if may.note.is_some() {
            refused(&may)
        } else {
            AppError::Unprocessable(Msg::new("admin-reports-already-banned"))
        });
    }
    let why = reason(&form.reason)?;
    // Its own transaction (sessions ended, the last-admin rule kept);
    // the reports are resolved right after. Should that fail, the item
    // stays in the queue with its author shown banned, to dismiss.
    let done =
        super::users::ban_account(&state, &search, (&staff.me).into(), author_id, &why).await?;
    reports::resolve(
        &state.db,
        item.kind,
        item.id,
        &staff.me,
        Resolution::Banned,
        &why,
    )
    .await?;
    Ok(back(&staff.ctx.t1(
        "admin-reports-banned",
        "done",
        staff.ctx.lang.msg(&done),
    )))
}
