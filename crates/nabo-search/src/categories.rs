//! Matching a query to taxonomy categories through their names and need phrases in every
//! language, so that a need typed in a language no resource text is written in still
//! finds the right kind of service.

use crate::analysis::analyze;
use nabo_domain::{Category, LanguageTag};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The words of every category, per language, weighted by how specific each word is.
#[derive(Debug, Default)]
pub struct CategoryMatcher {
    /// language → word → (category index → how often the word appears in its phrases)
    words: HashMap<String, HashMap<String, BTreeMap<usize, u32>>>,
    /// language → analyzed whole phrases → category index
    phrases: HashMap<String, HashMap<Vec<String>, usize>>,
    ids: Vec<String>,
}

/// Weight of words from a language other than the searcher's (loan words, mixed typing).
const OTHER_LANGUAGE_WEIGHT: f32 = 0.35;
/// Bonus when the whole query is one of a category's phrases.
const WHOLE_PHRASE_BONUS: f32 = 2.0;

impl CategoryMatcher {
    pub fn new(categories: &[Category]) -> Self {
        let mut matcher = CategoryMatcher {
            ids: categories.iter().map(|c| c.id.to_string()).collect(),
            ..Default::default()
        };
        for (index, category) in categories.iter().enumerate() {
            let mut by_language: BTreeMap<&LanguageTag, Vec<&str>> = BTreeMap::new();
            for (tag, name) in category.name.iter() {
                by_language.entry(tag).or_default().push(name);
            }
            for (tag, terms) in &category.terms {
                by_language
                    .entry(tag)
                    .or_default()
                    .extend(terms.iter().map(String::as_str));
            }
            for (tag, phrases) in by_language {
                let words = matcher.words.entry(tag.to_string()).or_default();
                let whole = matcher.phrases.entry(tag.to_string()).or_default();
                for phrase in phrases {
                    let tokens = analyze(phrase);
                    for token in &tokens {
                        *words
                            .entry(token.clone())
                            .or_default()
                            .entry(index)
                            .or_insert(0) += 1;
                    }
                    whole.entry(tokens).or_insert(index);
                }
            }
        }
        matcher
    }

    /// Categories the query points to, with weights in 0..=1 (the best is 1), best first.
    pub fn score(&self, query: &str, lang: &LanguageTag) -> Vec<(String, f32)> {
        let tokens = analyze(query);
        if tokens.is_empty() {
            return Vec::new();
        }
        let mut scores: BTreeMap<usize, f32> = BTreeMap::new();
        let own = lang.to_string();
        let primary = lang.primary().to_owned();
        for (language, words) in &self.words {
            let weight = if *language == own || *language == primary {
                1.0
            } else {
                OTHER_LANGUAGE_WEIGHT
            };
            let mut seen = BTreeSet::new();
            for token in &tokens {
                let Some((matched, closeness)) = lookup(words, token) else {
                    continue;
                };
                if !seen.insert(matched.clone()) {
                    continue;
                }
                let postings = &words[&matched];
                // A word shared by many categories says little about any one of them.
                let specificity = 1.0 / postings.len() as f32;
                for (&category, &count) in postings {
                    let strength = (1.0 + (count as f32).ln()).min(2.0);
                    *scores.entry(category).or_insert(0.0) +=
                        weight * closeness * specificity * strength;
                }
            }
            if let Some(&category) = self.phrases.get(language).and_then(|p| p.get(&tokens)) {
                *scores.entry(category).or_insert(0.0) += weight * WHOLE_PHRASE_BONUS;
            }
        }
        let best = scores.values().copied().fold(0.0_f32, f32::max);
        if best <= 0.0 {
            return Vec::new();
        }
        let mut ranked: Vec<(String, f32)> = scores
            .into_iter()
            .map(|(index, score)| (self.ids[index].clone(), score / best))
            .filter(|(_, weight)| *weight >= 0.5)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        ranked.truncate(3);
        ranked
    }
}

/// The vocabulary word a typed token means: itself, or (from 5 letters) one at edit
/// distance 1, or a word it is a prefix of (from 4 letters), with a closeness weight.
fn lookup(words: &HashMap<String, BTreeMap<usize, u32>>, token: &str) -> Option<(String, f32)> {
    if words.contains_key(token) {
        return Some((token.to_owned(), 1.0));
    }
    let length = token.chars().count();
    if length >= 5
        && let Some(word) = words.keys().filter(|w| within_one_edit(token, w)).min()
    {
        return Some((word.clone(), 0.6));
    }
    if length >= 4
        && let Some(word) = words
            .keys()
            .filter(|w| w.starts_with(token))
            .min_by_key(|w| w.len())
    {
        return Some((word.clone(), 0.5));
    }
    None
}

/// Whether `a` and `b` differ by at most one insertion, deletion or substitution.
fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use nabo_domain::{CategoryId, LocalizedText};

    fn category(id: &str, lang: &str, name: &str, terms: &[&str]) -> Category {
        let tag = LanguageTag::parse(lang).expect("tag");
        Category {
            id: CategoryId::parse(id).expect("id"),
            parent: None,
            icon: None,
            name: LocalizedText::new(BTreeMap::from([(tag.clone(), name.to_owned())])),
            terms: BTreeMap::from([(tag, terms.iter().map(|t| (*t).to_owned()).collect())]),
        }
    }

    #[test]
    fn a_need_finds_its_category_in_the_searchers_language() {
        let matcher = CategoryMatcher::new(&[
            category(
                "jobcentre",
                "so",
                "Xafiiska shaqada",
                &["shaqo la'aan", "shaqo raadin", "waxaan waayay shaqadii"],
            ),
            category(
                "health-visitor",
                "so",
                "Kalkaaliso caafimaad",
                &["ilmaha miisaankiisa", "naas nuujin"],
            ),
        ]);
        let so = LanguageTag::parse("so").expect("tag");
        assert_eq!(matcher.score("shaqo ma haysto", &so)[0].0, "jobcentre");
        assert_eq!(
            matcher.score("naas nujin", &so)[0].0,
            "health-visitor",
            "one typo"
        );
        assert!(matcher.score("", &so).is_empty());
        assert!(matcher.score("xyz", &so).is_empty());
    }

    #[test]
    fn edit_distance_one() {
        assert!(within_one_edit("kommune", "komune"));
        assert!(within_one_edit("abc", "abd"));
        assert!(!within_one_edit("abc", "cba"));
        assert!(!within_one_edit("jobcenter", "jobcentre"));
    }
}
