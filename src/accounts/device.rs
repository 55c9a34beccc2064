//! Device cookies, after OWASP's "slow brute force protection using device
//! cookies": a browser that has logged in to an account carries a signed
//! cookie saying so, and its failed logins count against its own
//! allowance. Strangers' failures use up the allowance of browsers
//! *without* the cookie, so they can slow down guessing but never lock
//! the owner out of their usual browser.
//!
//! One cookie holds the devices of the last few accounts logged in from
//! this browser: `<account>.<nonce>.<signature>` entries joined by `~`.
//! The nonce names this browser for that account, so its failures are
//! counted apart from every other browser's.

use axum::http::{HeaderMap, HeaderValue};

use crate::web::signed;

const PURPOSE: &str = "quill:device:v1:";
/// A shared computer keeps the devices of this many accounts.
const MAX_ENTRIES: usize = 5;
/// A device cookie lasts a year (renewed at every login).
const MAX_AGE_SECS: u64 = 365 * 24 * 3600;

pub fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-quill_device"
    } else {
        "quill_device"
    }
}

/// The valid device entries a request carries, newest first.
#[derive(Debug, Default, Clone)]
pub struct Devices(Vec<(i64, String)>);

impl Devices {
    /// Reads the cookie; entries whose signature fails are dropped.
    pub fn from_headers(headers: &HeaderMap, secret: &[u8], https: bool) -> Devices {
        let Some(raw) = signed::cookie(headers, cookie_name(https)) else {
            return Devices::default();
        };
        Devices(
            raw.split('~')
                .take(MAX_ENTRIES)
                .filter_map(|entry| signed::open(secret, PURPOSE, entry))
                .filter_map(|message| {
                    let (id, nonce) = message.split_once('.')?;
                    Some((id.parse().ok()?, nonce.to_string()))
                })
                .collect(),
        )
    }

    /// This browser's key for `account`'s failed logins, if it has logged
    /// in to that account before.
    pub fn key_for(&self, account: i64) -> Option<String> {
        self.0
            .iter()
            .find(|(id, _)| *id == account)
            .map(|(id, nonce)| format!("{id}.{nonce}"))
    }

    /// The cookie after a successful login to `account`: a fresh nonce for
    /// it (a clean allowance), the others kept.
    pub fn after_login(&self, account: i64, secret: &[u8], https: bool) -> HeaderValue {
        let nonce = &crate::web::random_token()[..32];
        let mut entries = vec![signed::seal(secret, PURPOSE, &format!("{account}.{nonce}"))];
        entries.extend(
            self.0
                .iter()
                .filter(|(id, _)| *id != account)
                .take(MAX_ENTRIES - 1)
                .map(|(id, nonce)| signed::seal(secret, PURPOSE, &format!("{id}.{nonce}"))),
        );
        let secure = if https { "; Secure" } else { "" };
        HeaderValue::from_str(&format!(
            "{}={}; Path=/; Max-Age={MAX_AGE_SECS}; HttpOnly; SameSite=Lax{secure}",
            cookie_name(https),
            entries.join("~")
        ))
        .expect("hex, digits, dots and tildes make a valid header")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request_with(cookie: &HeaderValue) -> HeaderMap {
        let pair = cookie
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string();
        let mut h = HeaderMap::new();
        h.insert(axum::http::header::COOKIE, pair.parse().unwrap());
        h
    }

    #[test]
    fn a_login_marks_this_browser_for_that_account_only() {
        let key = b"a secret key for tests only, 32+";
        let set = Devices::default().after_login(7, key, false);
        let devices = Devices::from_headers(&request_with(&set), key, false);
        assert!(devices.key_for(7).is_some());
        assert!(devices.key_for(8).is_none());
        let other_key = b"another secret key for tests, 32";
        assert!(
            Devices::from_headers(&request_with(&set), other_key, false)
                .key_for(7)
                .is_none(),
            "a cookie signed with another key is ignored"
        );
    }

    #[test]
    fn a_new_login_renews_the_nonce_and_keeps_other_accounts() {
        let key = b"a secret key for tests only, 32+";
        let first = Devices::from_headers(
            &request_with(&Devices::default().after_login(1, key, false)),
            key,
            false,
        );
        let both =
            Devices::from_headers(&request_with(&first.after_login(2, key, false)), key, false);
        assert_eq!(both.key_for(1), first.key_for(1));
        let again =
            Devices::from_headers(&request_with(&both.after_login(1, key, false)), key, false);
        assert_ne!(again.key_for(1), first.key_for(1), "a fresh allowance");
        assert_eq!(again.key_for(2), both.key_for(2));
    }
}
