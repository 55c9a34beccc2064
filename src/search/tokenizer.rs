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

/// The tokens of one text, cut up front.
pub struct Tokens {
    tokens: Vec<Token>,
    at: usize,
}

impl TokenStream for Tokens {
    fn advance(&mut self) -> bool {
        if self.at < self.tokens.len() {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.at - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.at - 1]
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
    type TokenStream<'a> = Tokens;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Tokens {
        let mut tokens = Vec::new();
        let mut push = |from: usize, to: usize| {
            tokens.push(Token {
                offset_from: from,
                offset_to: to,
                position: tokens.len(),
                text: text[from..to].to_string(),
                position_length: 1,
            })
        };
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let end_of = |i: usize| chars.get(i + 1).map_or(text.len(), |c| c.0);
        let mut i = 0;
        while i < chars.len() {
            let here = kind(chars[i].1);
            let mut j = i;
            while j + 1 < chars.len() && kind(chars[j + 1].1) == here {
                j += 1;
            }
            match here {
                Kind::Gap => {}
                Kind::Word => push(chars[i].0, end_of(j)),
                Kind::Unspaced if i == j => push(chars[i].0, end_of(i)),
                Kind::Unspaced => {
                    for (k, (from, _)) in chars.iter().enumerate().take(j).skip(i) {
                        push(*from, end_of(k + 1));
                    }
                }
            }
            i = j + 1;
        }
        Tokens { tokens, at: 0 }
    }
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
}
