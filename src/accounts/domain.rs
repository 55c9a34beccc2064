//! Parse, don't validate: account fields become these types only when valid,
//! and each error is a sentence a person can act on: the key of a message in
//! `locales/<language>/accounts.ftl`, written in the reader's language by
//! whoever shows it (`FormErrors::check` keeps it as a `Msg`).

use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

/// Names that would be confusing or collide with the site's own pages.
const RESERVED: &[&str] = &[
    "admin",
    "administrator",
    "api",
    "root",
    "quill",
    "system",
    "support",
    "help",
    "settings",
    "login",
    "logout",
    "signup",
    "feed",
    "posts",
    "tags",
    "search",
    "notifications",
    "static",
    "uploads",
    "moderator",
    "null",
    "anonymous",
];

impl Username {
    /// NFKC-normalised and lowercased first, so `Ana` and `ａｎａ` are `ana`.
    pub fn parse(raw: &str) -> Result<Username, &'static str> {
        let name = Username::parse_any(raw)?;
        if RESERVED.contains(&name.as_str()) {
            return Err("accounts-username-reserved");
        }
        Ok(name)
    }

    /// The same rules without the reserved names: the site's owner may call
    /// their admin account `admin` (`quill create-admin`).
    pub fn parse_any(raw: &str) -> Result<Username, &'static str> {
        let name: String = raw.trim().nfkc().collect::<String>().to_lowercase();
        if name.chars().count() < 3 || name.chars().count() > 30 {
            return Err("accounts-username-length");
        }
        if !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err("accounts-username-characters");
        }
        Ok(Username(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(raw: &str) -> Result<EmailAddress, &'static str> {
        let email = raw.trim();
        if email.is_empty() {
            return Err("accounts-email-empty");
        }
        if email.len() > 254 {
            return Err("accounts-email-too-long");
        }
        if email.chars().any(|c| c.is_control() || c.is_whitespace())
            || !email_address::EmailAddress::is_valid(email)
        {
            return Err("accounts-email-invalid");
        }
        let (_, domain) = email.rsplit_once('@').unwrap_or_default();
        if !domain.contains('.') || domain.starts_with('[') {
            return Err("accounts-email-invalid");
        }
        Ok(EmailAddress(email.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What uniqueness is checked on: the address ignoring case.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

pub const PASSWORD_MIN: usize = 8;
pub const PASSWORD_MAX: usize = 1024;

/// A new password: length limits (no composition rules, as NIST 800-63B
/// advises), not the username or email itself, and not one of the 100,000
/// most common passwords (the `passwords` crate's list). The error is a
/// message key.
pub fn check_new_password(password: &str, username: &str, email: &str) -> Result<(), &'static str> {
    let len = password.chars().count();
    if len < PASSWORD_MIN {
        return Err("accounts-password-too-short");
    }
    if len > PASSWORD_MAX {
        return Err("accounts-password-too-long");
    }
    let lower = password.to_lowercase();
    if lower == username.to_lowercase() || lower == email.to_lowercase() {
        return Err("accounts-password-is-name");
    }
    if passwords::analyzer::is_common_password(password)
        || passwords::analyzer::is_common_password(&lower)
    {
        return Err("accounts-password-common");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_lowercased_and_normalised() {
        assert_eq!(Username::parse("Ana_99").unwrap().as_str(), "ana_99");
        assert_eq!(Username::parse("ａｎａ").unwrap().as_str(), "ana");
    }

    #[test]
    fn usernames_outside_the_rules_are_refused() {
        assert!(Username::parse("ab").is_err());
        assert!(Username::parse(&"a".repeat(31)).is_err());
        assert!(Username::parse("has space").is_err());
        assert!(Username::parse("dash-ed").is_err());
        assert!(Username::parse("émile").is_err());
        assert!(Username::parse("admin").is_err());
        assert!(Username::parse(&"a".repeat(30)).is_ok());
    }

    #[test]
    fn emails_are_checked_and_keyed_ignoring_case() {
        let e = EmailAddress::parse(" Ana@Example.COM ").unwrap();
        assert_eq!(e.as_str(), "Ana@Example.COM");
        assert_eq!(e.key(), "ana@example.com");
        assert!(EmailAddress::parse("no-at-sign").is_err());
        assert!(EmailAddress::parse("a@localhost").is_err());
        assert!(EmailAddress::parse("a b@example.com").is_err());
        assert!(EmailAddress::parse("a@example.com\r\nBcc: x@y.z").is_err());
        assert!(EmailAddress::parse(&format!("{}@example.com", "a".repeat(250))).is_err());
    }

    #[test]
    fn passwords_need_length_and_must_not_be_the_name() {
        assert!(check_new_password("short", "ana", "a@b.co").is_err());
        assert!(check_new_password("anabanana", "anabanana", "a@b.co").is_err());
        assert!(check_new_password("a@b.co.uk", "ana", "A@B.CO.UK").is_err());
        assert!(check_new_password(&"x".repeat(1025), "ana", "a@b.co").is_err());
        assert!(check_new_password(&"x".repeat(64), "ana", "a@b.co").is_ok());
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        for common in ["password123", "iloveyou1", "Qwertyuiop", "PASSWORD1"] {
            assert!(
                check_new_password(common, "ana", "a@b.co").is_err(),
                "{common}"
            );
        }
        assert!(check_new_password("quill tea kettle 7", "ana", "a@b.co").is_ok());
    }

    #[test]
    fn every_error_is_a_message_english_has() {
        let english = crate::i18n::I18n::new().unwrap().english();
        let errors = [
            Username::parse("admin").unwrap_err(),
            Username::parse("ab").unwrap_err(),
            Username::parse("has space").unwrap_err(),
            EmailAddress::parse(" ").unwrap_err(),
            EmailAddress::parse(&format!("{}@example.com", "a".repeat(250))).unwrap_err(),
            EmailAddress::parse("no-at-sign").unwrap_err(),
            check_new_password("short", "ana", "a@b.co").unwrap_err(),
            check_new_password(&"x".repeat(1025), "ana", "a@b.co").unwrap_err(),
            check_new_password("anabanana", "anabanana", "a@b.co").unwrap_err(),
            check_new_password("password123", "ana", "a@b.co").unwrap_err(),
        ];
        assert_eq!(
            english.t(errors[1]),
            "Choose a username of 3 to 30 characters."
        );
        for key in errors {
            assert!(key.starts_with("accounts-"), "{key} is not a message key");
            assert!(!english.t(key).is_empty(), "{key} is not in accounts.ftl");
        }
    }
}
