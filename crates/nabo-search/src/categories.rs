//! Matching a query to taxonomy categories through their names and need phrases in every
//! language, so that a need typed in a language no resource text is written in still
//! finds the right kind of service.

use crate::analysis::analyze;
use nabo_domain::{Area, Category, LanguageTag};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Words and phrases per id and language (category names and need phrases, area names),
/// weighted by how specific each word is.
#[derive(Debug, Default)]
pub struct VocabularyMatcher {
    /// language → word → (entry index → how often the word appears in its phrases)
    words: HashMap<String, HashMap<String, BTreeMap<usize, u32>>>,
    /// language → analyzed whole phrases → entry index
    phrases: HashMap<String, HashMap<Vec<String>, usize>>,
    ids: Vec<String>,
    /// Weight of words from a language other than the searcher's.
    other_language_weight: f32,
}

/// The taxonomy's vocabulary.
pub type CategoryMatcher = VocabularyMatcher;

/// Weight of category words from a language other than the searcher's (loan words,
/// mixed typing).
const OTHER_LANGUAGE_WEIGHT: f32 = 0.35;
/// Bonus when the whole query is one of an entry's phrases.
const WHOLE_PHRASE_BONUS: f32 = 2.0;
/// Language key of phrases that belong to no language (place-name abbreviations).
const ANY_LANGUAGE: &str = "*";

impl VocabularyMatcher {
    /// Categories, by their names and need phrases in every language.
    pub fn new(categories: &[Category]) -> Self {
        let mut entries = Vec::new();
        for category in categories {
            for (tag, name) in category.name.iter() {
                entries.push((category.id.to_string(), tag.to_string(), name.to_owned()));
            }
            for (tag, terms) in &category.terms {
                for term in terms {
                    entries.push((category.id.to_string(), tag.to_string(), term.clone()));
                }
            }
        }
        Self::from_entries(entries, OTHER_LANGUAGE_WEIGHT)
    }

    /// Areas, by their names in every language and their aliases; a place name counts
    /// the same whatever language the searcher types in.
    pub fn areas<'a>(areas: impl Iterator<Item = &'a Area>) -> Self {
        let mut entries = Vec::new();
        for area in areas {
            for (tag, name) in area.name.iter() {
                entries.push((area.id.to_string(), tag.to_string(), name.to_owned()));
            }
            for alias in &area.aliases {
                entries.push((area.id.to_string(), ANY_LANGUAGE.to_owned(), alias.clone()));
            }
        }
        Self::from_entries(entries, 1.0)
    }

    fn from_entries(entries: Vec<(String, String, String)>, other_language_weight: f32) -> Self {
        let mut matcher = VocabularyMatcher {
            other_language_weight,
            ..Default::default()
        };
        let mut index_of: HashMap<String, usize> = HashMap::new();
        for (id, lang, phrase) in entries {
            let index = *index_of.entry(id.clone()).or_insert_with(|| {
                matcher.ids.push(id);
                matcher.ids.len() - 1
            });
            let tokens = analyze(&phrase);
            let words = matcher.words.entry(lang.clone()).or_default();
            for token in &tokens {
                *words
                    .entry(token.clone())
                    .or_default()
                    .entry(index)
                    .or_insert(0) += 1;
            }
            matcher
                .phrases
                .entry(lang)
                .or_default()
                .entry(tokens)
                .or_insert(index);
        }
        matcher
    }

    /// Entries the query points to, with weights in 0..=1 (the best is 1), best first.
    pub fn score(&self, query: &str, lang: &LanguageTag) -> Vec<(String, f32)> {
        let tokens = analyze(query);
        if tokens.is_empty() {
            return Vec::new();
        }
        let mut scores: BTreeMap<usize, f32> = BTreeMap::new();
        let own = lang.to_string();
        let primary = lang.primary().to_owned();
        for (language, words) in &self.words {
            let weight = if *language == own || *language == primary || language == ANY_LANGUAGE {
                1.0
            } else {
                self.other_language_weight
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
                // A word shared by many entries says little about any one of them.
                let specificity = 1.0 / postings.len() as f32;
                for (&entry, &count) in postings {
                    let strength = (1.0 + (count as f32).ln()).min(2.0);
                    *scores.entry(entry).or_insert(0.0) +=
                        weight * closeness * specificity * strength;
                }
            }
            if let Some(&entry) = self.phrases.get(language).and_then(|p| p.get(&tokens)) {
                *scores.entry(entry).or_insert(0.0) += weight * WHOLE_PHRASE_BONUS;
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

/// Whether `a` and `b` differ by at most one insertion, deletion, substitution or swap
/// of two neighbouring letters.
fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() == b.len() {
        let differing: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        return match differing.as_slice() {
            [] | [_] => true,
            [i, j] => *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i],
            _ => false,
        };
    }
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
    fn a_named_place_finds_its_area_in_any_language_and_by_alias() {
        let area = |id: &str, names: &[(&str, &str)], aliases: &[&str]| Area {
            id: nabo_domain::AreaId::parse(id).expect("id"),
            name: LocalizedText::new(
                names
                    .iter()
                    .map(|(tag, name)| (LanguageTag::parse(tag).expect("tag"), (*name).to_owned()))
                    .collect(),
            ),
            kind: None,
            country: "DK".to_owned(),
            timezone: None,
            centre: None,
            parent: None,
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        };
        let areas = [
            area(
                "dk-0101",
                &[("da", "København"), ("ar", "كوبنهاغن")],
                &["kbh"],
            ),
            area("dk-0169", &[("da", "Høje-Taastrup")], &[]),
            area("dk-0851", &[("da", "Aalborg")], &[]),
        ];
        let matcher = VocabularyMatcher::areas(areas.iter());
        let so = LanguageTag::parse("so").expect("tag");
        assert_eq!(matcher.score("jobcenter kbh", &so)[0].0, "dk-0101");
        assert_eq!(
            matcher.score("jobcenter tasatrup", &so)[0].0,
            "dk-0169",
            "typo"
        );
        assert_eq!(
            matcher.score("jobcenter aalboorg", &so)[0].0,
            "dk-0851",
            "typo"
        );
        assert_eq!(matcher.score("مركز عمل كوبنهاغن", &so)[0].0, "dk-0101");
        assert!(matcher.score("jobcenter", &so).is_empty());
    }

    #[test]
    fn edit_distance_one() {
        assert!(within_one_edit("kommune", "komune"));
        assert!(within_one_edit("abc", "abd"));
        assert!(!within_one_edit("abc", "cba"));
        assert!(
            within_one_edit("pregnnat", "pregnant"),
            "neighbours swapped"
        );
        assert!(within_one_edit("kaakra", "kaarka"));
        assert!(
            within_one_edit("jobcenter", "jobcentre"),
            "neighbours swapped"
        );
        assert!(!within_one_edit("jobcenter", "jobcentrum"));
    }
}
