//! Rate limits on the doors attackers knock on: sign-up, login, the forms
//! that send mail, uploads, data exports. Each door has a limit of `n` per
//! hour (exports: per day), counted per key (an address, an account, a
//! device): a burst of `n`, then one more every `3600 / n` seconds (GCRA,
//! the algorithm governor and redis-cell use: one timestamp per key, the
//! "theoretical arrival time").
//!
//! With `REDIS_URL` the counts live in Redis, one count for the whole site
//! however many instances serve it (a Lua script reads and writes a key in
//! one step, on Redis's clock); without it, in this process. If Redis stops
//! answering, the process counts on its own rather than refusing everyone.
//!
//! `hit` counts an attempt, refused once the key is over its limit. Logins
//! count only failures, yet must count *before* the password is checked:
//! otherwise a burst of parallel guesses would all pass a check that only
//! looks, while the first hashes are still running. So a login `hit`s
//! first, and a right password gives its count back (`refund`), or wipes
//! the key (`clear`).

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{ConnectInfo, FromRef, FromRequestParts};
use axum::http::request::Parts;
use sha2::{Digest, Sha256};

use crate::config::RateLimits;
use crate::error::AppError;
use crate::web::AppState;

const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;

/// Data exports one account may ask for in a day (`Limits::export_per_account`).
pub const EXPORTS_PER_DAY: u32 = 3;

/// Where the counts are kept, shared by every door.
#[derive(Clone)]
pub struct Counters {
    local: Arc<Mutex<HashMap<String, i64>>>,
    redis: Option<(redis::aio::ConnectionManager, String)>,
    /// When Redis last failed us in the log: at most one line a minute, so
    /// an outage (or someone hammering the doors meanwhile) cannot flood it.
    warned_at: Arc<std::sync::atomic::AtomicI64>,
}

/// Reads a key's arrival time, decides, and (unless only peeking) stores
/// the new one, all on the server's clock. Returns the wait in ms, or 0.
const GCRA: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local new = tat + tonumber(ARGV[1])
local wait = new - now - tonumber(ARGV[2])
if wait > 0 then return wait end
if ARGV[3] == 'count' then redis.call('SET', KEYS[1], string.format('%d', new), 'PX', new - now) end
return 0
";

/// Gives one interval back to a key (a counted attempt that succeeded).
const REFUND: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local new = tat - tonumber(ARGV[1])
if new <= now then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], string.format('%d', new), 'PX', new - now) end
return 0
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Count,
    Peek,
}

impl Counters {
    pub fn local() -> Counters {
        Counters {
            local: Arc::default(),
            redis: None,
            warned_at: Arc::default(),
        }
    }

    /// Counts kept in Redis under `<prefix>rl:`.
    pub fn redis(conn: redis::aio::ConnectionManager, prefix: &str) -> Counters {
        Counters {
            local: Arc::default(),
            redis: Some((conn, format!("{prefix}rl:"))),
            warned_at: Arc::default(),
        }
    }

    pub fn is_shared(&self) -> bool {
        self.redis.is_some()
    }

    /// The in-process counts. A lock poisoned by a panic is taken anyway:
    /// each entry is one timestamp, written whole, so none is half done.
    fn local_counts(&self) -> std::sync::MutexGuard<'_, HashMap<String, i64>> {
        self.local
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn redis_failed(&self, e: &redis::RedisError) {
        use std::sync::atomic::Ordering;
        let now = crate::db::now_ms();
        let last = self.warned_at.load(Ordering::Relaxed);
        if now - last > 60_000
            && self
                .warned_at
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            tracing::warn!(error = %e, "Redis rate limits failed; counting in this process until it answers");
        }
    }

    /// The wait before `key` may count once more, having counted it now
    /// (`Mode::Count`) or not.
    fn redis_key(prefix: &str, door: &str, key: &str) -> String {
        // Hashed: no email address or IP is written to Redis.
        let digest = hex::encode(&Sha256::digest(key.as_bytes())[..16]);
        format!("{prefix}{door}:{digest}")
    }

    async fn step(&self, door: &str, key: &str, rate: Rate, mode: Mode) -> Duration {
        let interval = rate.interval_ms();
        let window = interval * i64::from(rate.count);
        if let Some((conn, prefix)) = &self.redis {
            let mut conn = conn.clone();
            let wait: redis::RedisResult<i64> = redis::Script::new(GCRA)
                .key(Self::redis_key(prefix, door, key))
                .arg(interval)
                .arg(window)
                .arg(if mode == Mode::Count { "count" } else { "peek" })
                .invoke_async(&mut conn)
                .await;
            match wait {
                Ok(ms) => return Duration::from_millis(ms.max(0) as u64),
                Err(e) => self.redis_failed(&e),
            }
        }
        let now = crate::db::now_ms();
        let mut local = self.local_counts();
        let entry = format!("{door}:{key}");
        let tat = local.get(&entry).copied().unwrap_or(0).max(now);
        let new = tat + interval;
        let wait = new - now - window;
        if wait > 0 {
            return Duration::from_millis(wait as u64);
        }
        if mode == Mode::Count {
            local.insert(entry, new);
        }
        Duration::ZERO
    }

    /// Gives back `intervals` counts of `key` (`None`: all of them).
    async fn give_back(&self, door: &str, key: &str, rate: Rate, intervals: Option<i64>) {
        let back = intervals.map_or(i64::MAX / 2, |n| n * rate.interval_ms());
        if let Some((conn, prefix)) = &self.redis {
            let mut conn = conn.clone();
            let done: redis::RedisResult<i64> = redis::Script::new(REFUND)
                .key(Self::redis_key(prefix, door, key))
                .arg(back)
                .invoke_async(&mut conn)
                .await;
            if let Err(e) = done {
                self.redis_failed(&e);
            }
        }
        let now = crate::db::now_ms();
        let mut local = self.local_counts();
        let entry = format!("{door}:{key}");
        match local.get(&entry).map(|tat| tat.saturating_sub(back)) {
            Some(new) if new > now => {
                local.insert(entry, new);
            }
            Some(_) => {
                local.remove(&entry);
            }
            None => {}
        }
    }

    /// Forgets keys whose limit has fully recovered, so memory stays bounded
    /// (Redis keys expire by themselves).
    pub fn sweep(&self) {
        let now = crate::db::now_ms();
        self.local_counts().retain(|_, tat| *tat > now);
    }
}

/// `count` per `period_ms`.
#[derive(Clone, Copy)]
struct Rate {
    count: u32,
    period_ms: i64,
}

impl Rate {
    /// The time one count takes to recover: `period / n`, at least 1 ms.
    fn interval_ms(self) -> i64 {
        (self.period_ms / i64::from(self.count.max(1))).max(1)
    }
}

/// One door's limit.
#[derive(Clone)]
pub struct Limiter {
    door: &'static str,
    /// A count of 0 = no limit.
    rate: Rate,
    counters: Counters,
}

fn refusal(wait: Duration) -> Result<(), AppError> {
    if wait.is_zero() {
        Ok(())
    } else {
        Err(AppError::TooManyRequests {
            retry_after: wait.max(Duration::from_secs(1)),
        })
    }
}

impl Limiter {
    pub fn new(door: &'static str, per_hour: u32, counters: &Counters) -> Limiter {
        Limiter {
            door,
            rate: Rate {
                count: per_hour,
                period_ms: HOUR_MS,
            },
            counters: counters.clone(),
        }
    }

    /// `per_day` a day: a burst of that many, then one more every
    /// `24 / per_day` hours.
    pub fn per_day(door: &'static str, per_day: u32, counters: &Counters) -> Limiter {
        Limiter {
            door,
            rate: Rate {
                count: per_day,
                period_ms: DAY_MS,
            },
            counters: counters.clone(),
        }
    }

    /// Counts one attempt under `key`; refused (and not counted) once the
    /// key is over its limit.
    pub async fn hit(&self, key: &str) -> Result<(), AppError> {
        self.check(key, Mode::Count).await
    }

    /// Refused when `key` has used up its allowance; counts nothing.
    pub async fn blocked(&self, key: &str) -> Result<(), AppError> {
        self.check(key, Mode::Peek).await
    }

    /// A door without a limit (a count of 0) never refuses.
    async fn check(&self, key: &str, mode: Mode) -> Result<(), AppError> {
        if self.rate.count == 0 {
            return Ok(());
        }
        refusal(self.counters.step(self.door, key, self.rate, mode).await)
    }

    /// Gives back the count of one attempt under `key` that turned out
    /// well (a right password).
    pub async fn refund(&self, key: &str) {
        self.give_back(key, Some(1)).await;
    }

    /// Forgets `key`'s count (a success after failures).
    pub async fn clear(&self, key: &str) {
        self.give_back(key, None).await;
    }

    /// A door without a limit counted nothing, so has nothing to give back.
    async fn give_back(&self, key: &str, intervals: Option<i64>) {
        if self.rate.count > 0 {
            self.counters
                .give_back(self.door, key, self.rate, intervals)
                .await;
        }
    }
}

/// Every door's limiter, shared by the handlers through `AppState`.
pub struct Limits {
    pub counters: Counters,
    pub signup_per_ip: Limiter,
    /// Failed logins from clients without this account's device cookie.
    pub login_per_account: Limiter,
    /// Failed logins from one address, without a device cookie.
    pub login_per_ip: Limiter,
    /// Failed logins from one browser holding the account's device cookie:
    /// its own allowance, untouched by strangers' failures.
    pub login_per_device: Limiter,
    /// Wrong current passwords typed in settings by a logged-in person.
    pub reauth_per_account: Limiter,
    /// Passkey login challenges asked for from one address (each is kept
    /// for five minutes): four times the failed-login allowance.
    pub passkey_per_ip: Limiter,
    /// Wrong second-factor codes at a login's second step, by account.
    pub code_per_account: Limiter,
    /// Keys are `"<purpose>:<email key>"`: reset and verification mail count apart.
    pub mail_per_address: Limiter,
    pub mail_per_ip: Limiter,
    /// Picture uploads (avatars and post pictures), keyed by account id.
    pub upload_per_account: Limiter,
    /// Reports sent to the moderators, keyed by account id.
    pub report_per_account: Limiter,
    /// Data exports asked for, keyed by account id: `EXPORTS_PER_DAY` a day.
    pub export_per_account: Limiter,
}

impl Limits {
    pub fn new(l: &RateLimits, counters: Counters) -> Limits {
        let c = &counters;
        Limits {
            signup_per_ip: Limiter::new("signup-ip", l.signup_per_ip, c),
            login_per_account: Limiter::new("login-account", l.login_per_account, c),
            login_per_ip: Limiter::new("login-ip", l.login_per_ip, c),
            login_per_device: Limiter::new("login-device", l.login_per_account, c),
            passkey_per_ip: Limiter::new("passkey-ip", l.login_per_ip.saturating_mul(4), c),
            reauth_per_account: Limiter::new("reauth-account", l.login_per_account, c),
            code_per_account: Limiter::new("code-account", l.login_per_account, c),
            mail_per_address: Limiter::new("mail-address", l.mail_per_address, c),
            mail_per_ip: Limiter::new("mail-ip", l.mail_per_ip, c),
            upload_per_account: Limiter::new("upload-account", l.upload_per_account, c),
            report_per_account: Limiter::new("report-account", l.report_per_account, c),
            export_per_account: Limiter::per_day("export-account", EXPORTS_PER_DAY, c),
            counters,
        }
    }

    pub fn sweep(&self) {
        self.counters.sweep();
    }
}

/// The client's address, as a rate-limit key. Behind a reverse proxy
/// (`QUILL_BEHIND_PROXY`) it is the last X-Forwarded-For entry, the one
/// the proxy itself added; earlier entries are the client's to forge.
/// IPv6 clients are keyed by their /64, which one subscriber usually holds.
pub struct ClientIp(pub String);

impl<S> FromRequestParts<S> for ClientIp
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let state = &AppState::from_ref(state);
        let forwarded = state
            .config
            .behind_proxy
            .then(|| {
                parts
                    .headers
                    .get_all("x-forwarded-for")
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .flat_map(|v| v.split(','))
                    .filter_map(|a| a.trim().parse::<IpAddr>().ok())
                    .next_back()
            })
            .flatten();
        let ip = forwarded.or_else(|| {
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip())
        });
        Ok(ClientIp(match ip {
            Some(ip) => ip_key(ip),
            None => "unknown".into(),
        }))
    }
}

/// An address as a limit key: IPv4 as is, IPv6 by its /64.
pub fn ip_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        IpAddr::V4(v4) => v4.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_limit_allows_its_burst_then_refuses_with_a_wait() {
        let l = Limiter::new("t", 3, &Counters::local());
        for _ in 0..3 {
            assert!(l.hit("a").await.is_ok());
        }
        match l.hit("a").await {
            Err(AppError::TooManyRequests { retry_after }) => {
                assert!(retry_after > Duration::from_secs(600), "{retry_after:?}")
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert!(l.hit("b").await.is_ok(), "keys count apart");
    }

    #[tokio::test]
    async fn peeking_counts_nothing_refunds_give_back_and_clearing_starts_afresh() {
        let l = Limiter::new("t", 2, &Counters::local());
        for _ in 0..10 {
            assert!(l.blocked("a").await.is_ok());
        }
        for _ in 0..10 {
            assert!(l.hit("a").await.is_ok(), "a refunded attempt costs nothing");
            l.refund("a").await;
        }
        assert!(l.hit("a").await.is_ok() && l.hit("a").await.is_ok());
        assert!(l.blocked("a").await.is_err(), "two attempts use it up");
        l.refund("a").await;
        assert!(l.blocked("a").await.is_ok(), "one given back");
        assert!(l.hit("a").await.is_ok());
        l.clear("a").await;
        assert!(l.hit("a").await.is_ok() && l.hit("a").await.is_ok());
    }

    #[tokio::test]
    async fn a_daily_limit_waits_hours_not_minutes() {
        let l = Limiter::per_day("t", 3, &Counters::local());
        for _ in 0..3 {
            assert!(l.hit("a").await.is_ok());
        }
        match l.hit("a").await {
            Err(AppError::TooManyRequests { retry_after }) => assert!(
                retry_after > Duration::from_secs(7 * 3600)
                    && retry_after <= Duration::from_secs(8 * 3600),
                "one count comes back after 8 hours: {retry_after:?}"
            ),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn a_limit_of_zero_is_off() {
        let l = Limiter::new("t", 0, &Counters::local());
        for _ in 0..1000 {
            assert!(l.hit("a").await.is_ok());
        }
    }

    #[test]
    fn ipv6_clients_are_keyed_by_their_64() {
        let a: IpAddr = "2001:db8:1:2:3:4:5:6".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::1".parse().unwrap();
        assert_eq!(ip_key(a), ip_key(b));
        assert_eq!(ip_key("::ffff:10.0.0.1".parse().unwrap()), "10.0.0.1");
    }
}
