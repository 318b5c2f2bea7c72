//! What a search asks for, in domain terms. The search crate turns it into a ranked
//! index query (`plan.rs`); callers never build index queries themselves.

use chrono::{DateTime, Utc};
use nabo_domain::{AreaId, AttributeId, CategoryId, Geo, LanguageTag};

/// A search request.
#[derive(Debug, Clone)]
pub struct Query {
    /// What the person typed (may be empty when a filter is given).
    pub text: String,
    /// The searcher's language: it drives analysis, ranking and the language hits are
    /// shown in.
    pub lang: LanguageTag,
    /// Only resources in this area or an area inside it.
    pub area: Option<AreaId>,
    /// Only resources in one of these areas or an area inside one (the municipalities a
    /// postcode covers); empty: no such filter. With `area` as well, both must hold.
    pub areas: Vec<AreaId>,
    /// Only resources of this category.
    pub category: Option<CategoryId>,
    /// Only resources with all of these access attributes.
    pub attributes: Vec<AttributeId>,
    /// Order by distance from this point.
    pub near: Option<Geo>,
    /// Only places within this distance of `near`.
    pub radius_km: Option<f64>,
    /// Leave out places known to be closed at `now`; open ones first.
    pub open_now: bool,
    /// The moment "open now" means (the request's time; fixed in tests).
    pub now: DateTime<Utc>,
    pub limit: usize,
    pub offset: usize,
    /// Say what each part of the ranking contributed (`Results::explanation`,
    /// `Hit::explanation`).
    pub explain: bool,
}

impl Query {
    /// A query for `text` in `lang`, at this moment, first page of 10, no filters.
    pub fn new(text: impl Into<String>, lang: LanguageTag) -> Self {
        Self {
            text: text.into(),
            lang,
            area: None,
            areas: Vec::new(),
            category: None,
            attributes: Vec::new(),
            near: None,
            radius_km: None,
            open_now: false,
            now: Utc::now(),
            limit: 10,
            offset: 0,
            explain: false,
        }
    }

    /// Whether hits must be visited one by one (distance or opening hours decide): the
    /// slower kind of search.
    pub fn needs_scan(&self) -> bool {
        self.near.is_some() || self.radius_km.is_some() || self.open_now
    }

    /// Whether anything besides the text narrows or orders the hits.
    pub fn is_filtered(&self) -> bool {
        self.area.is_some()
            || !self.areas.is_empty()
            || self.category.is_some()
            || !self.attributes.is_empty()
            || self.open_now
            || self.near.is_some()
    }

    /// Whether there is anything to search for (text or a filter).
    pub fn asks_anything(&self) -> bool {
        !self.text.is_empty() || self.is_filtered()
    }
}
