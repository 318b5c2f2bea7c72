//! Ranking: how a query becomes an index query. The search crate owns it whole; callers
//! pass a `Query` and get ranked hits.
//!
//! In order of importance:
//! 1. **The needed category** (`vocabulary`): categories the query's words point to add
//!    `CATEGORY_SCORE` × weight, so the needed kind of service comes first even when no
//!    resource text is in the searcher's language.
//! 2. **The named resource**: the query's most specific word found in resource names
//!    that is neither a vocabulary word nor a place name (a service's own name,
//!    "Mødrehjælpen") adds `NAMED_SCORE`: a resource named in the query is never pushed
//!    out by the category its other words point to.
//! 3. **The named place**: when the request has no `area`, an area named in the query
//!    (with the areas inside it) adds `AREA_SCORE` × weight.
//! 4. **Text in the searcher's language** adds `OWN_LANGUAGE_SCORE`.
//! 5. **Text matches** of each informative word in names, other text, stems and exact
//!    forms (BM25); a word the directory does not know, and that is no word of the
//!    searcher's vocabulary, is taken for a typo and matched fuzzily. When categories
//!    matched, text counts half: it orders resources within the category.
//!
//! A resource matching neither text, category nor named place is not a hit.

use crate::analysis::Terms;
use crate::context::Context;
use crate::query::Query;
use crate::schema::Fields;
use crate::typo::TypoQuery;
use crate::vocabulary::{Match, QueryWords};
use nabo_domain::{AreaId, CategoryId};
use std::ops::Bound;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query as IndexQuery, RangeQuery,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

/// Score of belonging to a category the query points to (weight 1): above any text
/// score of a typical query.
pub const CATEGORY_SCORE: f32 = 25.0;
/// Score of belonging to a category closely related to one the query points to (and
/// to none it points to), times that category's weight: after the needed kind of
/// service, before resources that only share words with the query.
pub const RELATED_SCORE: f32 = 10.0;
/// Weight a category needs for its related categories to count.
const RELATED_FROM: f32 = 0.5;
/// Score of a name containing the query's decisive word: above a category match.
pub const NAMED_SCORE: f32 = 30.0;
/// Score of being in the area the query names: below the category, above text.
pub const AREA_SCORE: f32 = 15.0;
/// Score of having text in the searcher's language.
pub const OWN_LANGUAGE_SCORE: f32 = 4.0;
/// Weight of the text score when the query matched categories.
pub const TEXT_WEIGHT_WITH_CATEGORY: f32 = 0.5;

/// Weight of a match in a resource's name relative to one in its other text.
const NAME_BOOST: f32 = 3.0;
/// Score of a fuzzy (mistyped) match in a name; tantivy scores every fuzzy match the
/// same, so this is a constant. A mistyped word close to a name is a strong sign.
const FUZZY_NAME_SCORE: f32 = 8.0;
/// Score of a fuzzy match in the other text.
const FUZZY_BODY_SCORE: f32 = 1.5;
/// Words longer than this are not matched fuzzily: no word people mistype is, and the
/// automaton of a long word of many different letters (Hangul, Han) costs more to build
/// than the whole search (a 100-syllable word: over 100 ms in a debug build).
const MAX_TYPO_LETTERS: usize = 24;
/// Only the first words of a query taken for typos are matched fuzzily (each costs an
/// automaton per field).
const MAX_TYPO_WORDS: usize = 4;
/// Weight of a match of the word's stem (other forms of the same word).
const STEM_BOOST: f32 = 0.8;
/// Weight of a name word typed exactly as written (diacritics and all).
const EXACT_NAME_BOOST: f32 = 1.0;
/// A query word found in more than this share of resources says little ("where",
/// "help", "og"); it is left out of text matching when the query has other words.
const COMMON_WORD_SHARE: f64 = 0.25;
/// A word found in at most this share of resources makes a resource a hit on its own;
/// a more common word only adds to the score of resources something else matched
/// (a category, a place, a name, a rarer word). With nothing else to match, every
/// informative word may.
const SELECTIVE_SHARE: f64 = 0.05;
/// A name word is decisive only when at most this share of resources carry it in
/// their name (at least `NAMED_MIN_DOCS`).
const NAMED_SHARE: f64 = 0.02;
const NAMED_MIN_DOCS: u64 = 3;

/// One word of a query, as the index's fields hold it.
#[derive(Debug, Clone)]
pub struct QueryWord {
    pub exact: String,
    pub folded: String,
    pub stemmed: String,
    /// Found in the directory's text.
    pub known: bool,
    /// Taken for a typo: matched fuzzily.
    pub typo: bool,
    /// Makes a resource a hit on its own (see `SELECTIVE_SHARE`).
    pub selective: bool,
    /// How many resources have each of its `word_terms`.
    pub frequencies: [u64; 4],
}

/// How a query is read: its informative words, the categories and places it points to,
/// and the resource it names.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub words: Vec<QueryWord>,
    /// Words left out of text matching because too many resources have them.
    pub common: Vec<String>,
    pub categories: Vec<Match<CategoryId>>,
    /// Categories related to those, with the weight of the best one they relate to.
    pub related: Vec<(CategoryId, f32)>,
    /// Named places (only when the request filters by no area), each with the areas
    /// inside.
    pub areas: Vec<(Match<AreaId>, Vec<AreaId>)>,
    /// The decisive name word (folded), when there is one.
    pub named: Option<String>,
}

impl Plan {
    /// Reads `query` (whose text was analyzed into `terms`) against the directory.
    pub fn new(
        searcher: &Searcher,
        fields: &Fields,
        context: &Context,
        query: &Query,
        terms: &Terms,
    ) -> Self {
        if terms.folded.is_empty() {
            return Self::default();
        }
        let words = QueryWords::new(terms);
        let categories = context.categories.score(words, &query.lang);
        let areas = if query.area.is_some() || !query.areas.is_empty() {
            Vec::new()
        } else {
            context
                .areas
                .score(words, &query.lang)
                .into_iter()
                .map(|found| {
                    let inside = context.inside(&found.id).to_vec();
                    (found, inside)
                })
                // A place that holds most of the directory's places (the country) tells
                // no resource apart ("Danish" read as "Denmark").
                .filter(|(_, inside)| inside.len() * 2 <= context.area_count())
                .collect()
        };
        let total = searcher.num_docs().max(1);
        let frequency = |field: Field, term: &str| {
            searcher
                .doc_freq(&Term::from_field_text(field, term))
                .unwrap_or(0)
        };
        let mut counted: Vec<(QueryWord, u64, u64)> = Vec::with_capacity(terms.folded.len());
        for ((exact, folded), stemmed) in terms.exact.iter().zip(&terms.folded).zip(&terms.stemmed)
        {
            let frequencies = [
                frequency(fields.stem, stemmed),
                frequency(fields.name_exact, exact),
                frequency(fields.name, folded),
                frequency(fields.body, folded),
            ];
            let [in_stems, _, in_names, in_bodies] = frequencies;
            let seen = in_names.max(in_bodies).max(in_stems);
            let vocabulary_word = context.categories.knows(folded, &query.lang)
                || context.categories.knows(stemmed, &query.lang)
                || context.areas.knows(folded, &query.lang);
            let word = QueryWord {
                exact: exact.clone(),
                folded: folded.clone(),
                stemmed: stemmed.clone(),
                known: seen > 0,
                typo: seen == 0 && !vocabulary_word,
                selective: total < 20 || (seen as f64 / total as f64) <= SELECTIVE_SHARE,
                frequencies,
            };
            let named_candidate = !vocabulary_word && in_names > 0;
            counted.push((word, seen, if named_candidate { in_names } else { 0 }));
        }
        let informative =
            |seen: u64| total < 20 || (seen as f64 / total as f64) <= COMMON_WORD_SHARE;
        let keep_all = counted.len() < 2 || !counted.iter().any(|(_, seen, _)| informative(*seen));
        let named_limit = NAMED_MIN_DOCS.max((total as f64 * NAMED_SHARE) as u64);
        let named = counted
            .iter()
            .filter(|(_, _, in_names)| *in_names > 0 && *in_names <= named_limit)
            .min_by(|a, b| {
                a.2.cmp(&b.2)
                    .then_with(|| b.0.folded.len().cmp(&a.0.folded.len()))
            })
            .map(|(word, _, _)| word.folded.clone());
        let mut related: Vec<(CategoryId, f32)> = Vec::new();
        // Related kinds of service only for a category the query clearly points to.
        for found in categories
            .iter()
            .filter(|found| found.weight >= RELATED_FROM)
        {
            for id in context.related(&found.id) {
                let known =
                    categories.iter().any(|c| &c.id == id) || related.iter().any(|r| &r.0 == id);
                if !known {
                    related.push((id.clone(), found.weight));
                }
            }
        }
        // Each word matched fuzzily costs an automaton per field: none for very long
        // words, and only for the first few.
        let mut fuzzy_words = 0;
        for (word, _, _) in &mut counted {
            word.typo &= word.folded.chars().count() <= MAX_TYPO_LETTERS;
            if word.typo && typo_distance(&word.folded) > 0 {
                fuzzy_words += 1;
                word.typo = fuzzy_words <= MAX_TYPO_WORDS;
            }
        }
        let mut plan = Self {
            categories,
            related,
            areas,
            named,
            ..Self::default()
        };
        for (word, seen, _) in counted {
            if keep_all || informative(seen) {
                plan.words.push(word);
            } else {
                plan.common.push(word.folded);
            }
        }
        let anything_else =
            !plan.categories.is_empty() || !plan.areas.is_empty() || plan.named.is_some();
        if !anything_else && !plan.words.iter().any(|w| w.selective) {
            for word in &mut plan.words {
                word.selective = true;
            }
        }
        plan
    }

    /// The weight of text matches: full, or less when categories matched.
    pub fn text_weight(&self) -> f32 {
        if self.categories.is_empty() {
            1.0
        } else {
            TEXT_WEIGHT_WITH_CATEGORY
        }
    }

    /// The index query: text, category, name and place clauses (one must match), the
    /// own-language bonus, and the request's filters.
    pub fn index_query(
        &self,
        fields: &Fields,
        query: &Query,
        context: &Context,
    ) -> Box<dyn IndexQuery> {
        let mut clauses: Vec<(Occur, Box<dyn IndexQuery>)> = Vec::new();
        if self.words.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        } else {
            let text_weight = self.text_weight();
            let (selective, supporting): (Vec<&QueryWord>, Vec<&QueryWord>) =
                self.words.iter().partition(|word| word.selective);
            let mut either: Vec<(Occur, Box<dyn IndexQuery>)> = Vec::new();
            if !selective.is_empty() {
                either.push((
                    Occur::Should,
                    boosted(text_query(fields, &selective), text_weight),
                ));
            }
            for found in &self.categories {
                either.push((
                    Occur::Should,
                    constant(
                        term_query(fields.category, found.id.as_str()),
                        CATEGORY_SCORE * found.weight,
                    ),
                ));
            }
            let matched = || {
                any_of(
                    fields.category,
                    self.categories.iter().map(|c| c.id.as_str()),
                )
            };
            for (id, weight) in &self.related {
                let only_related = BooleanQuery::new(vec![
                    (Occur::Must, term_query(fields.category, id.as_str())),
                    (Occur::MustNot, matched()),
                ]);
                either.push((
                    Occur::Should,
                    constant(Box::new(only_related), RELATED_SCORE * weight),
                ));
            }
            if let Some(word) = &self.named {
                either.push((
                    Occur::Should,
                    constant(term_query(fields.name, word), NAMED_SCORE),
                ));
            }
            for (found, inside) in &self.areas {
                either.push((
                    Occur::Should,
                    constant(
                        any_of(fields.area, inside.iter().map(AreaId::as_str)),
                        AREA_SCORE * found.weight,
                    ),
                ));
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(either))));
            if !supporting.is_empty() {
                clauses.push((
                    Occur::Should,
                    boosted(text_query(fields, &supporting), text_weight),
                ));
            }
            clauses.push((
                Occur::Should,
                constant(
                    term_query(fields.lang, query.lang.as_str()),
                    OWN_LANGUAGE_SCORE,
                ),
            ));
        }
        if let Some(area) = &query.area {
            let inside = context.inside(area);
            clauses.push((
                Occur::Must,
                filter(any_of(fields.area, inside.iter().map(AreaId::as_str))),
            ));
        }
        if !query.areas.is_empty() {
            let inside = query.areas.iter().flat_map(|area| context.inside(area));
            clauses.push((
                Occur::Must,
                filter(any_of(fields.area, inside.map(AreaId::as_str))),
            ));
        }
        if let Some(category) = &query.category {
            clauses.push((
                Occur::Must,
                filter(term_query(fields.category, category.as_str())),
            ));
        }
        for attribute in &query.attributes {
            clauses.push((
                Occur::Must,
                filter(term_query(fields.attribute, attribute.as_str())),
            ));
        }
        // A radius: only places inside its bounding box are visited at all.
        if let (Some(centre), Some(radius_km)) = (query.near, query.radius_km) {
            let radius = radius_km * 1000.0;
            let lat_delta = radius / 111_320.0;
            let lon_delta = radius / (111_320.0 * centre.lat.to_radians().cos().max(0.01));
            for (field, middle, delta) in [
                (fields.lat, centre.lat, lat_delta),
                (fields.lon, centre.lon, lon_delta),
            ] {
                let range = RangeQuery::new(
                    Bound::Included(Term::from_field_f64(field, middle - delta)),
                    Bound::Included(Term::from_field_f64(field, middle + delta)),
                );
                clauses.push((Occur::Must, filter(Box::new(range))));
            }
        }
        Box::new(BooleanQuery::new(clauses))
    }
}

/// The text clauses of `words` (any may match).
fn text_query(fields: &Fields, words: &[&QueryWord]) -> Box<dyn IndexQuery> {
    let clauses = words
        .iter()
        .map(|word| (Occur::Should, word_query(fields, word)))
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

/// The terms a word is looked up as, each with its boost: its stem, its exact name form,
/// its folded form in names and in other text (the order of `QueryWord::frequencies`).
pub fn word_terms(fields: &Fields, word: &QueryWord) -> [(Term, f32); 4] {
    [
        (
            Term::from_field_text(fields.stem, &word.stemmed),
            STEM_BOOST,
        ),
        (
            Term::from_field_text(fields.name_exact, &word.exact),
            EXACT_NAME_BOOST,
        ),
        (Term::from_field_text(fields.name, &word.folded), NAME_BOOST),
        (Term::from_field_text(fields.body, &word.folded), 1.0),
    ]
}

/// For a word taken for a typo, the fuzzy matches of its folded form, each with the
/// constant score it adds.
pub fn typo_queries(fields: &Fields, word: &QueryWord) -> Vec<(TypoQuery, f32)> {
    if !word.typo {
        return Vec::new();
    }
    [
        (fields.name, FUZZY_NAME_SCORE, 2),
        (fields.body, FUZZY_BODY_SCORE, 1),
    ]
    .into_iter()
    .filter_map(|(field, score, max_distance)| {
        let distance = typo_distance(&word.folded).min(max_distance);
        (distance > 0).then(|| (TypoQuery::new(field, &word.folded, distance), score))
    })
    .collect()
}

/// One word's text clauses (`word_terms`, and `typo_queries` for a typo).
pub fn word_query(fields: &Fields, word: &QueryWord) -> Box<dyn IndexQuery> {
    let mut clauses: Vec<(Occur, Box<dyn IndexQuery>)> = word_terms(fields, word)
        .into_iter()
        .map(|(term, boost)| {
            let query = TermQuery::new(term, IndexRecordOption::WithFreqs);
            (Occur::Should, boosted(Box::new(query), boost))
        })
        .collect();
    for (fuzzy, score) in typo_queries(fields, word) {
        clauses.push((Occur::Should, constant(Box::new(fuzzy), score)));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// Edit distance allowed for a typed word: none for short words (too many false
/// friends), one from 5 letters, two from 9.
fn typo_distance(term: &str) -> u8 {
    match term.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

pub fn term_query(field: Field, text: &str) -> Box<dyn IndexQuery> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn any_of<'a>(field: Field, values: impl Iterator<Item = &'a str>) -> Box<dyn IndexQuery> {
    let any = values
        .map(|value| (Occur::Should, term_query(field, value)))
        .collect();
    Box::new(BooleanQuery::new(any))
}

fn boosted(query: Box<dyn IndexQuery>, boost: f32) -> Box<dyn IndexQuery> {
    if boost == 1.0 {
        return query;
    }
    Box::new(BoostQuery::new(query, boost))
}

/// A clause that must match and adds nothing to the score.
fn filter(query: Box<dyn IndexQuery>) -> Box<dyn IndexQuery> {
    constant(query, 0.0)
}

fn constant(query: Box<dyn IndexQuery>, score: f32) -> Box<dyn IndexQuery> {
    Box::new(ConstScoreQuery::new(query, score))
}
