//! The exact forms of a word: what the person wrote, minus orthographic noise.
//!
//! - Unicode normalization: NFKC (full-width letters, ligatures and Arabic presentation
//!   forms become plain letters). Thai and Lao words get NFC: NFKC would split the vowel
//!   sara am (ำ) that everyone types as one character. In the Indic and Ethiopic blocks
//!   NFKC and NFC agree (a test checks it), so those words get the NFC the notes ask for.
//! - Full case folding (Turkic for Turkish and Azerbaijani: I → ı, İ → i).
//! - Invisible characters (bidi marks, ZWJ, soft hyphen, BOM, variation selectors) are
//!   removed; the ZWNJ too, except in Arabic script, where the word is given both joined
//!   and split at it (می‌خواهم → میخواهم, می, خواهم), as Persian is written either way.
//! - Apostrophes typed for the Ukrainian (and Somali, Oromo, English) apostrophe
//!   (’ ‘ ʼ ` ′) become `'`.
//! - Decimal digits of every script of the index become ASCII digits.
//! - Arabic-script letters are unified (see `arabic`).

use icu_casemap::CaseMapper;
use icu_casemap::CaseMapperBorrowed;
use icu_normalizer::ComposingNormalizer;
use icu_normalizer::ComposingNormalizerBorrowed;
use std::borrow::Cow;

use super::script::{Script, word_script};
use super::{Language, Orthography, ZWNJ, arabic};

const NFKC: ComposingNormalizerBorrowed<'static> = ComposingNormalizer::new_nfkc();
const NFC: ComposingNormalizerBorrowed<'static> = ComposingNormalizer::new_nfc();
const CASE_MAPPER: CaseMapperBorrowed<'static> = CaseMapper::new();

/// Calls `visit(exact, stem_source)` with each exact form of one segmented word: usually
/// one, several for an Arabic-script word with a ZWNJ, none when nothing but marks
/// remains. `stem_source` is what the stemmer should read: the exact form, or for the
/// joined form of a ZWNJ word the word with its ZWNJ (the Persian stemmer knows می‌).
pub(super) fn exact_forms(word: &str, language: Language, mut visit: impl FnMut(&str, &str)) {
    let normalizer = match word_script(word) {
        Script::Thai | Script::Lao => NFC,
        _ => NFKC,
    };
    let composed = normalizer.normalize(word);
    // A compatibility character can stand for several words (﷽, ㍿).
    for piece in composed.split(char::is_whitespace) {
        let folded = if language.orthography == Orthography::Turkic {
            CASE_MAPPER.fold_turkic_string(piece)
        } else {
            CASE_MAPPER.fold_string(piece)
        };
        let folded = match folded {
            Cow::Borrowed(unchanged) => Cow::Borrowed(unchanged),
            // Full case folding can leave a string unnormalized (ΐ → ΐ).
            Cow::Owned(changed) => Cow::Owned(normalizer.normalize(&changed).into_owned()),
        };
        let spelled = clean(&folded, language);
        if !spelled.chars().any(char::is_alphanumeric) {
            continue;
        }
        if !spelled.contains(ZWNJ) {
            visit(&spelled, &spelled);
            continue;
        }
        let parts: Vec<&str> = spelled
            .split(ZWNJ)
            .filter(|part| !part.is_empty())
            .collect();
        visit(&parts.concat(), &spelled);
        if parts.len() > 1 {
            for part in parts {
                visit(part, part);
            }
        }
    }
}

/// One case-folded word without invisible characters, with unified apostrophes, ASCII
/// digits and, in Arabic script, unified letters (ZWNJs are kept there).
fn clean(word: &str, language: Language) -> String {
    let in_arabic_script = word.chars().any(is_arabic);
    let mut cleaned = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            ZWNJ if in_arabic_script => cleaned.push(c),
            _ if is_invisible(c) => {}
            '’' | '‘' | 'ʼ' | '`' | '′' => cleaned.push('\''),
            _ => cleaned.push(ascii_digit(c).unwrap_or(c)),
        }
    }
    if in_arabic_script {
        cleaned = arabic::normalize(&cleaned, language.orthography == Orthography::Sorani);
    }
    cleaned
}

/// Arabic-script characters (the script property leaves tatweel and harakat out).
fn is_arabic(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{0870}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
    )
}

/// Characters that change nothing a reader sees (ZWNJ aside, handled above).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
    )
}

/// Zero of each decimal digit block written by the index's languages (and their
/// neighbours): Arabic-Indic, Persian/Urdu, Devanagari, Bengali, Gurmukhi, Gujarati,
/// Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer.
const DIGIT_ZEROS: [u32; 16] = [
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50,
    0x0ED0, 0x0F20, 0x1040, 0x17E0,
];

fn ascii_digit(c: char) -> Option<char> {
    let code = u32::from(c);
    if code < 0x0660 {
        return None;
    }
    DIGIT_ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|&zero| char::from_digit(code - zero, 10))
}

#[cfg(test)]
mod tests {
    use super::super::Language;
    use super::{NFC, NFKC, exact_forms};

    fn check(word: &str, lang: Option<&str>, expected: &[&str]) {
        let mut forms = Vec::new();
        exact_forms(word, Language::from_tag(lang), |exact, _| {
            forms.push(exact.to_owned());
        });
        assert_eq!(forms, expected, "{word:?} ({lang:?})");
    }

    fn check_stem_sources(word: &str, lang: Option<&str>, expected: &[&str]) {
        let mut sources = Vec::new();
        exact_forms(word, Language::from_tag(lang), |_, source| {
            sources.push(source.to_owned());
        });
        assert_eq!(sources, expected, "{word:?} ({lang:?})");
    }

    #[test]
    fn folds_case_fully() {
        check("København", Some("da"), &["københavn"]);
        check("STRAßE", Some("de"), &["strasse"]);
        check("ΆΘΗΝΑ", None, &["άθηνα"]);
        check("ΐ", None, &["ΐ"]);
        check("ＭｉｔＩＤ", None, &["mitid"]);
        check("ﬁnans", None, &["finans"]);
    }

    #[test]
    fn turkish_dotted_and_dotless_i() {
        check("İş", Some("tr"), &["iş"]);
        check("ISTANBUL", Some("tr"), &["ıstanbul"]);
        // Without Turkish rules İ keeps its dot as a combining mark, folded later.
        check("İş", None, &["i\u{307}ş"]);
        check("ISTANBUL", None, &["istanbul"]);
    }

    #[test]
    fn unifies_apostrophes() {
        for written in ["м'ясо", "м’ясо", "мʼясо", "м`ясо", "м′ясо", "М‘ЯСО"]
        {
            check(written, Some("uk"), &["м'ясо"]);
        }
        check("la’aan", Some("so"), &["la'aan"]);
    }

    #[test]
    fn removes_invisible_characters() {
        check("\u{200F}کار\u{200E}", Some("fa"), &["کار"]);
        check("so\u{00AD}cial\u{FEFF}", None, &["social"]);
        // ZWJ and ZWNJ inside Indic words are rendering hints.
        check("क्\u{200D}ष", Some("hi"), &["क्ष"]);
        check("ক্\u{200C}ষ", Some("bn"), &["ক্ষ"]);
    }

    #[test]
    fn digits_become_ascii() {
        check("۱۴۰۳", Some("fa"), &["1403"]);
        check("٢٠٢٤", Some("ar"), &["2024"]);
        check("१२३", Some("hi"), &["123"]);
        check("௧௦", Some("ta"), &["10"]);
        check("๒๕๖๗", Some("th"), &["2567"]);
    }

    #[test]
    fn arabic_script_whatever_the_language() {
        // Persian typed on an Arabic keyboard, with or without a language.
        check("كارت", Some("fa"), &["کارت"]);
        check("بيمه", None, &["بیمه"]);
        check("مُسَاعَدَة", Some("ar"), &["مساعده"]);
        check("ﻣﺴﺎﻋﺪﺓ", Some("ar"), &["مساعده"]);
        check("مدرسة", Some("ckb"), &["مدرسە"]);
    }

    #[test]
    fn zwnj_gives_joined_and_split_forms() {
        check("می‌خواهم", Some("fa"), &["میخواهم", "می", "خواهم"]);
        check("کتاب‌ها", None, &["کتابها", "کتاب", "ها"]);
        check("کار\u{200C}", Some("fa"), &["کار"]);
        // In Sorani, heh + ZWNJ is the vowel ە.
        check("نه\u{200C}خۆش", Some("ckb"), &["نەخۆش"]);
        // The stemmer reads the joined form with its ZWNJ.
        check_stem_sources("می‌خواهم", Some("fa"), &["می‌خواهم", "می", "خواهم"]);
        check_stem_sources("کار", Some("fa"), &["کار"]);
    }

    #[test]
    fn keeps_indic_and_ethiopic_words_whole() {
        check("स्वास्थ्य", Some("hi"), &["स्वास्थ्य"]);
        check("मैं", Some("hi"), &["मैं"]);
        check("মানসিক", Some("bn"), &["মানসিক"]);
        check("ਸਿਹਤ", Some("pa"), &["ਸਿਹਤ"]);
        check("மையம்", Some("ta"), &["மையம்"]);
        check("ሥራ", Some("am"), &["ሥራ"]);
        check("ሐኪም", Some("ti"), &["ሐኪም"]);
    }

    #[test]
    fn thai_sara_am_stays_one_character() {
        check("ทำ", Some("th"), &["ทำ"]);
    }

    #[test]
    fn nothing_left_is_no_form() {
        check("ـــ", Some("ar"), &[]);
    }

    /// NFKC is applied to Indic and Ethiopic words where the notes ask for NFC: they
    /// agree on every code point of those blocks.
    #[test]
    fn nfkc_is_nfc_in_indic_and_ethiopic_blocks() {
        let blocks = [
            (0x0900, 0x097F),
            (0x0980, 0x09FF),
            (0x0A00, 0x0A7F),
            (0x0B80, 0x0BFF),
            (0x1200, 0x139F),
            (0x2D80, 0x2DDF),
            (0xAB00, 0xAB2F),
        ];
        for (first, last) in blocks {
            for c in (first..=last).filter_map(char::from_u32) {
                let text = c.to_string();
                assert_eq!(
                    NFKC.normalize(&text),
                    NFC.normalize(&text),
                    "U+{:04X}",
                    u32::from(c)
                );
            }
        }
    }
}
