//! The search box's little language, parsed by hand so that any input is
//! safe: words (all must match), `"phrases"`, `tag:rust`, `author:ana`,
//! `-word`, and the last word as a prefix while typing. User text never
//! reaches tantivy's own query parser.

use tantivy::Term;
use tantivy::query::{
    BooleanQuery, EmptyQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};

use super::index::{Fields, tokens};
use super::tokenizer::word_pair;

/// Longer input is cut: nobody types more, and it bounds the work.
const MAX_QUERY_CHARS: usize = 500;
const MAX_TERMS: usize = 16;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// Index tokens of the plain words, in order.
    pub words: Vec<String>,
    pub phrases: Vec<Vec<String>>,
    pub tags: Vec<String>,
    pub authors: Vec<String>,
    pub excluded: Vec<String>,
    /// Authors the reader must not see (blocks, either way): set by the
    /// caller, never parsed from the query.
    pub hidden_authors: Vec<String>,
    /// The last word was still being typed (no space after it) and no post
    /// has it as it stands (`complete_last`): it is matched as a prefix.
    pub prefix_last: bool,
}

impl Parsed {
    /// Something to look for: words, phrases or filters.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.phrases.is_empty()
            && self.tags.is_empty()
            && self.authors.is_empty()
    }

    /// Only exact words, two-word phrases and filters, whose ranking
    /// tantivy can prune: no longer phrase, no last word still being typed.
    pub fn prunable(&self) -> bool {
        self.phrases.iter().all(|p| p.len() == 2) && !self.prefix_last
    }

    /// The words a result's snippet marks.
    pub fn highlighted(&self) -> Vec<String> {
        let mut words: Vec<String> = self
            .words
            .iter()
            .chain(self.phrases.iter().flatten())
            .cloned()
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    }

    /// Whether a fuzzy retry could find more: a word of five letters or more.
    pub fn has_fuzzy_candidates(&self) -> bool {
        self.words.iter().any(|w| w.chars().count() >= 5)
    }
}

pub fn parse(input: &str) -> Parsed {
    let input: String = input
        .chars()
        .filter(|c| !c.is_control() || *c == ' ')
        .take(MAX_QUERY_CHARS)
        .collect();
    let mut p = Parsed::default();
    let mut rest = input.as_str();
    let mut last_was_word = false;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        if let Some(after) = rest.strip_prefix('"') {
            // An unclosed quote runs to the end.
            let (inside, next) = after.split_once('"').unwrap_or((after, ""));
            let words = tokens(inside);
            match words.len() {
                0 => {}
                1 => p.words.extend(words),
                _ => p.phrases.push(words),
            }
            rest = next;
            last_was_word = false;
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (item, next) = rest.split_at(end);
        rest = next;
        last_was_word = false;
        if let Some(tag) = strip_prefix_ci(item, "tag:") {
            // Spelled as tags are stored (NFKC, lower case); a name no tag
            // could have matches nothing.
            let tag = tag.trim_matches(|c: char| c == '#' || c == '"');
            if !tag.is_empty() {
                p.tags.push(
                    crate::posts::tags::Tag::parse(tag)
                        .map_or_else(|_| tag.to_lowercase(), |t| t.as_str().to_string()),
                );
            }
        } else if let Some(author) = strip_prefix_ci(item, "author:") {
            let author = author
                .trim_matches(|c: char| c == '@' || c == '"')
                .to_lowercase();
            if !author.is_empty() {
                p.authors.push(author);
            }
        } else if let Some(word) = item.strip_prefix('-').filter(|w| !w.is_empty()) {
            p.excluded.extend(tokens(word));
        } else {
            let words = tokens(item);
            if words.len() > 1 && item.chars().any(super::tokenizer::unspaced) {
                // A run of Chinese, Japanese, Korean or Thai is a phrase
                // of its pairs: 北京烤鸭 is 北京 京烤 烤鸭, in that order.
                p.phrases.push(words);
            } else {
                last_was_word = !words.is_empty();
                p.words.extend(words);
            }
        }
    }
    p.prefix_last = last_was_word && !input.ends_with(char::is_whitespace);
    p.words.truncate(MAX_TERMS);
    p.phrases.truncate(4);
    p
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .map(|_| &s[prefix.len()..])
}

/// How each plain word is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matching {
    Exact,
    /// Words of 5+ letters at edit distance 1 (2 from 8 letters).
    Fuzzy,
}

/// A last word some post has as it is was finished, not still being typed:
/// it is matched as typed. Expanding it to every longer word it starts
/// (lantern: lanterns, lanternfish…) cost 2-7x the query (bench/results.txt)
/// and found what the reader did not write.
pub fn complete_last(p: &mut Parsed, f: &Fields, searcher: &tantivy::Searcher) {
    let Some(last) = p.words.last().filter(|_| p.prefix_last) else {
        return;
    };
    if searcher
        .doc_freq(&Term::from_field_text(f.words, last))
        .is_ok_and(|n| n > 0)
    {
        p.prefix_last = false;
    }
}

/// Every word and phrase must be among a post's words (title, tags, body,
/// author; titles weigh more, see `index::Fields::words`), every filter
/// must hold, and no excluded word may be there.
pub fn build(p: &Parsed, f: &Fields, matching: Matching) -> Box<dyn Query> {
    let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let last = p.words.len().saturating_sub(1);
    for (i, word) in p.words.iter().enumerate() {
        let prefix = p.prefix_last && i == last;
        let term = Term::from_field_text(f.words, word);
        must.push((Occur::Must, word_query(term, word, matching, prefix)));
    }
    for phrase in &p.phrases {
        // Every neighbouring pair must be there (for two words, that is
        // the phrase); a longer phrase then has its positions compared.
        for pair in phrase.windows(2) {
            let pair = word_pair(&pair[0], &pair[1]);
            must.push((Occur::Must, term(f.word_pairs, &pair)));
        }
        if phrase.len() > 2 {
            let terms = phrase
                .iter()
                .map(|w| Term::from_field_text(f.words, w))
                .collect();
            must.push((Occur::Must, Box::new(PhraseQuery::new(terms))));
        }
    }
    for tag in &p.tags {
        must.push((Occur::Must, term(f.tag, tag)));
    }
    for author in &p.authors {
        must.push((Occur::Must, term(f.author, author)));
    }
    if must.is_empty() {
        return Box::new(EmptyQuery);
    }
    for word in &p.excluded {
        must.push((Occur::MustNot, term(f.words, word)));
    }
    for author in &p.hidden_authors {
        must.push((Occur::MustNot, term(f.author, author)));
    }
    // One clause alone is handed over as it is: tantivy prunes a lone
    // word's ranking only when it is not wrapped in a BooleanQuery.
    if must.len() == 1
        && let Some((_, only)) = must.pop()
    {
        return only;
    }
    Box::new(BooleanQuery::new(must))
}

fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn word_query(term: Term, word: &str, matching: Matching, prefix: bool) -> Box<dyn Query> {
    let len = word.chars().count();
    let exact: Box<dyn Query> =
        Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs));
    let mut alternatives = vec![(Occur::Should, exact)];
    // Short prefixes match thousands of words (go: good, gold, govern…);
    // only a longer unfinished word is worth expanding.
    if prefix && len >= 4 {
        alternatives.push((
            Occur::Should,
            Box::new(FuzzyTermQuery::new_prefix(term.clone(), 0, true)),
        ));
    }
    if matching == Matching::Fuzzy && len >= 5 {
        let distance = if len >= 8 { 2 } else { 1 };
        alternatives.push((
            Occur::Should,
            Box::new(FuzzyTermQuery::new(term, distance, true)),
        ));
    }
    if alternatives.len() == 1
        && let Some((_, only)) = alternatives.pop()
    {
        only
    } else {
        Box::new(BooleanQuery::new(alternatives))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_little_language_is_understood() {
        let p = parse(r#"Rust "borrow checker" tag:Web author:@Ana -java asy"#);
        assert_eq!(p.words, vec!["rust", "asy"]);
        assert_eq!(
            p.phrases,
            vec![vec!["borrow".to_string(), "checker".to_string()]]
        );
        assert_eq!(p.tags, vec!["web"]);
        assert_eq!(p.authors, vec!["ana"]);
        assert_eq!(p.excluded, vec!["java"]);
        assert!(p.prefix_last);
        assert!(!parse("rust ").prefix_last);
    }

    #[test]
    fn hostile_input_parses_to_something_harmless() {
        for q in [
            "\"unbalanced",
            "title:(",
            "*",
            "((",
            "-",
            "tag:",
            "\u{0}\u{7}x",
            "🦀 emoji",
            "AND OR NOT",
            "",
        ] {
            let _ = parse(q);
        }
        assert_eq!(
            parse(&"a".repeat(10_000)).words.len(),
            0,
            "one 500-letter token is dropped"
        );
        assert!(parse("").is_empty());
        assert_eq!(parse("\"one\"").words, vec!["one"]);
    }

    #[test]
    fn a_run_without_spaces_is_a_phrase_of_its_pairs() {
        assert_eq!(parse("北京").words, vec!["北京"]);
        let p = parse("北京烤鸭 rust");
        assert_eq!(p.phrases, vec![vec!["北京", "京烤", "烤鸭"]]);
        assert_eq!(p.words, vec!["rust"]);
        assert_eq!(
            parse("ラーメン").phrases,
            vec![vec!["ラー", "ーメ", "メン"]]
        );
    }
}
