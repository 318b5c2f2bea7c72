//! Text analysis shared by indexing and querying: splitting text into words and
//! normalizing them, so that what a person types meets what an editor wrote.

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// Name under which the analyzer is registered in the index.
pub const ANALYZER: &str = "nabo";

/// Splits text into words. Unlike tantivy's `SimpleTokenizer`, a word is every run of
/// characters that are neither white space nor punctuation, so combining marks (Indic
/// vowel signs, Arabic harakat) stay inside their word.
#[derive(Clone, Debug, Default)]
pub struct WordTokenizer;

/// The token stream of [`WordTokenizer`].
#[derive(Debug)]
pub struct WordStream<'a> {
    text: &'a str,
    offset: usize,
    position: usize,
    token: Token,
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || c.is_control()
        || matches!(
            c,
            '،' | '؛'
                | '؟'
                | '۔'
                | '«'
                | '»'
                | '“'
                | '”'
                | '„'
                | '‘'
                | '–'
                | '—'
                | '…'
                | '·'
                | '።'
                | '፡'
                | '፣'
                | '፤'
                | '፥'
                | '፦'
                | '।'
                | '॥'
                | '。'
                | '，'
                | '、'
                | '：'
                | '；'
                | '！'
                | '？'
                | '（'
                | '）'
                | '•'
                | '\u{200B}'
                | '\u{FEFF}'
        )
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        WordStream {
            text,
            offset: 0,
            position: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        let rest = &self.text[self.offset..];
        let Some(start) = rest
            .char_indices()
            .find(|(_, c)| !is_separator(*c))
            .map(|(i, _)| i)
        else {
            self.offset = self.text.len();
            return false;
        };
        let word = &rest[start..];
        let length = word
            .char_indices()
            .find(|(_, c)| is_separator(*c))
            .map_or(word.len(), |(i, _)| i);
        let from = self.offset + start;
        self.token.offset_from = from;
        self.token.offset_to = from + length;
        self.token.position = self.position;
        self.token.text.clear();
        self.token.text.push_str(&word[..length]);
        self.position += 1;
        self.offset = from + length;
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// The analyzer used for every text field and every query.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer)
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The terms `text` becomes in the index.
pub fn analyze(text: &str) -> Vec<String> {
    let mut analyzer = analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    while stream.advance() {
        terms.push(stream.token().text.clone());
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::analyze;

    fn check(text: &str, expected: &[&str]) {
        assert_eq!(analyze(text), expected, "{text:?}");
    }

    #[test]
    fn splits_words_and_folds_latin() {
        check("Jobcenter København", &["jobcenter", "kobenhavn"]);
        check(
            "CPR-nummer, MitID & pas.",
            &["cpr", "nummer", "mitid", "pas"],
        );
        check("Sundhedsplejerske?", &["sundhedsplejerske"]);
    }

    #[test]
    fn keeps_combining_marks_inside_words() {
        // Hindi: vowel signs are combining marks and must not split the word.
        check("स्वास्थ्य केंद्र", &["स्वास्थ्य", "केंद्र"]);
        // Tamil and Arabic with punctuation of their own.
        check("மையம்، مركز؟", &["மையம்", "مركز"]);
        check("ሥራ። ቤት፡", &["ሥራ", "ቤት"]);
    }
}
