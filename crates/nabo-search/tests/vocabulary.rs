//! The real taxonomy of `content/`: needs typed the way people type them find their
//! category (wordings of our own, not the evaluation's).

use nabo_domain::CategoryId;
use nabo_domain::LanguageTag;
use nabo_search::{QueryWords, Vocabulary, analyze};
use std::path::PathBuf;

fn matcher() -> Vocabulary<CategoryId> {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let reference = nabo_content::load_reference(&content).expect("content");
    Vocabulary::categories(&reference.categories, &reference.frame_words)
}

#[test]
fn needs_find_their_category() {
    let matcher = matcher();
    let cases = [
        ("da", "svømmehal kun for kvinder", "swimming-pool"),
        ("da", "kvindesvømningen", "swimming-pool"),
        ("da", "jeg mangler en vuggestue", "day-care"),
        ("en", "looking for a flat to rent", "housing"),
        ("en", "i want to report a theft", "police"),
        ("en", "my wife is pregnant", "midwife"),
        ("so", "shaqo ayaan raadinayaa", "jobcentre"),
        ("ar", "ابحث عن عمل", "jobcentre"),
        ("uk", "шукаю квартиру в оренду", "housing"),
    ];
    let mut failures = Vec::new();
    for (lang, text, expected) in cases {
        let terms = analyze(text, Some(lang));
        let scored = matcher.score(
            QueryWords::new(&terms),
            &LanguageTag::parse(lang).expect("tag"),
        );
        if scored.first().map(|found| found.id.as_str()) != Some(expected) {
            failures.push(format!(
                "{lang} {text:?}: expected {expected}, got {scored:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
