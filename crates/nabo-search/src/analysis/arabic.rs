//! Arabic-script orthography (Arabic, Persian, Dari, Urdu, Pashto, Sorani): the same word
//! is typed with different code points depending on the keyboard, and written with or
//! without vowel marks. One canonical spelling for the whole index:
//! - harakat (U+064B–U+065F, U+0670) and tatweel (U+0640) are removed;
//! - alef with hamza or madda (أ إ آ ٱ) is bare alef (ا);
//! - yeh and kaf take their Persian forms (ي ى → ی, ك → ک) in every language, so a
//!   Persian query typed on an Arabic keyboard meets Persian text;
//! - teh marbuta (ة) and heh with yeh above (ۀ, the Persian ezafe) are heh (ه), except
//!   in Sorani, which writes that vowel ە: there the rules of Sorani apply instead
//!   (ة ۀ → ە; heh at a word's end or before a ZWNJ → ە; ھ → ه; ڒ → ڕ; ر at a word's
//!   start → ڕ). Sorani's own letters ە ێ ۆ ڵ ڕ ڤ are never changed.
//!
//! Digits and the ZWNJ (joined and split forms) are handled for every script in
//! `normalize`.

use super::ZWNJ;

const HEH: char = '\u{0647}';
const AE: char = '\u{06D5}';

/// Whether `c` is a vowel mark (haraka) or the tatweel, both removed.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// The letter every language of the index uses for `c`.
fn common_letter(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        other => other,
    }
}

/// Normalizes a word containing Arabic-script letters; other characters pass unchanged.
pub(super) fn normalize(word: &str, sorani: bool) -> String {
    let letters = word.chars().filter(|&c| !is_mark(c)).map(common_letter);
    if !sorani {
        return letters
            .map(|c| match c {
                'ة' | 'ۀ' => HEH,
                other => other,
            })
            .collect();
    }
    let letters: Vec<char> = letters.collect();
    let mut normalized = String::with_capacity(word.len());
    let mut index = 0;
    while let Some(&c) = letters.get(index) {
        let next = letters.get(index + 1).copied();
        index += 1;
        let letter = match c {
            'ة' | 'ۀ' => AE,
            HEH if next == Some(ZWNJ) => {
                // The ZWNJ only kept heh from joining: together they are ە.
                index += 1;
                AE
            }
            HEH if next.is_none() => AE,
            'ھ' => HEH,
            'ڒ' => 'ڕ',
            'ر' if index == 1 => 'ڕ',
            other => other,
        };
        normalized.push(letter);
    }
    normalized
}

#[cfg(test)]
mod tests {
    use super::normalize;

    fn check(word: &str, lang: &str, expected: &str) {
        assert_eq!(
            normalize(word, lang == "ckb"),
            expected,
            "{word:?} ({lang})"
        );
    }

    #[test]
    fn removes_harakat_and_tatweel() {
        check("مُسَاعَدَة", "ar", "مساعده");
        check("طِبِّيَّة", "ar", "طبیه");
        check("كتـــاب", "ar", "کتاب");
        check("هٰذا", "ar", "هذا");
    }

    #[test]
    fn unifies_alef_yeh_kaf_in_every_language() {
        check("أحمد", "ar", "احمد");
        check("إسلام", "ar", "اسلام");
        check("آب", "fa", "اب");
        check("ٱلله", "ar", "الله");
        // Persian typed on an Arabic keyboard.
        check("كارت", "fa", "کارت");
        check("بيمه", "fa", "بیمه");
        check("مستشفى", "ar", "مستشفی");
    }

    #[test]
    fn teh_marbuta_is_heh_outside_sorani() {
        check("مدرسة", "ar", "مدرسه");
        check("خانۀ", "fa", "خانه");
        check("زبانه", "fa", "زبانه");
    }

    #[test]
    fn urdu_and_pashto_letters_stay() {
        // Urdu: heh goal, do-chashmi heh, yeh barree, noon ghunna, tteh, rreh.
        check("ہسپتال", "ur", "ہسپتال");
        check("بھائی", "ur", "بھائی");
        check("ملازمتیں", "ur", "ملازمتیں");
        check("ٹیکسی", "ur", "ٹیکسی");
        check("بڑے", "ur", "بڑے");
        // Pashto: ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ.
        check("روغتون", "ps", "روغتون");
        check("ښوونځی", "ps", "ښوونځی");
        check("ډاکټر", "ps", "ډاکټر");
        check("ګټه", "ps", "ګټه");
        check("ژړا", "ps", "ژړا");
        check("څېړنه", "ps", "څېړنه");
    }

    #[test]
    fn sorani_keeps_its_letters_and_writes_its_vowel_ae() {
        check("نەخۆشخانە", "ckb", "نەخۆشخانە");
        check("هەولێر", "ckb", "هەولێر");
        check("ڕێگا", "ckb", "ڕێگا");
        check("گوڵ", "ckb", "گوڵ");
        check("ڤیزا", "ckb", "ڤیزا");
        // Typed on a Persian or Arabic keyboard.
        check("نهخۆشخانه", "ckb", "نهخۆشخانە");
        check("نه\u{200C}خۆشخانة", "ckb", "نەخۆشخانە");
        check("ھاوکاری", "ckb", "هاوکاری");
        check("رێگا", "ckb", "ڕێگا");
        check("كار", "ckb", "کار");
    }
}
