//! The WebAuthn relying party: who passkeys are made for. Its id is the
//! host of `QUILL_BASE_URL` and the only origin it accepts is that URL's,
//! so a passkey made here is refused when the same server is reached under
//! another name or port (and browsers will not use it for another site).

use std::time::Duration;

use url::Url;
use webauthn_rs::prelude::{Webauthn, WebauthnBuilder};

/// How long the browser may wait for the person to use their authenticator.
const CEREMONY_TIMEOUT: Duration = Duration::from_secs(120);

/// The relying party for a site served at `base_url` under `name`. `None`
/// when the host is an IP address: browsers refuse passkeys for those (a
/// local run links as `localhost` for this reason).
pub fn for_site(base_url: &Url, name: &str) -> Option<Webauthn> {
    let host = base_url.domain()?;
    let origin = Url::parse(&base_url.origin().ascii_serialization()).ok()?;
    WebauthnBuilder::new(host, &origin)
        .ok()?
        .rp_name(name)
        .timeout(CEREMONY_TIMEOUT)
        .build()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_domain_is_a_relying_party_and_an_ip_address_is_not() {
        let at = |u: &str| for_site(&Url::parse(u).unwrap(), "Quill");
        assert!(at("http://localhost:3000").is_some());
        assert!(at("https://blog.example/").is_some());
        assert!(at("http://127.0.0.1:3000").is_none());
        assert!(at("http://[::1]:3000").is_none());
    }

    #[test]
    fn only_the_configured_origin_is_allowed() {
        let rp = for_site(&Url::parse("https://blog.example/").unwrap(), "Quill").unwrap();
        let allowed: Vec<String> = rp
            .get_allowed_origins()
            .iter()
            .map(|u| u.origin().ascii_serialization())
            .collect();
        assert_eq!(allowed, ["https://blog.example"]);
    }
}
