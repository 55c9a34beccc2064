//! Tags: comma separated in the form, stored normalised.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag(String);

pub const MAX_TAGS: usize = 5;
pub const MAX_TAG_LEN: usize = 30;

impl Tag {
    /// Trimmed, lowercased, inner spaces become `-`; then `[a-z0-9-]`, ≤ 30.
    pub fn parse(raw: &str) -> Result<Tag, String> {
        let name = raw
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-")
            .to_lowercase();
        if name.is_empty() || name.chars().count() > MAX_TAG_LEN {
            return Err(format!("Tags are 1 to {MAX_TAG_LEN} characters long."));
        }
        if !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(format!(
                "The tag “{}” may use only letters a–z, digits and hyphens.",
                raw.trim()
            ));
        }
        Ok(Tag(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Parses the form's `tags` field: duplicates dropped, order kept.
pub fn parse_list(raw: &str) -> Result<Vec<Tag>, String> {
    let mut tags: Vec<Tag> = Vec::new();
    for part in raw.split(',').filter(|p| !p.trim().is_empty()) {
        let tag = Tag::parse(part)?;
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if tags.len() > MAX_TAGS {
        return Err(format!("Use at most {MAX_TAGS} tags."));
    }
    Ok(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(raw: &str) -> Vec<String> {
        parse_list(raw).unwrap().into_iter().map(|t| t.0).collect()
    }

    #[test]
    fn tags_are_normalised_to_lowercase() {
        assert_eq!(names("Rust, web-dev"), ["rust", "web-dev"]);
        assert_eq!(names(" Web  Dev ,rust,RUST,, "), ["web-dev", "rust"]);
        assert!(names("").is_empty());
    }

    #[test]
    fn bad_tags_are_refused_with_a_reason() {
        assert!(parse_list("c++").unwrap_err().contains("c++"));
        assert!(parse_list(&"x".repeat(31)).is_err());
        assert!(parse_list("a,b,c,d,e,f").unwrap_err().contains("at most 5"));
        assert!(parse_list("a,b,c,d,e").is_ok());
    }
}
