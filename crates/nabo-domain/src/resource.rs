//! Resources: one local service at one place. `ResourceRecord` is what arrives from
//! files and the API; `ResourceRecord::validate` turns it into a `Resource`, reporting
//! every problem at once.

use crate::contact::{Email, Phone, Website};
use crate::geo::Geo;
use crate::hours::OpeningHours;
use crate::ids::{AreaId, AttributeId, CategoryId, ResourceId};
use crate::language::LanguageTag;
use crate::localized::LocalizedText;
use crate::problem::{Problem, ProblemKind, Problems};
use crate::reference::ReferenceData;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A postal address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A validated resource. Its JSON form is the interchange form of SPEC §2; field order
/// and map order are fixed, so exports are byte-stable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    pub id: ResourceId,
    pub categories: Vec<CategoryId>,
    pub area: AreaId,
    pub name: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub summary: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub description: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub access: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geo: Option<Geo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<Phone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<Website>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<OpeningHours>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages_spoken: Vec<LanguageTag>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<AttributeId>,
    pub source_language: LanguageTag,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<NaiveDate>,
}

impl Resource {
    /// Every language any localized field of this resource has text in.
    pub fn text_languages(&self) -> Vec<LanguageTag> {
        let mut tags: Vec<LanguageTag> =
            [&self.name, &self.summary, &self.description, &self.access]
                .into_iter()
                .flat_map(|text| text.languages().cloned())
                .collect();
        tags.sort();
        tags.dedup();
        tags
    }
}

/// Coordinates as they arrive, checked by `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct GeoRecord {
    pub lat: f64,
    pub lon: f64,
}

/// A resource as it arrives, before validation. Every field is optional here so that a
/// missing one is reported together with all other problems. (Its OpenAPI schema says
/// what `validate` requires.)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResourceRecord {
    /// Lower-case letters, digits and hyphens; when saving by id, the path's id.
    pub id: Option<String>,
    /// Category ids (`GET /api/v1/categories`), at least one.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, min_items = 1))]
    pub categories: Vec<String>,
    /// The area id (`GET /api/v1/areas`).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub area: Option<String>,
    /// Texts by language tag; the source language's is required.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub name: BTreeMap<String, String>,
    #[serde(default)]
    pub summary: BTreeMap<String, String>,
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    #[serde(default)]
    pub access: BTreeMap<String, String>,
    pub address: Option<Address>,
    pub geo: Option<GeoRecord>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub opening_hours: Option<String>,
    #[serde(default)]
    pub languages_spoken: Vec<String>,
    #[serde(default)]
    pub attributes: Vec<String>,
    /// The language the texts were written in.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub source_language: Option<String>,
    /// `YYYY-MM-DD`.
    #[cfg_attr(feature = "openapi", schema(format = Date))]
    pub verified_at: Option<String>,
}

const NAME_MAX: usize = 200;
const SUMMARY_MAX: usize = 500;
const LONG_TEXT_MAX: usize = 5000;

impl ResourceRecord {
    /// Checks every field against the formats and the reference data and returns the
    /// resource, or every problem found.
    pub fn validate(self, reference: &ReferenceData) -> Result<Resource, Vec<Problem>> {
        let mut problems = Problems::default();

        let id = match &self.id {
            Some(id) => problems.check("id", ResourceId::parse(id)),
            None => {
                problems.push_kind(ProblemKind::Required, "id", "is required");
                None
            }
        };

        if self.categories.is_empty() {
            problems.push_kind(
                ProblemKind::Required,
                "categories",
                "at least one category is required",
            );
        }
        let mut categories = Vec::new();
        for (index, raw) in self.categories.iter().enumerate() {
            let field = format!("categories[{index}]");
            if let Some(category) = problems.check(&field, CategoryId::parse(raw)) {
                if reference.category(&category).is_none() {
                    problems.push_kind(
                        ProblemKind::Unknown,
                        &field,
                        format!("unknown category {raw:?}"),
                    );
                } else if categories.contains(&category) {
                    problems.push_kind(
                        ProblemKind::Duplicate,
                        &field,
                        format!("category {raw:?} is listed twice"),
                    );
                } else {
                    categories.push(category);
                }
            }
        }

        let area = match &self.area {
            Some(raw) => problems.check("area", AreaId::parse(raw)).and_then(|area| {
                if reference.area(&area).is_none() {
                    problems.push_kind(
                        ProblemKind::Unknown,
                        "area",
                        format!("unknown area {raw:?}"),
                    );
                    None
                } else {
                    Some(area)
                }
            }),
            None => {
                problems.push_kind(ProblemKind::Required, "area", "is required");
                None
            }
        };

        let name = localized(&mut problems, reference, "name", self.name, NAME_MAX);
        if name.is_empty() {
            problems.push_kind(
                ProblemKind::Required,
                "name",
                "a name in at least one language is required",
            );
        }
        let summary = localized(
            &mut problems,
            reference,
            "summary",
            self.summary,
            SUMMARY_MAX,
        );
        let description = localized(
            &mut problems,
            reference,
            "description",
            self.description,
            LONG_TEXT_MAX,
        );
        let access = localized(
            &mut problems,
            reference,
            "access",
            self.access,
            LONG_TEXT_MAX,
        );

        let source_language = match &self.source_language {
            Some(raw) => problems
                .check("source_language", LanguageTag::parse(raw))
                .map(|tag| reference.languages.canonical(tag)),
            None => {
                problems.push_kind(ProblemKind::Required, "source_language", "is required");
                None
            }
        };
        if let Some(source) = &source_language
            && !name.is_empty()
            && name.get(source).is_none()
        {
            problems.push_kind(
                ProblemKind::Required,
                "name",
                format!("has no text in the source language \"{source}\""),
            );
        }

        if let Some(address) = &self.address {
            check_address(&mut problems, address);
        }
        let geo = self
            .geo
            .and_then(|g| problems.check("geo", Geo::new(g.lat, g.lon)));
        let phone = self
            .phone
            .as_deref()
            .and_then(|p| problems.check("phone", Phone::parse(p)));
        let email = self
            .email
            .as_deref()
            .and_then(|e| problems.check("email", Email::parse(e)));
        let website = self
            .website
            .as_deref()
            .and_then(|w| problems.check("website", Website::parse(w)));
        let opening_hours = self
            .opening_hours
            .as_deref()
            .and_then(|h| problems.check("opening_hours", OpeningHours::parse(h)));

        let mut languages_spoken = Vec::new();
        for (index, raw) in self.languages_spoken.iter().enumerate() {
            if let Some(tag) = problems.check(
                format!("languages_spoken[{index}]"),
                LanguageTag::parse(raw),
            ) {
                let tag = reference.languages.canonical(tag);
                if !languages_spoken.contains(&tag) {
                    languages_spoken.push(tag);
                }
            }
        }

        let mut attributes = Vec::new();
        for (index, raw) in self.attributes.iter().enumerate() {
            let field = format!("attributes[{index}]");
            if let Some(attribute) = problems.check(&field, AttributeId::parse(raw)) {
                if reference.attribute(&attribute).is_none() {
                    problems.push_kind(
                        ProblemKind::Unknown,
                        &field,
                        format!("unknown attribute {raw:?}"),
                    );
                } else if !attributes.contains(&attribute) {
                    attributes.push(attribute);
                }
            }
        }

        let verified_at = self.verified_at.as_deref().and_then(|raw| {
            problems.check(
                "verified_at",
                NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                    .map_err(|_| format!("{raw:?} is not a date of the form YYYY-MM-DD")),
            )
        });

        match (id, area, source_language) {
            (Some(id), Some(area), Some(source_language)) if problems.is_empty() => Ok(Resource {
                id,
                categories,
                area,
                name,
                summary,
                description,
                access,
                address: self.address,
                geo,
                phone,
                email,
                website,
                opening_hours,
                languages_spoken,
                attributes,
                source_language,
                verified_at,
            }),
            _ => Err(problems.into_vec()),
        }
    }
}

impl From<&Resource> for ResourceRecord {
    fn from(resource: &Resource) -> Self {
        let texts = |text: &LocalizedText| {
            text.iter()
                .map(|(tag, text)| (tag.to_string(), text.to_owned()))
                .collect()
        };
        Self {
            id: Some(resource.id.to_string()),
            categories: resource
                .categories
                .iter()
                .map(ToString::to_string)
                .collect(),
            area: Some(resource.area.to_string()),
            name: texts(&resource.name),
            summary: texts(&resource.summary),
            description: texts(&resource.description),
            access: texts(&resource.access),
            address: resource.address.clone(),
            geo: resource.geo.map(|g| GeoRecord {
                lat: g.lat,
                lon: g.lon,
            }),
            phone: resource.phone.as_ref().map(|p| p.display().to_owned()),
            email: resource.email.as_ref().map(|e| e.as_str().to_owned()),
            website: resource.website.as_ref().map(|w| w.as_str().to_owned()),
            opening_hours: resource
                .opening_hours
                .as_ref()
                .map(|h| h.as_str().to_owned()),
            languages_spoken: resource
                .languages_spoken
                .iter()
                .map(ToString::to_string)
                .collect(),
            attributes: resource
                .attributes
                .iter()
                .map(ToString::to_string)
                .collect(),
            source_language: Some(resource.source_language.to_string()),
            verified_at: resource
                .verified_at
                .map(|d| d.format("%Y-%m-%d").to_string()),
        }
    }
}

fn localized(
    problems: &mut Problems,
    reference: &ReferenceData,
    field: &str,
    raw: BTreeMap<String, String>,
    max_chars: usize,
) -> LocalizedText {
    let mut texts = BTreeMap::new();
    for (raw_tag, text) in raw {
        let path = format!("{field}.{raw_tag}");
        let Some(tag) = problems.check(&path, LanguageTag::parse(&raw_tag)) else {
            continue;
        };
        let tag = reference.languages.canonical(tag);
        let text = text.trim().to_owned();
        if text.is_empty() {
            problems.push_kind(ProblemKind::Required, &path, "is empty");
            continue;
        }
        let length = text.chars().count();
        if length > max_chars {
            problems.push_kind(
                ProblemKind::TooLong,
                &path,
                format!("is {length} characters long; at most {max_chars} are allowed"),
            );
            continue;
        }
        if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            problems.push(&path, "contains control characters");
            continue;
        }
        if texts.contains_key(&tag) {
            problems.push_kind(
                ProblemKind::Duplicate,
                &path,
                format!("gives a second text for the language {tag}"),
            );
            continue;
        }
        texts.insert(tag, text);
    }
    LocalizedText::new(texts)
}

fn check_address(problems: &mut Problems, address: &Address) {
    let parts = [
        ("address.street", &address.street),
        ("address.postcode", &address.postcode),
        ("address.city", &address.city),
    ];
    for (field, value) in parts {
        if let Some(value) = value {
            if value.trim().is_empty() {
                problems.push_kind(ProblemKind::Required, field, "is empty");
            } else if value.chars().count() > 200 {
                problems.push_kind(ProblemKind::TooLong, field, "is longer than 200 characters");
            }
        }
    }
    if let Some(country) = &address.country
        && !(country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()))
    {
        problems.push(
            "address.country",
            format!("{country:?} is not an ISO 3166-1 alpha-2 country code such as \"DK\""),
        );
    }
}
