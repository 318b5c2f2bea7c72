//! Wire types of the public API, built by hand from domain types. Every localized text
//! is chosen along the reader's fallback chain and says which language it is in.

mod accounts;
pub mod insights;
mod query;
pub mod upkeep;

pub use accounts::{AccountBody, AccountResponse, CreatedAccount, NewAccountBody, NewPassword};
pub use query::{LangQuery, ReferralReportQuery, SearchQuery, SuggestQuery, UnmetReportQuery};

use crate::error::ApiError;
use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use nabo_directory::{HitExplanation, QueryExplanation, Results, StoredResource, Suggestions};
use nabo_domain::{
    Address, Area, Attribute, Category, Geo, Language, LanguageTag, LocalizedText, ReferenceData,
    Resource,
};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// A text and the language it is in.
#[derive(Debug, Serialize, ToSchema)]
pub struct Text {
    pub text: String,
    pub lang: String,
}

fn pick(text: &LocalizedText, chain: &[LanguageTag], source: Option<&LanguageTag>) -> Option<Text> {
    text.pick(chain, source).map(|picked| Text {
        text: picked.text.to_owned(),
        lang: picked.lang.to_string(),
    })
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResponse {
    pub total: usize,
    pub took_ms: u64,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
    /// How the query was read (with `explain=true`; for tuning, not a stable shape).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub explanation: Option<QueryExplanation>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHit {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The language `name` is in (and `summary`, unless `summary_lang` says otherwise).
    pub lang: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary_lang: Option<String>,
    pub categories: Vec<String>,
    pub area: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    pub attributes: Vec<String>,
    /// Metres from `near`, when given and the place has coordinates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<u64>,
    /// Open at the moment of the request; `null` when its hours are unknown.
    pub open_now: Option<bool>,
    pub score: f32,
    /// What each part of the ranking contributed (with `explain=true`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub explanation: Option<HitExplanation>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Facets {
    pub category: BTreeMap<String, u64>,
    pub area: BTreeMap<String, u64>,
}

pub fn search_response(results: Results, chain: &[LanguageTag], took_ms: u64) -> SearchResponse {
    let hits = results
        .hits
        .into_iter()
        .map(|hit| {
            let resource = hit.resource;
            let name = pick(&resource.name, chain, Some(&resource.source_language));
            let (name, lang) = name.map(|t| (t.text, t.lang)).unwrap_or_default();
            let summary = pick(&resource.summary, chain, Some(&resource.source_language));
            let summary_lang = summary
                .as_ref()
                .map(|s| s.lang.clone())
                .filter(|l| *l != lang);
            SearchHit {
                id: resource.id.to_string(),
                name,
                summary: summary.map(|s| s.text),
                lang,
                summary_lang,
                categories: resource
                    .categories
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
                area: resource.area.to_string(),
                address: resource.address.clone(),
                attributes: resource
                    .attributes
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
                distance_m: hit.distance_m.map(|d| d.round() as u64),
                open_now: hit.open_now,
                score: hit.score,
                explanation: hit.explanation,
            }
        })
        .collect();
    SearchResponse {
        total: results.total,
        took_ms,
        hits,
        facets: Facets {
            category: keyed_by_string(results.facets.category),
            area: keyed_by_string(results.facets.area),
        },
        explanation: results.explanation,
    }
}

fn keyed_by_string<K: std::fmt::Display>(counts: BTreeMap<K, u64>) -> BTreeMap<String, u64> {
    counts
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResourceResponse {
    pub id: String,
    /// The language the reader asked for (resolved).
    pub lang: String,
    pub name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<Text>,
    pub categories: Vec<String>,
    pub area: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geo: Option<Geo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_e164: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
    pub languages_spoken: Vec<String>,
    pub attributes: Vec<String>,
    pub source_language: String,
    /// Every language some text of this resource is available in.
    pub available_languages: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<String>,
    pub version: i64,
    pub updated_at: String,
}

pub fn resource_response(
    stored: StoredResource,
    lang: &LanguageTag,
    chain: &[LanguageTag],
) -> ResourceResponse {
    let StoredResource {
        resource,
        version,
        updated_at,
    } = stored;
    let source = Some(&resource.source_language);
    let Resource {
        id,
        categories,
        area,
        name,
        summary,
        description,
        access,
        address,
        geo,
        phone,
        email,
        website,
        opening_hours,
        languages_spoken,
        attributes,
        source_language,
        verified_at,
    } = resource.clone();
    ResourceResponse {
        id: id.to_string(),
        lang: lang.to_string(),
        name: pick(&name, chain, source).unwrap_or(Text {
            text: id.to_string(),
            lang: source_language.to_string(),
        }),
        summary: pick(&summary, chain, source),
        description: pick(&description, chain, source),
        access: pick(&access, chain, source),
        categories: categories.iter().map(ToString::to_string).collect(),
        area: area.to_string(),
        address,
        geo,
        phone: phone.as_ref().map(|p| p.display().to_owned()),
        phone_e164: phone.as_ref().map(|p| p.e164().to_owned()),
        email: email.map(String::from),
        website: website.map(String::from),
        opening_hours: opening_hours.map(String::from),
        languages_spoken: languages_spoken.iter().map(ToString::to_string).collect(),
        attributes: attributes.iter().map(ToString::to_string).collect(),
        source_language: source_language.to_string(),
        available_languages: resource
            .text_languages()
            .iter()
            .map(ToString::to_string)
            .collect(),
        verified_at: verified_at.map(|d| d.format("%Y-%m-%d").to_string()),
        version,
        updated_at,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CategoryItem {
    pub id: String,
    pub name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
}

pub fn category_item(category: &Category, chain: &[LanguageTag]) -> CategoryItem {
    CategoryItem {
        id: category.id.to_string(),
        name: pick(&category.name, chain, None).unwrap_or(Text {
            text: category.id.to_string(),
            lang: "und".to_owned(),
        }),
        parent: category.parent.as_ref().map(ToString::to_string),
        icon: category.icon.clone(),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AreaItem {
    pub id: String,
    pub name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub country: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub centre: Option<Geo>,
}

pub fn area_item(area: &Area, chain: &[LanguageTag]) -> AreaItem {
    AreaItem {
        id: area.id.to_string(),
        name: pick(&area.name, chain, None).unwrap_or(Text {
            text: area.id.to_string(),
            lang: "und".to_owned(),
        }),
        kind: area.kind.clone(),
        country: area.country.clone(),
        parent: area.parent.as_ref().map(ToString::to_string),
        centre: area.centre,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttributeItem {
    pub id: String,
    pub name: Text,
}

pub fn attribute_item(attribute: &Attribute, chain: &[LanguageTag]) -> AttributeItem {
    AttributeItem {
        id: attribute.id.to_string(),
        name: pick(&attribute.name, chain, None).unwrap_or(Text {
            text: attribute.id.to_string(),
            lang: "und".to_owned(),
        }),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LanguageItem<'a> {
    pub tag: &'a str,
    pub aliases: Vec<&'a str>,
    pub autonym: &'a str,
    pub english_name: &'a str,
    pub script: &'a str,
    #[schema(value_type = nabo_domain::Direction)]
    pub direction: &'static str,
    pub fallback: Vec<&'a str>,
}

pub fn language_item(language: &Language) -> LanguageItem<'_> {
    LanguageItem {
        tag: language.tag.as_str(),
        aliases: language.aliases.iter().map(LanguageTag::as_str).collect(),
        autonym: &language.autonym,
        english_name: &language.english_name,
        script: &language.script,
        direction: language.direction.as_str(),
        fallback: language.fallback.iter().map(LanguageTag::as_str).collect(),
    }
}

/// The areas, ordered by their name in the reader's language.
pub fn areas(reference: &ReferenceData, chain: &[LanguageTag]) -> Vec<AreaItem> {
    let mut items: Vec<AreaItem> = reference
        .areas
        .values()
        .map(|a| area_item(a, chain))
        .collect();
    items.sort_by(|a, b| a.name.text.cmp(&b.name.text).then_with(|| a.id.cmp(&b.id)));
    items
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestResponse {
    pub suggestions: Vec<Suggestion>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Suggestion {
    pub text: String,
    pub lang: String,
    /// The category the phrase belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The resource whose name this is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
}

pub fn suggest_response(
    suggestions: Suggestions,
    lang: &LanguageTag,
    chain: &[LanguageTag],
    limit: usize,
) -> SuggestResponse {
    let phrases = suggestions
        .phrases
        .into_iter()
        .map(|(category, text)| Suggestion {
            text,
            lang: lang.to_string(),
            category: Some(category.to_string()),
            resource: None,
        });
    let resources = suggestions.resources.into_iter().filter_map(|resource| {
        let name = pick(&resource.name, chain, Some(&resource.source_language))?;
        Some(Suggestion {
            text: name.text,
            lang: name.lang,
            category: None,
            resource: Some(resource.id.to_string()),
        })
    });
    SuggestResponse {
        suggestions: phrases.chain(resources).take(limit).collect(),
    }
}

/// A resource record from a request body (JSON, the fields of an import's record). With
/// `path_id`, the record's id may be left out, and if given must be the path's.
pub fn resource_record(
    body: &[u8],
    path_id: Option<&str>,
) -> Result<nabo_domain::ResourceRecord, ApiError> {
    let invalid =
        |field: &str, message: String| ApiError::InvalidBody(vec![(field.to_owned(), message)]);
    let mut record: nabo_domain::ResourceRecord = serde_json::from_slice(body).map_err(|e| {
        invalid(
            "",
            format!("the body is not a resource record in JSON: {e}"),
        )
    })?;
    if let Some(path_id) = path_id {
        match record.id.as_deref() {
            None => record.id = Some(path_id.to_owned()),
            Some(id) if id == path_id => {}
            Some(id) => {
                return Err(invalid(
                    "id",
                    format!("{id:?} is not the id in the path ({path_id:?})"),
                ));
            }
        }
    }
    Ok(record)
}

/// A saved resource: its id, the version it is at now (also its `ETag`) and when.
#[derive(Debug, Serialize, ToSchema, utoipa::ToResponse)]
#[response(
    description = "Saved",
    headers(
        ("ETag" = String, description = "The stored version, quoted"),
        ("Location" = String, description = "The resource in the public API"),
    )
)]
pub struct Saved {
    pub id: String,
    pub version: i64,
    pub updated_at: String,
}

/// The answer to a save: status, `ETag` (the version), `Location`, and the stored
/// resource's id, version and time.
pub fn saved(status: StatusCode, saved: &StoredResource) -> Response {
    let location = format!("/api/v1/resources/{}", saved.resource.id);
    let body = Saved {
        id: saved.resource.id.to_string(),
        version: saved.version,
        updated_at: saved.updated_at.clone(),
    };
    let mut response = (status, Json(body)).into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::ETAG, format!("\"{}\"", saved.version)),
        (header::LOCATION, location),
    ] {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
    response
}

/// A resource id from a path: an id that cannot exist is not found.
pub fn resource_id(text: &str) -> Result<nabo_domain::ResourceId, ApiError> {
    nabo_domain::ResourceId::parse(text)
        .map_err(|_| ApiError::NotFound(format!("there is no resource with id {text:?}")))
}
