//! Explaining a ranking (`Query::explain`): how the query was read, and per hit what
//! each part of the score contributed. For people tuning the taxonomy and the ranking.

use crate::plan::{
    AREA_SCORE, CATEGORY_SCORE, NAMED_SCORE, OWN_LANGUAGE_SCORE, Plan, RELATED_SCORE,
    TEXT_WEIGHT_WITH_CATEGORY, term_query, word_query,
};
use crate::schema::Fields;
use nabo_domain::{AreaId, CategoryId};
use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query as IndexQuery};
use tantivy::{DocAddress, Searcher};

/// How the query was read.
#[derive(Debug, Clone, Serialize)]
pub struct QueryExplanation {
    /// Words matched against resource text (folded), with whether the directory
    /// contains them and whether they were taken for a typo.
    pub words: Vec<WordReading>,
    /// Words left out of text matching: too many resources have them.
    pub common: Vec<String>,
    /// Categories the words point to, with weight and the words' evidence.
    pub categories: Vec<Pointed<CategoryId>>,
    /// Categories closely related to those, with the weight they count at.
    pub related: Vec<(CategoryId, f32)>,
    /// Places the words name.
    pub areas: Vec<Pointed<AreaId>>,
    /// The word taken for a resource's own name.
    pub named: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WordReading {
    pub word: String,
    pub known: bool,
    pub typo: bool,
    /// Makes a resource a hit on its own (else it only adds to the score).
    pub selective: bool,
}

/// An entry the query points to.
#[derive(Debug, Clone, Serialize)]
pub struct Pointed<Id> {
    pub id: Id,
    pub weight: f32,
    pub evidence: Vec<(String, f32)>,
}

/// What each part of one hit's score contributed; the parts add up to the score.
#[derive(Debug, Clone, Serialize)]
pub struct HitExplanation {
    /// Each category the query points to that the hit belongs to.
    pub categories: Vec<(CategoryId, f32)>,
    /// Each related category the hit belongs to (when in none of the above).
    pub related: Vec<(CategoryId, f32)>,
    pub named: f32,
    /// Each named place the hit lies in.
    pub areas: Vec<(AreaId, f32)>,
    pub own_language: f32,
    /// Each informative word's text score (before the text weight).
    pub words: Vec<(String, f32)>,
    /// Weight applied to the text score.
    pub text_weight: f32,
}

impl QueryExplanation {
    pub fn new(plan: &Plan) -> Self {
        Self {
            words: plan
                .words
                .iter()
                .map(|w| WordReading {
                    word: w.folded.clone(),
                    known: w.known,
                    typo: w.typo,
                    selective: w.selective,
                })
                .collect(),
            common: plan.common.clone(),
            categories: plan
                .categories
                .iter()
                .map(|m| Pointed {
                    id: m.id.clone(),
                    weight: m.weight,
                    evidence: m.evidence.clone(),
                })
                .collect(),
            related: plan.related.clone(),
            areas: plan
                .areas
                .iter()
                .map(|(m, _)| Pointed {
                    id: m.id.clone(),
                    weight: m.weight,
                    evidence: m.evidence.clone(),
                })
                .collect(),
            named: plan.named.clone(),
        }
    }
}

impl HitExplanation {
    /// The parts of the score of the hit at `address` (resource `id`) for a searcher of
    /// `lang`.
    pub fn new(
        plan: &Plan,
        fields: &Fields,
        searcher: &Searcher,
        (address, id): (DocAddress, &str),
        lang: &str,
    ) -> Self {
        // Whether the hit's document has `value` in `field`.
        let has = |field, value: &str| term_query(field, value).explain(searcher, address).is_ok();
        let categories: Vec<(CategoryId, f32)> = plan
            .categories
            .iter()
            .filter(|m| has(fields.category, m.id.as_str()))
            .map(|m| (m.id.clone(), CATEGORY_SCORE * m.weight))
            .collect();
        let related = if categories.is_empty() {
            plan.related
                .iter()
                .filter(|(id, _)| has(fields.category, id.as_str()))
                .map(|(id, weight)| (id.clone(), RELATED_SCORE * weight))
                .collect()
        } else {
            Vec::new()
        };
        let areas = plan
            .areas
            .iter()
            .filter(|(_, inside)| inside.iter().any(|a| has(fields.area, a.as_str())))
            .map(|(m, _)| (m.id.clone(), AREA_SCORE * m.weight))
            .collect();
        let named = match &plan.named {
            Some(word) if has(fields.name, word) => NAMED_SCORE,
            _ => 0.0,
        };
        let words = plan
            .words
            .iter()
            .map(|word| {
                let score = score_of(searcher, word_query(fields, word), fields, id);
                (word.folded.clone(), score)
            })
            .collect();
        Self {
            categories,
            related,
            named,
            areas,
            own_language: if has(fields.lang, lang) {
                OWN_LANGUAGE_SCORE
            } else {
                0.0
            },
            words,
            text_weight: if plan.categories.is_empty() {
                1.0
            } else {
                TEXT_WEIGHT_WITH_CATEGORY
            },
        }
    }
}

/// The score `query` gives resource `id` (0 when it does not match). Searched rather than
/// explained: tantivy's explanation of a boolean query can seek backwards.
fn score_of(searcher: &Searcher, query: Box<dyn IndexQuery>, fields: &Fields, id: &str) -> f32 {
    let only = Box::new(ConstScoreQuery::new(term_query(fields.id, id), 0.0));
    let both = BooleanQuery::new(vec![(Occur::Must, query), (Occur::Must, only)]);
    searcher
        .search(&both, &TopDocs::with_limit(1).order_by_score())
        .ok()
        .and_then(|top| top.first().map(|(score, _)| *score))
        .unwrap_or(0.0)
}
