//! `GET /notifications/stream`: the receiver's notifications as
//! server-sent events. `notification` events carry the item (their SSE id
//! is its id, so a reconnect with `Last-Event-ID` replays what was missed),
//! `unread` events the new count, `refresh` tells a client that fell too far
//! behind to reload. Comments keep proxies from closing an idle stream; the
//! stream ends when the server shuts down.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use serde_json::json;
use std::sync::Arc;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;
use tokio_stream::wrappers::{BroadcastStream, IntervalStream};

use super::store::{self, Item};
use crate::accounts::Ctx;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::live::Push;

/// The JSON of a `notification` event; pushed and replayed alike, its
/// `text` in `lang`.
pub fn notification_data(item: &Item, unread_count: i64, lang: &Lang) -> String {
    json!({
        "id": item.id,
        "action": item.action,
        "actor": item.actor,
        "actor_name": item.actor_name,
        "post_id": item.post_id,
        "text": item.text(lang),
        "unread_count": unread_count,
    })
    .to_string()
}

fn notification_event(id: i64, data: &str) -> Event {
    Event::default()
        .event("notification")
        .id(id.to_string())
        .data(data)
}

fn unread_event(unread_count: i64) -> Event {
    Event::default()
        .event("unread")
        .data(json!({ "unread_count": unread_count }).to_string())
}

/// Where the stream is served (on a connection of its own when it is the
/// connection's first request: `web::long_lived`).
pub const PATH: &str = "/notifications/stream";

/// Streams recheck their session this often even when nobody tells them.
const RECHECK_EVERY: Duration = Duration::from_secs(10 * 60);

enum Out {
    Event(Event),
    Skip,
    /// Evicted: a `closed` event, then the end.
    Closed,
    End,
}

/// The stream's session is still there, unexpired, and its account not
/// banned. A database error keeps the stream (the next check decides).
async fn session_stands(db: &crate::db::Db, key: &str) -> bool {
    let found: Result<Option<i64>, sqlx::Error> = sqlx::query_scalar(
        "SELECT s.account_id FROM session s JOIN account a ON a.id = s.account_id \
         WHERE s.id = $1 AND s.expires_at > $2 AND s.created_at > $3 AND a.banned_at IS NULL",
    )
    .bind(key)
    .bind(crate::db::now_ms())
    .bind(crate::db::now_ms() - crate::accounts::session_store::ABSOLUTE_LIFETIME_MS)
    .fetch_optional(db)
    .await;
    match found {
        Ok(row) => row.is_some(),
        Err(e) => {
            tracing::warn!(error = %e, "could not recheck a stream's session");
            true
        }
    }
}

/// Lets the hub (and the site-wide count) forget this stream once it is gone.
struct Release {
    fanout: crate::web::live::Fanout,
    user: i64,
    ticket: u64,
    _counted: crate::metrics::StreamOpen,
}

impl Drop for Release {
    fn drop(&mut self) {
        self.fanout.release(self.user, self.ticket);
    }
}

pub async fn stream(
    ctx: Ctx,
    State(state): State<AppState>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let Some(user) = ctx.user else {
        return Ok((
            StatusCode::UNAUTHORIZED,
            ctx.lang.t("notifications-stream-log-in"),
        )
            .into_response());
    };
    // Subscribed before the replay is read, so nothing falls in between.
    let subscription = state.fanout.hub.subscribe(user.id);
    // From here on, however the handler ends (an error below, the client
    // gone), the hub forgets this stream.
    let release = Release {
        fanout: state.fanout.clone(),
        user: user.id,
        ticket: subscription.ticket,
        _counted: state.metrics.stream_opened(),
    };
    state
        .fanout
        .count_stream(user.id, subscription.ticket)
        .await;
    let live = BroadcastStream::new(subscription.rx);
    // Pushed out by this person's newer streams: one `closed` event, then
    // the end (the page does not reconnect until it is looked at again).
    let evicted = futures::stream::once(subscription.evicted).map(|_| Ok(Arc::new(Push::Evicted)));
    let last_seen = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok());
    // Every stream starts with the current count, read after subscribing:
    // a page restored from the browser's back/forward cache (or rendered
    // just before something arrived) is put right at once.
    let unread = store::unread_count(&state.db, user.id).await?;
    let mut replay = vec![unread_event(unread)];
    let mut replayed_up_to = 0;
    // As the live pushes are: in the account's language (`push_new`).
    let written_in = state.i18n.for_account(user.locale.as_deref());
    if let Some(last) = last_seen {
        let missed = store::since(&state.db, user.id, last)
            .await
            .map_err(AppError::from)?;
        replayed_up_to = missed.last().map_or(0, |i| i.id);
        replay.extend(
            missed
                .iter()
                .map(|i| notification_event(i.id, &notification_data(i, unread, &written_in))),
        );
    }
    // The session this stream lives on; checked when told to and every
    // few minutes, so a logout, ban or expiry ends the stream too.
    let session = ctx
        .session
        .id()
        .map(|id| crate::accounts::session_store::key(&id))
        .unwrap_or_default();
    let db = state.db.clone();
    // Jittered, so streams opened together (after a restart) do not all
    // query at the same moment.
    let first = RECHECK_EVERY + Duration::from_millis(rand::random_range(0..600_000));
    let checks = IntervalStream::new(tokio::time::interval_at(
        tokio::time::Instant::now() + first,
        RECHECK_EVERY,
    ))
    .map(|_| Ok(Arc::new(Push::Recheck)));
    let live = futures::stream::select(futures::stream::select(live, checks), evicted)
        .then(move |got| {
            let (db, session) = (db.clone(), session.clone());
            async move {
                match got.as_deref() {
                    Ok(Push::Notification { id, .. }) if *id <= replayed_up_to => Out::Skip,
                    Ok(Push::Notification { id, data }) => {
                        Out::Event(notification_event(*id, data))
                    }
                    Ok(Push::Unread { unread_count }) => Out::Event(unread_event(*unread_count)),
                    // Boxed: the check's future is only held while it runs.
                    Ok(Push::Recheck) if Box::pin(session_stands(&db, &session)).await => Out::Skip,
                    Ok(Push::Recheck) => Out::End,
                    Ok(Push::Evicted) => Out::Closed,
                    // Handled by the hub and the page cache; never reach a stream.
                    Ok(Push::Evict { .. } | Push::Removed | Push::Wrote) => Out::Skip,
                    Err(BroadcastStreamRecvError::Lagged(_)) => {
                        Out::Event(Event::default().event("refresh").data("{}"))
                    }
                }
            }
        })
        // A closing stream says why before it ends.
        .flat_map(|out| {
            futures::stream::iter(match out {
                Out::Closed => [
                    Out::Event(Event::default().event("closed").data("{}")),
                    Out::End,
                ],
                other => [other, Out::Skip],
            })
        })
        .take_while(|out| std::future::ready(!matches!(out, Out::End)))
        .filter_map(|out| {
            std::future::ready(match out {
                Out::Event(e) => Some(e),
                _ => None,
            })
        });
    let mut stopping = state.stopping.clone();
    let events = futures::stream::iter(replay)
        .chain(live)
        .take_until(async move {
            let _ = stopping.wait_for(|s| *s).await;
        })
        .map(move |e| {
            let _keep = &release;
            Ok::<_, Infallible>(e)
        });
    Ok(Sse::new(events)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response())
}
