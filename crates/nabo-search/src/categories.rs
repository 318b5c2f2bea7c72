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
    /// language → two neighbouring words of a phrase → entries having them so
    /// ("family doctor" says more than "family" and "doctor" apart)
    pairs: HashMap<String, HashMap<(String, String), BTreeSet<usize>>>,
    ids: Vec<String>,
    /// language → (analyzed phrase joined by spaces, phrase as written, entry index), for
    /// completion.
    written: HashMap<String, Vec<(String, String, usize)>>,
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
/// Phrases of doubt added to a word's count when weighing what it says about an entry.
const WORD_DOUBT: f32 = 1.0;
/// Bonus per pair of neighbouring query words found as neighbours in an entry's phrase.
const PAIR_BONUS: f32 = 0.5;
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
            let analyzed = analyze(&phrase, (lang != ANY_LANGUAGE).then_some(lang.as_str()));
            matcher.written.entry(lang.clone()).or_default().push((
                analyzed.folded.join(" "),
                phrase.clone(),
                index,
            ));
            // Stems carry the phrase; its folded words are known too, so that a word
            // typed in another language (matched unstemmed) still meets them.
            let tokens = analyzed.stemmed;
            let mut forms: BTreeSet<String> = tokens.iter().cloned().collect();
            forms.extend(analyzed.folded);
            let pairs = matcher.pairs.entry(lang.clone()).or_default();
            for pair in word_pairs(&tokens) {
                pairs.entry(pair).or_default().insert(index);
            }
            let words = matcher.words.entry(lang.clone()).or_default();
            for token in &forms {
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

    /// Phrases of the searcher's language that start with what was typed (compared
    /// analyzed, so case and diacritics do not matter), shortest first, with their
    /// entry's id.
    pub fn complete(&self, typed: &str, lang: &LanguageTag, limit: usize) -> Vec<(String, String)> {
        let typed = analyze(typed, Some(lang.as_str())).folded.join(" ");
        if typed.chars().count() < 2 {
            return Vec::new();
        }
        let own = [lang.to_string(), lang.primary().to_owned()];
        let mut found: Vec<&(String, String, usize)> = own
            .iter()
            .filter_map(|language| self.written.get(language))
            .flatten()
            .filter(|(analyzed, _, _)| analyzed.starts_with(&typed))
            .collect();
        found.sort_by_key(|(analyzed, written, _)| (analyzed.len(), written.clone()));
        found.dedup_by(|a, b| a.1 == b.1);
        found
            .into_iter()
            .take(limit)
            .map(|(_, written, index)| (self.ids[*index].clone(), written.clone()))
            .collect()
    }

    /// Entries the query points to, with weights in 0..=1 (the best is 1), best first.
    pub fn score(&self, query: &str, lang: &LanguageTag) -> Vec<(String, f32)> {
        let own_terms = analyze(query, Some(lang.as_str()));
        if own_terms.folded.is_empty() {
            return Vec::new();
        }
        let lone_letter = |t: &String| t.len() == 1 && t.bytes().all(|b| b.is_ascii_alphabetic());
        let keep = |list: Vec<String>| -> Vec<String> {
            if list.len() > 1 {
                list.into_iter().filter(|t| !lone_letter(t)).collect()
            } else {
                list
            }
        };
        // In the searcher's language words are compared by stem; in other languages as
        // typed (folded), since the searcher's words are not theirs to stem.
        let stemmed = keep(own_terms.stemmed);
        let folded = keep(own_terms.folded);
        let own = lang.to_string();
        let primary = lang.primary().to_owned();
        // The searcher's language counts in full; of all other languages only the one
        // that matches best counts (a loan word such as "a-kasse" is in every language's
        // vocabulary and must not count 32 times).
        let mut scores: BTreeMap<usize, f32> = BTreeMap::new();
        let mut other: BTreeMap<usize, f32> = BTreeMap::new();
        for (language, words) in &self.words {
            let own_language = *language == own || *language == primary || language == ANY_LANGUAGE;
            let tokens = if own_language && language != ANY_LANGUAGE {
                &stemmed
            } else {
                &folded
            };
            let mut language_scores: BTreeMap<usize, f32> = BTreeMap::new();
            let mut seen = BTreeSet::new();
            // Each typed word as the vocabulary word it means (for pairs below).
            let mut meant = Vec::with_capacity(tokens.len());
            for token in tokens {
                // Typos and compounds are looked for in the searcher's language only:
                // in another language a word counts only as typed (and it is fast).
                let matches = if own_language || self.other_language_weight >= 1.0 {
                    lookup(words, token)
                } else {
                    exact(words, token)
                };
                meant.push(
                    matches
                        .first()
                        .map_or_else(|| token.clone(), |(w, _)| w.clone()),
                );
                for (matched, closeness) in matches {
                    if !seen.insert(matched.clone()) {
                        continue;
                    }
                    let postings = &words[&matched];
                    // The share of the word's phrases that belong to each entry, with one
                    // phrase of doubt added: a word in many phrases of one entry speaks
                    // for it; a word seen once, or spread over many entries, says little.
                    let total: u32 = postings.values().sum();
                    for (&entry, &count) in postings {
                        let share = count as f32 / (total as f32 + WORD_DOUBT);
                        *language_scores.entry(entry).or_insert(0.0) += closeness * share;
                    }
                }
            }
            if let Some(pairs) = self.pairs.get(language) {
                for pair in word_pairs(&meant) {
                    if let Some(entries) = pairs.get(&pair) {
                        let specificity = 1.0 / entries.len() as f32;
                        for &entry in entries {
                            *language_scores.entry(entry).or_insert(0.0) +=
                                PAIR_BONUS * specificity;
                        }
                    }
                }
            }
            if let Some(&entry) = self.phrases.get(language).and_then(|p| p.get(tokens)) {
                *language_scores.entry(entry).or_insert(0.0) += WHOLE_PHRASE_BONUS;
            }
            for (entry, score) in language_scores {
                if own_language || self.other_language_weight >= 1.0 {
                    *scores.entry(entry).or_insert(0.0) += score;
                } else {
                    let best = other.entry(entry).or_insert(0.0);
                    *best = best.max(score);
                }
            }
        }
        for (entry, score) in other {
            *scores.entry(entry).or_insert(0.0) += self.other_language_weight * score;
        }
        let best = scores.values().copied().fold(0.0_f32, f32::max);
        if best <= 0.0 {
            return Vec::new();
        }
        // Squared, so that a runner-up at half the best weighs a quarter: the clearly
        // meant entry stands out, a close second still counts.
        let mut ranked: Vec<(String, f32)> = scores
            .into_iter()
            .map(|(index, score)| (self.ids[index].clone(), (score / best).powi(2)))
            .filter(|(_, weight)| *weight >= 0.25)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        ranked.truncate(3);
        ranked
    }
}

/// The vocabulary words a typed token means, with a closeness weight: itself (1); from
/// 5 letters one at edit distance 1 (0.6); from 4 letters a word it starts (0.5); from 8
/// letters a compound of two known words ("kvindesvømning": 0.7 each), else a word
/// sharing a long beginning with it ("vuggestueplads" ~ "vuggestuen": 0.5).
fn lookup(words: &HashMap<String, BTreeMap<usize, u32>>, token: &str) -> Vec<(String, f32)> {
    if words.contains_key(token) {
        return vec![(token.to_owned(), 1.0)];
    }
    let length = token.chars().count();
    if length >= 5
        && let Some(word) = words.keys().filter(|w| within_one_edit(token, w)).min()
    {
        return vec![(word.clone(), 0.6)];
    }
    if length >= 4
        && let Some(word) = words
            .keys()
            .filter(|w| w.starts_with(token))
            .min_by_key(|w| w.len())
    {
        return vec![(word.clone(), 0.5)];
    }
    if length >= 8 {
        if let Some((left, right)) = split_compound(words, token) {
            return vec![(left, 0.7), (right, 0.7)];
        }
        let chars: Vec<char> = token.chars().collect();
        let best = words
            .keys()
            .map(|w| (common_prefix(&chars, w), w))
            .filter(|(shared, w)| {
                let shorter = chars.len().min(w.chars().count());
                *shared >= 7 && *shared * 10 >= shorter * 6
            })
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(a.1)));
        if let Some((_, word)) = best {
            return vec![(word.clone(), 0.5)];
        }
    }
    Vec::new()
}

fn exact(words: &HashMap<String, BTreeMap<usize, u32>>, token: &str) -> Vec<(String, f32)> {
    if words.contains_key(token) {
        vec![(token.to_owned(), 1.0)]
    } else {
        Vec::new()
    }
}

/// Splits a compound into two known words of at least 4 letters each; a linking `s`
/// or `e` at the end of the first part may be dropped (Danish "arbejds|løs"), and the
/// second part may carry an ending of up to 3 letters ("kvinde|svømning|en").
fn split_compound(
    words: &HashMap<String, BTreeMap<usize, u32>>,
    token: &str,
) -> Option<(String, String)> {
    let known_start = |part: &str| -> Option<String> {
        if words.contains_key(part) {
            return Some(part.to_owned());
        }
        let chars: Vec<(usize, char)> = part.char_indices().collect();
        (1..=3)
            .filter(|cut| chars.len() > cut + 4)
            .map(|cut| &part[..chars[chars.len() - cut].0])
            .find(|stem| words.contains_key(*stem))
            .map(str::to_owned)
    };
    let boundaries: Vec<usize> = token.char_indices().map(|(i, _)| i).skip(4).collect();
    let mut best: Option<(String, String)> = None;
    for &at in &boundaries {
        let (left, right) = token.split_at(at);
        if right.chars().count() < 4 {
            continue;
        }
        let Some(right) = known_start(right) else {
            continue;
        };
        let left = if words.contains_key(left) {
            Some(left.to_owned())
        } else {
            left.strip_suffix(['s', 'e'])
                .filter(|l| l.chars().count() >= 4 && words.contains_key(*l))
                .map(str::to_owned)
                .or_else(|| {
                    // Known only with an ending ("kvinde" as "kvinder").
                    words
                        .keys()
                        .filter(|w| w.starts_with(left) && w.len() - left.len() <= 2)
                        .min()
                        .cloned()
                })
        };
        if let Some(left) = left {
            // Prefer the longest first part.
            if best.as_ref().is_none_or(|(l, _)| left.len() > l.len()) {
                best = Some((left, right));
            }
        }
    }
    best
}

fn common_prefix(a: &[char], b: &str) -> usize {
    a.iter()
        .zip(b.chars())
        .take_while(|(x, y)| **x == *y)
        .count()
}

/// Neighbouring words, leaving out one-letter words ("a", "i").
fn word_pairs(tokens: &[String]) -> Vec<(String, String)> {
    let kept: Vec<&String> = tokens.iter().filter(|t| t.chars().count() > 1).collect();
    kept.windows(2)
        .map(|pair| (pair[0].clone(), pair[1].clone()))
        .collect()
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
        let completions = matcher.complete("SHAQO", &so, 5);
        assert_eq!(
            completions[0],
            ("jobcentre".to_owned(), "shaqo la'aan".to_owned())
        );
        assert!(
            matcher.complete("s", &so, 5).is_empty(),
            "one letter is too little"
        );
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
    fn compounds_and_neighbouring_words() {
        let matcher = CategoryMatcher::new(&[
            category(
                "swimming-pool",
                "da",
                "Svømmehal",
                &["svømning for kvinder", "svømning"],
            ),
            category(
                "women-network",
                "da",
                "Kvindenetværk",
                &["kvinde", "møde andre kvinder"],
            ),
            category(
                "general-practitioner",
                "ro",
                "Medic",
                &["medic de familie bun"],
            ),
            category(
                "family-counselling",
                "ro",
                "Consiliere",
                &["probleme în familie", "familie"],
            ),
        ]);
        let da = LanguageTag::parse("da").expect("tag");
        let ro = LanguageTag::parse("ro").expect("tag");
        let scored = matcher.score("kvindesvømning", &da);
        assert_eq!(scored[0].0, "swimming-pool", "{scored:?}");
        let scored = matcher.score("medic de familie", &ro);
        assert_eq!(scored[0].0, "general-practitioner", "{scored:?}");
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
