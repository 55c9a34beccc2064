//! From what a browser asks for (`Accept-Language`) or a stored setting to
//! one of the shipped languages.

use unic_langid::LanguageIdentifier;

use super::LANGUAGES;

/// The shipped language a stored setting names, if it still ships.
pub fn pick(code: &str) -> Option<&'static str> {
    LANGUAGES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(code))
        .map(|l| l.code)
}

/// The first shipped language in an `Accept-Language` header, by weight
/// and then by order; `None` when it names none of them.
pub fn from_accept_language(header: &str) -> Option<&'static str> {
    let mut wanted: Vec<(u16, usize, &str)> = header
        .split(',')
        .take(32)
        .enumerate()
        .filter_map(|(order, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .next()
                .map_or(Some(1000), weight)?;
            (quality > 0 && !tag.is_empty()).then_some((quality, order, tag))
        })
        .collect();
    wanted.sort_by_key(|(quality, order, _)| (std::cmp::Reverse(*quality), *order));
    wanted.into_iter().find_map(|(_, _, tag)| shipped(tag))
}

/// `q=0.8` as thousandths; an unreadable weight drops the item.
fn weight(q: &str) -> Option<u16> {
    let q: f32 = q.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&q)
        .then(|| (q * 1000.0).round() as u16)
}

/// The shipped language closest to one tag: the same language (a German
/// reader in Austria reads German), Portuguese of any country as
/// Brazilian, Chinese of any script as Simplified (the only Chinese that
/// ships, and easier for a Traditional reader than English).
fn shipped(tag: &str) -> Option<&'static str> {
    if let Some(code) = pick(tag) {
        return Some(code);
    }
    let id: LanguageIdentifier = tag.parse().ok()?;
    let language = id.language.as_str();
    LANGUAGES
        .iter()
        .find(|l| l.code.split('-').next() == Some(language))
        .map(|l| l.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heaviest_shipped_language_wins() {
        assert_eq!(from_accept_language("de-DE,de;q=0.9,en;q=0.5"), Some("de"));
        assert_eq!(from_accept_language("en;q=0.5, fr;q=0.9"), Some("fr"));
        assert_eq!(from_accept_language("xx, ja;q=0.1"), Some("ja"));
        assert_eq!(from_accept_language("pt-PT"), Some("pt-BR"));
        assert_eq!(from_accept_language("zh-CN,zh;q=0.9"), Some("zh-Hans"));
        assert_eq!(from_accept_language("zh-TW"), Some("zh-Hans"));
        assert_eq!(from_accept_language("ar-EG"), Some("ar"));
    }

    #[test]
    fn odd_headers_choose_nothing() {
        for header in [
            "",
            "*",
            "xx-unknown",
            ";;;",
            "de;q=0",
            "de;q=abc",
            "q=1",
            ",,,",
        ] {
            assert_eq!(from_accept_language(header), None, "{header:?}");
        }
    }
}
