//! Notifications: someone followed you, liked or commented on your post,
//! replied to your comment or mentioned you.
//! Made in the event's own transaction (`store`), listed grouped at
//! `/notifications`, counted in the navigation badge, and pushed live over
//! SSE (`stream`) through in-process or Redis fan-out (`web::live`).

pub mod digest;
pub mod mail;
mod prefs;
pub mod store;
pub mod stream;

use askama::Template;
use axum::Router;
use axum::extract::{FromRef, State};
use axum::response::IntoResponse;
use axum::routing::{get, post};

use crate::accounts::Ctx;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::media::Avatar;
use crate::web::AppState;
use crate::web::cache::additive;
use crate::web::live::Push;
use crate::web::{PAGE_SIZE, PageQuery, Paging, PathId, flash, page};
use store::Item;

pub fn router<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
{
    Router::new()
        .route("/notifications", get(list))
        // Nobody's public pages change when notifications are read.
        .route("/notifications/read-all", additive(post(read_all)))
        .route("/notifications/{id}/read", additive(post(read_one)))
        .route(
            "/settings/notifications",
            get(prefs::show).post(prefs::update),
        )
        .route(
            "/unsubscribe",
            get(prefs::unsubscribe_page).post(prefs::unsubscribe),
        )
}

/// In a like's or follow's transaction: its notification (see
/// `store::once`) and, when the receiver wants that kind at once, their
/// mail job. Returns the notification for `push_new` after the commit.
pub async fn notify_once(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    state: &AppState,
    receiver: i64,
    actor: i64,
    action: &str,
    post_id: Option<i64>,
) -> Result<Option<i64>, sqlx::Error> {
    let note = store::once(tx, receiver, actor, action, post_id).await?;
    if note.is_some() {
        mail::after_new(tx, state, receiver, action).await?;
    }
    Ok(note)
}

/// What one event told whom, pushed once its transaction committed.
#[derive(Debug, Default)]
pub struct Told {
    /// (receiver, notification) made.
    pub new: Vec<(i64, Option<i64>)>,
    /// Receivers whose unread count changed otherwise (taken back).
    pub changed: Vec<i64>,
}

impl Told {
    pub async fn push(self, state: &AppState) {
        for (receiver, id) in self.new {
            push_new(state, receiver, id).await;
        }
        for receiver in self.changed {
            push_count(state, receiver).await;
        }
    }
}

/// In a comment's transaction: `receiver` is told of it as `action`
/// (`comment` or `reply`), unless this comment told them already, with
/// their mail job when they want it at once.
pub async fn addressed(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    state: &AppState,
    told: &mut Told,
    (receiver, actor): (i64, i64),
    action: &str,
    post_id: i64,
    comment_id: i64,
) -> Result<(), sqlx::Error> {
    let note = store::addressed(tx, receiver, actor, action, post_id, comment_id).await?;
    if note.is_some() {
        mail::after_new(tx, state, receiver, action).await?;
        told.new.push((receiver, note));
    }
    Ok(())
}

/// In a post's or comment's transaction, after it was written or edited:
/// everyone `mentioned` who was not told of this text yet is told; an
/// unread mention of someone no longer named is taken back.
pub async fn mentions(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    state: &AppState,
    told: &mut Told,
    actor: i64,
    (post_id, comment_id): (i64, Option<i64>),
    mentioned: &[i64],
) -> Result<(), sqlx::Error> {
    for &receiver in mentioned {
        let note = store::mention(tx, receiver, actor, post_id, comment_id).await?;
        if note.is_some() {
            mail::after_new(tx, state, receiver, "mention").await?;
            told.new.push((receiver, note));
        }
    }
    let gone = store::retract_mentions(tx, post_id, comment_id, mentioned).await?;
    told.changed.extend(gone);
    Ok(())
}

/// After the event's transaction committed: push the new notification to
/// the receiver's open streams, its text in the receiver's language (their
/// setting; English when they never chose one, whatever their browser
/// asks: the push is written once for all their pages).
pub async fn push_new(state: &AppState, receiver: i64, id: Option<i64>) {
    let Some(id) = id else { return };
    let found = async {
        let item = store::find(&state.db, receiver, id).await?;
        let unread_count = store::unread_count(&state.db, receiver).await?;
        let locale = crate::accounts::locale_of(&state.db, receiver).await?;
        let lang = state.i18n.for_account(locale.as_deref());
        Ok::<_, sqlx::Error>(item.map(|item| Push::Notification {
            id: item.id,
            data: stream::notification_data(&item, unread_count, &lang),
        }))
    };
    match found.await {
        Ok(Some(push)) => state.fanout.publish(receiver, push).await,
        Ok(None) => {}
        Err(e) => tracing::warn!(error = %e, "could not read a notification to push"),
    }
}

/// Pushes the receiver's unread count (after reads or a retraction).
pub async fn push_count(state: &AppState, receiver: i64) {
    match store::unread_count(&state.db, receiver).await {
        Ok(unread_count) => {
            state
                .fanout
                .publish(receiver, Push::Unread { unread_count })
                .await
        }
        Err(e) => tracing::warn!(error = %e, "could not count unread notifications"),
    }
}

/// Likes of one post (and follows) that are unread, or of the same day,
/// shown as one entry: "Ana, Ben and 3 others liked …".
///
/// The page writes each entry as a sentence around two links, the names
/// and the post's title: `before` + names + `verb` + title + `after`
/// (`Group::sentence`); the digest writes it as one line (`Group::line`).
pub struct Group {
    pub first: Item,
    pub actors: Vec<(String, String, Avatar)>,
    pub count: usize,
    pub unread: bool,
}

impl Group {
    /// Who did it, in `lang`: "Ana", "Ana and Ben", "Ana, Ben and 3 others".
    pub fn who(&self, lang: &Lang) -> String {
        let names: Vec<&str> = self
            .actors
            .iter()
            .take(2)
            .map(|(_, n, _)| n.as_str())
            .collect();
        match self.count {
            1 => names[0].to_string(),
            2 => lang.t2(
                "notifications-who-two",
                "first",
                names[0],
                "second",
                names[1],
            ),
            n => lang.t3(
                "notifications-who-many",
                "first",
                names[0],
                "second",
                names[1],
                "others",
                n - 2,
            ),
        }
    }

    /// The messages of the page's sentence: before the names, between
    /// the names and the post's title, after the title (a follow has no
    /// title: its sentence ends with `verb`).
    fn sentence(&self) -> (&'static str, &'static str, Option<&'static str>) {
        match self.first.action.as_str() {
            "follow" => (
                "notifications-follow-before",
                "notifications-follow-verb",
                None,
            ),
            "like" => (
                "notifications-like-before",
                "notifications-like-verb",
                Some("notifications-like-after"),
            ),
            "reply" => (
                "notifications-reply-before",
                "notifications-reply-verb",
                Some("notifications-reply-after"),
            ),
            "mention" if self.first.comment_id.is_some() => (
                "notifications-mention-comment-before",
                "notifications-mention-comment-verb",
                Some("notifications-mention-comment-after"),
            ),
            "mention" => (
                "notifications-mention-before",
                "notifications-mention-verb",
                Some("notifications-mention-after"),
            ),
            _ => (
                "notifications-comment-before",
                "notifications-comment-verb",
                Some("notifications-comment-after"),
            ),
        }
    }

    /// The page's words before the names (none in English).
    pub fn before(&self, lang: &Lang) -> String {
        lang.t1(self.sentence().0, "count", self.count)
    }

    /// The page's words between the names and the title ("liked").
    pub fn verb(&self, lang: &Lang) -> String {
        lang.t1(self.sentence().1, "count", self.count)
    }

    /// The page's words after the title (none in English).
    pub fn after(&self, lang: &Lang) -> String {
        match self.sentence().2 {
            Some(key) => lang.t1(key, "count", self.count),
            None => String::new(),
        }
    }

    /// The entry as one line of the digest, in `lang`.
    pub fn line(&self, lang: &Lang) -> String {
        let who = self.who(lang);
        let title = match self.first.post_title.as_deref() {
            Some(title) => title.to_string(),
            None => lang.t("notifications-your-post"),
        };
        let key = match self.first.action.as_str() {
            "follow" => {
                return lang.t2("notifications-line-follow", "who", who, "count", self.count);
            }
            "like" => "notifications-line-like",
            "reply" => "notifications-line-reply",
            "mention" if self.first.comment_id.is_some() => "notifications-line-mention-comment",
            "mention" => "notifications-line-mention",
            _ => "notifications-line-comment",
        };
        lang.t3(key, "who", who, "title", title, "count", self.count)
    }

    /// Where it happened: the comment itself when there is one.
    pub fn link(&self) -> Option<String> {
        let post = self.first.post_id?;
        Some(match self.first.comment_id {
            Some(c) => format!("/posts/{post}#comment-{c}"),
            None => format!("/posts/{post}"),
        })
    }
}

fn day(ms: i64) -> i64 {
    ms.div_euclid(24 * 3600 * 1000)
}

pub fn group(items: Vec<Item>) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for item in items {
        let name = if item.actor_name.is_empty() {
            item.actor.clone()
        } else {
            item.actor_name.clone()
        };
        let avatar = Avatar::new(
            &item.actor,
            &item.actor_name,
            item.actor_avatar.clone(),
            None,
        );
        // Likes of a post, follows, and replies to one comment group;
        // each comment and mention is its own entry.
        let joins = |g: &Group| {
            matches!(item.action.as_str(), "like" | "follow" | "reply")
                && g.first.action == item.action
                && g.first.post_id == item.post_id
                && (item.action != "reply" || g.first.parent_id == item.parent_id)
                && (!item.read && g.unread || day(g.first.created_at) == day(item.created_at))
        };
        match groups.iter_mut().find(|g| joins(g)) {
            Some(g) => {
                if !g.actors.iter().any(|(u, _, _)| *u == item.actor) {
                    g.actors.push((item.actor.clone(), name, avatar));
                    g.count += 1;
                }
                g.unread |= !item.read;
            }
            None => groups.push(Group {
                unread: !item.read,
                actors: vec![(item.actor.clone(), name, avatar)],
                count: 1,
                first: item,
            }),
        }
    }
    groups
}

#[derive(Template)]
#[template(path = "notifications/index.html")]
pub struct ListPage {
    ctx: Ctx,
    groups: Vec<Group>,
    paging: Paging,
}

impl ListPage {
    fn any_unread(&self) -> bool {
        self.groups.iter().any(|g| g.unread)
    }
}

async fn list(ctx: Ctx, State(state): State<AppState>, q: PageQuery) -> AppResult {
    let me = ctx.require_user()?.id;
    // A page is 40 rows, grouped; one more row tells if there is a next page.
    let rows = PAGE_SIZE * 2;
    let mut items = store::page(&state.db, me, (q.number() - 1) * rows, rows + 1).await?;
    let paging = Paging {
        page: q.number(),
        has_next: items.len() as i64 > rows && q.number() < crate::web::MAX_PAGE,
    };
    items.truncate(rows as usize);
    let groups = group(items);
    page(&ListPage {
        ctx,
        groups,
        paging,
    })
}

async fn read_all(ctx: Ctx, State(state): State<AppState>) -> AppResult {
    let me = ctx.require_user()?.id;
    store::mark_read(&state.db, me, None).await?;
    push_count(&state, me).await;
    Ok(flash::redirect(
        "/notifications",
        &ctx.t("notifications-all-read"),
    ))
}

async fn read_one(ctx: Ctx, State(state): State<AppState>, PathId(id): PathId) -> AppResult {
    let me = ctx.require_user()?.id;
    store::mark_read(&state.db, me, Some(id)).await?;
    push_count(&state, me).await;
    Ok(axum::response::Redirect::to("/notifications").into_response())
}
