//! `@username` in Markdown: which names a text calls in, and how they show.
//!
//! A mention is `@` and a username (3–30 of `a-z 0-9 _`, any case) that
//! starts a word and ends one. Not a mention: an e-mail address
//! (`mail@ana.example`), a handle on another server (`@ana@example.social`),
//! anything in a code span, a code block, a link's text or an HTML block.
//! Whether the account exists is the caller's question (`resolve`): a name
//! nobody has stays plain text.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd, TextMergeStream};

const MIN: usize = 3;
const MAX: usize = 30;
/// Most names one text may call in: a list of hundreds is spam, not a
/// conversation, and each name is a notification.
pub const MAX_MENTIONS: usize = 20;

fn name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The mentions in a run of plain text: each `@name`'s byte range (with
/// the `@`) and the name as written.
pub fn in_text(text: &str) -> Vec<(Range<usize>, &str)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = text[at..].find('@') {
        let start = at + offset;
        at = start + 1;
        // Starts a word: not inside an address, a path or another name.
        let before = text[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || "_.+-/@=&%#".contains(c)) {
            continue;
        }
        let name_end = bytes[start + 1..]
            .iter()
            .position(|b| !name_byte(*b))
            .map_or(bytes.len(), |n| start + 1 + n);
        let len = name_end - start - 1;
        // Ends one: not `@ana@server`, not `@ana.example` (a domain), not
        // a longer run of name characters than any username.
        let after = &bytes[name_end..];
        let domain = after.first() == Some(&b'.') && after.get(1).is_some_and(|b| name_byte(*b));
        let tail = text[name_end..].chars().next();
        if !(MIN..=MAX).contains(&len)
            || after.first() == Some(&b'@')
            || domain
            || tail.is_some_and(char::is_alphanumeric)
        {
            at = name_end.max(at);
            continue;
        }
        found.push((start..name_end, &text[start + 1..name_end]));
        at = name_end;
    }
    found
}

/// The events a mention may sit in: text outside code, links and HTML.
/// Calls `f` for each such text event, in order.
fn each_text(markdown: &str, mut f: impl FnMut(&str)) {
    let mut in_link = 0usize;
    let mut in_code_block = false;
    for event in TextMergeStream::new(Parser::new_ext(markdown, super::markdown::options())) {
        match event {
            Event::Start(Tag::Link { .. }) => in_link += 1,
            Event::End(TagEnd::Link) => in_link = in_link.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            Event::Text(t) if in_link == 0 && !in_code_block => f(&t),
            _ => {}
        }
    }
}

/// The usernames a Markdown text mentions, lowercased, each once, in the
/// order they first appear; at most `MAX_MENTIONS`.
pub fn names(markdown: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    each_text(markdown, |text| {
        for (_, name) in in_text(text) {
            let name = name.to_ascii_lowercase();
            if out.len() < MAX_MENTIONS && seen.insert(name.clone()) {
                out.push(name);
            }
        }
    });
    out
}

/// A mentioned account that exists and may be told.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Mentioned {
    pub id: i64,
    pub username: String,
}

/// Of the names a text mentions, the active accounts that have them.
pub async fn resolve<'e, E>(db: E, markdown: &str) -> Result<Vec<Mentioned>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let names = names(markdown);
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT id, username FROM account WHERE username IN ({}) AND banned_at IS NULL",
        crate::db::placeholders(1, names.len())
    );
    let mut q = sqlx::query_as(&sql);
    for n in &names {
        q = q.bind(n);
    }
    q.fetch_all(db).await
}

/// The names among `mentioned`, as the renderer links them.
pub fn known(mentioned: &[Mentioned]) -> HashSet<String> {
    mentioned.iter().map(|m| m.username.clone()).collect()
}

/// Text events with each mention of a `known` name replaced by a link to
/// its profile; everything else (and unknown names) unchanged.
pub fn linked<'a>(
    events: impl Iterator<Item = Event<'a>>,
    known: &'a HashSet<String>,
) -> impl Iterator<Item = Event<'a>> {
    let mut in_link = 0usize;
    let mut in_code_block = false;
    TextMergeStream::new(events).map(move |event| match event {
        Event::Start(Tag::Link { .. }) => {
            in_link += 1;
            event
        }
        Event::End(TagEnd::Link) => {
            in_link = in_link.saturating_sub(1);
            event
        }
        Event::Start(Tag::CodeBlock(_)) => {
            in_code_block = true;
            event
        }
        Event::End(TagEnd::CodeBlock) => {
            in_code_block = false;
            event
        }
        Event::Text(t) if in_link == 0 && !in_code_block && !known.is_empty() => {
            let hits: Vec<_> = in_text(&t)
                .into_iter()
                .filter(|(_, n)| known.contains(&n.to_ascii_lowercase()))
                .collect();
            if hits.is_empty() {
                return Event::Text(t);
            }
            let esc = crate::web::escape_html;
            let mut html = String::with_capacity(t.len() + hits.len() * 24);
            let mut last = 0;
            for (range, name) in hits {
                html.push_str(&esc(&t[last..range.start]));
                html.push_str(&format!(
                    "<a href=\"/u/{}\">@{}</a>",
                    name.to_ascii_lowercase(),
                    esc(name)
                ));
                last = range.end;
            }
            html.push_str(&esc(&t[last..]));
            Event::InlineHtml(html.into())
        }
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        in_text(text).into_iter().map(|(_, n)| n).collect()
    }

    #[test]
    fn a_mention_starts_and_ends_a_word() {
        assert_eq!(found("hi @ana, and @Ben_2!"), ["ana", "Ben_2"]);
        assert_eq!(found("(@ana) @ana. @ana?"), ["ana", "ana", "ana"]);
        assert_eq!(found("@ana"), ["ana"]);
    }

    #[test]
    fn addresses_handles_and_odd_lengths_are_not_mentions() {
        assert!(found("mail@ana.example").is_empty());
        assert!(found("write to ana@example.org").is_empty());
        assert!(found("@ana@example.social").is_empty());
        assert!(found("@ana.example").is_empty());
        assert!(found("@al is short").is_empty());
        assert!(found(&format!("@{}", "a".repeat(31))).is_empty());
        assert!(found("a/@ana and x@ana").is_empty());
        assert!(found("@anaé").is_empty());
    }

    #[test]
    fn mentions_in_code_links_and_html_are_ignored() {
        let md = "Ask @Ana.\n\nNot `@ben` here, nor [@cat](https://x.example).\n\n```\n@dan\n```\n\n    @eve\n\n<div>\n@fay\n</div>\n\nbut @Ana again and @gus";
        assert_eq!(names(md), ["ana", "gus"]);
    }

    #[test]
    fn names_are_lowercased_counted_once_and_capped() {
        assert_eq!(names("@ANA @ana @Ana"), ["ana"]);
        let many: String = (0..30).map(|i| format!("@user{i:02} ")).collect();
        assert_eq!(names(&many).len(), MAX_MENTIONS);
    }

    #[test]
    fn only_known_names_become_links() {
        let known = HashSet::from(["ana".to_string()]);
        let html = crate::posts::markdown::to_html_mentioning(
            "Hi @Ana and @nobody, `@ana` <script>x</script>",
            &known,
        );
        assert!(
            html.contains("<a href=\"/u/ana\" rel=\"nofollow noopener noreferrer\">@Ana</a>"),
            "{html}"
        );
        assert!(html.contains("@nobody"));
        assert!(html.contains("<code>@ana</code>"));
        assert!(
            !html.contains("<script"),
            "raw HTML around a mention is still sanitised: {html}"
        );
    }
}
