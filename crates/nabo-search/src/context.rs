//! What the search knows besides the index: the taxonomy's and the areas' vocabularies,
//! which areas lie inside which, and each area's clock and holidays. Made from the
//! reference data and replaced whenever that changes.

use crate::vocabulary::Vocabulary;
use nabo_domain::{AreaId, CategoryId, ReferenceData};
use std::collections::HashMap;

/// Where an area's clocks and holidays are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Zone {
    /// IANA time zone.
    pub timezone: Option<String>,
    /// ISO 3166-1 alpha-2 country code (public holidays).
    pub country: Option<String>,
}

/// The reference data as the search uses it.
#[derive(Debug)]
pub struct Context {
    pub categories: Vocabulary<CategoryId>,
    pub areas: Vocabulary<AreaId>,
    /// Each category's closely related categories.
    related: HashMap<CategoryId, Vec<CategoryId>>,
    /// Each area with itself and every area inside it.
    inside: HashMap<AreaId, Vec<AreaId>>,
    /// Each area's zone, by id as the index stores it.
    zones: HashMap<String, Zone>,
}

impl Context {
    pub fn new(reference: &ReferenceData) -> Self {
        Self {
            categories: Vocabulary::categories(&reference.categories, &reference.frame_words),
            areas: Vocabulary::areas(reference.areas.values(), &reference.frame_words),
            related: reference
                .categories
                .iter()
                .map(|category| (category.id.clone(), category.related.clone()))
                .collect(),
            inside: reference
                .areas
                .keys()
                .map(|id| (id.clone(), reference.area_and_descendants(id)))
                .collect(),
            zones: reference
                .areas
                .values()
                .map(|area| {
                    let zone = Zone {
                        timezone: reference.timezone(&area.id).map(str::to_owned),
                        country: Some(area.country.clone()),
                    };
                    (area.id.to_string(), zone)
                })
                .collect(),
        }
    }

    /// `area` and every area inside it (just `area` when it is unknown).
    pub fn inside<'a>(&'a self, area: &'a AreaId) -> &'a [AreaId] {
        self.inside
            .get(area)
            .map_or(std::slice::from_ref(area), Vec::as_slice)
    }

    /// How many areas there are.
    pub fn area_count(&self) -> usize {
        self.inside.len()
    }

    /// The categories closely related to `category`.
    pub fn related(&self, category: &CategoryId) -> &[CategoryId] {
        self.related.get(category).map_or(&[], Vec::as_slice)
    }

    pub fn zone(&self, area: &str) -> Option<&Zone> {
        self.zones.get(area)
    }
}

impl Default for Context {
    fn default() -> Self {
        Self::new(&ReferenceData::default())
    }
}
