//! What a search returns: hits (the part of a resource a result list shows), the
//! total, facet counts, and on request an explanation of the ranking.

use crate::explain::{HitExplanation, QueryExplanation};
use nabo_domain::{
    Address, AreaId, AttributeId, CategoryId, Geo, LanguageTag, LocalizedText, Resource, ResourceId,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The part of a resource a result list shows, stored in the index so that hits need
/// no database round trip. The whole resource is the database's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Listing {
    pub id: ResourceId,
    pub categories: Vec<CategoryId>,
    pub area: AreaId,
    pub name: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub summary: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geo: Option<Geo>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<AttributeId>,
    pub source_language: LanguageTag,
}

impl From<&Resource> for Listing {
    fn from(resource: &Resource) -> Self {
        Self {
            id: resource.id.clone(),
            categories: resource.categories.clone(),
            area: resource.area.clone(),
            name: resource.name.clone(),
            summary: resource.summary.clone(),
            address: resource.address.clone(),
            geo: resource.geo,
            attributes: resource.attributes.clone(),
            source_language: resource.source_language.clone(),
        }
    }
}

/// One matching resource.
#[derive(Debug, Clone)]
pub struct Hit {
    pub resource: Arc<Listing>,
    pub score: f32,
    /// Metres from the query's `near` point, when both are known.
    pub distance_m: Option<f64>,
    /// Open at the query's moment; `None` when the hours are unknown or say nothing
    /// definite then.
    pub open_now: Option<bool>,
    /// What contributed to the score, when the query asked.
    pub explanation: Option<HitExplanation>,
}

/// Counts of all hits per category and per area.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub category: BTreeMap<CategoryId, u64>,
    pub area: BTreeMap<AreaId, u64>,
}

/// The answer to a query.
#[derive(Debug, Clone, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// The category the query's words were read as most strongly, if any (what an unmet
    /// need is counted under).
    pub category: Option<CategoryId>,
    /// How the query was read, when it asked.
    pub explanation: Option<QueryExplanation>,
}
