//! Word segmentation: where one word ends and the next begins, in every script.
//!
//! ICU4X's word segmenter implements UAX #29 and, for scripts written without spaces,
//! an LSTM model (Thai, Lao, Khmer, Burmese) or a dictionary (Chinese, Japanese). Its
//! output is corrected in three ways:
//! - a segment is a word when it contains a letter or a digit. The segmenter's own
//!   `is_word_like()` also drops words that end in a combining mark (icu4x#8321:
//!   diacritized Arabic, हिन्दी, மையம்), so it is not used;
//! - a word is split at full stops and colons between letters (`borger.dk`, `f.eks.`,
//!   `S:t`), which UAX #29 keeps inside words but searchers type apart; between digits
//!   (`10.30`, `1.000`) they stay. Conversely `` ` `` and `′`, typed for the Ukrainian
//!   apostrophe, break words under UAX #29 and are joined back (`м`ясо`);
//! - the Chinese dictionary keeps some compounds whole (找工作 "look for work"); like a
//!   search-mode segmenter, the words inside a compound of 3 to 8 ideographs that the
//!   dictionary knows (工作 "work") follow it as alternatives.

use icu_segmenter::WordSegmenter;
use icu_segmenter::WordSegmenterBorrowed;
use icu_segmenter::options::WordBreakInvariantOptions;
use std::sync::LazyLock;

use super::script::{Script, script};

/// Built once and shared by every thread (the models are compiled in).
static SEGMENTER: LazyLock<WordSegmenterBorrowed<'static>> =
    LazyLock::new(|| WordSegmenter::new_auto(WordBreakInvariantOptions::default()));

/// One word of a text: where it starts (in bytes) and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Word<'a> {
    pub offset: usize,
    pub text: &'a str,
    /// A word inside the preceding one (a Chinese compound's part), not a word after it.
    pub inside_previous: bool,
}

/// The words of `text`, in order.
pub(super) fn words(text: &str) -> Vec<Word<'_>> {
    simple_words(text).unwrap_or_else(|| segmented_words(text))
}

/// The words of `text` as the segmenter finds them, corrected (see the top).
fn segmented_words(text: &str) -> Vec<Word<'_>> {
    let mut words: Vec<Word<'_>> = Vec::new();
    // End of a `` ` `` or `′` segment that directly follows a word.
    let mut apostrophe_end: Option<usize> = None;
    let mut breaks = SEGMENTER.segment_str(text);
    let mut start = breaks.next().unwrap_or(0);
    for end in breaks {
        let segment = &text[start..end];
        if is_word(segment) {
            match words.last_mut() {
                // The previous word, the apostrophe and this segment are one word.
                Some(last) if apostrophe_end == Some(start) => {
                    last.text = &text[last.offset..end];
                }
                _ => words.push(Word {
                    offset: start,
                    text: segment,
                    inside_previous: false,
                }),
            }
            apostrophe_end = None;
        } else {
            let after_word = words
                .last()
                .is_some_and(|last| last.offset + last.text.len() == start);
            apostrophe_end = (after_word && matches!(segment, "`" | "′")).then_some(end);
        }
        start = end;
    }
    let words = split_at_stops(words);
    with_compound_parts(words)
}

/// The words of a text of nothing but letters, digits and spaces in scripts written with
/// spaces (most queries): the runs of letters and digits, as UAX #29 would cut them, found
/// without running the segmenter. `None` for any other text.
fn simple_words(text: &str) -> Option<Vec<Word<'_>>> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (index, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(from) = start.take() {
                words.push(Word {
                    offset: from,
                    text: &text[from..index],
                    inside_previous: false,
                });
            }
        } else if c.is_ascii_alphanumeric() || (c.is_alphanumeric() && spaced_script(c)) {
            start.get_or_insert(index);
        } else {
            return None;
        }
    }
    if let Some(from) = start {
        words.push(Word {
            offset: from,
            text: &text[from..],
            inside_previous: false,
        });
    }
    Some(words)
}

/// Whether `c` is of a script whose words UAX #29 finds between spaces alone (letters
/// and digits of one word are never cut apart).
fn spaced_script(c: char) -> bool {
    matches!(
        script(c),
        Script::Latin
            | Script::Cyrillic
            | Script::Greek
            | Script::Arabic
            | Script::Hebrew
            | Script::Ethiopic
            | Script::Armenian
            | Script::Georgian
            | Script::Common
    )
}

/// Whether a segment is a word: it holds a letter or a digit (combining vowel signs are
/// letters too, being Alphabetic).
fn is_word(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}

/// Full stops and colons that UAX #29 keeps between letters.
fn is_stop(c: char) -> bool {
    matches!(
        c,
        '.' | ':'
            | '·'
            | '\u{0387}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{FE13}'
            | '\u{FE52}'
            | '\u{FE55}'
    )
}

fn split_at_stops(words: Vec<Word<'_>>) -> Vec<Word<'_>> {
    if !words.iter().any(|word| word.text.contains(is_stop)) {
        return words;
    }
    let mut split = Vec::with_capacity(words.len() + 2);
    for word in words {
        let mut part_start = 0;
        let mut previous: Option<char> = None;
        let mut chars = word.text.char_indices().peekable();
        while let Some((index, c)) = chars.next() {
            let next = chars.peek().map(|&(_, next)| next);
            let between_digits =
                previous.is_some_and(char::is_numeric) && next.is_some_and(char::is_numeric);
            if is_stop(c) && !between_digits {
                push_part(&mut split, word, part_start, index);
                part_start = index + c.len_utf8();
            }
            previous = Some(c);
        }
        push_part(&mut split, word, part_start, word.text.len());
    }
    split
}

fn push_part<'a>(words: &mut Vec<Word<'a>>, word: Word<'a>, from: usize, to: usize) {
    let text = &word.text[from..to];
    if is_word(text) {
        words.push(Word {
            offset: word.offset + from,
            text,
            inside_previous: false,
        });
    }
}

/// Chinese compounds longer than this are not searched for parts (the work grows with
/// the square of the length).
const LONGEST_COMPOUND: usize = 8;

fn with_compound_parts(words: Vec<Word<'_>>) -> Vec<Word<'_>> {
    let is_compound = |word: &Word<'_>| {
        let length = word.text.chars().count();
        (3..=LONGEST_COMPOUND).contains(&length) && word.text.chars().all(is_han)
    };
    if !words.iter().any(is_compound) {
        return words;
    }
    let mut expanded = Vec::with_capacity(words.len() * 2);
    for word in words {
        expanded.push(word);
        if !is_compound(&word) {
            continue;
        }
        let starts: Vec<usize> = word.text.char_indices().map(|(index, _)| index).collect();
        let length = starts.len();
        for first in 0..length - 1 {
            for last in (first + 2)..=length {
                if (first, last) == (0, length) {
                    continue;
                }
                let to = starts.get(last).copied().unwrap_or(word.text.len());
                let part = &word.text[starts[first]..to];
                // The dictionary knows the part when it does not split it.
                if SEGMENTER.segment_str(part).count() == 2 {
                    expanded.push(Word {
                        offset: word.offset + starts[first],
                        text: part,
                        inside_previous: true,
                    });
                }
            }
        }
    }
    expanded
}

fn is_han(c: char) -> bool {
    script(c) == Script::Han
}

#[cfg(test)]
mod tests {
    use super::{segmented_words, simple_words, words};

    fn check(text: &str, expected: &[&str]) {
        let found: Vec<&str> = words(text).iter().map(|word| word.text).collect();
        assert_eq!(found, expected, "{text:?}");
        for word in words(text) {
            assert_eq!(&text[word.offset..word.offset + word.text.len()], word.text);
        }
    }

    #[test]
    fn splits_at_spaces_and_punctuation() {
        check(
            "CPR-nummer, MitID & pas.",
            &["CPR", "nummer", "MitID", "pas"],
        );
        check("Sundhedsplejerske?", &["Sundhedsplejerske"]);
        check("¿Dónde está?", &["Dónde", "está"]);
        check("  ", &[]);
        check("", &[]);
    }

    #[test]
    fn keeps_words_that_end_in_combining_marks() {
        // Hindi and Tamil vowel signs and viramas, Arabic harakat (icu4x#8321).
        check("स्वास्थ्य केंद्र", &["स्वास्थ्य", "केंद्र"]);
        check("মানসিক স্বাস্থ্য", &["মানসিক", "স্বাস্থ্য"]);
        check("மையம்، مركز؟", &["மையம்", "مركز"]);
        check("مُسَاعَدَة طِبِّيَّة", &["مُسَاعَدَة", "طِبِّيَّة"]);
        check("ਸਿਹਤ ਕੇਂਦਰ", &["ਸਿਹਤ", "ਕੇਂਦਰ"]);
    }

    #[test]
    fn ethiopic_punctuation_separates_words() {
        check("ሥራ። ቤት፡", &["ሥራ", "ቤት"]);
        check("ሥራ፡ቤት፣ጤና፤ትምህርት", &["ሥራ", "ቤት", "ጤና", "ትምህርት"]);
    }

    #[test]
    fn segments_thai_without_spaces() {
        // "find work to do"
        check("หางานทำ", &["หา", "งาน", "ทำ"]);
        check(
            "ความช่วยเหลือทางกฎหมาย",
            &["ความ", "ช่วยเหลือ", "ทาง", "กฎหมาย"],
        );
        // "Danish language teaching centre": the LSTM cuts the loan word เดนมาร์ก
        // (Denmark), and not always the same way (alone: เดนมาร์|ก).
        check(
            "ศูนย์สอนภาษาเดนมาร์ก",
            &["ศูนย์", "สอน", "ภาษา", "เดน", "มาร์", "ก"],
        );
        check("โรงพยาบาล", &["โรง", "พยาบาล"]);
    }

    #[test]
    fn segments_chinese_by_dictionary() {
        check("语言学校", &["语言", "学校"]);
        check("免费法律咨询", &["免费", "法律", "咨询"]);
        check("哥本哈根的语言学校。", &["哥本哈根", "的", "语言", "学校"]);
        // Compounds the dictionary keeps whole are followed by the words inside them.
        check("找工作", &["找工作", "工作"]);
        check("我想找工作", &["我想", "找工作", "工作"]);
        // Whatever the dictionary knows, even a fragment.
        check(
            "中华人民共和国",
            &["中华", "人民", "共和国", "共和", "和国"],
        );
    }

    #[test]
    fn zwnj_stays_inside_words() {
        check("می‌خواهم کار", &["می‌خواهم", "کار"]);
    }

    #[test]
    fn apostrophes_stay_inside_words() {
        check("м'ясо м’ясо мʼясо", &["м'ясо", "м’ясо", "мʼясо"]);
        check("м`ясо м′ясо", &["м`ясо", "м′ясо"]);
        check("shaqo la'aan", &["shaqo", "la'aan"]);
        // A lone backtick is no apostrophe.
        check("a ` b", &["a", "b"]);
    }

    #[test]
    fn splits_at_stops_between_letters_only() {
        check("borger.dk", &["borger", "dk"]);
        check("f.eks. kl. 10.30", &["f", "eks", "kl", "10.30"]);
        check("1.000 kr", &["1.000", "kr"]);
        check("S:t Jørgen", &["S", "t", "Jørgen"]);
    }

    #[test]
    fn simple_texts_are_cut_as_the_segmenter_cuts_them() {
        let taxonomy = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/taxonomy.toml"),
        )
        .expect("taxonomy");
        let mut compared = 0;
        for line in taxonomy.lines() {
            let Some(phrase) = line
                .trim()
                .strip_prefix('"')
                .and_then(|l| l.strip_suffix("\","))
            else {
                continue;
            };
            if let Some(simple) = simple_words(phrase) {
                assert_eq!(simple, segmented_words(phrase), "{phrase:?}");
                compared += 1;
            }
        }
        assert!(compared > 10_000, "{compared} phrases compared");
    }
}
