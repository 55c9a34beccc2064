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
//! counted apart from every other browser's. The signature also covers a
//! fingerprint of the account's password hash, so a password change or
//! reset voids every device cookie of the account: someone who once got in
//! with a stolen password keeps no allowance of their own.

use axum::http::{HeaderMap, HeaderValue};
use sha2::{Digest, Sha256};

use crate::web::signed;

const PURPOSE: &str = "quill:device:v2:";
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

/// What a device entry is signed over: the account, the nonce and the
/// password-hash fingerprint.
fn message(account: i64, nonce: &str, password_hash: &str) -> String {
    let fingerprint = hex::encode(&Sha256::digest(password_hash.as_bytes())[..8]);
    format!("{account}.{nonce}.{fingerprint}")
}

/// The device entries a request carries, newest first, not yet checked
/// (checking needs the account's password hash).
#[derive(Debug, Default, Clone)]
pub struct Devices(Vec<Entry>);

#[derive(Debug, Clone)]
struct Entry {
    account: i64,
    nonce: String,
    signature: String,
}

impl Entry {
    fn cookie_value(&self) -> String {
        format!("{}.{}.{}", self.account, self.nonce, self.signature)
    }
}

impl Devices {
    pub fn from_headers(headers: &HeaderMap, https: bool) -> Devices {
        let Some(raw) = signed::cookie(headers, cookie_name(https)) else {
            return Devices::default();
        };
        Devices(
            raw.split('~')
                .take(MAX_ENTRIES)
                .filter_map(|entry| {
                    let mut parts = entry.splitn(3, '.');
                    let account = parts.next()?.parse().ok()?;
                    let nonce = parts.next()?.to_string();
                    let signature = parts.next()?.to_string();
                    Some(Entry {
                        account,
                        nonce,
                        signature,
                    })
                })
                .collect(),
        )
    }

    /// This browser's key for `account`'s failed logins, if it has logged
    /// in to that account since its password was last set.
    pub fn key_for(&self, secret: &[u8], account: i64, password_hash: &str) -> Option<String> {
        self.0
            .iter()
            .filter(|e| e.account == account)
            .find(|e| {
                signed::verify(
                    secret,
                    PURPOSE,
                    &message(account, &e.nonce, password_hash),
                    &e.signature,
                )
            })
            .map(|e| format!("{account}.{}", e.nonce))
    }

    /// The cookie after a successful login to `account`: a fresh nonce for
    /// it (a clean allowance), the others kept as they were.
    pub fn after_login(
        &self,
        secret: &[u8],
        account: i64,
        password_hash: &str,
        https: bool,
    ) -> Option<HeaderValue> {
        let nonce = crate::crypto::random_token()[..32].to_string();
        let signature = signed::sign(secret, PURPOSE, &message(account, &nonce, password_hash));
        let mut entries = vec![
            Entry {
                account,
                nonce,
                signature,
            }
            .cookie_value(),
        ];
        entries.extend(
            self.0
                .iter()
                .filter(|e| e.account != account)
                .take(MAX_ENTRIES - 1)
                .map(Entry::cookie_value),
        );
        let secure = if https { "; Secure" } else { "" };
        HeaderValue::from_str(&format!(
            "{}={}; Path=/; Max-Age={MAX_AGE_SECS}; HttpOnly; SameSite=Lax{secure}",
            cookie_name(https),
            entries.join("~")
        ))
        .ok()
    }
}

/// Marks the browser behind `headers` as a device of `account` on `resp`:
/// after a login, and after the owner sets a new password (which voids the
/// old device cookies), so strangers' failures never stop them next time.
pub fn remember(
    resp: &mut axum::response::Response,
    headers: &HeaderMap,
    secret: &[u8],
    https: bool,
    account: i64,
    password_hash: &str,
) {
    // Digits, hex, dots and tildes: always a valid header, yet a failure
    // here would only cost the cookie, never the answer.
    if let Some(cookie) =
        Devices::from_headers(headers, https).after_login(secret, account, password_hash, https)
    {
        resp.headers_mut()
            .append(axum::http::header::SET_COOKIE, cookie);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"a secret key for tests only, 32+";

    fn request_with(cookie: &HeaderValue) -> Devices {
        let pair = cookie
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string();
        let mut h = HeaderMap::new();
        h.insert(axum::http::header::COOKIE, pair.parse().unwrap());
        Devices::from_headers(&h, false)
    }

    #[test]
    fn a_login_marks_this_browser_for_that_account_and_password_only() {
        let devices = request_with(
            &Devices::default()
                .after_login(KEY, 7, "$hash-one", false)
                .unwrap(),
        );
        assert!(devices.key_for(KEY, 7, "$hash-one").is_some());
        assert!(devices.key_for(KEY, 8, "$hash-one").is_none());
        assert!(
            devices.key_for(KEY, 7, "$hash-two").is_none(),
            "a new password voids the device"
        );
        assert!(
            devices
                .key_for(b"another secret key for tests, 32", 7, "$hash-one")
                .is_none(),
            "a cookie signed with another key is ignored"
        );
    }

    #[test]
    fn a_new_login_renews_the_nonce_and_keeps_other_accounts() {
        let first = request_with(&Devices::default().after_login(KEY, 1, "h1", false).unwrap());
        let both = request_with(&first.after_login(KEY, 2, "h2", false).unwrap());
        assert_eq!(both.key_for(KEY, 1, "h1"), first.key_for(KEY, 1, "h1"));
        let again = request_with(&both.after_login(KEY, 1, "h1", false).unwrap());
        assert_ne!(
            again.key_for(KEY, 1, "h1"),
            first.key_for(KEY, 1, "h1"),
            "a fresh allowance"
        );
        assert_eq!(again.key_for(KEY, 2, "h2"), both.key_for(KEY, 2, "h2"));
    }
}
