//! Plain cryptographic helpers with no knowledge of the web or of accounts:
//! random tokens, password hashing, and the WebAuthn relying party.

pub mod password;
pub mod relying_party;

/// 256 bits from the OS's CSPRNG, hex encoded.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::fill(&mut bytes);
    hex::encode(bytes)
}
