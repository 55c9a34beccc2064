//! Values signed with the site's key: whatever Quill hands a client and
//! must later believe without storing it (unsubscribe links, device
//! cookies, the anonymous CSRF cookie). HMAC-SHA256 over a purpose and the
//! message, so a signature made for one purpose is worthless for another;
//! 128 bits of it are kept, hex encoded.

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

const SIGNATURE_BYTES: usize = 16;

fn mac(secret: &[u8], purpose: &str, message: &str) -> HmacSha256 {
    // HMAC accepts a key of any length; this cannot fail.
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(purpose.as_bytes());
    mac.update(message.as_bytes());
    mac
}

/// The signature of `message` for `purpose`.
pub fn sign(secret: &[u8], purpose: &str, message: &str) -> String {
    hex::encode(&mac(secret, purpose, message).finalize().into_bytes()[..SIGNATURE_BYTES])
}

/// Whether `signature` is `sign(secret, purpose, message)`, compared in
/// constant time.
pub fn verify(secret: &[u8], purpose: &str, message: &str, signature: &str) -> bool {
    match hex::decode(signature) {
        Ok(sig) if sig.len() == SIGNATURE_BYTES => mac(secret, purpose, message)
            .verify_truncated_left(&sig)
            .is_ok(),
        _ => false,
    }
}

/// `message.signature`, for a cookie or a link.
pub fn seal(secret: &[u8], purpose: &str, message: &str) -> String {
    format!("{message}.{}", sign(secret, purpose, message))
}

/// The message of a `seal`ed value, if its signature holds.
pub fn open<'a>(secret: &[u8], purpose: &str, sealed: &'a str) -> Option<&'a str> {
    let (message, signature) = sealed.rsplit_once('.')?;
    verify(secret, purpose, message, signature).then_some(message)
}

/// The value of the cookie `name` in a request's `Cookie` headers.
pub fn cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_only_with_its_key_and_purpose() {
        let sealed = seal(b"key one", "device", "42.abc");
        assert_eq!(open(b"key one", "device", &sealed), Some("42.abc"));
        assert_eq!(open(b"key two", "device", &sealed), None);
        assert_eq!(open(b"key one", "csrf", &sealed), None);
        let forged = sealed.replace("42.", "43.");
        assert_eq!(open(b"key one", "device", &forged), None);
        assert_eq!(open(b"key one", "device", "no signature"), None);
    }
}
