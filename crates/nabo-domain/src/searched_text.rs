//! The words of a search that found nothing, made comparable so that the same need
//! typed by different people counts as one text. Kept only once enough different
//! searches used it (`QUERY_K`), and never when it looks like a person's number or
//! address.

use std::fmt;

/// How many searches must have used a text before it is kept.
pub const QUERY_K: u32 = 5;
/// The longest searched text kept (longer ones are more likely to be personal).
pub const SEARCHED_TEXT_MAX: usize = 80;

/// A searched text: lowercase, spaces collapsed, at most `SEARCHED_TEXT_MAX` characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SearchedText(String);

impl SearchedText {
    /// The comparable form of `typed`; `None` for an empty text, one too long, or one
    /// that could identify someone: an `@` (an e-mail address) or a run of four digits or
    /// more (a phone, CPR or case number; postcodes are searched as a filter, not as text).
    pub fn new(typed: &str) -> Option<Self> {
        let words: Vec<String> = typed.split_whitespace().map(str::to_lowercase).collect();
        let text = words.join(" ");
        let too_long = text.chars().count() > SEARCHED_TEXT_MAX;
        if text.is_empty() || too_long || text.contains('@') || has_digit_run(&text, 4) {
            return None;
        }
        Some(Self(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn has_digit_run(text: &str, length: usize) -> bool {
    let mut run = 0;
    for c in text.chars() {
        run = if c.is_numeric() { run + 1 } else { 0 };
        if run >= length {
            return true;
        }
    }
    false
}

impl fmt::Display for SearchedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_words_are_the_same_text() {
        assert_eq!(
            SearchedText::new("  Svømning   for KVINDER "),
            SearchedText::new("svømning for kvinder")
        );
        assert_eq!(
            SearchedText::new("مساعدة  قانونية").map(|t| t.to_string()),
            Some("مساعدة قانونية".to_owned())
        );
    }

    #[test]
    fn texts_that_could_identify_someone_are_never_kept() {
        for personal in [
            "",
            "   ",
            "fatima@example.dk",
            "ring 20 30 4050",
            "cpr 0101901234",
            "٠١٢٣٤ help",
            &"a ".repeat(50),
        ] {
            assert_eq!(SearchedText::new(personal), None, "{personal:?}");
        }
        assert!(SearchedText::new("bus 4a").is_some());
    }
}
