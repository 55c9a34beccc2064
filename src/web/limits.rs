//! Rate limits on the doors attackers knock on: sign-up, login, and the
//! forms that send mail. governor's keyed GCRA limiters, one per door; `n`
//! per hour means a burst of `n`, then one more every `3600 / n` seconds.
//!
//! The counts live in this process. Several instances behind a balancer each
//! count on their own, so the effective limit is that many times higher.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::time::Duration;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::app::AppState;
use crate::config::RateLimits;
use crate::error::AppError;

/// One door's limit, keyed by a string (an address, an account, an email).
pub struct Limiter(Option<DefaultKeyedRateLimiter<String>>);

impl Limiter {
    /// `per_hour` of 0 turns the limit off.
    pub fn per_hour(per_hour: u32) -> Limiter {
        Limiter(NonZeroU32::new(per_hour).map(|n| RateLimiter::keyed(Quota::per_hour(n))))
    }

    /// Counts one attempt under `key`; refused once the key is over its limit.
    pub fn check(&self, key: &str) -> Result<(), AppError> {
        let Some(limiter) = &self.0 else {
            return Ok(());
        };
        limiter.check_key(&key.to_string()).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            AppError::TooManyRequests {
                retry_after: wait.max(Duration::from_secs(1)),
            }
        })
    }

    /// Forgets keys whose limit has fully recovered, so memory stays bounded.
    fn sweep(&self) {
        if let Some(limiter) = &self.0 {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

/// Every door's limiter, shared by the handlers through `AppState`.
pub struct Limits {
    pub signup_per_ip: Limiter,
    pub login_per_account: Limiter,
    pub login_per_ip: Limiter,
    /// Keys are `"<purpose>:<email key>"`: reset and verification mail count apart.
    pub mail_per_address: Limiter,
    pub mail_per_ip: Limiter,
    /// Picture uploads (avatars and post pictures), keyed by account id.
    pub upload_per_account: Limiter,
}

impl Limits {
    pub fn new(l: &RateLimits) -> Limits {
        Limits {
            signup_per_ip: Limiter::per_hour(l.signup_per_ip),
            login_per_account: Limiter::per_hour(l.login_per_account),
            login_per_ip: Limiter::per_hour(l.login_per_ip),
            mail_per_address: Limiter::per_hour(l.mail_per_address),
            mail_per_ip: Limiter::per_hour(l.mail_per_ip),
            upload_per_account: Limiter::per_hour(l.upload_per_account),
        }
    }

    pub fn sweep(&self) {
        for l in [
            &self.signup_per_ip,
            &self.login_per_account,
            &self.login_per_ip,
            &self.mail_per_address,
            &self.mail_per_ip,
            &self.upload_per_account,
        ] {
            l.sweep();
        }
    }
}

/// The client's address, as a rate-limit key. Behind a reverse proxy
/// (`QUILL_BEHIND_PROXY`) it is the last X-Forwarded-For entry, the one
/// the proxy itself added; earlier entries are the client's to forge.
/// IPv6 clients are keyed by their /64, which one subscriber usually holds.
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
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
            Some(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
            Some(IpAddr::V6(v6)) => v6
                .to_ipv4_mapped()
                .map(|v4| v4.to_string())
                .unwrap_or_default(),
            Some(ip) => ip.to_string(),
            None => "unknown".into(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_limit_allows_its_burst_then_refuses_with_a_wait() {
        let l = Limiter::per_hour(3);
        for _ in 0..3 {
            assert!(l.check("a").is_ok());
        }
        match l.check("a") {
            Err(AppError::TooManyRequests { retry_after }) => {
                assert!(retry_after > Duration::from_secs(600), "{retry_after:?}")
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert!(l.check("b").is_ok(), "keys count apart");
    }

    #[test]
    fn a_limit_of_zero_is_off() {
        let l = Limiter::per_hour(0);
        for _ in 0..1000 {
            assert!(l.check("a").is_ok());
        }
    }
}
