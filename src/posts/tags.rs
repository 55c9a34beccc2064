//! Tags: comma separated in the form, stored normalised.

use crate::i18n::Msg;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag(String);

pub const MAX_TAGS: usize = 5;
pub const MAX_TAG_LEN: usize = 30;

impl Tag {
    /// Trimmed, NFKC-normalised (full-width letters become plain ones),
    /// lowercased where the script has case, inner spaces become `-`; then
    /// letters and digits of any script (with their combining marks) and
    /// hyphens, at most 30 characters.
    pub fn parse(raw: &str) -> Result<Tag, Msg> {
        use unicode_normalization::UnicodeNormalization;
        let name = raw
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-")
            .nfkc()
            .collect::<String>()
            .to_lowercase();
        if name.is_empty() || name.chars().count() > MAX_TAG_LEN {
            return Err(Msg::new("posts-tag-length").with("max", MAX_TAG_LEN));
        }
        let mark = unicode_normalization::char::is_combining_mark;
        let starts_with_mark = name.chars().next().is_some_and(mark);
        if starts_with_mark
            || !name
                .chars()
                .all(|c| c.is_alphanumeric() || mark(c) || c == '-')
        {
            return Err(Msg::new("posts-tag-characters").with("tag", raw.trim()));
        }
        if let Some((one, other)) = mixed_alphabets(&name) {
            return Err(Msg::new("posts-tag-mixed-alphabets")
                .with("tag", raw.trim())
                .with("first", one)
                .with("second", other));
        }
        Ok(Tag(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The tag as a URL path segment (percent-encoded), for feeds and
    /// sitemaps, where an address must be plain ASCII.
    pub fn path_segment(&self) -> String {
        crate::web::url_path(&self.0)
    }
}

/// Latin, Greek and Cyrillic share look-alike letters (a/а, o/ο/о, p/р):
/// a tag with letters of two of them is how an impostor of an existing tag
/// is spelled, never a real word. The alphabets are named by the codes
/// the message `posts-tag-mixed-alphabets` selects on.
fn mixed_alphabets(name: &str) -> Option<(&'static str, &'static str)> {
    let alphabet = |c: char| match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Some("latin"),
        0x370..=0x3FF | 0x1F00..=0x1FFF => Some("greek"),
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Some("cyrillic"),
        _ => None,
    };
    let mut seen: Option<&'static str> = None;
    for a in name.chars().filter_map(alphabet) {
        match seen {
            None => seen = Some(a),
            Some(first) if first != a => return Some((first, a)),
            Some(_) => {}
        }
    }
    None
}

/// Parses the form's `tags` field: duplicates dropped, order kept.
pub fn parse_list(raw: &str) -> Result<Vec<Tag>, Msg> {
    let mut tags: Vec<Tag> = Vec::new();
    // The comma of the writer's keyboard: Latin, Arabic, and the CJK
    // enumeration and full-width commas.
    for part in raw
        .split([',', '،', '、', '，'])
        .filter(|p| !p.trim().is_empty())
    {
        let tag = Tag::parse(part)?;
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if tags.len() > MAX_TAGS {
        return Err(Msg::new("posts-tags-too-many").with("max", MAX_TAGS));
    }
    Ok(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_splits_on_the_comma_of_any_keyboard() {
        let tags = parse_list("عربي، مصر,中文、日本，한국").unwrap();
        let names: Vec<&str> = tags.iter().map(|t| t.as_str()).collect();
        assert_eq!(names, ["عربي", "مصر", "中文", "日本", "한국"]);
    }

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
    fn tags_may_be_written_in_any_alphabet() {
        assert_eq!(
            names("Café, Россия, 中文, عربي, हिन्दी"),
            ["café", "россия", "中文", "عربي", "हिन्दी"]
        );
        assert_eq!(
            names("ＲＵＳＴ"),
            ["rust"],
            "full-width letters are plain ones"
        );
        assert_eq!(Tag::parse("café").unwrap().path_segment(), "caf%C3%A9");
    }

    #[test]
    fn a_look_alike_mixing_latin_and_cyrillic_is_refused() {
        assert_eq!(
            parse_list("c\u{430}fé").unwrap_err(),
            Msg::new("posts-tag-mixed-alphabets")
                .with("tag", "c\u{430}fé")
                .with("first", "latin")
                .with("second", "cyrillic")
        );
        assert!(parse_list("ελληνικά").is_ok());
    }

    #[test]
    fn bad_tags_are_refused_with_a_reason() {
        assert_eq!(
            parse_list("c++").unwrap_err(),
            Msg::new("posts-tag-characters").with("tag", "c++")
        );
        assert_eq!(
            parse_list(&"x".repeat(31)).unwrap_err(),
            Msg::new("posts-tag-length").with("max", MAX_TAG_LEN)
        );
        assert_eq!(
            parse_list("a,b,c,d,e,f").unwrap_err(),
            Msg::new("posts-tags-too-many").with("max", MAX_TAGS)
        );
        assert!(parse_list("a,b,c,d,e").is_ok());
    }
}
