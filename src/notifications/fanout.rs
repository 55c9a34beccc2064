//! Getting a push to the receiver's open streams: a per-user broadcast hub
//! in each process, and a transport between processes. In-process by
//! default; with `REDIS_URL`, every publish goes through Redis pub/sub and
//! each process delivers what it hears to its own streams.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

use super::store::Item;

/// Events waiting for a slow stream; past this it gets `refresh` instead.
/// Each slot is a pointer (pushes are shared), so 10,000 users' channels
/// cost little.
const PER_STREAM_BUFFER: usize = 32;

/// What a stream is told.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum Push {
    /// A new notification, with the unread count after it.
    Notification { item: Item, unread_count: i64 },
    /// The unread count changed (read here or elsewhere, or taken back).
    Unread { unread_count: i64 },
    /// Sessions of this user ended (logout, ban, password change): each
    /// stream checks that its own session still stands, or ends.
    Recheck,
}

/// Streams of this process, by user.
#[derive(Default)]
pub struct Hub {
    users: Mutex<HashMap<i64, broadcast::Sender<Arc<Push>>>>,
}

impl Hub {
    pub fn subscribe(&self, user: i64) -> broadcast::Receiver<Arc<Push>> {
        let mut users = self.users.lock().expect("hub lock");
        users
            .entry(user)
            .or_insert_with(|| broadcast::channel(PER_STREAM_BUFFER).0)
            .subscribe()
    }

    fn deliver(&self, user: i64, push: Push) {
        let mut users = self.users.lock().expect("hub lock");
        if let Some(tx) = users.get(&user)
            && tx.send(Arc::new(push)).is_err()
        {
            // Nobody listens any more.
            users.remove(&user);
        }
    }

    /// Forgets a user whose last stream closed.
    pub fn release(&self, user: i64) {
        let mut users = self.users.lock().expect("hub lock");
        if users.get(&user).is_some_and(|tx| tx.receiver_count() == 0) {
            users.remove(&user);
        }
    }

    pub fn streams(&self) -> usize {
        self.users
            .lock()
            .expect("hub lock")
            .values()
            .map(|tx| tx.receiver_count())
            .sum()
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    user: i64,
    push: Push,
}

/// The publish side, shared through `AppState`.
#[derive(Clone)]
pub struct Fanout {
    pub hub: Arc<Hub>,
    redis: Option<(redis::aio::MultiplexedConnection, String)>,
}

impl Fanout {
    pub fn local() -> Fanout {
        Fanout {
            hub: Arc::default(),
            redis: None,
        }
    }

    /// Connects to Redis and starts listening on `<prefix>notifications`.
    pub async fn redis(
        url: &str,
        prefix: &str,
        stopping: tokio::sync::watch::Receiver<bool>,
    ) -> anyhow::Result<Fanout> {
        let client = redis::Client::open(url)?;
        let conn = client.get_multiplexed_async_connection().await?;
        let channel = format!("{prefix}notifications");
        let hub: Arc<Hub> = Arc::default();
        let (ready_tx, ready) = tokio::sync::oneshot::channel();
        tokio::spawn(listen(
            client,
            channel.clone(),
            hub.clone(),
            stopping,
            ready_tx,
        ));
        // Subscribed before the first publish, so no event of ours is missed.
        let _ = tokio::time::timeout(Duration::from_secs(5), ready).await;
        Ok(Fanout {
            hub,
            redis: Some((conn, channel)),
        })
    }

    pub fn transport(&self) -> &'static str {
        if self.redis.is_some() {
            "redis"
        } else {
            "in-process"
        }
    }

    pub async fn publish(&self, user: i64, push: Push) {
        let Some((conn, channel)) = &self.redis else {
            self.hub.deliver(user, push);
            return;
        };
        let payload = match serde_json::to_string(&Envelope {
            user,
            push: push.clone(),
        }) {
            Ok(p) => p,
            Err(_) => return,
        };
        let mut conn = conn.clone();
        let sent: redis::RedisResult<i64> = redis::cmd("PUBLISH")
            .arg(channel)
            .arg(payload)
            .query_async(&mut conn)
            .await;
        if let Err(e) = sent {
            // Better this process's streams than none.
            tracing::warn!(error = %e, "Redis publish failed; delivering locally");
            self.hub.deliver(user, push);
        }
    }
}

/// Hears every process's publishes and hands them to this process's
/// streams; reconnects after a failure.
async fn listen(
    client: redis::Client,
    channel: String,
    hub: Arc<Hub>,
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
                let mut messages = ps.into_on_message();
                loop {
                    tokio::select! {
                        msg = messages.next() => match msg {
                            Some(msg) => {
                                let payload: String = msg.get_payload().unwrap_or_default();
                                if let Ok(env) = serde_json::from_str::<Envelope>(&payload) {
                                    hub.deliver(env.user, env.push);
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
