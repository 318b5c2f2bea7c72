//! The folded form of an exact form: diacritics and letters people type plainly
//! (on a phone with another keyboard, or out of habit) are folded where the script or the
//! language allows it.
//!
//! - Latin and Greek: every combining mark is removed (Århus → arhus, Trung tâm →
//!   trung tam, İş → is); letters without a decomposition are spelled plainly
//!   (æ → ae, ø → o, œ → oe, ł → l, đ ð → d, þ → th, ı → i, ħ → h, ŧ → t). Then the
//!   Danish spellings of typewriter days meet the modern ones: aa → a, oe → o
//!   (Aarhus/Århus/Arhus, København/Kobenhavn/Koebenhavn). These run in every language
//!   because place names are Danish whatever the searcher's language.
//! - Cyrillic: combining marks are removed (ё → е, ї → і) except the breve of й and ў,
//!   letters of their own that every Cyrillic keyboard has.
//! - Devanagari: the nukta is removed (ज़ → ज), since most people type without it.
//!   Other Indic vowel signs and viramas, Arabic-script and Ethiopic letters are never
//!   touched...
//! - ...except in Amharic (not Tigrinya, where they differ), whose homophone series meet:
//!   ሐ ኀ → ሀ, ሠ → ሰ, ዐ → አ, ፀ → ጸ (each whole syllable series).
//! - French: elided articles and pronouns go (l'école → ecole).

use icu_normalizer::{
    ComposingNormalizer, ComposingNormalizerBorrowed, DecomposingNormalizer,
    DecomposingNormalizerBorrowed,
};
use icu_properties::props::GeneralCategory;
use icu_properties::{CodePointMapData, CodePointMapDataBorrowed};

use super::script::{Script, script};
use super::{Language, Orthography};

const NFD: DecomposingNormalizerBorrowed<'static> = DecomposingNormalizer::new_nfd();
const NFC: ComposingNormalizerBorrowed<'static> = ComposingNormalizer::new_nfc();
const CATEGORIES: CodePointMapDataBorrowed<'static, GeneralCategory> =
    CodePointMapData::<GeneralCategory>::new();

const NUKTA: char = '\u{093C}';
const COMBINING_BREVE: char = '\u{0306}';

/// Folds one exact form (already case-folded and normalized).
pub(super) fn fold(exact: &str, language: Language) -> String {
    let mut folded = if exact.is_ascii() {
        exact.to_owned()
    } else {
        fold_letters(exact, language)
    };
    if language.orthography == Orthography::French {
        remove_elision(&mut folded);
    }
    collapse_danish_digraphs(&folded)
}

fn fold_letters(exact: &str, language: Language) -> String {
    let amharic = language.orthography == Orthography::Amharic;
    let mut folded = String::with_capacity(exact.len());
    // The script and the letter the current combining marks belong to.
    let mut base = (Script::Common, ' ');
    for c in NFD.normalize(exact).chars() {
        if CATEGORIES.get(c) == GeneralCategory::NonspacingMark {
            if !removes_mark(base, c) {
                folded.push(c);
            }
            continue;
        }
        base = (script(c), c);
        match c {
            'æ' => folded.push_str("ae"),
            'œ' => folded.push_str("oe"),
            'þ' => folded.push_str("th"),
            'ø' => folded.push('o'),
            'ł' => folded.push('l'),
            'đ' | 'ð' => folded.push('d'),
            'ı' => folded.push('i'),
            'ħ' => folded.push('h'),
            'ŧ' => folded.push('t'),
            _ if amharic => folded.push(amharic_homophone(c)),
            _ => folded.push(c),
        }
    }
    NFC.normalize(&folded).into_owned()
}

/// Whether a nonspacing mark on a letter of `base` is a diacritic people leave out.
fn removes_mark((base_script, base_letter): (Script, char), mark: char) -> bool {
    match base_script {
        Script::Latin | Script::Greek => true,
        Script::Cyrillic => !(mark == COMBINING_BREVE && matches!(base_letter, 'и' | 'у')),
        Script::Devanagari => mark == NUKTA,
        _ => false,
    }
}

/// The first syllable of each Amharic series that sounds like another, with the first
/// syllable of that other series; the seven vowel orders follow in the same order.
const AMHARIC_SERIES: [(u32, u32); 5] = [
    (0x1210, 0x1200), // ሐ → ሀ
    (0x1280, 0x1200), // ኀ → ሀ
    (0x1220, 0x1230), // ሠ → ሰ
    (0x12D0, 0x12A0), // ዐ → አ
    (0x1340, 0x1338), // ፀ → ጸ
];

fn amharic_homophone(c: char) -> char {
    let code = u32::from(c);
    match c {
        // The labialized forms that exist in both series.
        'ሗ' => return 'ኋ',
        'ሧ' => return 'ሷ',
        _ => {}
    }
    AMHARIC_SERIES
        .iter()
        .find(|&&(first, _)| (first..first + 7).contains(&code))
        .and_then(|&(first, target)| char::from_u32(target + code - first))
        .unwrap_or(c)
}

/// French elided words, removed from the start of a word.
const ELISIONS: [&str; 12] = [
    "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'",
];

fn remove_elision(word: &mut String) {
    if let Some(elided) = ELISIONS
        .iter()
        .find(|elided| word.len() > elided.len() && word.starts_with(*elided))
    {
        word.drain(..elided.len());
    }
}

/// aa → a, oe → o (after å → a and ø → o, every spelling of the same Danish name meets).
fn collapse_danish_digraphs(word: &str) -> String {
    let mut collapsed = String::with_capacity(word.len());
    for c in word.chars() {
        let last = collapsed.chars().next_back();
        if matches!((last, c), (Some('a'), 'a') | (Some('o'), 'e')) {
            continue;
        }
        collapsed.push(c);
    }
    collapsed
}

#[cfg(test)]
mod tests {
    use super::super::Language;
    use super::fold;

    fn check(exact: &str, lang: Option<&str>, expected: &str) {
        assert_eq!(
            fold(exact, Language::from_tag(lang)),
            expected,
            "{exact:?} ({lang:?})"
        );
    }

    #[test]
    fn danish_letters_and_their_old_spellings_meet() {
        for written in ["århus", "aarhus", "arhus"] {
            check(written, Some("da"), "arhus");
            check(written, None, "arhus");
        }
        for written in ["københavn", "kobenhavn", "koebenhavn"] {
            check(written, Some("da"), "kobenhavn");
            check(written, Some("so"), "kobenhavn");
        }
        check("ærø", Some("da"), "aero");
        check("aeroe", None, "aero");
        check("sundhedsplejerske", Some("da"), "sundhedsplejerske");
    }

    #[test]
    fn latin_diacritics_go() {
        // Turkish: dotted capital İ (folded to i + dot above) and dotless ı.
        check("i\u{307}ş", None, "is");
        check("iş", Some("tr"), "is");
        check("ışık", Some("tr"), "isik");
        check("çalışma", Some("tr"), "calisma");
        // Vietnamese tones and letters.
        check("tâm", Some("vi"), "tam");
        check("việc", Some("vi"), "viec");
        check("đường", Some("vi"), "duong");
        // Polish, Romanian, Bosnian, Albanian, Kurmanji, German, French, Spanish.
        check("łódź", Some("pl"), "lodz");
        check("pomoc społeczna", Some("pl"), "pomoc spoleczna");
        check("sănătate", Some("ro"), "sanatate");
        check("șomaj", Some("ro"), "somaj");
        check("đak", Some("bs"), "dak");
        check("čuvanje", Some("bs"), "cuvanje");
        check("shëndetësi", Some("sq"), "shendetesi");
        check("xebat", Some("kmr"), "xebat");
        check("şêwr", Some("kmr"), "sewr");
        check("ärztin", Some("de"), "arztin");
        check("école", Some("fr"), "ecole");
        check("información", Some("es"), "informacion");
    }

    #[test]
    fn french_elision_goes() {
        check("l'école", Some("fr"), "ecole");
        check("d'emploi", Some("fr"), "emploi");
        check("qu'il", Some("fr"), "il");
        check("l'", Some("fr"), "l'");
        check("l'école", Some("en"), "l'ecole");
    }

    #[test]
    fn cyrillic_and_greek() {
        check("ёлка", Some("ru"), "елка");
        check("всё", Some("ru"), "все");
        check("район", Some("ru"), "район");
        check("їжа", Some("uk"), "іжа");
        check("м'ясо", Some("uk"), "м'ясо");
        check("ўрач", Some("be"), "ўрач");
        check("άθηνα", None, "αθηνα");
    }

    #[test]
    fn indic_signs_stay_but_devanagari_nukta_goes() {
        check("स्वास्थ्य", Some("hi"), "स्वास्थ्य");
        check("केंद्र", Some("hi"), "केंद्र");
        check("ज़रूरत", Some("hi"), "जरूरत");
        check("फ़ोन", None, "फोन");
        check("மையம்", Some("ta"), "மையம்");
        check("স্বাস্থ্য", Some("bn"), "স্বাস্থ্য");
        check("ਸ਼ਹਿਰ", Some("pa"), "ਸ਼ਹਿਰ");
    }

    #[test]
    fn amharic_homophones_meet_only_in_amharic() {
        check("ሐኪም", Some("am"), "ሀኪም");
        check("ኀይል", Some("am"), "ሀይል");
        check("ሠራተኛ", Some("am"), "ሰራተኛ");
        check("ሥራ", Some("am"), "ስራ");
        check("ዐይን", Some("am"), "አይን");
        check("ፀሐይ", Some("am"), "ጸሀይ");
        check("ዕርዳታ", Some("am"), "እርዳታ");
        // Tigrinya tells these sounds apart.
        check("ሐኪም", Some("ti"), "ሐኪም");
        check("ዕርዳታ", Some("ti"), "ዕርዳታ");
        check("ሥራ", None, "ሥራ");
    }

    #[test]
    fn arabic_script_and_others_stay() {
        check("کارت", Some("fa"), "کارت");
        check("ہسپتال", Some("ur"), "ہسپتال");
        check("งาน", Some("th"), "งาน");
        check("工作", Some("zh"), "工作");
    }
}
