//! The repository's `locales/`: every supported language has a locale, every locale has
//! every message of the default one (and no stale ones), plurals follow each language.

use nabo_i18n::{Arg, Catalog, DEFAULT_LOCALE};
use std::path::PathBuf;

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn catalog() -> Catalog {
    Catalog::load(&repository().join("locales")).expect("locales load")
}

#[test]
fn every_language_of_the_content_has_a_complete_locale() {
    let catalog = catalog();
    let reference = nabo_content::load_reference(&repository().join("content")).expect("content");
    let mut problems = Vec::new();
    for language in reference.languages.all() {
        let tag = language.tag.as_str();
        if !catalog.has_locale(tag) {
            problems.push(format!("{tag}: no locale folder"));
            continue;
        }
        let missing = catalog.missing(tag);
        if !missing.is_empty() {
            problems.push(format!("{tag}: lacks {missing:?}"));
        }
        let extra = catalog.extra(tag);
        if !extra.is_empty() {
            problems.push(format!("{tag}: has messages the default lacks {extra:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn messages_format_with_plural_rules_and_fall_back_to_the_default() {
    let catalog = catalog();
    let count = |locale: &str, n: f64| {
        catalog.format_plain(locale, "results-count", &[("count", Arg::Number(n))])
    };
    assert_eq!(count("en", 1.0), "One service found");
    assert_eq!(count("en", 3.0), "3 services found");
    assert_eq!(count("en", 0.0), "No services found");
    assert_ne!(count("da", 3.0), count("en", 3.0), "Danish is not English");
    // A locale that does not exist falls back to the default.
    assert_eq!(
        catalog.format_plain("xx", "search-button", &[]),
        catalog.format_plain(DEFAULT_LOCALE, "search-button", &[])
    );
    // Variables are filled in; in HTML they are isolated for mixed directions.
    let shown = catalog.format(
        "ar",
        "results-shown-in",
        &[("language", Arg::Text("Dansk".to_owned()))],
    );
    assert!(shown.contains("\u{2068}Dansk\u{2069}"), "{shown}");
}
