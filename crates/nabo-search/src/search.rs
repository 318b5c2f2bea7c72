//! Answering a query: the plan (`plan.rs`) run against the index, the page of hits in
//! a stable order, facets over every hit, and on request the explanation.

use crate::analysis::analyze;
use crate::context::Context;
use crate::error::SearchError;
use crate::explain::{HitExplanation, QueryExplanation};
use crate::facets::{FieldCounts, facets};
use crate::hit::{Facets, Hit, Listing, Results};
use crate::hours::OpenStates;
use crate::index::SearchIndex;
use crate::plan::Plan;
use crate::query::Query;
use crate::scan::{Scan, order};
use nabo_domain::OpenState;
use std::sync::Arc;
use tantivy::schema::Value;
use tantivy::{DocAddress, Searcher, TantivyDocument};

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
        let open_states = OpenStates::new(Arc::clone(&self.hours), Arc::clone(&context), query.now);
        let page = query.limit.max(1);
        // A few more than the page, so that equal scores can be put in a stable order
        // (by id) whatever order the index holds them in.
        let window = query.offset + page + TIE_WINDOW;
        let (found, total, facets) = if query.needs_scan() {
            self.scan(&searcher, &plan, query, &context, &open_states)?
        } else {
            let ranked = self.rank(&searcher, &plan, query, &context, window)?;
            let found = ranked
                .best
                .into_iter()
                .map(|(address, score)| Found {
                    address,
                    score,
                    distance_m: None,
                    open: None,
                })
                .collect();
            (found, ranked.total, facets(ranked.categories, ranked.areas))
        };
        let mut hits = Vec::with_capacity(page);
        for found in found.into_iter().skip(query.offset).take(page) {
            let segment = searcher
                .segment_reader(found.address.segment_ord)
                .segment_id();
            let resource = self.listings.get(segment, found.address.doc_id, || {
                self.listing(&searcher, found.address)
            })?;
            let open = match found.open {
                Some(open) => Some(open),
                None => self
                    .facts
                    .of(searcher.segment_reader(found.address.segment_ord))?
                    .hours(found.address.doc_id)
                    .map(|hours| open_states.state(hours, resource.area.as_str())),
            };
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
            facets,
            category: plan
                .categories
                .iter()
                .max_by(|a, b| a.weight.total_cmp(&b.weight))
                .map(|found| found.id.clone()),
            explanation: query.explain.then(|| QueryExplanation::new(&plan)),
        })
    }

    /// The slow path (`scan.rs`): every match visited for its distance or opening
    /// hours; the first `offset + limit` in order.
    fn scan(
        &self,
        searcher: &Searcher,
        plan: &Plan,
        query: &Query,
        context: &Context,
        open_states: &OpenStates,
    ) -> Result<(Vec<Found>, usize, Facets), SearchError> {
        let index_query = plan.index_query(&self.fields, query, context);
        let scan = Scan {
            near: query.near,
            radius_m: query.radius_km.map(|km| km * 1000.0),
            open: query.open_now.then(|| open_states.clone()),
            facets: FieldCounts::categories_and_areas(),
        };
        let (mut candidates, mut counts) = searcher.search(&*index_query, &scan)?;
        let total = candidates.len();
        let ids = |address: DocAddress| {
            self.facts
                .of(searcher.segment_reader(address.segment_ord))
                .map(|facts| facts.id(address.doc_id))
                .unwrap_or_default()
        };
        order(
            &mut candidates,
            query.near.is_some(),
            query.offset + query.limit.max(1),
            ids,
        );
        let found = candidates
            .into_iter()
            .map(|c| Found {
                address: c.address,
                score: c.score,
                distance_m: c.distance_m,
                open: c.open,
            })
            .collect();
        let areas = counts.pop().unwrap_or_default();
        let categories = counts.pop().unwrap_or_default();
        Ok((found, total, facets(categories, areas)))
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
