//! Answering a query: the plan (`plan.rs`) run against the index, the page of hits in
//! a stable order, facets over every hit, and on request the explanation.

use crate::analysis::analyze;
use crate::error::SearchError;
use crate::explain::{HitExplanation, QueryExplanation};
use crate::facets::{FieldCounts, facets};
use crate::hit::{Hit, Listing, Results};
use crate::hours::OpenStates;
use crate::index::SearchIndex;
use crate::plan::Plan;
use crate::query::Query;
use crate::scan::{Scan, order};
use nabo_domain::OpenState;
use std::sync::Arc;
use tantivy::collector::{Count, TopDocs};
use tantivy::columnar::StrColumn;
use tantivy::schema::Value;
use tantivy::{DocAddress, Order, Searcher, TantivyDocument};

/// Extra hits read beyond the page to order equal scores by id.
const TIE_WINDOW: usize = 16;

/// A page position found by the index, before its listing is read.
struct Found {
    address: DocAddress,
    score: f32,
    distance_m: Option<f64>,
    open: Option<OpenState>,
}

impl SearchIndex {
    pub fn search(&self, query: &Query) -> Result<Results, SearchError> {
        let searcher = self.reader.searcher();
        let context = self.context();
        // The query's text is analyzed once, here, in the searcher's language.
        let terms = analyze(&query.text, Some(query.lang.as_str()));
        let plan = Plan::new(&searcher, &self.fields, &context, query, &terms);
        let index_query = plan.index_query(&self.fields, query, &context);
        let open_states = OpenStates::new(Arc::clone(&self.hours), Arc::clone(&context), query.now);
        let columns = Columns::new(&searcher, &["id", "hours", "area"]);
        let page = query.limit.max(1);
        let facet_counts = FieldCounts::categories_and_areas();
        let (found, total, counts): (Vec<Found>, usize, _) = if query.needs_scan() {
            let scan = Scan {
                near: query.near,
                radius_m: query.radius_km.map(|km| km * 1000.0),
                open: query.open_now.then(|| open_states.clone()),
                facets: facet_counts,
            };
            let (mut candidates, counts) = searcher.search(&*index_query, &scan)?;
            let total = candidates.len();
            order(
                &mut candidates,
                query.near.is_some(),
                query.offset + page,
                |address| columns.text(0, address).unwrap_or_default(),
            );
            let found = candidates
                .into_iter()
                .skip(query.offset)
                .map(|c| Found {
                    address: c.address,
                    score: c.score,
                    distance_m: c.distance_m,
                    open: c.open,
                })
                .collect();
            (found, total, counts)
        } else if plan.words.is_empty() {
            // Nothing to rank by: list in id order, stable across indexes and backends.
            let top = TopDocs::with_limit(page)
                .and_offset(query.offset)
                .order_by_string_fast_field("id", Order::Asc);
            let (top, total, counts) =
                searcher.search(&*index_query, &(top, Count, facet_counts))?;
            let found = top
                .into_iter()
                .map(|(_, address)| Found {
                    address,
                    score: 1.0,
                    distance_m: None,
                    open: None,
                })
                .collect();
            (found, total, counts)
        } else {
            // A few more than the page, so that equal scores can be put in a stable order
            // (by id) whatever order the index holds them in.
            let window = query.offset + page + TIE_WINDOW;
            let top = TopDocs::with_limit(window).order_by_score();
            let (top, total, counts) =
                searcher.search(&*index_query, &(top, Count, facet_counts))?;
            let mut keyed: Vec<(f32, String, DocAddress)> = top
                .into_iter()
                .map(|(score, address)| {
                    (score, columns.text(0, address).unwrap_or_default(), address)
                })
                .collect();
            keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            let found = keyed
                .into_iter()
                .skip(query.offset)
                .map(|(score, _, address)| Found {
                    address,
                    score,
                    distance_m: None,
                    open: None,
                })
                .collect();
            (found, total, counts)
        };
        let mut hits = Vec::with_capacity(page);
        for found in found.into_iter().take(page) {
            let resource = self.listing(&searcher, found.address)?;
            let open = found.open.or_else(|| {
                let hours = columns.text(1, found.address)?;
                Some(open_states.state(&hours, resource.area.as_str()))
            });
            let distance_m = found.distance_m.or_else(|| {
                query
                    .near
                    .zip(resource.geo)
                    .map(|(near, at)| near.distance_m(&at))
            });
            let explanation = query.explain.then(|| {
                HitExplanation::new(
                    &plan,
                    &self.fields,
                    &searcher,
                    (found.address, resource.id.as_str()),
                    query.lang.as_str(),
                )
            });
            hits.push(Hit {
                resource,
                score: found.score,
                distance_m,
                open_now: match open {
                    Some(OpenState::Open) => Some(true),
                    Some(OpenState::Closed) => Some(false),
                    _ => None,
                },
                explanation,
            });
        }
        Ok(Results {
            total,
            hits,
            facets: facets(counts),
            explanation: query.explain.then(|| QueryExplanation::new(&plan)),
        })
    }

    /// The listing stored for the document at `address`.
    pub(crate) fn listing(
        &self,
        searcher: &Searcher,
        address: DocAddress,
    ) -> Result<Listing, SearchError> {
        let document: TantivyDocument = searcher.doc(address)?;
        let text = document
            .get_first(self.fields.listing)
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        serde_json::from_str(text).map_err(|e| SearchError::Corrupt {
            id: document
                .get_first(self.fields.id)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned(),
            reason: e.to_string(),
        })
    }
}

/// String fast fields of every segment, opened once per search.
struct Columns {
    /// Per field, per segment.
    columns: Vec<Vec<Option<StrColumn>>>,
}

impl Columns {
    fn new(searcher: &Searcher, fields: &[&str]) -> Self {
        let columns = fields
            .iter()
            .map(|field| {
                searcher
                    .segment_readers()
                    .iter()
                    .map(|segment| segment.fast_fields().str(field).ok().flatten())
                    .collect()
            })
            .collect();
        Self { columns }
    }

    /// The first value of field number `field` of the document at `address`.
    fn text(&self, field: usize, address: DocAddress) -> Option<String> {
        let column = self
            .columns
            .get(field)?
            .get(address.segment_ord as usize)?
            .as_ref()?;
        let ord = column.term_ords(address.doc_id).next()?;
        let mut text = String::new();
        column.ord_to_str(ord, &mut text).ok()?.then_some(text)
    }
}
