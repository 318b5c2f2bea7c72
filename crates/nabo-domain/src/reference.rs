//! Reference data: the areas, categories, access attributes and languages that resources
//! refer to, and the postcodes that name areas. It comes from `content/` and is the same
//! for every replica.

use crate::geo::Geo;
use crate::ids::{AreaId, AttributeId, CategoryId};
use crate::language::{LanguageTag, Languages};
use crate::localized::LocalizedText;
use crate::postcode::Postcode;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A municipality, district, region or country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: AreaId,
    pub name: LocalizedText,
    /// `country`, `region`, `municipality` or `district`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// IANA time zone; when absent, the parent's applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centre: Option<Geo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<AreaId>,
    /// Other names people type for the place (`kbh`, `cph`), in no particular language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// A category of service in the taxonomy, with the words people use for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub id: CategoryId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<CategoryId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Closely related kinds of service (a job centre and an unemployment fund): what
    /// a person looking for this one may need instead, shown after it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<CategoryId>,
    pub name: LocalizedText,
    /// Synonyms and need phrases per language.
    #[serde(default)]
    pub terms: BTreeMap<LanguageTag, Vec<String>>,
}

/// An access attribute a resource may carry (`women-only-hours`, ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribute {
    pub id: AttributeId,
    /// The pictogram shown beside its name (a name the web app draws).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    pub name: LocalizedText,
    #[serde(default)]
    pub description: LocalizedText,
}

/// What a postcode names: its town and the areas (municipalities) it covers, more than
/// one when it spans a boundary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostcodePlace {
    /// The postal town as the postal service writes it (`Aarhus C`, `Brabrand`).
    pub town: String,
    /// In the content's order; never empty.
    pub areas: Vec<AreaId>,
}

/// Everything resources are validated against and localized with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReferenceData {
    pub languages: Languages,
    pub areas: BTreeMap<AreaId, Area>,
    /// In the taxonomy's own order.
    pub categories: Vec<Category>,
    /// In the vocabulary's own order.
    pub attributes: Vec<Attribute>,
    /// Per language, the words of need phrases that say nothing about which service is
    /// needed ("I", "need", "looking for"): the vocabulary counts them for little.
    pub frame_words: BTreeMap<LanguageTag, Vec<String>>,
    /// The postcodes of the content's `postcodes.txt` (none when it has no such file).
    pub postcodes: BTreeMap<Postcode, PostcodePlace>,
}

impl ReferenceData {
    pub fn area(&self, id: &AreaId) -> Option<&Area> {
        self.areas.get(id)
    }

    pub fn category(&self, id: &CategoryId) -> Option<&Category> {
        self.categories.iter().find(|c| &c.id == id)
    }

    pub fn attribute(&self, id: &AttributeId) -> Option<&Attribute> {
        self.attributes.iter().find(|a| &a.id == id)
    }

    /// The town and the areas a postcode names.
    pub fn postcode(&self, postcode: &Postcode) -> Option<&PostcodePlace> {
        self.postcodes.get(postcode)
    }

    /// The mean of the centres of `areas` (those that have one): the point a search by
    /// postcode measures distances from. `None` when none of them has a centre.
    pub fn centre_of(&self, areas: &[AreaId]) -> Option<Geo> {
        let (lat, lon, count) = areas
            .iter()
            .filter_map(|id| self.areas.get(id)?.centre)
            .fold((0.0, 0.0, 0_u32), |(lat, lon, count), centre| {
                (lat + centre.lat, lon + centre.lon, count + 1)
            });
        if count == 0 {
            return None;
        }
        Geo::new(lat / f64::from(count), lon / f64::from(count)).ok()
    }

    /// The time zone that applies in an area: its own, else the nearest ancestor's.
    pub fn timezone(&self, id: &AreaId) -> Option<&str> {
        let mut current = self.areas.get(id);
        // Bounded walk: a cycle in content must not hang the server.
        for _ in 0..16 {
            let area = current?;
            if let Some(tz) = &area.timezone {
                return Some(tz);
            }
            current = area.parent.as_ref().and_then(|p| self.areas.get(p));
        }
        None
    }

    /// The area and all areas below it (a region contains its municipalities).
    pub fn area_and_descendants(&self, id: &AreaId) -> Vec<AreaId> {
        let mut found = vec![id.clone()];
        let mut index = 0;
        while index < found.len() {
            let parent = found[index].clone();
            for area in self.areas.values() {
                if area.parent.as_ref() == Some(&parent) && !found.contains(&area.id) {
                    found.push(area.id.clone());
                }
            }
            index += 1;
        }
        found
    }
}
