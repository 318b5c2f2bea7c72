//! Matching a query to taxonomy categories through their names and need phrases in every
//! language, so that a need typed in a language no resource text is written in still
//! finds the right kind of service; and to areas through their names and aliases.
//!
//! A query's words are weighed by what they tell apart: a word in the phrases of many
//! categories ("I need", "help", "my child") is worth little; a word seen in only one
//! phrase is trusted less than one people use again and again; the most specific word
//! decides, the others support it.

mod edit;
mod lexicon;

use crate::analysis::{Terms, analyze};
use lexicon::{Entry, Lexicon, Meaning, WordId};
use nabo_domain::{Area, AreaId, Category, CategoryId, LanguageTag};
use std::collections::{BTreeMap, HashMap};

/// Weight of the evidence from a language other than the searcher's (loan words,
/// mixed typing): only the best matching other language counts, at this weight.
const OTHER_LANGUAGE_WEIGHT: f32 = 0.35;
/// Weight of a query's other words beside its most specific one.
const SUPPORT: f32 = 0.35;
/// Bonus of two neighbouring query words found as neighbours in an entry's phrase,
/// times the less specific of the two ("family doctor" says more than its words apart).
const PAIR_BONUS: f32 = 0.5;
/// Entries kept, and the least weight (relative to the best, squared) they need.
const MAX_MATCHES: usize = 3;
const MIN_WEIGHT: f32 = 0.25;
/// Evidence at which a match counts in full; weaker evidence (only general words)
/// weighs proportionally less.
const FULL_EVIDENCE: f32 = 0.3;
/// Language key of phrases that belong to no language (place-name abbreviations).
const ANY_LANGUAGE: &str = "*";

/// An entry a query points to.
#[derive(Debug, Clone, PartialEq)]
pub struct Match<Id> {
    pub id: Id,
    /// 0..=1; the best match has the most.
    pub weight: f32,
    /// The vocabulary words that spoke for it, with their part of its evidence.
    pub evidence: Vec<(String, f32)>,
}

/// Words and phrases per entry and language, for matching queries.
#[derive(Debug)]
pub struct Vocabulary<Id> {
    ids: Vec<Id>,
    /// Language key (canonical tag, or `*`) → its lexicon.
    languages: BTreeMap<String, Lexicon>,
    /// Whether words of every language count in full (place names), or only the
    /// searcher's language in full and the best other one at `OTHER_LANGUAGE_WEIGHT`.
    every_language_counts: bool,
    /// Language → (analyzed phrase, phrase as written, entry), for completion.
    written: HashMap<String, Vec<(String, String, Entry)>>,
}

/// The query's words as the vocabulary compares them.
#[derive(Debug, Clone, Copy)]
pub struct QueryWords<'a> {
    /// Stems in the searcher's language (compared with the searcher's vocabulary).
    pub stemmed: &'a [String],
    /// Folded words (compared with the vocabularies of other languages).
    pub folded: &'a [String],
}

impl<'a> QueryWords<'a> {
    pub fn new(terms: &'a Terms) -> Self {
        Self {
            stemmed: &terms.stemmed,
            folded: &terms.folded,
        }
    }
}

impl Vocabulary<CategoryId> {
    /// Categories, by their names and need phrases in every language.
    pub fn categories(categories: &[Category]) -> Self {
        let mut entries = Vec::new();
        for category in categories {
            for (tag, name) in category.name.iter() {
                entries.push((category.id.clone(), tag.to_string(), name.to_owned()));
            }
            for (tag, terms) in &category.terms {
                for term in terms {
                    entries.push((category.id.clone(), tag.to_string(), term.clone()));
                }
            }
        }
        Self::build(entries, false)
    }
}

impl Vocabulary<AreaId> {
    /// Areas, by their names in every language and their aliases; a place name counts
    /// the same whatever language the searcher types in.
    pub fn areas<'b>(areas: impl Iterator<Item = &'b Area>) -> Self {
        let mut entries = Vec::new();
        for area in areas {
            for (_, name) in area.name.iter() {
                entries.push((area.id.clone(), ANY_LANGUAGE.to_owned(), name.to_owned()));
            }
            for alias in &area.aliases {
                entries.push((area.id.clone(), ANY_LANGUAGE.to_owned(), alias.clone()));
            }
        }
        Self::build(entries, true)
    }
}

impl<Id: Clone + Ord + std::hash::Hash> Vocabulary<Id> {
    fn build(phrases: Vec<(Id, String, String)>, every_language_counts: bool) -> Self {
        let mut vocabulary = Self {
            ids: Vec::new(),
            languages: BTreeMap::new(),
            every_language_counts,
            written: HashMap::new(),
        };
        let mut index_of: HashMap<Id, Entry> = HashMap::new();
        for (id, lang, phrase) in phrases {
            let entry = *index_of.entry(id.clone()).or_insert_with(|| {
                vocabulary.ids.push(id);
                (vocabulary.ids.len() - 1) as Entry
            });
            let analyzed = analyze(&phrase, (lang != ANY_LANGUAGE).then_some(lang.as_str()));
            vocabulary.written.entry(lang.clone()).or_default().push((
                analyzed.folded.join(" "),
                phrase,
                entry,
            ));
            let lexicon = vocabulary.languages.entry(lang).or_default();
            // Stems carry the phrase; its folded words are known too, so that a word
            // typed in another language (matched unstemmed) still meets them. Each form
            // counts once per phrase.
            let mut forms: Vec<&String> = analyzed.stemmed.iter().chain(&analyzed.folded).collect();
            forms.sort();
            forms.dedup();
            for form in forms {
                lexicon.add(form, entry);
            }
            let stems: Vec<WordId> = analyzed
                .stemmed
                .iter()
                .filter(|stem| stem.chars().count() > 1)
                .filter_map(|stem| lexicon.exact(stem))
                .collect();
            for pair in stems.windows(2) {
                lexicon.add_pair(pair[0], pair[1], entry);
            }
        }
        let entries = vocabulary.ids.len();
        for lexicon in vocabulary.languages.values_mut() {
            lexicon.finish(entries);
        }
        vocabulary
    }

    /// Entries the query points to, best first (at most `MAX_MATCHES`).
    pub fn score(&self, words: QueryWords<'_>, lang: &LanguageTag) -> Vec<Match<Id>> {
        if words.folded.is_empty() {
            return Vec::new();
        }
        let stemmed = without_lone_letters(words.stemmed);
        let folded = without_lone_letters(words.folded);
        let own = [lang.as_str(), lang.primary(), ANY_LANGUAGE];
        let mut scores: BTreeMap<Entry, Evidence> = BTreeMap::new();
        let mut best_other: BTreeMap<Entry, Evidence> = BTreeMap::new();
        for (language, lexicon) in &self.languages {
            let own_language = own.contains(&language.as_str());
            let full = own_language || self.every_language_counts;
            let tokens = if own_language && language != ANY_LANGUAGE {
                &stemmed
            } else {
                &folded
            };
            let evidence = language_evidence(lexicon, tokens, full);
            for (entry, found) in evidence {
                if full {
                    scores.entry(entry).or_default().merge(found);
                } else {
                    let best = best_other.entry(entry).or_default();
                    if found.total() > best.total() {
                        *best = found;
                    }
                }
            }
        }
        for (entry, found) in best_other {
            scores
                .entry(entry)
                .or_default()
                .merge(found.scaled(OTHER_LANGUAGE_WEIGHT));
        }
        self.ranked(scores)
    }

    /// Normalizes evidence to the best entry: weights in 0..=1, squared so that a
    /// runner-up at half the best weighs a quarter, and less in all when even the best
    /// rests only on general words.
    fn ranked(&self, scores: BTreeMap<Entry, Evidence>) -> Vec<Match<Id>> {
        let best = scores.values().map(Evidence::total).fold(0.0_f32, f32::max);
        if best <= 0.0 {
            return Vec::new();
        }
        let confidence = (best / FULL_EVIDENCE).min(1.0);
        let mut ranked: Vec<Match<Id>> = scores
            .into_iter()
            .map(|(entry, evidence)| Match {
                id: self.ids[entry as usize].clone(),
                weight: (evidence.total() / best).powi(2),
                evidence: evidence.words,
            })
            .filter(|found| found.weight >= MIN_WEIGHT)
            .map(|found| Match {
                weight: found.weight * confidence,
                ..found
            })
            .collect();
        ranked.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.id.cmp(&b.id)));
        ranked.truncate(MAX_MATCHES);
        ranked
    }

    /// Whether `word` (folded) is a word of the vocabulary of `lang` or of no language.
    pub fn knows(&self, word: &str, lang: &LanguageTag) -> bool {
        [lang.as_str(), lang.primary(), ANY_LANGUAGE]
            .iter()
            .filter_map(|language| self.languages.get(*language))
            .any(|lexicon| lexicon.exact(word).is_some())
    }

    /// Phrases of the searcher's language that start with what was typed (compared
    /// analyzed, so case and diacritics do not matter), shortest first, with their
    /// entry's id.
    pub fn complete(&self, typed: &str, lang: &LanguageTag, limit: usize) -> Vec<(Id, String)> {
        let typed = analyze(typed, Some(lang.as_str())).folded.join(" ");
        if typed.chars().count() < 2 {
            return Vec::new();
        }
        let own = [lang.as_str(), lang.primary()];
        let mut found: Vec<&(String, String, Entry)> = own
            .iter()
            .filter_map(|language| self.written.get(*language))
            .flatten()
            .filter(|(analyzed, _, _)| analyzed.starts_with(&typed))
            .collect();
        found.sort_by(|a, b| (a.0.len(), &a.1).cmp(&(b.0.len(), &b.1)));
        found.dedup_by(|a, b| a.1 == b.1);
        found
            .into_iter()
            .take(limit)
            .map(|(_, written, entry)| (self.ids[*entry as usize].clone(), written.clone()))
            .collect()
    }
}

/// One entry's evidence: each word's part, the most specific word counting in full and
/// the others at `SUPPORT`.
#[derive(Debug, Clone, Default)]
struct Evidence {
    words: Vec<(String, f32)>,
}

impl Evidence {
    fn add(&mut self, word: &str, points: f32) {
        match self.words.iter_mut().find(|(w, _)| w == word) {
            Some((_, existing)) => *existing = existing.max(points),
            None => self.words.push((word.to_owned(), points)),
        }
    }

    fn merge(&mut self, other: Evidence) {
        for (word, points) in other.words {
            self.add(&word, points);
        }
    }

    fn scaled(mut self, factor: f32) -> Self {
        for (_, points) in &mut self.words {
            *points *= factor;
        }
        self
    }

    fn total(&self) -> f32 {
        let best = self.words.iter().map(|(_, p)| *p).fold(0.0_f32, f32::max);
        let sum: f32 = self.words.iter().map(|(_, p)| *p).sum();
        best + SUPPORT * (sum - best)
    }
}

/// The evidence one language's lexicon gives each entry. With `guess`, typed words may
/// be taken for known words they are close to (typos, prefixes, compounds); without, a
/// word counts only as typed.
fn language_evidence(lexicon: &Lexicon, tokens: &[&str], guess: bool) -> BTreeMap<Entry, Evidence> {
    let mut evidence: BTreeMap<Entry, Evidence> = BTreeMap::new();
    // Each typed word as the vocabulary word it means (for pairs below).
    let mut meant: Vec<Option<WordId>> = Vec::with_capacity(tokens.len());
    let mut seen: Vec<WordId> = Vec::new();
    for token in tokens {
        let meanings: Vec<Meaning> = if guess {
            lexicon.lookup(token)
        } else {
            lexicon.exact(token).map_or_else(Vec::new, |word| {
                vec![Meaning {
                    word,
                    closeness: 1.0,
                }]
            })
        };
        meant.push(meanings.first().map(|m| m.word));
        for meaning in meanings {
            if seen.contains(&meaning.word) {
                continue;
            }
            seen.push(meaning.word);
            let strength = meaning.closeness * lexicon.specificity(meaning.word);
            let text = lexicon.text(meaning.word);
            for (entry, share) in lexicon.shares(meaning.word) {
                evidence
                    .entry(entry)
                    .or_default()
                    .add(text, strength * share);
            }
        }
    }
    for pair in meant.windows(2) {
        let [Some(first), Some(second)] = [pair[0], pair[1]] else {
            continue;
        };
        let entries = lexicon.pair(first, second);
        if entries.is_empty() {
            continue;
        }
        let strength = lexicon.specificity(first).min(lexicon.specificity(second));
        let bonus = PAIR_BONUS * strength / entries.len() as f32;
        let text = format!("{} {}", lexicon.text(first), lexicon.text(second));
        for &entry in entries {
            evidence.entry(entry).or_default().add(&text, bonus);
        }
    }
    evidence
}

/// The words without one-letter Latin words ("a", "i"), unless that is all there is.
fn without_lone_letters(words: &[String]) -> Vec<&str> {
    let lone = |w: &&String| w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic());
    if words.len() > 1 {
        words
            .iter()
            .filter(|w| !lone(w))
            .map(String::as_str)
            .collect()
    } else {
        words.iter().map(String::as_str).collect()
    }
}
