//! Matching a query to taxonomy categories through their names and need phrases in every
//! language, so that a need typed in a language no resource text is written in still
//! finds the right kind of service; and to areas through their names and aliases.
//!
//! A query's words are weighed by what they tell apart: a word in the phrases of many
//! categories ("I need", "help", "my child") is worth little; a word seen in only one
//! phrase is trusted less than one people use again and again; the most specific word
//! decides, the others support it.

mod edit;
mod hash;
mod lexicon;
mod spelling;

use crate::analysis::{Terms, analyze};
use lexicon::{Entry, Lexicon, Meaning, WordId};
use nabo_domain::{Area, AreaId, Category, CategoryId, LanguageTag};
use spelling::Spelling;
use std::collections::{BTreeMap, HashMap};

/// Weight of the evidence from a language other than the searcher's (loan words,
/// mixed typing): only the best matching other language counts, at this weight.
const OTHER_LANGUAGE_WEIGHT: f32 = 0.35;
/// Weight of a query's other words beside its most specific one.
const SUPPORT: f32 = 0.35;
/// Weight of two query words found near each other (at most one word between, in either
/// order) in an entry's phrase, times their mean specificity: "family doctor" says more
/// than "family" and "doctor" apart, also as "doktor ng pamilya" or "médico de familia".
const PAIR_WEIGHT: f32 = 0.5;
/// How far apart (in words) two words may stand to count as a pair.
const PAIR_REACH: usize = 2;
/// What a frame word ("I", "need", "looking for") is worth beside other words.
const FRAME_WEIGHT: f32 = 0.2;
/// Entries kept, and the least weight (relative to the best, squared) they need.
const MAX_MATCHES: usize = 3;
const MIN_WEIGHT: f32 = 0.25;
/// The least weight of a named place once weak evidence is counted as such (a place
/// makes every resource in it a hit: a wrong one costs much).
const MIN_PLACE_WEIGHT: f32 = 0.2;
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
    /// Every language's words, for guessing mistyped and shortened words in all of them.
    spelling: Spelling,
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
    /// Categories, by their names and need phrases in every language; each language's
    /// `frame_words` (which say nothing about the need) count for little.
    pub fn categories(
        categories: &[Category],
        frame_words: &BTreeMap<LanguageTag, Vec<String>>,
    ) -> Self {
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
        let mut vocabulary = Self::build(entries, false);
        for (tag, words) in frame_words {
            vocabulary.damp(tag.as_str(), words.iter().map(|word| (tag, word)));
        }
        vocabulary
    }
}

impl Vocabulary<AreaId> {
    /// Areas, by their names in every language and their aliases; a place name counts
    /// the same whatever language the searcher types in.
    ///
    /// Frame words of every language ("of" in "Capital Region of Denmark") count for
    /// little here too.
    pub fn areas<'b>(
        areas: impl Iterator<Item = &'b Area>,
        frame_words: &BTreeMap<LanguageTag, Vec<String>>,
    ) -> Self {
        let mut entries = Vec::new();
        for area in areas {
            for (_, name) in area.name.iter() {
                entries.push((area.id.clone(), ANY_LANGUAGE.to_owned(), name.to_owned()));
            }
            for alias in &area.aliases {
                entries.push((area.id.clone(), ANY_LANGUAGE.to_owned(), alias.clone()));
            }
        }
        let mut vocabulary = Self::build(entries, true);
        let words = frame_words
            .iter()
            .flat_map(|(tag, words)| words.iter().map(move |w| (tag, w)));
        vocabulary.damp(ANY_LANGUAGE, words);
        vocabulary
    }
}

impl<Id: Clone + Ord + std::hash::Hash> Vocabulary<Id> {
    fn build(phrases: Vec<(Id, String, String)>, every_language_counts: bool) -> Self {
        let mut vocabulary = Self {
            ids: Vec::new(),
            languages: BTreeMap::new(),
            every_language_counts,
            written: HashMap::new(),
            spelling: Spelling::default(),
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
            for (first, second) in near_pairs(&stems) {
                lexicon.add_pair(first, second, entry);
            }
        }
        let entries = vocabulary.ids.len();
        for lexicon in vocabulary.languages.values_mut() {
            lexicon.finish(entries);
        }
        vocabulary.spelling = Spelling::new(
            vocabulary
                .languages
                .values()
                .flat_map(|lexicon| lexicon.words()),
        );
        vocabulary
    }

    /// Makes each of `words` (with the language it is analyzed in) worth `FRAME_WEIGHT`
    /// of what it was in the lexicon of `language`.
    fn damp<'w>(
        &mut self,
        language: &str,
        words: impl Iterator<Item = (&'w LanguageTag, &'w String)>,
    ) {
        let Some(lexicon) = self.languages.get_mut(language) else {
            return;
        };
        let mut forms = std::collections::BTreeSet::new();
        for (tag, word) in words {
            let analyzed = analyze(word, Some(tag.as_str()));
            forms.extend(analyzed.stemmed.into_iter().chain(analyzed.folded));
        }
        for form in forms {
            lexicon.add_frame_word(&form, FRAME_WEIGHT);
        }
    }

    /// Entries the query points to, best first (at most `MAX_MATCHES`).
    pub fn score(&self, words: QueryWords<'_>, lang: &LanguageTag) -> Vec<Match<Id>> {
        if words.folded.is_empty() {
            return Vec::new();
        }
        let tokens = without_lone_letters(words);
        let own = [lang.as_str(), lang.primary(), ANY_LANGUAGE];
        // What each word may have been meant as, in any language (typos, beginnings);
        // a frame word of the searcher's language ("naomba": "I ask") is taken as typed,
        // never for a word it resembles ("namba": "number").
        let near: Vec<Option<Vec<(&str, f32)>>> = tokens
            .iter()
            .map(|&(stem, folded)| {
                let frame = own
                    .iter()
                    .filter_map(|language| self.languages.get(*language))
                    .any(|lexicon| lexicon.is_frame_word(stem) || lexicon.is_frame_word(folded));
                (!frame).then(|| self.spelling.near(folded))
            })
            .collect();
        let mut scores: BTreeMap<Entry, Evidence> = BTreeMap::new();
        let mut best_other: BTreeMap<Entry, Evidence> = BTreeMap::new();
        for (language, lexicon) in &self.languages {
            let own_language = own.contains(&language.as_str());
            let full = own_language || self.every_language_counts;
            // The searcher's own language is compared by stem (and folded form); other
            // languages see the words as typed (folded), since their stemmer is another.
            let reading = if own_language && language != ANY_LANGUAGE {
                Reading::Own
            } else if full {
                Reading::Guessed
            } else {
                Reading::Other
            };
            let evidence = language_evidence(lexicon, &tokens, &near, reading);
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
                evidence: evidence.into_parts(),
            })
            .filter(|found| found.weight >= MIN_WEIGHT)
            .map(|found| Match {
                weight: found.weight * confidence,
                ..found
            })
            // A place named only by frame words or far guesses is named nowhere.
            .filter(|found| !self.every_language_counts || found.weight >= MIN_PLACE_WEIGHT)
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

/// One entry's evidence: each word's part and each pair's (two query words found together
/// in one of its phrases). The most specific word and the strongest pair count in full,
/// the others at `SUPPORT`: a pair tells the entry apart where its words alone may point
/// elsewhere ("family doctor": "family" alone points to family counselling).
#[derive(Debug, Clone, Default)]
struct Evidence {
    words: Vec<(String, f32)>,
    pairs: Vec<(String, f32)>,
}

impl Evidence {
    fn add(&mut self, word: &str, points: f32) {
        Self::keep_best(&mut self.words, word, points);
    }

    fn add_pair(&mut self, pair: &str, points: f32) {
        Self::keep_best(&mut self.pairs, pair, points);
    }

    fn keep_best(parts: &mut Vec<(String, f32)>, text: &str, points: f32) {
        match parts.iter_mut().find(|(known, _)| known == text) {
            Some((_, existing)) => *existing = existing.max(points),
            None => parts.push((text.to_owned(), points)),
        }
    }

    fn merge(&mut self, other: Evidence) {
        for (word, points) in other.words {
            self.add(&word, points);
        }
        for (pair, points) in other.pairs {
            self.add_pair(&pair, points);
        }
    }

    fn scaled(mut self, factor: f32) -> Self {
        for (_, points) in self.words.iter_mut().chain(&mut self.pairs) {
            *points *= factor;
        }
        self
    }

    fn total(&self) -> f32 {
        let part = |parts: &[(String, f32)]| {
            let best = parts.iter().map(|(_, p)| *p).fold(0.0_f32, f32::max);
            let sum: f32 = parts.iter().map(|(_, p)| *p).sum();
            best + SUPPORT * (sum - best)
        };
        part(&self.words) + part(&self.pairs)
    }

    /// Words, then pairs, with their parts.
    fn into_parts(self) -> Vec<(String, f32)> {
        self.words.into_iter().chain(self.pairs).collect()
    }
}

/// How a language's lexicon reads the query's words.
#[derive(Debug, Clone, Copy)]
enum Reading {
    /// The searcher's language: by stem (then folded form); a word not known as typed
    /// may be taken for a known word it is close to (typo, beginning, compound).
    Own,
    /// By folded form, with the same guesses (place names, which count in every
    /// language).
    Guessed,
    /// Another language: by folded form, or as one of the words it may have been
    /// meant as in any language.
    Other,
}

/// The evidence one language's lexicon gives each entry, from the query's (stem, folded)
/// words read as `reading` says; `near` holds, per word, the words of any language it
/// may have been meant as (`Spelling::near`), or `None` for a word that is taken as typed.
fn language_evidence(
    lexicon: &Lexicon,
    tokens: &[(&str, &str)],
    near: &[Option<Vec<(&str, f32)>>],
    reading: Reading,
) -> BTreeMap<Entry, Evidence> {
    let mut evidence: BTreeMap<Entry, Evidence> = BTreeMap::new();
    // Each typed word as the vocabulary word it means (for pairs below).
    let mut meant: Vec<Option<WordId>> = Vec::with_capacity(tokens.len());
    let mut seen: Vec<WordId> = Vec::new();
    for (at, &(stem, folded)) in tokens.iter().enumerate() {
        let near = near.get(at).and_then(|near| near.as_deref());
        let meanings = meanings(lexicon, (stem, folded), near, reading);
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
    let meant: Vec<WordId> = meant.into_iter().flatten().collect();
    for (first, second) in near_pairs(&meant) {
        let entries = lexicon.pair(first, second);
        if entries.is_empty() {
            continue;
        }
        let strength = (lexicon.specificity(first) + lexicon.specificity(second)) / 2.0;
        let points = PAIR_WEIGHT * strength / entries.len() as f32;
        let text = format!("{} {}", lexicon.text(first), lexicon.text(second));
        for &entry in entries {
            evidence.entry(entry).or_default().add_pair(&text, points);
        }
    }
    evidence
}

/// What the query's word number `at` means in `lexicon` (only itself when `near` is
/// `None`).
fn meanings(
    lexicon: &Lexicon,
    (stem, folded): (&str, &str),
    near: Option<&[(&str, f32)]>,
    reading: Reading,
) -> Vec<Meaning> {
    let exact = |token: &str| {
        lexicon.exact(token).map(|word| Meaning {
            word,
            closeness: 1.0,
        })
    };
    let Some(near) = near else {
        let found = match reading {
            Reading::Own => exact(stem).or_else(|| exact(folded)),
            Reading::Guessed | Reading::Other => exact(folded),
        };
        return found.into_iter().collect();
    };
    match reading {
        Reading::Own => {
            if let Some(found) = exact(stem).or_else(|| exact(folded)) {
                return vec![found];
            }
            // A mistyped word is closest to its known form as typed; its stem may be
            // cut elsewhere.
            let guessed = lexicon.guess(folded, Some(near));
            if guessed.is_empty() && stem != folded {
                // (Its typos are known from the folded form's.)
                return lexicon.guess(stem, Some(&[]));
            }
            guessed
        }
        Reading::Guessed => {
            exact(folded).map_or_else(|| lexicon.guess(folded, Some(near)), |found| vec![found])
        }
        Reading::Other => {
            if let Some(found) = exact(folded) {
                return vec![found];
            }
            // The guess this language knows best (most used), closest first.
            near.iter()
                .filter_map(|&(word, closeness)| {
                    let word = lexicon.exact(word)?;
                    Some((Meaning { word, closeness }, lexicon.uses(word)))
                })
                .max_by(|a, b| a.0.closeness.total_cmp(&b.0.closeness).then(a.1.cmp(&b.1)))
                .map(|(meaning, _)| vec![meaning])
                .unwrap_or_default()
        }
    }
}

/// Pairs of distinct words at most `PAIR_REACH` apart, each in a fixed order (so that
/// either order in a query meets either order in a phrase).
fn near_pairs(words: &[WordId]) -> Vec<(WordId, WordId)> {
    let mut pairs = Vec::new();
    for (at, &first) in words.iter().enumerate() {
        for &second in words.iter().skip(at + 1).take(PAIR_REACH) {
            if first != second {
                pairs.push((first.min(second), first.max(second)));
            }
        }
    }
    pairs
}

/// The query's (stem, folded) words without one-letter Latin words ("a", "i"), unless
/// that is all there is.
fn without_lone_letters<'a>(words: QueryWords<'a>) -> Vec<(&'a str, &'a str)> {
    let lone = |w: &str| w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic());
    let pairs: Vec<(&str, &str)> = words
        .stemmed
        .iter()
        .zip(words.folded)
        .map(|(stem, folded)| (stem.as_str(), folded.as_str()))
        .collect();
    if pairs.len() > 1 {
        pairs
            .into_iter()
            .filter(|(_, folded)| !lone(folded))
            .collect()
    } else {
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nabo_domain::LocalizedText;

    fn category(id: &str, lang: &str, name: &str, terms: &[&str]) -> Category {
        let tag = LanguageTag::parse(lang).expect("tag");
        Category {
            id: CategoryId::parse(id).expect("id"),
            parent: None,
            icon: None,
            related: Vec::new(),
            name: LocalizedText::new(BTreeMap::from([(tag.clone(), name.to_owned())])),
            terms: BTreeMap::from([(tag, terms.iter().map(|t| (*t).to_owned()).collect())]),
        }
    }

    /// The first entry `vocabulary` names for `text` typed in `lang`.
    fn first<Id: Clone + Ord + std::hash::Hash + ToString>(
        vocabulary: &Vocabulary<Id>,
        text: &str,
        lang: &str,
    ) -> Option<String> {
        let terms = analyze(text, Some(lang));
        let tag = LanguageTag::parse(lang).expect("tag");
        let found = vocabulary.score(QueryWords::new(&terms), &tag);
        found.first().map(|m| m.id.to_string())
    }

    #[test]
    fn a_need_finds_its_category_in_the_searchers_language() {
        let vocabulary = Vocabulary::categories(
            &[
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
            ],
            &BTreeMap::new(),
        );
        let so = LanguageTag::parse("so").expect("tag");
        assert_eq!(
            first(&vocabulary, "shaqo ma haysto", "so").as_deref(),
            Some("jobcentre")
        );
        assert_eq!(
            first(&vocabulary, "naas nujin", "so").as_deref(),
            Some("health-visitor"),
            "one typo"
        );
        assert_eq!(first(&vocabulary, "", "so"), None);
        assert_eq!(first(&vocabulary, "xyz", "so"), None);
        let completions = vocabulary.complete("SHAQO", &so, 5);
        assert_eq!(completions[0].1, "shaqo la'aan");
        assert!(
            vocabulary.complete("s", &so, 5).is_empty(),
            "one letter is too little"
        );
    }

    #[test]
    fn a_word_in_many_categories_says_little() {
        // "har brug for" (need) is in phrases of every category; "tandlæge" names one.
        let vocabulary = Vocabulary::categories(
            &[
                category(
                    "dental-care",
                    "da",
                    "Tandpleje",
                    &[
                        "tandlæge",
                        "akut tandlæge",
                        "tandlæge til børn",
                        "har brug for tandpleje",
                    ],
                ),
                category(
                    "mental-health",
                    "da",
                    "Psykisk sundhed",
                    &[
                        "har brug for at tale med nogen",
                        "brug for en psykolog",
                        "psykolog",
                    ],
                ),
                category(
                    "housing",
                    "da",
                    "Bolig",
                    &[
                        "har brug for en bolig",
                        "lejlighed",
                        "brug for et sted at bo",
                    ],
                ),
            ],
            &BTreeMap::new(),
        );
        assert_eq!(
            first(&vocabulary, "jeg har brug for en tandlæge", "da").as_deref(),
            Some("dental-care")
        );
    }

    #[test]
    fn a_named_place_finds_its_area_in_any_language_and_by_alias() {
        let area = |id: &str, names: &[(&str, &str)], aliases: &[&str]| Area {
            id: AreaId::parse(id).expect("id"),
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
        let vocabulary = Vocabulary::areas(areas.iter(), &BTreeMap::new());
        assert_eq!(
            first(&vocabulary, "jobcenter kbh", "so").as_deref(),
            Some("dk-0101")
        );
        assert_eq!(
            first(&vocabulary, "jobcenter tasatrup", "so").as_deref(),
            Some("dk-0169")
        );
        assert_eq!(
            first(&vocabulary, "jobcenter aalboorg", "so").as_deref(),
            Some("dk-0851")
        );
        assert_eq!(
            first(&vocabulary, "مركز عمل كوبنهاغن", "so").as_deref(),
            Some("dk-0101")
        );
        assert_eq!(first(&vocabulary, "jobcenter", "so"), None);
    }

    #[test]
    fn compounds_and_words_near_each_other() {
        let vocabulary = Vocabulary::categories(
            &[
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
                    &["probleme în familie", "familie", "ajutor pentru familie"],
                ),
            ],
            &BTreeMap::new(),
        );
        assert_eq!(
            first(&vocabulary, "kvindesvømning", "da").as_deref(),
            Some("swimming-pool")
        );
        for typed in ["medic de familie", "familie medic", "medic pentru familie"] {
            assert_eq!(
                first(&vocabulary, typed, "ro").as_deref(),
                Some("general-practitioner"),
                "{typed}"
            );
        }
    }

    #[test]
    fn a_pair_of_words_outweighs_the_most_specific_word_alone() {
        let vocabulary = Vocabulary::categories(
            &[
                category(
                    "general-practitioner",
                    "en",
                    "Doctor",
                    &[
                        "doctor",
                        "my doctor",
                        "family doctor",
                        "see a doctor",
                        "doctor appointment",
                        "new doctor",
                    ],
                ),
                category(
                    "emergency-doctor",
                    "en",
                    "Emergency doctor",
                    &["doctor at night", "urgent doctor"],
                ),
                category("dental-care", "en", "Dentist", &["tooth doctor"]),
                category(
                    "mental-health",
                    "en",
                    "Psychologist",
                    &["doctor for depression"],
                ),
                category(
                    "family-counselling",
                    "en",
                    "Family counselling",
                    &[
                        "family problems",
                        "family",
                        "help for the family",
                        "family therapy",
                        "conflict in the family",
                    ],
                ),
            ],
            &BTreeMap::new(),
        );
        let first = |typed: &str| first(&vocabulary, typed, "en");
        assert_eq!(
            first("family doctor").as_deref(),
            Some("general-practitioner")
        );
        assert_eq!(
            first("family problems").as_deref(),
            Some("family-counselling")
        );
        assert_eq!(first("family").as_deref(), Some("family-counselling"));
    }

    #[test]
    fn a_frame_word_is_never_taken_for_a_word_it_resembles() {
        let frame_words = BTreeMap::from([(
            LanguageTag::parse("sw").expect("tag"),
            vec!["naomba".to_owned(), "tafadhali".to_owned()],
        )]);
        let vocabulary = Vocabulary::categories(
            &[
                category(
                    "citizen-service",
                    "sw",
                    "Huduma kwa raia",
                    &[
                        "namba ya cpr",
                        "namba ya kibinafsi",
                        "kadi ya afya",
                        "namba",
                    ],
                ),
                category("jobcentre", "sw", "Kituo cha kazi", &["kazi"]),
            ],
            &frame_words,
        );
        let terms = analyze("naomba kazi", Some("sw"));
        let tag = LanguageTag::parse("sw").expect("tag");
        let found = vocabulary.score(QueryWords::new(&terms), &tag);
        assert_eq!(found.first().map(|m| m.id.as_str()), Some("jobcentre"));
        assert!(
            found
                .iter()
                .all(|m| m.evidence.iter().all(|(word, _)| word != "namba")),
            "{found:?}"
        );
        // Without the frame words, "naomba" is one letter from "namba".
        let plain = Vocabulary::categories(
            &[category("citizen-service", "sw", "Huduma", &["namba"])],
            &BTreeMap::new(),
        );
        assert_eq!(
            plain
                .score(QueryWords::new(&terms), &tag)
                .first()
                .map(|m| m.id.as_str()),
            Some("citizen-service")
        );
    }
}
