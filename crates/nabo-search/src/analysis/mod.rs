//! Text analysis shared by indexing and querying: splitting text into words and
//! normalizing them, so that what a person types meets what an editor wrote, in every
//! script the directory is read in.
//!
//! A text goes through, in order:
//! 1. `segment`: words by ICU4X (UAX #29; LSTM for Thai, Lao, Khmer, Burmese; dictionary
//!    for Chinese and Japanese);
//! 2. `normalize`: each word's exact forms (NFKC, full case folding, invisible
//!    characters, apostrophes, digits, Arabic-script letters in `arabic`, ZWNJ);
//! 3. `fold`: each exact form without the diacritics the language lets people leave out;
//! 4. `stem`: each exact form's stem (Snowball's, or `tamil`'s), folded.
//!
//! Script rules apply to every word of their script whatever the language; a language
//! (the text's canonical BCP 47 tag) adds its stemmer and its own rules: Turkic case
//! folding (tr, az), Sorani letters (ckb), Amharic homophones (am), French elision (fr).
//!
//! Changing anything here changes the index's terms: bump `INDEX_VERSION`.

mod arabic;
mod fold;
mod normalize;
mod script;
mod segment;
mod stem;
mod tamil;
mod tokenizer;

use tantivy::tokenizer::TextAnalyzer;

/// Name under which the analyzer is registered in the index.
pub const ANALYZER: &str = "nabo";

/// Zero-width non-joiner: part of Persian spelling, a rendering hint elsewhere.
const ZWNJ: char = '\u{200C}';

/// The terms of one text, in three strengths used by three index fields.
///
/// The three lists are parallel: `folded[i]` and `stemmed[i]` are made from `exact[i]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    /// Segmented words, NFKC, full case folding, script normalization (Arabic-script letter
    /// unification etc.) — what the person wrote, minus orthographic noise.
    pub exact: Vec<String>,
    /// `exact` with diacritics folded where the language allows it (Latin/Cyrillic/Greek:
    /// combining marks removed, Danish æ→ae ø→o å→a and "aa"→"a", "oe"→"o" so Aarhus/Århus/
    /// Arhus and København/Kobenhavn/Koebenhavn meet; Turkish ı→i; Polish ł→l; Vietnamese đ→d;
    /// ё→е; Amharic homophones; the Devanagari nukta). Never strips Indic vowel signs or
    /// viramas.
    pub folded: Vec<String>,
    /// Stems from the language's stemmer applied to the exact words before folding, then
    /// folded; for languages without a stemmer the same as `folded`.
    pub stemmed: Vec<String>,
}

/// Analyzes `text`, written in `lang`: the canonical BCP 47 tag of the text's language
/// (e.g. "da", "fa-AF", "ckb"), or `None` when unknown (then no stemming and no
/// language-specific rules, but all script-based normalization still applies).
pub fn analyze(text: &str, lang: Option<&str>) -> Terms {
    let language = Language::from_tag(lang);
    let mut terms = Terms::default();
    for_each_form(text, language, |_, exact, stem_source| {
        terms.exact.push(exact.to_owned());
        terms.folded.push(fold::fold(exact, language));
        terms.stemmed.push(stem::stem(stem_source, language));
    });
    terms
}

/// The analyzer registered for the index's text fields: the folded terms of a text of
/// unknown language, positions counted in words.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(tokenizer::FoldedTokenizer).build()
}

/// Calls `visit(word, exact, stem_source)` with each exact form of each word of `text`,
/// in order (see `normalize::exact_forms`).
fn for_each_form(
    text: &str,
    language: Language,
    mut visit: impl FnMut(&segment::Word<'_>, &str, &str),
) {
    for word in segment::words(text) {
        normalize::exact_forms(word.text, language, |exact, stem_source| {
            visit(&word, exact, stem_source);
        });
    }
}

/// What the analysis needs to know of a text's language.
#[derive(Debug, Clone, Copy, Default)]
struct Language {
    orthography: Orthography,
    stemmer: Option<&'static stem::LanguageStemmer>,
}

/// Languages whose rules differ from those of their script.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Orthography {
    #[default]
    Common,
    /// Turkish, Azerbaijani: dotted and dotless i are two letters.
    Turkic,
    /// Central Kurdish: its vowel ە is typed as heh or teh marbuta on other keyboards.
    Sorani,
    /// Amharic: homophone syllable series are spelled either way.
    Amharic,
    /// French: elided articles and pronouns (l', d', qu').
    French,
}

impl Language {
    fn from_tag(tag: Option<&str>) -> Self {
        let Some(primary) = tag.and_then(|tag| tag.split(['-', '_']).next()) else {
            return Self::default();
        };
        let orthography = match primary.to_ascii_lowercase().as_str() {
            "tr" | "az" => Orthography::Turkic,
            "ckb" => Orthography::Sorani,
            "am" => Orthography::Amharic,
            "fr" => Orthography::French,
            _ => Orthography::Common,
        };
        Self {
            orthography,
            stemmer: stem::for_language(primary),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Terms, analyze};

    fn check(text: &str, lang: Option<&str>, expected: Terms) {
        assert_eq!(analyze(text, lang), expected, "{text:?} ({lang:?})");
    }

    fn terms(exact: &[&str], folded: &[&str], stemmed: &[&str]) -> Terms {
        let owned = |words: &[&str]| words.iter().map(|&word| word.to_owned()).collect();
        Terms {
            exact: owned(exact),
            folded: owned(folded),
            stemmed: owned(stemmed),
        }
    }

    #[derive(Debug, Clone, Copy)]
    enum Strength {
        Exact,
        Folded,
        Stemmed,
    }

    /// Two texts (each with its language) have the same terms of the given strength.
    fn meet(
        strength: Strength,
        (a, lang_a): (&str, Option<&str>),
        (b, lang_b): (&str, Option<&str>),
    ) {
        let pick = |terms: Terms| match strength {
            Strength::Exact => terms.exact,
            Strength::Folded => terms.folded,
            Strength::Stemmed => terms.stemmed,
        };
        let (terms_a, terms_b) = (pick(analyze(a, lang_a)), pick(analyze(b, lang_b)));
        assert!(!terms_a.is_empty(), "{a:?} has no terms");
        assert_eq!(
            terms_a, terms_b,
            "{strength:?}: {a:?} ({lang_a:?}) vs {b:?} ({lang_b:?})"
        );
    }

    #[test]
    fn three_strengths() {
        check(
            "Sundhedsplejersken i København",
            Some("da"),
            terms(
                &["sundhedsplejersken", "i", "københavn"],
                &["sundhedsplejersken", "i", "kobenhavn"],
                &["sundhedsplejersk", "i", "kobenhavn"],
            ),
        );
        check(
            "Jobcenter København",
            None,
            terms(
                &["jobcenter", "københavn"],
                &["jobcenter", "kobenhavn"],
                &["jobcenter", "kobenhavn"],
            ),
        );
        check("", Some("da"), Terms::default());
        check(" – ? ", None, Terms::default());
    }

    #[test]
    fn danish_spellings_meet_when_folded() {
        for other in ["Aarhus", "Arhus", "ÅRHUS"] {
            meet(Strength::Folded, ("Århus", Some("da")), (other, None));
        }
        for other in ["Kobenhavn", "Koebenhavn", "KØBENHAVN"] {
            meet(
                Strength::Folded,
                ("København", Some("da")),
                (other, Some("en")),
            );
        }
        meet(
            Strength::Stemmed,
            ("sundhedsplejersken", Some("da")),
            ("sundhedsplejerske", Some("da")),
        );
    }

    #[test]
    fn turkish_meets_without_dots_and_cedillas() {
        meet(
            Strength::Folded,
            ("İş bulmak", Some("tr")),
            ("is bulmak", Some("tr")),
        );
        meet(
            Strength::Folded,
            ("İş bulmak", Some("tr")),
            ("is bulmak", None),
        );
        meet(
            Strength::Folded,
            ("İŞ BULMAK", None),
            ("iş bulmak", Some("tr")),
        );
        meet(Strength::Folded, ("Işık", Some("tr")), ("isik", None));
        check(
            "İş bulmak",
            Some("tr"),
            terms(&["iş", "bulmak"], &["is", "bulmak"], &["is", "bulmak"]),
        );
    }

    #[test]
    fn persian_typed_with_arabic_letters_meets_persian() {
        meet(
            Strength::Exact,
            ("كارت بيمه", Some("fa")),
            ("کارت بیمه", Some("fa")),
        );
        meet(
            Strength::Exact,
            ("كارت بيمه", None),
            ("کارت بیمه", Some("fa-AF")),
        );
        meet(
            Strength::Stemmed,
            ("كارت بيمه", Some("fa")),
            ("کارت بیمه", Some("fa")),
        );
    }

    #[test]
    fn persian_zwnj_gives_both_forms() {
        check(
            "می‌خواهم",
            Some("fa"),
            terms(
                &["میخواهم", "می", "خواهم"],
                &["میخواهم", "می", "خواهم"],
                &["خواه", "می", "خواهم"],
            ),
        );
    }

    #[test]
    fn arabic_harakat_go_and_stems_meet() {
        check(
            "مُسَاعَدَة",
            Some("ar"),
            terms(&["مساعده"], &["مساعده"], &["مساعد"]),
        );
        meet(Strength::Exact, ("مُسَاعَدَة", Some("ar")), ("مساعدة", None));
        meet(
            Strength::Stemmed,
            ("المساعدات", Some("ar")),
            ("مساعدة", Some("ar")),
        );
        meet(
            Strength::Stemmed,
            ("المستشفيات", Some("ar")),
            ("مستشفى", Some("ar")),
        );
    }

    #[test]
    fn urdu_pashto_and_sorani() {
        check(
            "ہسپتال میں ملازمتیں",
            Some("ur"),
            terms(
                &["ہسپتال", "میں", "ملازمتیں"],
                &["ہسپتال", "میں", "ملازمتیں"],
                &["ہسپتال", "میں", "ملازمتیں"],
            ),
        );
        check(
            "روغتون ته ورشئ",
            Some("ps"),
            terms(
                &["روغتون", "ته", "ورشئ"],
                &["روغتون", "ته", "ورشئ"],
                &["روغتون", "ته", "ورشئ"],
            ),
        );
        // Sorani: teh marbuta is its vowel ە; elsewhere it is heh.
        meet(
            Strength::Exact,
            ("نەخۆشخانە", Some("ckb")),
            ("نەخۆشخانة", Some("ckb")),
        );
        check(
            "مدرسة",
            Some("ar"),
            terms(&["مدرسه"], &["مدرسه"], &["مدرس"]),
        );
        check(
            "مدرسة",
            Some("ckb"),
            terms(&["مدرسە"], &["مدرسە"], &["مدرسە"]),
        );
    }

    #[test]
    fn thai_and_chinese_are_segmented() {
        let thai = analyze("หางานทำ", Some("th"));
        assert_eq!(thai.exact, ["หา", "งาน", "ทำ"]);
        assert_eq!(thai.stemmed, thai.exact);
        assert_eq!(analyze("找工作", Some("zh")).exact, ["找工作", "工作"]);
        assert_eq!(analyze("语言学校", Some("zh")).exact, ["语言", "学校"]);
        // A query for "work" meets the compound "look for work".
        let work = analyze("工作", Some("zh")).folded;
        assert!(
            work.iter()
                .all(|word| analyze("我想找工作", None).folded.contains(word))
        );
    }

    #[test]
    fn indic_words_stay_whole() {
        check(
            "स्वास्थ्य केंद्र",
            Some("hi"),
            terms(&["स्वास्थ्य", "केंद्र"], &["स्वास्थ्य", "केंद्र"], &["स्वास्थ्य", "केंद्र"]),
        );
        // (The Tamil stem drops the final ம், see `tamil`.)
        check("மையம்", Some("ta"), terms(&["மையம்"], &["மையம்"], &["மைய"]));
        meet(Strength::Folded, ("ज़रूरत", Some("hi")), ("जरूरत", Some("hi")));
    }

    #[test]
    fn amharic_folding_only_for_amharic() {
        meet(
            Strength::Folded,
            ("ሥራ ፍለጋ", Some("am")),
            ("ስራ ፍለጋ", Some("am")),
        );
        meet(Strength::Exact, ("ሥራ", Some("am")), ("ሥራ", Some("ti")));
        assert_ne!(
            analyze("ሥራ", Some("ti")).folded,
            analyze("ስራ", Some("ti")).folded
        );
    }

    #[test]
    fn vietnamese_polish_russian_ukrainian() {
        meet(
            Strength::Folded,
            ("Trung tâm", Some("vi")),
            ("trung tam", None),
        );
        meet(Strength::Folded, ("Đường", Some("vi")), ("duong", None));
        meet(Strength::Folded, ("Łódź", Some("pl")), ("lodz", None));
        meet(Strength::Folded, ("Ёлка", Some("ru")), ("елка", Some("ru")));
        meet(
            Strength::Exact,
            ("м’ясо", Some("uk")),
            ("м'ясо", Some("uk")),
        );
        meet(Strength::Exact, ("мʼясо", Some("uk")), ("м`ясо", None));
    }

    #[test]
    fn english_stemming() {
        meet(
            Strength::Stemmed,
            ("appointments", Some("en")),
            ("appointment", Some("en")),
        );
        check(
            "Doctor's appointments",
            Some("en"),
            terms(
                &["doctor's", "appointments"],
                &["doctor's", "appointments"],
                &["doctor", "appoint"],
            ),
        );
    }

    #[test]
    fn parallel_lists() {
        for (text, lang) in [
            ("می‌خواهم کار کنم", Some("fa")),
            ("我想找工作", None),
            ("borger.dk, f.eks. kl. 10.30", Some("da")),
            ("ﷺ ﷽", Some("ar")),
        ] {
            let terms = analyze(text, lang);
            assert_eq!(terms.exact.len(), terms.folded.len(), "{text:?}");
            assert_eq!(terms.exact.len(), terms.stemmed.len(), "{text:?}");
        }
    }
}
