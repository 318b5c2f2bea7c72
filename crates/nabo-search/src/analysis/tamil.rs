//! A light stemmer for Tamil nouns, in place of Snowball's Tamil stemmer, which cuts too
//! deep and unevenly to match words: it made குடும்பம் ("family") "கு்", கணவர்
//! ("husband") "கண" ("eye"), நீச்சல் ("swimming") "நீ" ("you"), and குழந்தை ("child")
//! another stem than குழந்தைக்கு ("to the child").
//!
//! Only what a noun takes in a search is removed: one case ending (in, of, to, with,
//! from, for, as) and the plural கள், and the joins they cause are undone:
//! - a glide before a vowel ending (பள்ளி·ய்·இல் → பள்ளி);
//! - a doubled consonant (வீடு → வீட்டில், பெண் → பெண்ணுக்கு);
//! - ம் written த்த் or ங் before an ending (புத்தகம் → புத்தகத்தில், புத்தகங்கள்);
//! - the short final உ dropped before a vowel (மருந்து → மருந்தில்).
//!
//! A hard consonant doubled onto the next word (குழந்தைப் பராமரிப்பு, often typed
//! குழந்தை பராமரிப்பு) is left out first: no Tamil word ends in க், ச், த் or ப்.
//!
//! Every form then ends the same way: without a final ம் (so that the adjective
//! குடும்ப meets the noun குடும்பம்) and with a final உ as a bare consonant. What
//! matters is that a word and its inflected forms meet in one stem, for the index and the
//! query alike; stems need not be words. A stem keeps at least two letters, else the
//! word is kept whole. Verbs are left as they are (the vocabulary's guesses of endings
//! and beginnings still meet their forms).

const VIRAMA: char = '\u{0BCD}';
const U_SIGN: char = '\u{0BC1}';

/// Endings that begin with a vowel sign: they follow a consonant whose vowel they
/// replace, so the consonant gets its virama back when they are removed. Longest first.
const VOWEL_ENDINGS: &[&str] = &[
    "\u{0BBF}\u{0B9F}\u{0BAE}\u{0BBF}\u{0BB0}\u{0BC1}\u{0BA8}\u{0BCD}\u{0BA4}\u{0BC1}", // -இடமிருந்து
    "\u{0BBF}\u{0BB2}\u{0BBF}\u{0BB0}\u{0BC1}\u{0BA8}\u{0BCD}\u{0BA4}\u{0BC1}",         // -இலிருந்து
    "\u{0BC1}\u{0B95}\u{0BCD}\u{0B95}\u{0BBE}\u{0BA9}",                                 // -உக்கான
    "\u{0BC1}\u{0B95}\u{0BCD}\u{0B95}\u{0BBE}\u{0B95}",                                 // -உக்காக
    "\u{0BBF}\u{0BB1}\u{0BCD}\u{0B95}\u{0BBE}\u{0BA9}",                                 // -இற்கான
    "\u{0BBF}\u{0BB1}\u{0BCD}\u{0B95}\u{0BBE}\u{0B95}",                                 // -இற்காக
    "\u{0BBF}\u{0BB1}\u{0BCD}\u{0B95}\u{0BC1}",                                         // -இற்கு
    "\u{0BC1}\u{0B95}\u{0BCD}\u{0B95}\u{0BC1}",                                         // -உக்கு
    "\u{0BC1}\u{0B9F}\u{0BC8}\u{0BAF}",                                                 // -உடைய
    "\u{0BC1}\u{0B9F}\u{0BA9}\u{0BCD}",                                                 // -உடன்
    "\u{0BBF}\u{0B9F}\u{0BAE}\u{0BCD}",                                                 // -இடம்
    "\u{0BCB}\u{0B9F}\u{0BC1}",                                                         // -ஓடு
    "\u{0BBF}\u{0BB2}\u{0BCD}",                                                         // -இல்
    "\u{0BBF}\u{0BA9}\u{0BCD}",                                                         // -இன்
    "\u{0BBE}\u{0BB2}\u{0BCD}",                                                         // -ஆல்
    "\u{0BBE}\u{0B95}",                                                                 // -ஆக
];

/// Endings that begin with a consonant (after a vowel, or the plural). Longest first.
const CONSONANT_ENDINGS: &[&str] = &[
    "\u{0B95}\u{0BCD}\u{0B95}\u{0BBE}\u{0BA9}", // -க்கான
    "\u{0B95}\u{0BCD}\u{0B95}\u{0BBE}\u{0B95}", // -க்காக
    "\u{0B95}\u{0BCD}\u{0B95}\u{0BC1}",         // -க்கு
];

/// The plural.
const PLURAL: &str = "\u{0B95}\u{0BB3}\u{0BCD}"; // கள்

/// The accusative ஐ is removed only where it cannot be a word's own last vowel: after a
/// glide, the plural, or ம் written த்த்.
const ACCUSATIVE: char = '\u{0BC8}';

/// The stem of a Tamil word (NFC, lower case does not apply).
pub(super) fn stem(word: &str) -> String {
    let mut stem = without_case(without_joining_consonant(word));
    if let Some(singular) = stem.strip_suffix(PLURAL) {
        stem = singular.to_owned();
        replace_end(&mut stem, "\u{0B99}\u{0BCD}", "\u{0BAE}\u{0BCD}"); // ங் → ம்
    }
    replace_end(
        &mut stem,
        "\u{0BA4}\u{0BCD}\u{0BA4}\u{0BCD}",
        "\u{0BAE}\u{0BCD}",
    ); // த்த் → ம்
    if let Some(short) = stem.strip_suffix("\u{0BAE}\u{0BCD}") {
        stem = short.to_owned(); // final ம்
    }
    if stem.ends_with(U_SIGN) && ends_in_consonant(&stem[..stem.len() - U_SIGN.len_utf8()]) {
        stem.pop();
        stem.push(VIRAMA);
    }
    undo_glide(&mut stem);
    undo_doubling(&mut stem);
    if letters(&stem) < 2 {
        return word.to_owned();
    }
    stem
}

/// `word` without the first consonant of the next word doubled onto its end.
fn without_joining_consonant(word: &str) -> &str {
    let mut chars = word.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(VIRAMA), Some('\u{0B95}' | '\u{0B9A}' | '\u{0BA4}' | '\u{0BAA}')) => {
            // (Both take three bytes in UTF-8.)
            &word[..word.len() - 2 * VIRAMA.len_utf8()]
        }
        _ => word,
    }
}

/// `word` without its case ending, if it has one (with the consonant it followed made
/// bare again).
fn without_case(word: &str) -> String {
    for ending in VOWEL_ENDINGS {
        if let Some(rest) = word.strip_suffix(ending)
            && ends_in_consonant(rest)
        {
            return format!("{rest}{VIRAMA}");
        }
    }
    for ending in CONSONANT_ENDINGS {
        if let Some(rest) = word.strip_suffix(ending)
            && rest.ends_with(is_vowel_sign)
        {
            return rest.to_owned();
        }
    }
    if let Some(rest) = word.strip_suffix(ACCUSATIVE)
        && ["\u{0BAF}", "\u{0B95}\u{0BB3}", "\u{0BA4}\u{0BCD}\u{0BA4}"]
            .iter()
            .any(|before| rest.ends_with(before))
    {
        return format!("{rest}{VIRAMA}");
    }
    word.to_owned()
}

/// A glide (ய் after i, e, ai; வ் after u, o) left where a vowel ending was.
fn undo_glide(stem: &mut String) {
    let chars: Vec<char> = stem.chars().collect();
    if let [.., sign, glide, VIRAMA] = chars[..] {
        let after_i = glide == '\u{0BAF}'
            && matches!(
                sign,
                '\u{0BBF}' | '\u{0BC0}' | '\u{0BC6}' | '\u{0BC7}' | '\u{0BC8}'
            );
        let after_u = glide == '\u{0BB5}'
            && matches!(sign, '\u{0BC1}' | '\u{0BC2}' | '\u{0BCA}' | '\u{0BCB}');
        if after_i || after_u {
            stem.truncate(stem.len() - glide.len_utf8() - VIRAMA.len_utf8());
        }
    }
}

/// A final consonant written twice (ட்ட், ண்ண், ற்ற், ...) once.
fn undo_doubling(stem: &mut String) {
    let chars: Vec<char> = stem.chars().collect();
    if let [.., first, VIRAMA, second, VIRAMA] = chars[..]
        && first == second
        && is_consonant(first)
    {
        stem.truncate(stem.len() - first.len_utf8() - VIRAMA.len_utf8());
    }
}

fn replace_end(stem: &mut String, from: &str, to: &str) {
    if let Some(rest) = stem.strip_suffix(from) {
        *stem = format!("{rest}{to}");
    }
}

fn is_consonant(c: char) -> bool {
    ('\u{0B95}'..='\u{0BB9}').contains(&c)
}

fn is_vowel_sign(c: char) -> bool {
    ('\u{0BBE}'..='\u{0BCC}').contains(&c)
}

fn ends_in_consonant(text: &str) -> bool {
    text.chars().next_back().is_some_and(is_consonant)
}

/// Letters: consonants and independent vowels (signs and viramas not counted).
fn letters(text: &str) -> usize {
    text.chars()
        .filter(|&c| is_consonant(c) || ('\u{0B85}'..='\u{0B94}').contains(&c))
        .count()
}

#[cfg(test)]
mod tests {
    use super::stem;

    /// All the words meet in one stem, and it is not any of `apart`'s.
    fn meet(words: &[&str], apart: &[&str]) {
        let stems: Vec<String> = words.iter().map(|word| stem(word)).collect();
        assert!(
            stems.windows(2).all(|pair| pair[0] == pair[1]),
            "{words:?} → {stems:?}"
        );
        for other in apart {
            assert_ne!(stem(other), stems[0], "{other} meets {words:?}");
        }
    }

    #[test]
    fn a_noun_and_its_case_and_plural_forms_meet() {
        meet(
            &["குடும்பம்", "குடும்ப", "குடும்பத்தில்", "குடும்பத்துக்கு"],
            &["கு"],
        );
        meet(
            &[
                "குழந்தை",
                "குழந்தைக்கு",
                "குழந்தைகள்",
                "குழந்தைகளுக்கு",
                "குழந்தையை",
            ],
            &[],
        );
        meet(&["மருத்துவர்", "மருத்துவரிடம்", "மருத்துவர்கள்"], &["மருந்து"]);
        meet(&["புத்தகம்", "புத்தகங்கள்", "புத்தகத்தை", "புத்தகத்தில்"], &[]);
        meet(&["பள்ளி", "பள்ளியில்", "பள்ளிக்கு", "பள்ளிகள்"], &["பல்"]);
        meet(&["வீடு", "வீட்டில்", "வீட்டுக்கு"], &["வீட்டுப்பாடம்"]);
        meet(&["பெண்", "பெண்கள்", "பெண்களுக்கு", "பெண்களுக்கான", "பெண்ணுக்கு"], &[]);
        meet(&["கணவர்", "கணவருடன்", "கணவரிடமிருந்து"], &["கண்"]);
        meet(&["மருந்து", "மருந்தில்"], &[]);
        meet(&["கர்ப்பம்", "கர்ப்பமாக"], &[]);
        meet(&["நூலகம்", "நூலகத்திலிருந்து"], &[]);
        meet(&["குழந்தைப்", "குழந்தை"], &[]);
        meet(&["சுகாதாரத்", "சுகாதார", "சுகாதாரம்"], &[]);
        meet(&["தமிழ்ப்", "தமிழ்"], &[]);
    }

    #[test]
    fn words_are_not_cut_to_nothing() {
        for word in ["நீச்சல்", "அட்டை", "வேலை", "வேலையின்மை", "கடன்"]
        {
            assert_eq!(stem(word), word, "{word}");
        }
        // One letter would be left: the word is kept.
        assert_eq!(stem("பால்"), "பால்");
        assert_eq!(stem("கோவில்"), "கோவில்");
        assert_eq!(stem(""), "");
    }
}
