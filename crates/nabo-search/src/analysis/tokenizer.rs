//! The analysis as a tantivy tokenizer, for fields tantivy analyzes itself: the folded
//! terms of a text of unknown language. The forms of one word (a Persian word joined and
//! split at its ZWNJ, a Chinese compound and the words inside it) share its position and
//! offsets, like synonyms.

use tantivy::tokenizer::{PreTokenizedStream, PreTokenizedString, Token, Tokenizer};

use super::{Language, fold, for_each_form};

/// Tokenizes text into the folded terms of [`analyze`](super::analyze).
#[derive(Clone, Debug, Default)]
pub struct FoldedTokenizer;

impl Tokenizer for FoldedTokenizer {
    type TokenStream<'a> = PreTokenizedStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PreTokenizedStream {
        let language = Language::default();
        let mut tokens: Vec<Token> = Vec::new();
        let mut position = 0;
        let mut last_offset = None;
        for_each_form(text, language, |word, exact, _| {
            if last_offset.is_some_and(|offset| offset != word.offset) && !word.inside_previous {
                position += 1;
            }
            last_offset = Some(word.offset);
            tokens.push(Token {
                offset_from: word.offset,
                offset_to: word.offset + word.text.len(),
                position,
                text: fold::fold(exact, language),
                position_length: 1,
            });
        });
        PreTokenizedString {
            text: text.to_owned(),
            tokens,
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::super::analyzer;
    use tantivy::tokenizer::TokenStream;

    /// (term, position, offsets) of each token.
    fn check(text: &str, expected: &[(&str, usize, &str)]) {
        let mut analyzer = analyzer();
        let mut stream = analyzer.token_stream(text);
        let mut found = Vec::new();
        while stream.advance() {
            let token = stream.token();
            found.push((
                token.text.clone(),
                token.position,
                text[token.offset_from..token.offset_to].to_owned(),
            ));
        }
        let expected: Vec<(String, usize, String)> = expected
            .iter()
            .map(|&(term, position, written)| (term.to_owned(), position, written.to_owned()))
            .collect();
        assert_eq!(found, expected, "{text:?}");
    }

    #[test]
    fn yields_folded_terms_with_positions_and_offsets() {
        check(
            "Jobcenter København",
            &[("jobcenter", 0, "Jobcenter"), ("kobenhavn", 1, "København")],
        );
        check(
            "کار می‌خواهم",
            &[
                ("کار", 0, "کار"),
                ("میخواهم", 1, "می‌خواهم"),
                ("می", 1, "می‌خواهم"),
                ("خواهم", 1, "می‌خواهم"),
            ],
        );
        check(
            "我想找工作",
            &[
                ("我想", 0, "我想"),
                ("找工作", 1, "找工作"),
                ("工作", 1, "工作"),
            ],
        );
        check("स्वास्थ्य केंद्र", &[("स्वास्थ्य", 0, "स्वास्थ्य"), ("केंद्र", 1, "केंद्र")]);
        check("", &[]);
    }
}
