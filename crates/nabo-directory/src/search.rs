//! Searching the directory: a request in domain terms, answered from the index.

use crate::directory::Directory;
use crate::error::DirectoryError;
use chrono::{DateTime, Utc};
use nabo_domain::{
    AreaId, AttributeId, CategoryId, Geo, LanguageTag, OpenState, ReferenceData, Resource,
};
use nabo_search::{Facets, OpenAt, Query, Zone};
use std::collections::HashMap;
use std::sync::Arc;

/// A validated search request.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub text: String,
    /// The searcher's language.
    pub lang: LanguageTag,
    /// Matches this area and every area inside it.
    pub area: Option<AreaId>,
    pub category: Option<CategoryId>,
    /// All must be present.
    pub attributes: Vec<AttributeId>,
    pub limit: usize,
    pub offset: usize,
    /// Order by distance from here.
    pub near: Option<Geo>,
    /// Keep only places within this distance of `near`.
    pub radius_km: Option<f64>,
    /// Leave out places known to be closed now; open ones first.
    pub open_now: bool,
    /// The moment "now" means (the request time; fixed in tests).
    pub now: DateTime<Utc>,
}

/// One hit: the whole resource, for the caller to localize.
#[derive(Debug, Clone)]
pub struct SearchHit {
    pub resource: Resource,
    pub score: f32,
    pub distance_m: Option<f64>,
    /// Whether the place is open at the request's moment; `None` when its hours are
    /// unknown or say nothing definite.
    pub open_now: Option<bool>,
}

/// The answer to a search.
#[derive(Debug, Clone)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
}

impl Directory {
    pub async fn search(&self, request: &SearchRequest) -> Result<SearchResults, DirectoryError> {
        let index = self.index.as_ref().ok_or(DirectoryError::NoIndex)?;
        let reference = self.reference();
        let matchers = self.matchers();
        let query = Query {
            text: request.text.clone(),
            areas: request
                .area
                .as_ref()
                .map(|area| {
                    reference
                        .area_and_descendants(area)
                        .into_iter()
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default(),
            categories: request.category.iter().map(ToString::to_string).collect(),
            attributes: request.attributes.iter().map(ToString::to_string).collect(),
            limit: request.limit,
            offset: request.offset,
            lang: Some(request.lang.to_string()),
            near: request.near,
            radius_m: request.radius_km.map(|km| km * 1000.0),
            open_at: request.open_now.then(|| OpenAt {
                now: request.now,
                zones: zones(&reference),
            }),
            category_boosts: matchers.categories.score(&request.text, &request.lang),
            area_boosts: if request.area.is_some() {
                Vec::new()
            } else {
                matchers
                    .areas
                    .score(&request.text, &request.lang)
                    .into_iter()
                    .filter_map(|(id, weight)| {
                        let id = AreaId::parse(&id).ok()?;
                        let inside = reference.area_and_descendants(&id);
                        Some((inside.into_iter().map(String::from).collect(), weight))
                    })
                    .collect()
            },
        };
        let index = Arc::clone(index);
        let results = tokio::task::spawn_blocking(move || index.search(&query))
            .await
            .map_err(|e| DirectoryError::Task(e.to_string()))??;
        Ok(SearchResults {
            total: results.total,
            hits: results
                .hits
                .into_iter()
                .map(|hit| {
                    let open = hit
                        .open
                        .or_else(|| open_state(&reference, &hit.resource, request.now));
                    SearchHit {
                        distance_m: hit.distance_m.or_else(|| {
                            request
                                .near
                                .zip(hit.resource.geo)
                                .map(|(a, b)| a.distance_m(&b))
                        }),
                        open_now: match open {
                            Some(OpenState::Open) => Some(true),
                            Some(OpenState::Closed) => Some(false),
                            _ => None,
                        },
                        resource: hit.resource,
                        score: hit.score,
                    }
                })
                .collect(),
            facets: results.facets,
        })
    }
}

/// Each area's time zone and country, for evaluating opening hours.
fn zones(reference: &ReferenceData) -> HashMap<String, Zone> {
    reference
        .areas
        .values()
        .map(|area| {
            let zone = Zone {
                timezone: reference.timezone(&area.id).map(str::to_owned),
                country: Some(area.country.clone()),
            };
            (area.id.to_string(), zone)
        })
        .collect()
}

/// Whether a resource is open at `now`, in its area's local time and holidays.
pub fn open_state(
    reference: &ReferenceData,
    resource: &Resource,
    now: DateTime<Utc>,
) -> Option<OpenState> {
    let hours = resource.opening_hours.as_ref()?;
    let country = reference.area(&resource.area).map(|a| a.country.as_str());
    Some(hours.state_at(now, reference.timezone(&resource.area), country))
}

/// As-you-type completions.
#[derive(Debug, Clone, Default)]
pub struct Suggestions {
    /// Category names and need phrases of the searcher's language: (category id, phrase).
    pub phrases: Vec<(String, String)>,
    /// Resources whose name starts with what was typed.
    pub resources: Vec<Resource>,
}

impl Directory {
    /// Completions of `typed` for a searcher of `lang`, in `area` (and areas inside it).
    pub async fn suggest(
        &self,
        typed: &str,
        lang: &LanguageTag,
        area: Option<&AreaId>,
        limit: usize,
    ) -> Result<Suggestions, DirectoryError> {
        let index = self.index.as_ref().ok_or(DirectoryError::NoIndex)?;
        let reference = self.reference();
        let phrases = self.matchers().categories.complete(typed, lang, limit);
        let areas: Vec<String> = area
            .map(|a| {
                reference
                    .area_and_descendants(a)
                    .into_iter()
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default();
        let index = Arc::clone(index);
        let typed = typed.to_owned();
        let resources = tokio::task::spawn_blocking(move || index.complete(&typed, &areas, limit))
            .await
            .map_err(|e| DirectoryError::Task(e.to_string()))??;
        Ok(Suggestions { phrases, resources })
    }
}
