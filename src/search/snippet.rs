//! A result's snippet: the stretch of its body where the searched words
//! are densest, escaped, with each of them in `<mark>`.
//!
//! The same choice tantivy's `SnippetGenerator` makes (windows of at most
//! `MAX_BYTES` starting at a word; each marked word adds its weight; the
//! best window wins, the earliest on a tie), without its cost per word: it
//! lower-cases a copy of every word of every body to look it up, while the
//! analyzer here has already folded them. Twenty snippets were a seventh of
//! a search's time (docs/performance.md).

use std::ops::Range;

use tantivy::tokenizer::TextAnalyzer;

/// How long a snippet is, in bytes of the body.
const MAX_BYTES: usize = 220;

pub struct Snippets {
    /// The words to mark, as the index spells them, and how much each
    /// counts (rarer words more).
    words: Vec<(String, f32)>,
    analyzer: TextAnalyzer,
}

/// A window of the body and the words marked in it.
#[derive(Default)]
struct Window {
    start: usize,
    end: usize,
    score: f32,
    marked: Vec<Range<usize>>,
}

impl Snippets {
    pub fn new(words: Vec<(String, f32)>, analyzer: TextAnalyzer) -> Snippets {
        Snippets { words, analyzer }
    }

    /// The snippet of `body` as HTML; the start of the body when none of
    /// the words is in it (a match in the title, tags or author).
    pub fn html(&self, body: &str) -> String {
        match self.best(body) {
            Some(w) => {
                let mut html = String::with_capacity(w.end - w.start + 32 * w.marked.len());
                let mut at = w.start;
                for r in &w.marked {
                    html.push_str(&crate::web::escape_html(&body[at..r.start]));
                    html.push_str("<mark>");
                    html.push_str(&crate::web::escape_html(&body[r.clone()]));
                    html.push_str("</mark>");
                    at = r.end;
                }
                html.push_str(&crate::web::escape_html(&body[at..w.end]));
                html
            }
            None => {
                let start = &body[..body.floor_char_boundary(MAX_BYTES)];
                crate::web::escape_html(start)
            }
        }
    }

    fn best(&self, body: &str) -> Option<Window> {
        if self.words.is_empty() {
            return None;
        }
        let mut analyzer = self.analyzer.clone();
        let mut stream = analyzer.token_stream(body);
        let mut best: Option<Window> = None;
        let mut current = Window::default();
        let mut started = false;
        while let Some(token) = stream.next() {
            if !started || token.offset_to - current.start > MAX_BYTES {
                if current.score > 0.0 && best.as_ref().is_none_or(|b| current.score > b.score) {
                    best = Some(std::mem::take(&mut current));
                }
                current = Window {
                    start: token.offset_from,
                    ..Window::default()
                };
                started = true;
            }
            current.end = token.offset_to;
            if let Some((_, weight)) = self.words.iter().find(|(w, _)| *w == token.text) {
                current.score += weight;
                // Pairs of characters overlap (北京, 京烤): one mark covers both.
                match current.marked.last_mut() {
                    Some(last) if token.offset_from < last.end => {
                        last.end = last.end.max(token.offset_to);
                    }
                    _ => current.marked.push(token.offset_from..token.offset_to),
                }
            }
        }
        if current.score > 0.0 && best.as_ref().is_none_or(|b| current.score > b.score) {
            best = Some(current);
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snippets(words: &[&str]) -> Snippets {
        Snippets::new(
            words.iter().map(|w| (w.to_string(), 1.0)).collect(),
            crate::search::index::analyzer(),
        )
    }

    #[test]
    fn the_words_are_marked_whatever_their_case_and_accents_up_to_the_last_word() {
        let html = snippets(&["cafe", "paris"]).html("Un Café à <Paris>, le matin.");
        assert_eq!(
            html,
            "Un <mark>Café</mark> à &lt;<mark>Paris</mark>&gt;, le matin"
        );
    }

    #[test]
    fn overlapping_pairs_of_characters_are_marked_once() {
        let html = snippets(&["北京", "京烤", "烤鸭"]).html("今天在北京烤鸭店");
        assert_eq!(html, "今天在<mark>北京烤鸭</mark>店");
    }

    #[test]
    fn the_densest_stretch_is_chosen() {
        let filler = "word ".repeat(60);
        let body = format!("rust once. {filler} rust and rust again. {filler}");
        let html = snippets(&["rust"]).html(&body);
        assert!(
            html.contains("<mark>rust</mark> and <mark>rust</mark> again"),
            "{html}"
        );
        assert!(!html.contains("once"), "{html}");
    }

    #[test]
    fn without_the_words_the_start_of_the_body_is_shown_escaped() {
        let body = format!("<b>{}</b>", "é".repeat(300));
        let html = snippets(&["rust"]).html(&body);
        assert!(html.starts_with("&lt;b&gt;éé"));
        assert!(!html.contains("<mark>"));
        assert!(html.len() <= MAX_BYTES + 10);
    }
}
