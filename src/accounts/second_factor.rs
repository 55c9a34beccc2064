//! A second factor: codes from an authenticator app (RFC 6238, 30-second
//! steps, six digits) and ten single-use recovery codes.
//!
//! A code is accepted one step either side of now (clocks drift), and only
//! once: the step it matched is stored, and a code for that step or an
//! earlier one is refused, so a code seen over someone's shoulder is spent.
//! Recovery codes are random, kept only as SHA-256, and marked used.

use totp_rs::{Algorithm, Builder, Secret, Totp};

use crate::db::{Db, now_ms};

/// Where a person sets up their second factor.
pub const SETTINGS_PATH: &str = "/settings/security";
/// How many recovery codes a person gets at a time.
pub const RECOVERY_CODES: usize = 10;
const ISSUER: &str = "Quill";

/// A new secret for an authenticator app, as base32 (what the app's
/// "enter a key" field takes, and what the pending enrolment keeps).
pub fn new_secret() -> String {
    Secret::generate().to_base32()
}

fn totp(secret_b32: &str, account_name: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret_b32).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_issuer(Some(ISSUER))
        // `:` separates issuer and name in the URL; a username has none,
        // but an address-like name must not break it.
        .with_account_name(account_name.replace(':', ""))
        .build()
        .ok()
}

/// The `otpauth://` URL an app scans, drawn as an inline SVG QR code.
pub fn qr_svg(secret_b32: &str, account_name: &str) -> Option<String> {
    let url = totp(secret_b32, account_name)?.to_url().ok()?;
    let svg = qrcode::QrCode::new(url.as_bytes())
        .ok()?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .build();
    // Inline in a page: the XML declaration is not allowed there.
    Some(match svg.find("<svg") {
        Some(at) => svg[at..].to_string(),
        None => svg,
    })
}

/// The time step `code` matches at `unix_secs` (one step either side), if
/// any. Spaces and dashes people type between the digits are ignored.
pub fn matching_step(secret_b32: &str, code: &str, unix_secs: u64) -> Option<u64> {
    let code: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    totp(secret_b32, "")?.check(&code, unix_secs)
}

/// The code an app shows at `unix_secs` (tests and the enrolment check).
pub fn code_at(secret_b32: &str, unix_secs: u64) -> Option<String> {
    Some(totp(secret_b32, "")?.generate(unix_secs).to_string())
}

pub fn unix_secs() -> u64 {
    u64::try_from(now_ms() / 1000).unwrap_or_default()
}

/// Whether `account` has a second factor on.
pub async fn is_on(db: &Db, account: i64) -> Result<bool, sqlx::Error> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT account_id FROM second_factor WHERE account_id = $1")
            .bind(account)
            .fetch_optional(db)
            .await?;
    Ok(found.is_some())
}

/// What a settings page shows: since when, and how many recovery codes
/// are left.
pub struct Status {
    pub enabled_at: i64,
    pub codes_left: i64,
}

pub async fn status(db: &Db, account: i64) -> Result<Option<Status>, sqlx::Error> {
    let enabled_at: Option<i64> =
        sqlx::query_scalar("SELECT enabled_at FROM second_factor WHERE account_id = $1")
            .bind(account)
            .fetch_optional(db)
            .await?;
    let Some(enabled_at) = enabled_at else {
        return Ok(None);
    };
    let codes_left = recovery_codes_left(db, account).await?;
    Ok(Some(Status {
        enabled_at,
        codes_left,
    }))
}

async fn recovery_codes_left(db: &Db, account: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM recovery_code WHERE account_id = $1 AND used_at IS NULL",
    )
    .bind(account)
    .fetch_one(db)
    .await
}

/// Turns the second factor on with `secret` (whose code the person just
/// typed, matching `step`), replacing any earlier one, and returns fresh
/// recovery codes: the only time they exist outside the person's hands.
pub async fn turn_on(
    db: &Db,
    account: i64,
    secret_b32: &str,
    step: u64,
) -> Result<Vec<String>, sqlx::Error> {
    let mut tx = db.begin().await?;
    // One statement, so two setups racing cannot both insert.
    sqlx::query(
        "INSERT INTO second_factor (account_id, totp_secret, last_step, enabled_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (account_id) DO UPDATE SET \
         totp_secret = excluded.totp_secret, last_step = excluded.last_step, \
         enabled_at = excluded.enabled_at",
    )
    .bind(account)
    .bind(secret_b32)
    .bind(i64::try_from(step).unwrap_or(i64::MAX))
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    let codes = replace_recovery_codes(&mut tx, account).await?;
    tx.commit().await?;
    Ok(codes)
}

/// Turns it off: the secret and every recovery code are gone.
pub async fn turn_off(db: &Db, account: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let gone = sqlx::query("DELETE FROM second_factor WHERE account_id = $1")
        .bind(account)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    sqlx::query("DELETE FROM recovery_code WHERE account_id = $1")
        .bind(account)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(gone > 0)
}

/// New recovery codes for an account that has the second factor on; the
/// old ones stop working.
pub async fn renew_recovery_codes(db: &Db, account: i64) -> Result<Vec<String>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let codes = replace_recovery_codes(&mut tx, account).await?;
    tx.commit().await?;
    Ok(codes)
}

async fn replace_recovery_codes(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    account: i64,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query("DELETE FROM recovery_code WHERE account_id = $1")
        .bind(account)
        .execute(&mut **tx)
        .await?;
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let code = recovery_code();
        sqlx::query("INSERT INTO recovery_code (account_id, code_hash) VALUES ($1, $2)")
            .bind(account)
            .bind(super::tokens::hash(&normalise_recovery(&code)))
            .execute(&mut **tx)
            .await?;
        codes.push(code);
    }
    Ok(codes)
}

/// Ten lower-case letters and digits in two groups (`k3f9x-2mq7d`), about
/// 52 bits: enough for a code that works once and is rate-limited.
fn recovery_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 10];
    rand::fill(&mut bytes);
    let chars: String = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// What is hashed: the code without the dash, spaces or case.
fn normalise_recovery(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// How a second-factor code was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passed {
    App,
    /// A recovery code, now spent; this many are left.
    Recovery {
        left: i64,
    },
}

/// Checks a code typed at the second step of a login: an app's code (once
/// per step) or an unused recovery code (once). `None`: refused.
pub async fn check(
    db: &Db,
    account: i64,
    code: &str,
    unix_secs: u64,
) -> Result<Option<Passed>, sqlx::Error> {
    let secret: Option<String> =
        sqlx::query_scalar("SELECT totp_secret FROM second_factor WHERE account_id = $1")
            .bind(account)
            .fetch_optional(db)
            .await?;
    let Some(secret) = secret else {
        return Ok(None);
    };
    if code.len() > 64 {
        return Ok(None);
    }
    if let Some(step) = matching_step(&secret, code, unix_secs) {
        let step = i64::try_from(step).unwrap_or(i64::MAX);
        // Compare-and-set: of two logins racing with one code, one wins.
        let taken = sqlx::query(
            "UPDATE second_factor SET last_step = $1 WHERE account_id = $2 AND last_step < $1",
        )
        .bind(step)
        .bind(account)
        .execute(db)
        .await?
        .rows_affected();
        return Ok((taken == 1).then_some(Passed::App));
    }
    let hash = super::tokens::hash(&normalise_recovery(code));
    let spent = sqlx::query(
        "UPDATE recovery_code SET used_at = $1 \
         WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL",
    )
    .bind(now_ms())
    .bind(account)
    .bind(&hash)
    .execute(db)
    .await?
    .rows_affected();
    if spent == 0 {
        return Ok(None);
    }
    let left = recovery_codes_left(db, account).await?;
    Ok(Some(Passed::Recovery { left }))
}

/// The site rule (an admin's choice) that moderators and admins need a
/// second factor to reach the admin pages.
const STAFF_RULE: &str = "staff_second_factor";

pub async fn required_of_staff(db: &Db) -> Result<bool, sqlx::Error> {
    let value: Option<String> =
        sqlx::query_scalar("SELECT value FROM site_setting WHERE name = $1")
            .bind(STAFF_RULE)
            .fetch_optional(db)
            .await?;
    Ok(value.as_deref() == Some("on"))
}

pub async fn require_of_staff(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    on: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO site_setting (name, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )
    .bind(STAFF_RULE)
    .bind(if on { "on" } else { "off" })
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_matches_one_step_either_side_and_not_beyond() {
        let secret = new_secret();
        let now = 1_800_000_000;
        let code = code_at(&secret, now).unwrap();
        assert_eq!(matching_step(&secret, &code, now), Some(now / 30));
        assert!(matching_step(&secret, &code, now + 30).is_some());
        assert!(matching_step(&secret, &code, now - 30).is_some());
        assert_eq!(matching_step(&secret, &code, now + 90), None);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert!(matching_step(&secret, &spaced, now).is_some());
        assert_eq!(matching_step(&secret, "000000x", now), None);
        assert_eq!(matching_step("not base32!", &code, now), None);
    }

    #[test]
    fn the_rfc_6238_vector_holds() {
        // RFC 6238 appendix B, SHA-1, truncated to six digits: 94287082.
        let secret = Secret::from(b"12345678901234567890".as_slice()).to_base32();
        assert_eq!(code_at(&secret, 59).as_deref(), Some("287082"));
    }

    #[test]
    fn recovery_codes_read_the_same_however_they_are_typed() {
        let code = recovery_code();
        assert_eq!(code.len(), 11);
        assert_eq!(
            normalise_recovery(&code.to_uppercase().replace('-', " ")),
            normalise_recovery(&code)
        );
        assert_ne!(recovery_code(), recovery_code());
    }

    #[test]
    fn the_qr_code_is_inline_svg() {
        let svg = qr_svg(&new_secret(), "ana").unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
    }
}
