//! The audit log: who did what to whom, why and when. Written in the same
//! transaction as the action itself, so an action without its record (or a
//! record of an action that rolled back) cannot happen. Append-only: the
//! table's triggers refuse updates and deletes.

use askama::Template;
use axum::extract::{Query, State};
use serde::Deserialize;

use super::{Admin, Section};
use crate::accounts::Ctx;
use crate::accounts::Role;
use crate::error::AppResult;
use crate::web::AppState;
use crate::web::{PAGE_SIZE, PageQuery, Paging, page};

pub use crate::moderation::{Actor, Target, record};

#[derive(sqlx::FromRow)]
pub struct Entry {
    pub actor_name: String,
    pub action: String,
    pub target_kind: String,
    pub target_id: Option<i64>,
    pub target_label: String,
    pub reason: String,
    pub created_at: i64,
}

impl Entry {
    /// Where the target can still be seen, if it is a person or a post.
    pub fn link(&self) -> Option<String> {
        match (self.target_kind.as_str(), self.target_id) {
            ("user", Some(id)) => Some(format!("/admin/users/{id}")),
            ("post", Some(id)) => Some(format!("/posts/{id}")),
            _ => None,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub target: String,
}

impl Filter {
    /// The filter as a query string, for the pagination links.
    pub fn query(&self) -> String {
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("actor", &self.actor)
            .append_pair("action", &self.action)
            .append_pair("target", &self.target)
            .finish()
    }
}

/// Every action the pages write, for the filter's choices.
pub const ACTIONS: &[&str] = &[
    "ban",
    "unban",
    "verify",
    "resend-verification",
    "promote",
    "demote",
    "delete-user",
    "edit-post",
    "delete-post",
    "delete-comment",
    "retry-job",
    "retry-dead-jobs",
    "discard-job",
    "reindex-search",
    "check-search",
    "create-admin",
    "reset-second-factor",
    "require-second-factor",
    "stop-requiring-second-factor",
];

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    ctx: Ctx,
    role: Role,
    section: Section,
    entries: Vec<Entry>,
    filter: Filter,
    actions: &'static [&'static str],
    paging: Paging,
    query: String,
}

pub async fn list(
    Admin(staff): Admin,
    State(state): State<AppState>,
    Query(filter): Query<Filter>,
    paging: PageQuery,
) -> AppResult {
    let role = staff.me.role();
    let like = |s: &str| crate::db::contains_pattern(s.trim());
    let mut entries: Vec<Entry> = sqlx::query_as(
        "SELECT actor_name, action, target_kind, target_id, target_label, reason, created_at \
         FROM audit_log \
         WHERE ($1 = '' OR actor_name = $1) AND ($2 = '' OR action = $2) \
           AND ($3 = '' OR LOWER(target_label) LIKE LOWER($4) ESCAPE '\\') \
         ORDER BY id DESC LIMIT $5 OFFSET $6",
    )
    .bind(filter.actor.trim())
    .bind(filter.action.trim())
    .bind(filter.target.trim())
    .bind(like(&filter.target))
    .bind(PAGE_SIZE + 1)
    .bind(paging.offset())
    .fetch_all(&state.db)
    .await?;
    let pages = paging.paging(&mut entries);
    page(&AuditPage {
        ctx: staff.ctx,
        role,
        section: Section::Audit,
        entries,
        query: format!("{}&", filter.query()),
        filter,
        actions: ACTIONS,
        paging: pages,
    })
}
