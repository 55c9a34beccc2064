//! Getting a push to the receiver's open pages (the notification stream): a per-user broadcast hub
//! in each process, and a transport between processes. In-process by
//! default; with `REDIS_URL`, every publish goes through Redis pub/sub and
//! each process delivers what it hears to its own streams.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

use super::cache::Freshness;

/// Events waiting for a slow stream; past this it gets `refresh` instead.
/// Each slot is a pointer (pushes are shared), so 10,000 users' channels
/// cost little.
const PER_STREAM_BUFFER: usize = 32;

/// What a stream is told.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum Push {
    /// A new notification: its id (the SSE event id, which a reconnecting
    /// page sends back) and the event's JSON, written once by the feature
    /// that made it, the unread count after it included.
    Notification { id: i64, data: String },
    /// The unread count changed (read here or elsewhere, or taken back).
    Unread { unread_count: i64 },
    /// Sessions of this user ended (logout, ban, password change): each
    /// stream checks that its own session still stands, or ends.
    Recheck,
    /// Only within a process, never published: newer streams of the same
    /// person pushed this one out; it says so and ends.
    Evicted,
    /// Published through Redis: the site-wide cap pushed out the stream
    /// `<instance>:<ticket>`; the process holding it closes it.
    Evict { stream: String },
    /// Not a user's: something was removed, so what every process keeps
    /// is stale (`web::cache`).
    Removed,
    /// This user wrote: what every process keeps is stale for them.
    Wrote,
}

/// Open streams one user may hold in this process; a new one beyond it
/// closes that user's oldest (docs/notifications.md: a stolen or runaway session
/// cannot pile up connections, and a person with many tabs keeps the newest).
pub const MAX_STREAMS_PER_USER: usize = 16;

/// Streams of this process, by user.
pub struct Hub {
    users: Mutex<HashMap<i64, UserStreams>>,
    tickets: std::sync::atomic::AtomicU64,
    /// Names this process's streams in Redis's site-wide count.
    instance: u64,
}

impl Default for Hub {
    fn default() -> Hub {
        Hub {
            users: Mutex::default(),
            tickets: Default::default(),
            instance: rand::random(),
        }
    }
}

struct UserStreams {
    tx: broadcast::Sender<Arc<Push>>,
    /// Open streams, oldest first, each with the way to close it.
    open: std::collections::VecDeque<(u64, tokio::sync::oneshot::Sender<()>)>,
}

/// One stream's place in the hub.
pub struct Subscription {
    pub rx: broadcast::Receiver<Arc<Push>>,
    /// Given back to `release` when the stream ends.
    pub ticket: u64,
    /// Resolves when newer streams of the same user push this one out.
    pub evicted: tokio::sync::oneshot::Receiver<()>,
}

impl Hub {
    pub fn subscribe(&self, user: i64) -> Subscription {
        let ticket = self
            .tickets
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let (close, evicted) = tokio::sync::oneshot::channel();
        let mut users = self
            .users
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let streams = users.entry(user).or_insert_with(|| UserStreams {
            tx: broadcast::channel(PER_STREAM_BUFFER).0,
            open: std::collections::VecDeque::new(),
        });
        streams.open.push_back((ticket, close));
        while streams.open.len() > MAX_STREAMS_PER_USER {
            if let Some((_, oldest)) = streams.open.pop_front() {
                let _ = oldest.send(());
            }
        }
        Subscription {
            rx: streams.tx.subscribe(),
            ticket,
            evicted,
        }
    }

    /// The stream's name in the site-wide count.
    fn stream_name(&self, ticket: u64) -> String {
        format!("{:x}:{ticket}", self.instance)
    }

    /// Closes one stream of this process, if it is still open.
    fn evict(&self, user: i64, stream: &str) {
        let Some(ticket) = stream
            .strip_prefix(&format!("{:x}:", self.instance))
            .and_then(|t| t.parse::<u64>().ok())
        else {
            return; // another process's stream
        };
        let mut users = self
            .users
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(streams) = users.get_mut(&user)
            && let Some(at) = streams.open.iter().position(|(t, _)| *t == ticket)
            && let Some((_, close)) = streams.open.remove(at)
        {
            let _ = close.send(());
        }
    }

    fn deliver(&self, user: i64, push: Push) {
        if let Push::Evict { stream } = &push {
            return self.evict(user, stream);
        }
        let users = self
            .users
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(streams) = users.get(&user) {
            // No receiver left means the last stream is closing; its
            // release removes the entry.
            let _ = streams.tx.send(Arc::new(push));
        }
    }

    /// Forgets a closed stream, and the user once their last one is gone.
    pub fn release(&self, user: i64, ticket: u64) {
        let mut users = self
            .users
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(streams) = users.get_mut(&user) {
            streams.open.retain(|(t, _)| *t != ticket);
            if streams.open.is_empty() && streams.tx.receiver_count() == 0 {
                users.remove(&user);
            }
        }
    }

    /// People with an entry in the hub (streams open or closing).
    pub fn people(&self) -> usize {
        self.users
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }

    pub fn streams(&self) -> usize {
        self.users
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .values()
            .map(|s| s.tx.receiver_count())
            .sum()
    }
}

/// Adds a stream to a person's site-wide set (scored by Redis's clock) and
/// pops the oldest beyond the cap. Members of a crashed instance are the
/// oldest, so they go first; the set expires a day after its last stream.
const CAP_STREAMS: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('PEXPIRE', KEYS[1], 86400000)
local n = redis.call('ZCARD', KEYS[1])
local cap = tonumber(ARGV[2])
if n > cap then return redis.call('ZPOPMIN', KEYS[1], n - cap) end
return {}
";

#[derive(Serialize, Deserialize)]
struct Envelope {
    user: i64,
    push: Push,
    /// A removal or a write (`web::cache`): every process that applies it
    /// counts itself under `<channel>:applied:<nonce>`, and the writer
    /// waits for all of them before its answer leaves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    nonce: Option<u64>,
}

/// How long a write waits for the other processes to apply it. One that
/// takes longer (stalled, or cut off from Redis) applies it late, or treats
/// everything it kept as stale when its subscription comes back.
const APPLY_WAIT: Duration = Duration::from_millis(200);

/// The publish side, shared through `AppState`.
#[derive(Clone)]
pub struct Fanout {
    pub hub: Arc<Hub>,
    /// Which stored pages are still good (`web::cache`), moved on by
    /// removals here and in every other process.
    pub freshness: Arc<Freshness>,
    redis: Option<(redis::aio::ConnectionManager, String)>,
}

impl Fanout {
    pub fn local() -> Fanout {
        Fanout {
            hub: Arc::default(),
            freshness: Arc::default(),
            redis: None,
        }
    }

    /// Connects to Redis and starts listening on `<prefix>notifications`.
    pub async fn redis(
        client: redis::Client,
        conn: redis::aio::ConnectionManager,
        prefix: &str,
        stopping: tokio::sync::watch::Receiver<bool>,
    ) -> Fanout {
        let channel = format!("{prefix}notifications");
        let hub: Arc<Hub> = Arc::default();
        let freshness: Arc<Freshness> = Arc::default();
        let (ready_tx, ready) = tokio::sync::oneshot::channel();
        tokio::spawn(listen(
            client,
            channel.clone(),
            (hub.clone(), freshness.clone(), conn.clone()),
            stopping,
            ready_tx,
        ));
        // Subscribed before the first publish, so no event of ours is missed.
        let _ = tokio::time::timeout(Duration::from_secs(5), ready).await;
        Fanout {
            hub,
            freshness,
            redis: Some((conn, channel)),
        }
    }

    pub fn transport(&self) -> &'static str {
        if self.redis.is_some() {
            "redis"
        } else {
            "in-process"
        }
    }

    /// With Redis, counts a stream just opened in this process's hub in
    /// the site-wide count too, where a stream beyond the cap closes the
    /// person's oldest, on whichever instance it is. (Called once the
    /// stream's release is in place, so a client leaving meanwhile leaks
    /// nothing.)
    pub async fn count_stream(&self, user: i64, ticket: u64) {
        let Some((conn, channel)) = &self.redis else {
            return;
        };
        let mut conn = conn.clone();
        let evicted: redis::RedisResult<Vec<String>> = redis::Script::new(CAP_STREAMS)
            .key(self.streams_key(channel, user))
            .arg(self.hub.stream_name(ticket))
            .arg(MAX_STREAMS_PER_USER)
            .invoke_async(&mut conn)
            .await;
        match evicted {
            Ok(members) => {
                // ZPOPMIN answers member, score, member, score...
                for stream in members.into_iter().step_by(2) {
                    self.publish(user, Push::Evict { stream }).await;
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "Redis stream count failed; capping in this process only")
            }
        }
    }

    /// Forgets a closed stream, here and in the site-wide count.
    pub fn release(&self, user: i64, ticket: u64) {
        self.hub.release(user, ticket);
        if let Some((conn, channel)) = &self.redis {
            let (mut conn, key) = (conn.clone(), self.streams_key(channel, user));
            let member = self.hub.stream_name(ticket);
            tokio::spawn(async move {
                let _: redis::RedisResult<i64> = redis::cmd("ZREM")
                    .arg(key)
                    .arg(member)
                    .query_async(&mut conn)
                    .await;
            });
        }
    }

    fn streams_key(&self, channel: &str, user: i64) -> String {
        // The channel is `<prefix>notifications`.
        format!("{channel}:streams:{user}")
    }

    /// Something was removed: what is kept is stale here at once, and in
    /// the other processes before this returns (`announce`).
    pub async fn removed(&self) {
        self.freshness.removal();
        self.announce(0, Push::Removed).await;
    }

    /// `person` wrote: what is kept is stale for them, here at once and in
    /// the other processes before this returns (`announce`).
    pub async fn wrote(&self, person: i64) {
        self.freshness.wrote(person);
        self.announce(person, Push::Wrote).await;
    }

    /// Publishes a change of what is kept and waits (up to `APPLY_WAIT`)
    /// until every process that heard it has applied it: a page another
    /// instance serves after this returns is not one from before.
    async fn announce(&self, user: i64, push: Push) {
        let Some((conn, channel)) = &self.redis else {
            return;
        };
        let nonce: u64 = rand::random();
        let mut conn = conn.clone();
        let heard = match send(&mut conn, channel, user, &push, Some(nonce)).await {
            Ok(n) => n,
            Err(e) => {
                tracing::warn!(error = %e, "Redis publish failed; other instances may serve what they kept for up to 2 s");
                return;
            }
        };
        let key = applied_key(channel, nonce);
        let deadline = tokio::time::Instant::now() + APPLY_WAIT;
        loop {
            let applied: redis::RedisResult<Option<i64>> =
                redis::cmd("GET").arg(&key).query_async(&mut conn).await;
            if applied.map_or(true, |n| n.unwrap_or(0) >= heard)
                || tokio::time::Instant::now() >= deadline
            {
                break;
            }
            // Nothing to await across processes: Redis is asked again.
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }

    pub async fn publish(&self, user: i64, push: Push) {
        let Some((conn, channel)) = &self.redis else {
            self.hub.deliver(user, push);
            return;
        };
        let mut conn = conn.clone();
        if let Err(e) = send(&mut conn, channel, user, &push, None).await {
            // Better this process's streams than none.
            tracing::warn!(error = %e, "Redis publish failed; delivering locally");
            self.hub.deliver(user, push);
        }
    }
}

/// Publishes one envelope; says how many subscribers heard it.
async fn send(
    conn: &mut redis::aio::ConnectionManager,
    channel: &str,
    user: i64,
    push: &Push,
    nonce: Option<u64>,
) -> redis::RedisResult<i64> {
    let payload = serde_json::to_string(&Envelope {
        user,
        push: push.clone(),
        nonce,
    })
    .map_err(|e| redis::RedisError::from((redis::ErrorKind::Client, "encode", e.to_string())))?;
    redis::cmd("PUBLISH")
        .arg(channel)
        .arg(payload)
        .query_async(conn)
        .await
}

fn applied_key(channel: &str, nonce: u64) -> String {
    format!("{channel}:applied:{nonce:x}")
}

/// Counts this process among those that applied the change `nonce`.
fn applied(conn: &redis::aio::ConnectionManager, channel: &str, nonce: Option<u64>) {
    let Some(nonce) = nonce else { return };
    let (mut conn, key) = (conn.clone(), applied_key(channel, nonce));
    tokio::spawn(async move {
        let _: redis::RedisResult<()> = redis::pipe()
            .cmd("INCR")
            .arg(&key)
            .ignore()
            .cmd("PEXPIRE")
            .arg(&key)
            .arg(10_000)
            .ignore()
            .query_async(&mut conn)
            .await;
    });
}

/// Hears every process's publishes and hands them to this process's
/// streams; reconnects after a failure.
async fn listen(
    client: redis::Client,
    channel: String,
    (hub, freshness, conn): (Arc<Hub>, Arc<Freshness>, redis::aio::ConnectionManager),
    mut stopping: tokio::sync::watch::Receiver<bool>,
    ready: tokio::sync::oneshot::Sender<()>,
) {
    let mut ready = Some(ready);
    while !*stopping.borrow() {
        let pubsub = async {
            let mut ps = client.get_async_pubsub().await?;
            ps.subscribe(&channel).await?;
            redis::RedisResult::Ok(ps)
        };
        match pubsub.await {
            Ok(ps) => {
                if let Some(r) = ready.take() {
                    let _ = r.send(());
                }
                // Removals published while no subscription stood were
                // missed: whatever was kept before may be stale.
                freshness.removal();
                let mut messages = ps.into_on_message();
                loop {
                    tokio::select! {
                        msg = messages.next() => match msg {
                            Some(msg) => {
                                let payload: String = msg.get_payload().unwrap_or_default();
                                match serde_json::from_str::<Envelope>(&payload) {
                                    Ok(Envelope { push: Push::Removed, nonce, .. }) => {
                                        freshness.removal();
                                        applied(&conn, &channel, nonce);
                                    }
                                    Ok(Envelope { push: Push::Wrote, user, nonce }) => {
                                        freshness.wrote(user);
                                        applied(&conn, &channel, nonce);
                                    }
                                    Ok(env) => hub.deliver(env.user, env.push),
                                    Err(_) => {}
                                }
                            }
                            None => break,
                        },
                        _ = stopping.changed() => return,
                    }
                }
                tracing::warn!("Redis subscription ended; reconnecting");
            }
            Err(e) => tracing::warn!(error = %e, "cannot subscribe to Redis; retrying"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            _ = stopping.changed() => return,
        }
    }
}
