//! Words for the index in every script. Scripts that put spaces between
//! words (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari…) split on
//! anything that is not a letter, digit or combining mark. Scripts that do
//! not (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) and Korean, whose
//! words carry their particles (김치찌개를), are cut into overlapping
//! pairs of characters: "北京烤鸭" is 北京 京烤 烤鸭, so "北京" and "烤鸭"
//! are each found inside the run, and a longer query is a phrase of its
//! pairs. Pairs (the approach of Lucene's CJK analyzer) need no dictionary:
//! nothing is added to the binary, and a word no dictionary knows (a name,
//! new slang) is found like any other.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

#[derive(Clone, Default)]
pub struct WordsAndPairs;

/// The tokens of one text, cut as they are read: one token buffer reused
/// (as tantivy's own tokenizers do), no allocation per token.
pub struct Tokens<'a> {
    text: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    token: Token,
    /// Inside a run without spaces: where the last character began.
    pair_from: Option<usize>,
}

impl Tokens<'_> {
    fn emit(&mut self, from: usize, to: usize) -> bool {
        self.token.text.clear();
        self.token.text.push_str(&self.text[from..to]);
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.position = self.token.position.wrapping_add(1);
        true
    }

    /// The byte offset just after the character at `at`.
    fn end_of(&self, at: usize) -> usize {
        at + self.text[at..].chars().next().map_or(0, char::len_utf8)
    }
}

impl TokenStream for Tokens<'_> {
    fn advance(&mut self) -> bool {
        // The next pair of a run: the previous character and this one.
        if let Some(from) = self.pair_from {
            match self.chars.peek() {
                Some(&(at, c)) if unspaced(c) => {
                    self.chars.next();
                    self.pair_from = Some(at);
                    let to = self.end_of(at);
                    return self.emit(from, to);
                }
                _ => self.pair_from = None,
            }
        }
        while let Some((at, c)) = self.chars.next() {
            match kind(c) {
                Kind::Gap => {}
                Kind::Word => {
                    let mut to = self.end_of(at);
                    while let Some(&(next, c)) = self.chars.peek() {
                        if kind(c) != Kind::Word {
                            break;
                        }
                        self.chars.next();
                        to = self.end_of(next);
                    }
                    return self.emit(at, to);
                }
                Kind::Unspaced => {
                    return match self.chars.peek() {
                        Some(&(next, c)) if unspaced(c) => {
                            self.chars.next();
                            self.pair_from = Some(next);
                            let to = self.end_of(next);
                            self.emit(at, to)
                        }
                        // A character alone in its run is its own token.
                        _ => {
                            let to = self.end_of(at);
                            self.emit(at, to)
                        }
                    };
                }
            }
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Part of a word in a script with spaces.
    Word,
    /// A character of a script without spaces (or Hangul).
    Unspaced,
    Gap,
}

fn kind(c: char) -> Kind {
    // Most text is mostly ASCII: decide it without the Unicode tables.
    if c.is_ascii() {
        return if c.is_ascii_alphanumeric() {
            Kind::Word
        } else {
            Kind::Gap
        };
    }
    if unspaced(c) {
        Kind::Unspaced
    } else if c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) {
        Kind::Word
    } else {
        Kind::Gap
    }
}

/// Han, kana (with the long-vowel mark ー), Hangul, Thai, Lao, Myanmar,
/// Khmer.
pub fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x1100..=0x11FF    // Hangul Jamo
        | 0x3040..=0x30FF    // Hiragana, Katakana (ー is U+30FC)
        | 0x3130..=0x318F    // Hangul compatibility Jamo
        | 0x31F0..=0x31FF    // Katakana extensions
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xA960..=0xA97F    // Hangul Jamo extended A
        | 0xAC00..=0xD7FF    // Hangul syllables, Jamo extended B
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0xFF66..=0xFF9F    // half-width Katakana
        | 0x20000..=0x3FFFF  // CJK extensions B and beyond
    )
}

impl Tokenizer for WordsAndPairs {
    type TokenStream<'a> = Tokens<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Tokens<'a> {
        Tokens {
            text,
            chars: text.char_indices().peekable(),
            token: Token {
                // The first token moves this to 0.
                position: usize::MAX,
                ..Token::default()
            },
            pair_from: None,
        }
    }
}

/// Each two neighbouring words of what `words` makes of a text, as one
/// token "a b" at the first one's position: a two-word phrase is then one
/// term to look up instead of two long lists compared position by position,
/// and a longer phrase is narrowed to the posts with all its pairs before
/// positions are compared (Elasticsearch's `index_phrases`). Words that are
/// not next to each other (a dropped over-long word between them, or the end
/// of one value and the start of the next) make no pair.
#[derive(Clone)]
pub struct WordPairs {
    pub words: tantivy::tokenizer::TextAnalyzer,
}

pub struct WordPairTokens {
    words: Vec<Token>,
    next: usize,
    token: Token,
}

impl Tokenizer for WordPairs {
    type TokenStream<'a> = WordPairTokens;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordPairTokens {
        let mut words = Vec::new();
        let mut stream = self.words.token_stream(text);
        while let Some(t) = stream.next() {
            words.push(t.clone());
        }
        WordPairTokens {
            words,
            next: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for WordPairTokens {
    fn advance(&mut self) -> bool {
        while self.next + 1 < self.words.len() {
            let (a, b) = (&self.words[self.next], &self.words[self.next + 1]);
            self.next += 1;
            if b.position == a.position.wrapping_add(1) {
                self.token.text.clear();
                self.token.text.push_str(&a.text);
                self.token.text.push(' ');
                self.token.text.push_str(&b.text);
                self.token.offset_from = a.offset_from;
                self.token.offset_to = b.offset_to;
                self.token.position = a.position;
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// The term `WordPairs` makes of two neighbouring words.
pub fn word_pair(a: &str, b: &str) -> String {
    format!("{a} {b}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<String> {
        let mut t = WordsAndPairs;
        let mut stream = t.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn spaced_scripts_are_cut_into_words() {
        assert_eq!(cut("Café crème, à Paris!"), ["Café", "crème", "à", "Paris"]);
        assert_eq!(cut("Москва зимой"), ["Москва", "зимой"]);
        assert_eq!(cut("القاهرة مدينة"), ["القاهرة", "مدينة"]);
        assert_eq!(cut("हिन्दी भाषा"), ["हिन्दी", "भाषा"]);
    }

    #[test]
    fn unspaced_scripts_are_cut_into_overlapping_pairs() {
        assert_eq!(cut("在北京吃饭"), ["在北", "北京", "京吃", "吃饭"]);
        assert_eq!(cut("ラーメン"), ["ラー", "ーメ", "メン"]);
        assert_eq!(
            cut("김치찌개를 먹었습니다"),
            [
                "김치", "치찌", "찌개", "개를", "먹었", "었습", "습니", "니다"
            ]
        );
        assert_eq!(cut("猫"), ["猫"]);
        assert_eq!(cut("iPhone手机2台"), ["iPhone", "手机", "2", "台"]);
    }

    #[test]
    fn offsets_and_positions_follow_the_text() {
        let mut t = WordsAndPairs;
        let mut stream = t.token_stream("a 北京烤");
        let mut seen = Vec::new();
        while stream.advance() {
            let tok = stream.token();
            seen.push((tok.position, tok.offset_from, tok.offset_to));
        }
        assert_eq!(seen, [(0, 0, 1), (1, 2, 8), (2, 5, 11)]);
    }

    #[test]
    fn neighbouring_words_pair_up_but_not_across_a_dropped_word() {
        let words = tantivy::tokenizer::TextAnalyzer::builder(WordsAndPairs)
            .filter(tantivy::tokenizer::RemoveLongFilter::limit(10))
            .filter(tantivy::tokenizer::LowerCaser)
            .build();
        let mut pairs = WordPairs { words };
        let mut stream = pairs.token_stream("Quiet harbor, loooooooooooooong signal now");
        let mut seen = Vec::new();
        while stream.advance() {
            let t = stream.token();
            seen.push((t.text.clone(), t.position));
        }
        assert_eq!(
            seen,
            [
                ("quiet harbor".to_string(), 0),
                ("signal now".to_string(), 3)
            ]
        );
    }
}
