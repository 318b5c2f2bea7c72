//! Which script a character or a word is written in: the analysis normalizes by script,
//! not by the language a text claims (a Persian query typed on an Arabic keyboard is
//! still Arabic script).

use icu_properties::CodePointMapData;
use icu_properties::CodePointMapDataBorrowed;
pub(super) use icu_properties::props::Script;

const SCRIPTS: CodePointMapDataBorrowed<'static, Script> = CodePointMapData::<Script>::new();

/// The script of one character (`Common` for digits and punctuation, `Inherited` for
/// most combining marks).
pub(super) fn script(c: char) -> Script {
    SCRIPTS.get(c)
}

/// The script of a word: that of its first character of a particular script, or
/// `Common` when it has none (numbers).
pub(super) fn word_script(word: &str) -> Script {
    word.chars()
        .map(script)
        .find(|&found| found != Script::Common && found != Script::Inherited)
        .unwrap_or(Script::Common)
}

#[cfg(test)]
mod tests {
    use super::{Script, word_script};

    fn check(word: &str, expected: Script) {
        assert_eq!(word_script(word), expected, "{word:?}");
    }

    #[test]
    fn finds_the_first_particular_script() {
        check("København", Script::Latin);
        check("2100", Script::Common);
        check("12ab", Script::Latin);
        check("کارت", Script::Arabic);
        check("۱۲", Script::Arabic);
        check("ሥራ", Script::Ethiopic);
        check("स्वास्थ्य", Script::Devanagari);
        check("м'ясо", Script::Cyrillic);
        check("工作", Script::Han);
        check("งาน", Script::Thai);
    }
}
