//! Markdown to safe HTML: pulldown-cmark renders, ammonia sanitises (no
//! script, no event handlers, links only to http, https and mailto, every
//! link `rel="nofollow noopener noreferrer"`).

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

// Built once: the sanitiser's rules never change while the process runs.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("nofollow noopener noreferrer"));
    b
});

pub fn to_html(markdown: &str) -> String {
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(markdown, options()));
    SANITIZER.clean(&raw).to_string()
}

/// The text of some Markdown with its markup removed, cut to about `max`
/// characters at a word boundary: feed excerpts.
/// The Markdown's text without markup, words separated by single spaces
/// (what search indexes); reading stops past `max_bytes` when given.
pub fn to_text(markdown: &str, max_bytes: Option<usize>) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => text.push(' '),
            Event::Start(Tag::CodeBlock(_)) => text.push(' '),
            _ => {}
        }
        if max_bytes.is_some_and(|max| text.len() > max) {
            break;
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn to_excerpt(markdown: &str, max: usize) -> String {
    let text = to_text(markdown, Some(max * 4));
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut
        .rsplit_once(' ')
        .map(|(head, _)| head.to_string())
        .unwrap_or(cut);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_renders_emphasis_and_lists() {
        let html = to_html("Some **bold** words.\n\n- one\n- two");
        assert!(html.contains("<strong>bold</strong>"));
        assert!(html.contains("<li>one</li>"));
    }

    #[test]
    fn scripts_handlers_and_javascript_links_come_out_inert() {
        let html = to_html(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) <a href=\"javascript:alert(2)\">y</a>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn links_get_nofollow() {
        let html = to_html("[site](https://example.com)");
        assert!(
            html.contains("rel=\"nofollow noopener noreferrer\""),
            "{html}"
        );
    }

    #[test]
    fn excerpts_drop_markup_and_cut_at_a_word() {
        assert_eq!(
            to_excerpt("# Title\n\nSome *nice* text", 100),
            "Title Some nice text"
        );
        let long = to_excerpt(&"word ".repeat(100), 22);
        assert_eq!(long, "word word word word…");
    }
}
