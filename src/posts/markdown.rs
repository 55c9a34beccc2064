//! Markdown to safe HTML: pulldown-cmark renders, fenced code blocks are
//! highlighted (`highlight`), ammonia sanitises (no script, no event
//! handlers, no style, links only to http, https and mailto, every link
//! `rel="nofollow noopener noreferrer"`; the only classes kept are the
//! highlighter's).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd, html};

use super::highlight;
use crate::media::StoredImage;

pub(super) fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

// Built once: the sanitiser's rules never change while the process runs.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("nofollow noopener noreferrer"))
        .add_tag_attributes("span", ["class"])
        .add_tag_attributes("img", ["srcset", "sizes", "loading", "decoding"])
        .add_tag_attributes("code", ["class"])
        .add_tag_attributes("pre", ["class", "tabindex"])
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            // The highlighter's classes (and a code block's language);
            // anything a writer types in raw HTML is dropped.
            // Browsers split classes on any ASCII white space, so must we.
            (_, "class") => {
                let classes: Vec<&str> = value.split_ascii_whitespace().collect();
                let ours = classes.iter().all(|c| {
                    c.starts_with(highlight::PREFIX)
                        || (element == "code" && c.starts_with("language-"))
                });
                ours.then(|| classes.join(" ").into())
            }
            ("pre", "tabindex") => (value == "0").then(|| value.into()),
            _ => Some(value.into()),
        });
    // Each block takes the direction of its own first letters: an Arabic
    // paragraph reads right to left beside an English one.
    for tag in [
        "p",
        "li",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "dd",
        "dt",
    ] {
        b.set_tag_attribute_value(tag, "dir", "auto");
    }
    b
});

pub fn to_html(markdown: &str) -> String {
    to_html_with(markdown, &HashMap::new())
}

/// Renders with the post's own pictures (by file name) drawn at their
/// stored sizes, with a `srcset` of their variants and lazy loading.
pub fn to_html_with(markdown: &str, pictures: &HashMap<String, StoredImage>) -> String {
    to_html_full(markdown, pictures, &HashSet::new())
}

/// Renders a comment: `@name` of a `known` account links to its profile.
pub fn to_html_mentioning(markdown: &str, known: &HashSet<String>) -> String {
    to_html_full(markdown, &HashMap::new(), known)
}

/// Renders with the post's pictures and links to the `known` accounts it
/// mentions (see `mentions`).
pub fn to_html_full(
    markdown: &str,
    pictures: &HashMap<String, StoredImage>,
    known: &HashSet<String>,
) -> String {
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    let events = pictured(
        highlighted(super::mentions::linked(
            Parser::new_ext(markdown, options()),
            known,
        )),
        pictures,
    );
    html::push_html(&mut raw, events);
    SANITIZER.clean(&raw).to_string()
}

/// Every `![alt](…)` replaced by its finished element: one of the post's
/// pictures as a sized, responsive `<img>`; a picture on another site as a
/// link to it, since the CSP (`img-src 'self'`) would leave a hole.
fn pictured<'a>(
    events: impl Iterator<Item = Event<'a>>,
    pictures: &HashMap<String, StoredImage>,
) -> impl Iterator<Item = Event<'a>> {
    let mut open: Option<(CowStr<'a>, String)> = None;
    events.filter_map(move |event| match event {
        Event::Start(Tag::Image { dest_url, .. }) => {
            open = Some((dest_url, String::new()));
            None
        }
        Event::End(TagEnd::Image) => {
            let (dest, alt) = open.take()?;
            Some(Event::Html(picture(&dest, &alt, pictures).into()))
        }
        Event::Text(t) | Event::Code(t) if open.is_some() => {
            if let Some((_, alt)) = open.as_mut() {
                alt.push_str(&t);
            }
            None
        }
        _ if open.is_some() => None,
        other => Some(other),
    })
}

fn picture(dest: &str, alt: &str, pictures: &HashMap<String, StoredImage>) -> String {
    let esc = crate::web::escape_html;
    let name = super::pictures::upload_name(dest);
    match name.and_then(|n| pictures.get(n)) {
        Some(img) => format!(
            "<img src=\"{}\" srcset=\"{} {}w, {} {}w\" sizes=\"(max-width: 760px) 100vw, 720px\" \
             width=\"{}\" height=\"{}\" alt=\"{}\" loading=\"lazy\" decoding=\"async\">",
            esc(&img.large.url()),
            esc(&img.small.url()),
            img.small.width,
            esc(&img.large.url()),
            img.large.width,
            img.large.width,
            img.large.height,
            esc(alt)
        ),
        None if name.is_some() => format!(
            "<img src=\"{}\" alt=\"{}\" loading=\"lazy\" decoding=\"async\">",
            esc(dest),
            esc(alt)
        ),
        None => format!(
            "<a href=\"{}\">{} (picture on another site)</a>",
            esc(dest),
            esc(if alt.is_empty() { dest } else { alt })
        ),
    }
}

/// The events with every code block replaced by its finished `<pre>`.
fn highlighted<'a>(events: impl Iterator<Item = Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    let mut lang: Option<CowStr<'a>> = None;
    let mut code = String::new();
    events.filter_map(move |event| match event {
        Event::Start(Tag::CodeBlock(kind)) => {
            lang = Some(match kind {
                CodeBlockKind::Fenced(l) => l,
                CodeBlockKind::Indented => "".into(),
            });
            code.clear();
            None
        }
        Event::Text(t) if lang.is_some() => {
            code.push_str(&t);
            None
        }
        Event::End(TagEnd::CodeBlock) => {
            let l = lang.take().unwrap_or_else(|| "".into());
            Some(Event::Html(highlight::code_block(&l, &code).into()))
        }
        other => Some(other),
    })
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

/// Minutes to read at 230 words a minute, at least one.
pub fn reading_minutes(markdown: &str) -> i64 {
    let words = to_text(markdown, None)
        .split(' ')
        .filter(|w| !w.is_empty())
        .count() as i64;
    ((words + 229) / 230).max(1)
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
        assert!(html.contains("<li dir=\"auto\">one</li>"), "{html}");
    }

    #[test]
    fn each_block_takes_its_own_direction() {
        let html = to_html("القاهرة مدينة جميلة.\n\nEnglish too.\n\n> اقتباس");
        assert!(html.contains("<p dir=\"auto\">القاهرة"), "{html}");
        assert!(html.contains("<p dir=\"auto\">English"), "{html}");
        assert!(html.contains("<blockquote dir=\"auto\">"), "{html}");
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
    fn fenced_code_is_highlighted_without_inline_style() {
        let html = to_html("```rust\nlet x = 1;\n```\n");
        assert!(html.contains("<span class=\"hl-"), "{html}");
        assert!(html.contains("tabindex=\"0\""), "{html}");
        assert!(!html.contains("style="), "{html}");
    }

    #[test]
    fn classes_a_writer_types_are_dropped() {
        let html = to_html(
            "<span class=\"evil hl-x\">a</span> <pre tabindex=\"5\">b</pre> <span class=\"hl-a&#9;toasts\">c</span>",
        );
        assert!(!html.contains("evil") && !html.contains("toasts"), "{html}");
        assert!(!html.contains("tabindex"), "{html}");
    }

    #[test]
    fn reading_time_counts_words() {
        assert_eq!(reading_minutes("one two"), 1);
        assert_eq!(reading_minutes(&"word ".repeat(460)), 2);
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
