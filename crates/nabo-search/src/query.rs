//! Answering a query: text matching, filters, paging, facets.

use crate::analysis::{Terms, analyze};
use crate::error::SearchError;
use crate::facets::FieldCounts;
use crate::index::SearchIndex;
use crate::scan::{OpenAt, Scan, order};
use nabo_domain::{Geo, OpenState, Resource};
use std::collections::BTreeMap;
use std::ops::Bound;
use tantivy::Order;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::RangeQuery;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur,
    Query as TantivyQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher};
use tantivy::{TantivyDocument, Term};

/// What to look for. Lists of areas and categories match any of their values;
/// attributes must all be present.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub text: String,
    pub areas: Vec<String>,
    pub categories: Vec<String>,
    pub attributes: Vec<String>,
    pub limit: usize,
    pub offset: usize,
    /// Categories the query's words point to (see `CategoryMatcher`), weight 0..=1.
    pub category_boosts: Vec<(String, f32)>,
    /// Areas the query names ("jobcenter kbh"), weight 0..=1, each with the areas inside it.
    pub area_boosts: Vec<(Vec<String>, f32)>,
    /// The searcher's language (canonical tag): resources with text in it rank higher.
    pub lang: Option<String>,
    /// Order by distance from this point.
    pub near: Option<Geo>,
    /// Keep only places within this many metres of `near`.
    pub radius_m: Option<f64>,
    /// Leave out places known to be closed at this moment; open ones first.
    pub open_at: Option<OpenAt>,
}

/// One matching resource.
#[derive(Debug, Clone)]
pub struct Hit {
    pub resource: Resource,
    pub score: f32,
    /// Distance from the query's `near` point, when both are known.
    pub distance_m: Option<f64>,
    /// Evaluated when the query asked for open places.
    pub open: Option<OpenState>,
}

/// Counts of all matches per category id and per area id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub category: BTreeMap<String, u64>,
    pub area: BTreeMap<String, u64>,
}

impl Facets {
    /// From the counts of the `category` and `area` fields, in that order.
    fn from_counts(mut counts: Vec<BTreeMap<String, u64>>) -> Self {
        let area = counts.pop().unwrap_or_default();
        let category = counts.pop().unwrap_or_default();
        Self { category, area }
    }
}

/// The answer to a query.
#[derive(Debug, Clone, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
}

/// Weight of a match in a resource's name relative to one in its other text.
const NAME_BOOST: f32 = 3.0;
/// Score of a fuzzy (mistyped) match of an unknown word in a name; tantivy scores every
/// fuzzy match the same, so this is a constant. A mistyped word that is close to a name
/// is a strong sign the person means that place.
const FUZZY_NAME_SCORE: f32 = 8.0;
/// Score of a fuzzy word match in the other text.
const FUZZY_BODY_SCORE: f32 = 1.5;
/// Weight of a match of the word's stem (other forms of the same word).
const STEM_BOOST: f32 = 0.8;
/// Weight of a name word typed exactly as written (diacritics and all).
const EXACT_NAME_BOOST: f32 = 1.0;
/// Extra hits read beyond the page to order equal scores by id.
const TIE_WINDOW: usize = 16;
/// Weight of the text score when the query matched categories.
const TEXT_WEIGHT_WITH_CATEGORY: f32 = 0.5;
/// A query word found in more than this share of resources says little ("where",
/// "help", "og"); it is left out of text matching when the query has other words.
const COMMON_WORD_SHARE: f64 = 0.25;

/// Score of being in the area the query names: below the category, above text.
const AREA_SCORE: f32 = 15.0;
/// Score of belonging to the category a query points to (weight 1). Above any text
/// score of a typical query, so the needed kind of service ranks first; text matches
/// order the resources within it.
const CATEGORY_SCORE: f32 = 25.0;
/// Score of having text in the searcher's language: below a category match, above
/// small differences in text score.
const OWN_LANGUAGE_SCORE: f32 = 4.0;

impl SearchIndex {
    pub fn search(&self, query: &Query) -> Result<Results, SearchError> {
        let searcher = self.reader.searcher();
        // The query's text is analyzed once, here.
        let terms = analyze(&query.text, query.lang.as_deref());
        let wordless = terms.folded.is_empty();
        let tantivy_query = self.build(query, terms, &searcher);
        let facets = FieldCounts {
            fields: vec!["category", "area"],
        };
        if query.near.is_some() || query.radius_m.is_some() || query.open_at.is_some() {
            let scan = Scan {
                near: query.near,
                radius_m: query.radius_m,
                open_at: query.open_at.clone(),
                facets,
                evaluated: Default::default(),
            };
            let (mut candidates, counts) = searcher.search(&*tantivy_query, &scan)?;
            let total = candidates.len();
            order(
                &mut candidates,
                query.near.is_some(),
                query.offset + query.limit.max(1),
            );
            let mut hits = Vec::new();
            for candidate in candidates
                .iter()
                .skip(query.offset)
                .take(query.limit.max(1))
            {
                let mut hit = self.hit(&searcher, candidate.address, candidate.score)?;
                hit.distance_m = candidate.distance_m;
                hit.open = candidate.open;
                hits.push(hit);
            }
            return Ok(Results {
                total,
                hits,
                facets: Facets::from_counts(counts),
            });
        }
        if wordless {
            // Nothing to rank by: list in id order, stable across indexes and backends.
            let top = TopDocs::with_limit(query.limit.max(1))
                .and_offset(query.offset)
                .order_by_string_fast_field("id", Order::Asc);
            let (top_docs, total, counts) =
                searcher.search(&*tantivy_query, &(top, Count, facets))?;
            let mut hits = Vec::with_capacity(top_docs.len());
            for (_, address) in top_docs {
                hits.push(self.hit(&searcher, address, 1.0)?);
            }
            return Ok(Results {
                total,
                hits,
                facets: Facets::from_counts(counts),
            });
        }
        // A few more than the page, so that resources with equal scores can be put in
        // a stable order (by id) whatever order the index holds them in.
        let window = query.offset + query.limit.max(1) + TIE_WINDOW;
        let top = TopDocs::with_limit(window).order_by_score();
        let (top_docs, total, counts) = searcher.search(&*tantivy_query, &(top, Count, facets))?;
        let mut hits = Vec::with_capacity(top_docs.len());
        for (score, address) in top_docs {
            hits.push(self.hit(&searcher, address, score)?);
        }
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.resource.id.cmp(&b.resource.id))
        });
        let hits: Vec<Hit> = hits
            .into_iter()
            .skip(query.offset)
            .take(query.limit.max(1))
            .collect();
        Ok(Results {
            total,
            hits,
            facets: Facets::from_counts(counts),
        })
    }

    fn hit(
        &self,
        searcher: &Searcher,
        address: DocAddress,
        score: f32,
    ) -> Result<Hit, SearchError> {
        let document: TantivyDocument = searcher.doc(address)?;
        let text = document
            .get_first(self.fields.document)
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        let resource: Resource = serde_json::from_str(text).map_err(|e| SearchError::Corrupt {
            id: document
                .get_first(self.fields.id)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned(),
            reason: e.to_string(),
        })?;
        Ok(Hit {
            resource,
            score,
            distance_m: None,
            open: None,
        })
    }

    fn build(&self, query: &Query, terms: Terms, searcher: &Searcher) -> Box<dyn TantivyQuery> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();

        let terms = self.informative(terms, searcher);
        if terms.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        } else {
            let mut text_clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
            for word in &terms {
                let (term, known) = (&word.folded, &word.known);
                // The same word's stem (in the searcher's language) and exact form.
                text_clauses.push((
                    Occur::Should,
                    boosted(term_query(f.stem, &word.stemmed), STEM_BOOST),
                ));
                text_clauses.push((
                    Occur::Should,
                    boosted(term_query(f.name_exact, &word.exact), EXACT_NAME_BOOST),
                ));
                for (field, boost, fuzzy_score, max_distance) in [
                    (f.name, NAME_BOOST, FUZZY_NAME_SCORE, 2),
                    (f.body, 1.0, FUZZY_BODY_SCORE, 1),
                ] {
                    text_clauses.push((Occur::Should, boosted(term_query(field, term), boost)));
                    // Only a word the directory does not contain is taken for a typo:
                    // fuzzy matching is the costly part of a query.
                    let distance = if *known {
                        0
                    } else {
                        typo_distance(term).min(max_distance)
                    };
                    if distance > 0 {
                        let fuzzy =
                            FuzzyTermQuery::new(Term::from_field_text(field, term), distance, true);
                        text_clauses.push((
                            Occur::Should,
                            Box::new(ConstScoreQuery::new(Box::new(fuzzy), fuzzy_score)),
                        ));
                    }
                }
            }
            // When the query names a kind of service, text orders resources within it
            // rather than outranking it with the sum of many common words.
            let text_weight = if query.category_boosts.is_empty() {
                1.0
            } else {
                TEXT_WEIGHT_WITH_CATEGORY
            };
            let mut either: Vec<(Occur, Box<dyn TantivyQuery>)> = vec![(
                Occur::Should,
                boosted(Box::new(BooleanQuery::new(text_clauses)), text_weight),
            )];
            for (category, weight) in &query.category_boosts {
                let matched = term_query(f.category, category);
                either.push((
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(matched, CATEGORY_SCORE * weight)),
                ));
            }
            for (areas, weight) in &query.area_boosts {
                let any: Vec<(Occur, Box<dyn TantivyQuery>)> = areas
                    .iter()
                    .map(|area| (Occur::Should, term_query(f.area, area)))
                    .collect();
                either.push((
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(
                        Box::new(BooleanQuery::new(any)),
                        AREA_SCORE * weight,
                    )),
                ));
            }
            // Text, category or named area: at least one must match.
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(either))));
            if let Some(lang) = &query.lang {
                let own = term_query(f.lang, lang);
                clauses.push((
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(own, OWN_LANGUAGE_SCORE)),
                ));
            }
        }

        for (field, values) in [(f.area, &query.areas), (f.category, &query.categories)] {
            if !values.is_empty() {
                let any: Vec<(Occur, Box<dyn TantivyQuery>)> = values
                    .iter()
                    .map(|v| (Occur::Should, term_query(field, v)))
                    .collect();
                clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
            }
        }
        for attribute in &query.attributes {
            clauses.push((Occur::Must, term_query(f.attribute, attribute)));
        }
        // A radius: only places inside its bounding box are visited at all.
        if let (Some(centre), Some(radius)) = (query.near, query.radius_m) {
            let lat_delta = radius / 111_320.0;
            let lon_delta = radius / (111_320.0 * centre.lat.to_radians().cos().max(0.01));
            for (field, middle, delta) in [
                (f.lat, centre.lat, lat_delta),
                (f.lon, centre.lon, lon_delta),
            ] {
                let range = RangeQuery::new(
                    Bound::Included(Term::from_field_f64(field, middle - delta)),
                    Bound::Included(Term::from_field_f64(field, middle + delta)),
                );
                clauses.push((Occur::Must, Box::new(range)));
            }
        }
        Box::new(BooleanQuery::new(clauses))
    }
}

impl SearchIndex {
    /// The query's words, each in its three forms and with whether the directory
    /// contains it, without those too common to tell resources apart (all of them when
    /// every word is common).
    fn informative(&self, terms: Terms, searcher: &Searcher) -> Vec<QueryWord> {
        let total = searcher.num_docs().max(1) as f64;
        let frequency = |field: Field, term: &str| {
            searcher
                .doc_freq(&Term::from_field_text(field, term))
                .unwrap_or(0)
        };
        let words: Vec<(QueryWord, u64)> = terms
            .exact
            .into_iter()
            .zip(terms.folded)
            .zip(terms.stemmed)
            .map(|((exact, folded), stemmed)| {
                let seen = frequency(self.fields.name, &folded)
                    .max(frequency(self.fields.body, &folded))
                    .max(frequency(self.fields.stem, &stemmed));
                let word = QueryWord {
                    exact,
                    folded,
                    stemmed,
                    known: seen > 0,
                };
                (word, seen)
            })
            .collect();
        let informative = |seen: u64| total < 20.0 || (seen as f64 / total) <= COMMON_WORD_SHARE;
        let keep_all = words.len() < 2 || !words.iter().any(|(_, seen)| informative(*seen));
        words
            .into_iter()
            .filter(|(_, seen)| keep_all || informative(*seen))
            .map(|(word, _)| word)
            .collect()
    }
}

/// One word of a query, as the index's fields hold it.
struct QueryWord {
    exact: String,
    folded: String,
    stemmed: String,
    /// Found in the directory (else it may be a typo).
    known: bool,
}

fn term_query(field: Field, text: &str) -> Box<dyn TantivyQuery> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn boosted(query: Box<dyn TantivyQuery>, boost: f32) -> Box<dyn TantivyQuery> {
    Box::new(BoostQuery::new(query, boost))
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

impl SearchIndex {
    /// As-you-type completion: resources whose name has every typed word, the last one
    /// as a prefix ("jobc" → "Jobcenter ..."). At most `limit`, best first.
    pub fn complete(
        &self,
        typed: &str,
        areas: &[String],
        limit: usize,
    ) -> Result<Vec<Resource>, SearchError> {
        let terms = analyze(typed, None).folded;
        let Some((last, before)) = terms.split_last() else {
            return Ok(Vec::new());
        };
        if last.chars().count() < 2 {
            return Ok(Vec::new());
        }
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = before
            .iter()
            .map(|term| (Occur::Must, term_query(f.name, term)))
            .collect();
        let prefix = FuzzyTermQuery::new_prefix(Term::from_field_text(f.name, last), 0, false);
        clauses.push((Occur::Must, Box::new(prefix)));
        if !areas.is_empty() {
            let any = areas
                .iter()
                .map(|a| (Occur::Should, term_query(f.area, a)))
                .collect::<Vec<_>>();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        let searcher = self.reader.searcher();
        let top = TopDocs::with_limit(limit.max(1)).order_by_score();
        let found = searcher.search(&BooleanQuery::new(clauses), &top)?;
        found
            .into_iter()
            .map(|(score, address)| self.hit(&searcher, address, score).map(|hit| hit.resource))
            .collect()
    }
}
