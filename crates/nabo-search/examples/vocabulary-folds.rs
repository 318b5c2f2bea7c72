//! How well the vocabulary matcher generalizes to phrasings it has never seen: the need
//! phrases of `content/taxonomy.toml` are split into five folds (by a hash of the
//! phrase); each fold is matched against a vocabulary built from the other four, and the
//! first category the matcher names is compared with the phrase's own. The same is done
//! with one typing error put into the phrase's longest word (a swap of two neighbouring
//! letters, or a letter left out).
//!
//! This measures the matcher (weights, stems, typo handling), not the content: no
//! evaluation query is involved, and nothing here is fitted to one.
//!
//! ```text
//! cargo run --release -p nabo-search --example vocabulary-folds [-- LANG...]
//! ```

use nabo_domain::{Category, CategoryId, LanguageTag};
use nabo_search::{QueryWords, Vocabulary, analyze};
use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::PathBuf;

const FOLDS: u64 = 5;

/// Correct answers and tries.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    right: u32,
    tried: u32,
}

impl Tally {
    fn count(&mut self, right: bool) {
        self.tried += 1;
        self.right += u32::from(right);
    }

    fn share(self) -> f64 {
        f64::from(self.right) / f64::from(self.tried.max(1))
    }
}

/// The fold of a phrase of a language (the same loan word falls in different folds in
/// different languages).
fn fold_of(lang: &str, phrase: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    (lang, phrase).hash(&mut hasher);
    hasher.finish() % FOLDS
}

/// The phrase with one typing error in its longest word of 5 letters or more: two
/// neighbouring letters swapped (odd hash) or one left out (even hash).
fn mistyped(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let (at, word) = words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.chars().count() >= 5)
        .max_by_key(|(_, w)| w.chars().count())?;
    let mut letters: Vec<char> = word.chars().collect();
    let middle = letters.len() / 2;
    if fold_of("", word) % 2 == 1 {
        letters.swap(middle, middle + 1);
    } else {
        letters.remove(middle);
    }
    let mut typed: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
    typed[at] = letters.into_iter().collect();
    Some(typed.join(" "))
}

fn main() {
    let only: Vec<String> = std::env::args().skip(1).collect();
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let reference = nabo_content::load_reference(&content).expect("content");
    let categories = &reference.categories;
    let mut clean: BTreeMap<String, Tally> = BTreeMap::new();
    let mut typos: BTreeMap<String, Tally> = BTreeMap::new();
    let mut confusions: BTreeMap<(String, CategoryId, CategoryId), u32> = BTreeMap::new();
    for fold in 0..FOLDS {
        let training: Vec<Category> = categories
            .iter()
            .map(|category| Category {
                terms: category
                    .terms
                    .iter()
                    .map(|(lang, terms)| {
                        let kept = terms.iter().filter(|t| fold_of(lang.as_str(), t) != fold);
                        let kept = kept.cloned();
                        (lang.clone(), kept.collect())
                    })
                    .collect(),
                ..category.clone()
            })
            .collect();
        let vocabulary = Vocabulary::categories(&training, &reference.frame_words);
        for category in categories {
            for (lang, terms) in &category.terms {
                if !only.is_empty() && !only.iter().any(|l| l == lang.as_str()) {
                    continue;
                }
                for phrase in terms.iter().filter(|t| fold_of(lang.as_str(), t) == fold) {
                    let first = best(&vocabulary, phrase, lang);
                    let right = first.as_ref() == Some(&category.id);
                    clean.entry(lang.to_string()).or_default().count(right);
                    if !right && std::env::var_os("SHOW").is_some() {
                        println!("MISS {lang} {:?} {} -> {first:?}", phrase, category.id);
                    }
                    if let (false, Some(other)) = (right, first.clone()) {
                        *confusions
                            .entry((lang.to_string(), category.id.clone(), other))
                            .or_default() += 1;
                    }
                    if let Some(typed) = mistyped(phrase) {
                        let found = best(&vocabulary, &typed, lang);
                        let right = found.as_ref() == Some(&category.id);
                        let clean_right = first.as_ref() == Some(&category.id);
                        if clean_right && !right && std::env::var_os("SHOW_TYPOS").is_some() {
                            println!(
                                "TYPO {lang} {typed:?} ({phrase:?}) {} -> {found:?}",
                                category.id
                            );
                        }
                        typos.entry(lang.to_string()).or_default().count(right);
                    }
                }
            }
        }
    }
    let total = |tallies: &BTreeMap<String, Tally>| {
        tallies.values().fold(Tally::default(), |sum, t| Tally {
            right: sum.right + t.right,
            tried: sum.tried + t.tried,
        })
    };
    let mut languages: Vec<(&String, &Tally)> = clean.iter().collect();
    languages.sort_by(|a, b| a.1.share().total_cmp(&b.1.share()));
    println!(
        "{:<8} {:>7} {:>7} {:>7}",
        "lang", "phrases", "clean", "typo"
    );
    for (lang, tally) in languages {
        let typo = typos.get(lang).copied().unwrap_or_default();
        println!(
            "{lang:<8} {:>7} {:>7.3} {:>7.3}",
            tally.tried,
            tally.share(),
            typo.share()
        );
    }
    let (all, all_typos) = (total(&clean), total(&typos));
    println!(
        "all      {:>7} {:>7.3} {:>7.3}",
        all.tried,
        all.share(),
        all_typos.share()
    );
    let mut common: Vec<_> = confusions.into_iter().collect();
    common.sort_by_key(|entry| std::cmp::Reverse(entry.1));
    println!("most common confusions (language, category, taken for):");
    for ((lang, category, other), count) in common.into_iter().take(15) {
        println!("  {count:>3}  {lang} {category} -> {other}");
    }
}

/// The first category the vocabulary names for `phrase` typed in `lang`.
fn best(
    vocabulary: &Vocabulary<CategoryId>,
    phrase: &str,
    lang: &LanguageTag,
) -> Option<CategoryId> {
    let terms = analyze(phrase, Some(lang.as_str()));
    vocabulary
        .score(QueryWords::new(&terms), lang)
        .into_iter()
        .next()
        .map(|found| found.id)
}
