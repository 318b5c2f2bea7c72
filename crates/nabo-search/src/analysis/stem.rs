//! Stems: the Snowball stemmers of frostem (the crate tantivy's own `Stemmer` uses, at
//! the same pinned version; a new version can change stems and so needs a reindex), and
//! a light stemmer of our own for Tamil (`tamil`: Snowball's cuts words apart).
//!
//! A stemmer is chosen by the text's primary language subtag and applied to the exact
//! form, before folding (stemmers know their language's diacritics), and only to words in
//! the script it was written for: a Danish text's Arabic name is not stemmed as Danish.
//! Languages without a Snowball stemmer (Ukrainian, Somali, Urdu, Thai, ...) get the
//! folded form.

use frostem::{Algorithm, Stemmer};
use std::sync::LazyLock;

use super::fold::fold;
use super::script::{Script, word_script};
use super::{Language, ZWNJ, arabic, tamil};

/// A language's stemmer and the scripts it understands.
#[derive(Clone, Copy)]
pub(super) struct LanguageStemmer {
    rules: Rules,
    scripts: &'static [Script],
}

/// Whose rules stem a language.
#[derive(Clone, Copy)]
enum Rules {
    Snowball(Stemmer),
    Tamil,
}

impl std::fmt::Debug for LanguageStemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let rules = match self.rules {
            Rules::Snowball(stemmer) => format!("{:?}", stemmer.algorithm()),
            Rules::Tamil => "light Tamil".to_owned(),
        };
        f.debug_struct("LanguageStemmer")
            .field("rules", &rules)
            .field("scripts", &self.scripts)
            .finish()
    }
}

const LATIN: &[Script] = &[Script::Latin];

/// Primary language subtag → stemmer, built once.
static STEMMERS: LazyLock<Vec<(&'static str, LanguageStemmer)>> = LazyLock::new(|| {
    let table: [(&str, Algorithm, &'static [Script]); 16] = [
        ("ar", Algorithm::Arabic, &[Script::Arabic]),
        ("da", Algorithm::Danish, LATIN),
        ("de", Algorithm::German, LATIN),
        ("en", Algorithm::English, LATIN),
        ("es", Algorithm::Spanish, LATIN),
        // Persian, Dari (fa-AF) included.
        ("fa", Algorithm::Persian, &[Script::Arabic]),
        ("fr", Algorithm::French, LATIN),
        ("hi", Algorithm::Hindi, &[Script::Devanagari]),
        ("pl", Algorithm::Polish, LATIN),
        ("ro", Algorithm::Romanian, LATIN),
        ("ru", Algorithm::Russian, &[Script::Cyrillic]),
        ("tr", Algorithm::Turkish, LATIN),
        // The Serbian stemmer reads both alphabets of Bosnian, Croatian and Serbian
        // (Cyrillic is transliterated to Latin first).
        ("bs", Algorithm::Serbian, &[Script::Latin, Script::Cyrillic]),
        ("hr", Algorithm::Serbian, &[Script::Latin, Script::Cyrillic]),
        ("sr", Algorithm::Serbian, &[Script::Latin, Script::Cyrillic]),
        ("sh", Algorithm::Serbian, &[Script::Latin, Script::Cyrillic]),
    ];
    let snowball = table.into_iter().map(|(primary, algorithm, scripts)| {
        let rules = Rules::Snowball(Stemmer::new(algorithm));
        (primary, LanguageStemmer { rules, scripts })
    });
    let tamil = LanguageStemmer {
        rules: Rules::Tamil,
        scripts: &[Script::Tamil],
    };
    snowball.chain([("ta", tamil)]).collect()
});

/// The stemmer of a primary language subtag, if Snowball has one.
pub(super) fn for_language(primary: &str) -> Option<&'static LanguageStemmer> {
    STEMMERS
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(primary))
        .map(|(_, stemmer)| stemmer)
}

/// The folded stem of one exact form (which may hold a ZWNJ, see `normalize`).
pub(super) fn stem(exact: &str, language: Language) -> String {
    let stem = stem_unfolded(exact, language);
    fold(&stem.replace(ZWNJ, ""), language)
}

fn stem_unfolded(exact: &str, language: Language) -> String {
    let Some(stemmer) = language.stemmer else {
        return exact.to_owned();
    };
    if !stemmer.scripts.contains(&word_script(exact)) {
        return exact.to_owned();
    }
    let stemmer = match stemmer.rules {
        Rules::Tamil => return tamil::stem(exact),
        Rules::Snowball(stemmer) => stemmer,
    };
    if stemmer.algorithm() == Algorithm::Arabic {
        // Snowball's Arabic stemmer knows the Arabic yeh and kaf, not the Persian ones
        // the index writes, and strips the feminine ending ة that the index writes ه: it
        // reads the word with those letters put back, and its stem is unified again.
        let mut arabic_letters: String = exact
            .chars()
            .map(|c| match c {
                'ی' => 'ي',
                'ک' => 'ك',
                other => other,
            })
            .collect();
        if arabic_letters.ends_with('ه') {
            arabic_letters.pop();
            arabic_letters.push('ة');
        }
        let stem = stemmer.stem(&arabic_letters);
        return arabic::normalize(&stem, false);
    }
    stemmer.stem(exact).into_owned()
}

#[cfg(test)]
mod tests {
    use super::super::Language;
    use super::stem;

    fn check(exact: &str, lang: Option<&str>, expected: &str) {
        assert_eq!(
            stem(exact, Language::from_tag(lang)),
            expected,
            "{exact:?} ({lang:?})"
        );
    }

    /// All the words meet in one stem.
    fn meet(words: &[&str], lang: &str) {
        let language = Language::from_tag(Some(lang));
        let stems: Vec<String> = words.iter().map(|word| stem(word, language)).collect();
        assert!(
            stems.windows(2).all(|pair| pair[0] == pair[1]),
            "{lang}: {words:?} → {stems:?}"
        );
    }

    #[test]
    fn stems_then_folds() {
        check("sundhedsplejersken", Some("da"), "sundhedsplejersk");
        check("københavns", Some("da"), "kobenhavn");
        check("appointments", Some("en"), "appoint");
        check("appointments", None, "appointments");
        check("appointments", Some("uk"), "appointments");
    }

    #[test]
    fn word_forms_meet() {
        meet(
            &[
                "sundhedsplejersken",
                "sundhedsplejerske",
                "sundhedsplejersker",
            ],
            "da",
        );
        meet(&["appointments", "appointment"], "en");
        meet(&["beratung", "beratungen"], "de");
        meet(&["médecins", "médecin"], "fr");
        meet(&["abogados", "abogado"], "es");
        meet(&["lekarza", "lekarz"], "pl");
        meet(&["spitalul", "spital"], "ro");
        meet(&["врачи", "врач", "врача"], "ru");
        meet(&["doktorlar", "doktor"], "tr");
        meet(&["bolnice", "bolnica"], "bs");
        meet(&["болнице", "bolnica"], "bs");
        meet(&["کتابها", "کتاب"], "fa");
        meet(&["کتابها", "کتاب"], "fa-AF");
        meet(&["المساعده", "مساعده", "مساعدة"], "ar");
        meet(&["المدارس", "مدارس"], "ar");
        meet(&["अस्पतालों", "अस्पताल"], "hi");
        meet(&["மருத்துவமனைகள்", "மருத்துவமனை"], "ta");
    }

    #[test]
    fn other_scripts_are_not_stemmed() {
        check("کتابها", Some("da"), "کتابها");
        check("jobcentre", Some("ar"), "jobcentre");
        check("врачи", Some("bs"), "vrac");
    }
}
