//! What kind of HSDS document a JSON value is, and the walk through it to its services:
//! a service (full or list item), an organization with its services, a service at
//! location with its service, a page of the HSDS API (`contents`), an array of any of
//! these, or the JSON form of the tabular package (`{"services.csv": [...], ...}`).
//! Taxonomies, taxonomy terms, lone locations and the API's own information carry no
//! service: they are reported as such.

use crate::error::HsdsError;
use crate::import::fields::{Fields, entity_path, kind};
use crate::import::service::{self, Context};
use crate::import::walk::Walk;
use crate::report::{FindingKind, Place};
use serde_json::{Map, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Page,
    Tabular,
    Service,
    Organization,
    ServiceAtLocation,
    Location,
    Taxonomy,
    TaxonomyTerm,
    ApiInformation,
}

/// Recognizes an HSDS entity by the fields only it has.
pub(crate) fn kind_of(map: &Map<String, Value>) -> Option<Kind> {
    let has = |key: &str| map.contains_key(key);
    let has_any = |keys: &[&str]| keys.iter().any(|key| map.contains_key(*key));
    let kind = if matches!(map.get("contents"), Some(Value::Array(_))) {
        Kind::Page
    } else if !map.is_empty() && map.keys().all(|key| key.ends_with(".csv")) {
        Kind::Tabular
    } else if matches!(map.get("service"), Some(Value::Object(_))) {
        Kind::ServiceAtLocation
    } else if has("location_type") {
        Kind::Location
    } else if has_any(&[
        "status",
        "service_at_locations",
        "x-nabo",
        "url",
        "schedules",
        "service_areas",
        "application_process",
        "eligibility_description",
        "interpretation_services",
        "fees_description",
        "assured_date",
        "program_id",
        "cost_options",
        "required_documents",
    ]) || matches!(map.get("organization"), Some(Value::Object(_)))
    {
        Kind::Service
    } else if matches!(map.get("services"), Some(Value::Array(_))) {
        Kind::Organization
    } else if has_any(&[
        "code",
        "taxonomy_detail",
        "taxonomy_id",
        "parent_id",
        "term_uri",
        "taxonomy",
    ]) {
        Kind::TaxonomyTerm
    } else if has("openapi_url") || (has("version") && has("profile") && !has("id")) {
        Kind::ApiInformation
    } else if has_any(&[
        "website",
        "legal_status",
        "tax_status",
        "tax_id",
        "year_incorporated",
        "organization_identifiers",
        "parent_organization_id",
        "logo",
    ]) {
        Kind::Organization
    } else if has("id") && has("name") && has_any(&["uri", "version"]) {
        Kind::Taxonomy
    } else if has("id") && has("name") {
        Kind::Organization
    } else {
        return None;
    };
    Some(kind)
}

/// Walks a whole JSON document.
pub(crate) fn document(walk: &mut Walk, value: Value, place: &Place) -> Result<(), HsdsError> {
    match &value {
        Value::Array(_) => {}
        Value::Object(map) => match kind_of(map) {
            Some(Kind::Tabular) => {
                return crate::import::datapackage::from_json(walk, value, place);
            }
            Some(_) => {}
            None => {
                return Err(HsdsError::UnknownDocument {
                    place: place.clone(),
                    message: "expected a service, an organization, a service at location, a page of them or an array of them".to_owned(),
                });
            }
        },
        other => {
            return Err(HsdsError::UnknownDocument {
                place: place.clone(),
                message: format!("expected an object or an array, not {}", kind(other)),
            });
        }
    }
    entity(walk, value, place, "the document");
    Ok(())
}

/// Walks one entity (or a page or array of them) found at `position`.
fn entity(walk: &mut Walk, value: Value, place: &Place, position: &str) {
    let value = match value {
        Value::Array(items) => {
            for (index, item) in items.into_iter().enumerate() {
                entity(walk, item, place, &format!("{position}[{index}]"));
            }
            return;
        }
        other => other,
    };
    let kind = value.as_object().and_then(kind_of);
    match kind {
        Some(Kind::Page) => {
            if let Value::Object(mut page) = value
                && let Some(Value::Array(items)) = page.remove("contents")
            {
                for (index, item) in items.into_iter().enumerate() {
                    entity(walk, item, place, &format!("contents[{index}]"));
                }
            }
        }
        Some(Kind::Service) => service::import(walk, value, place, position, Context::default()),
        Some(Kind::Organization) => organization(walk, value, place, position),
        Some(Kind::ServiceAtLocation) => service_at_location(walk, value, place, position),
        Some(Kind::Location) => not_imported(
            walk,
            "location",
            value,
            place,
            position,
            "a location without a service: Nabo holds services at places",
        ),
        Some(Kind::Taxonomy) => not_imported(walk, "taxonomy", value, place, position, TAXONOMY),
        Some(Kind::TaxonomyTerm) => {
            not_imported(walk, "taxonomy_term", value, place, position, TAXONOMY)
        }
        Some(Kind::ApiInformation) => {
            let version = value.get("version").and_then(Value::as_str).unwrap_or("?");
            walk.finding(
                place,
                position,
                FindingKind::Notice(format!(
                    "information about an HSDS API (version {version}): nothing to import"
                )),
            );
        }
        Some(Kind::Tabular) | None => walk.problem(
            place,
            position,
            "is no HSDS entity: expected a service, an organization or a service at location",
        ),
    }
}

const TAXONOMY: &str = "Nabo's categories and attributes come from its content (taxonomy.toml, attributes.toml); the terms of a service are matched against them";

fn not_imported(
    walk: &mut Walk,
    entity: &str,
    value: Value,
    place: &Place,
    position: &str,
    reason: &str,
) {
    let path = entity_path(entity, &value, position);
    walk.finding(place, path, FindingKind::NotImported(reason.to_owned()));
}

/// An organization and its services.
fn organization(walk: &mut Walk, mut value: Value, place: &Place, position: &str) {
    let services = match value.as_object_mut().and_then(|map| map.remove("services")) {
        Some(Value::Array(services)) => services,
        _ => Vec::new(),
    };
    let path = entity_path("organization", &value, position);
    for (index, service_value) in services.into_iter().enumerate() {
        service::import(
            walk,
            service_value,
            place,
            &format!("{path}.services[{index}]"),
            Context::default(),
        );
    }
    report_organization(walk, value, place, position);
}

/// Reports the fields of an organization (once per id): Nabo has no organizations.
pub(crate) fn report_organization(walk: &mut Walk, value: Value, place: &Place, position: &str) {
    let path = entity_path("organization", &value, position);
    let Some(mut fields) = Fields::object(value, path, place, walk) else {
        return;
    };
    if !walk.organizations_seen.insert(fields.path.clone()) {
        return;
    }
    fields.skip("id");
    fields.finish(walk);
}

/// A service at location with its service: the service, read with this place first.
fn service_at_location(walk: &mut Walk, value: Value, place: &Place, position: &str) {
    let path = entity_path("service_at_location", &value, position);
    let Some(mut link) = Fields::object(value, path, place, walk) else {
        return;
    };
    let Some(service) = link.take("service") else {
        link.finish_whole(
            walk,
            FindingKind::NotImported("a service at location without its service".to_owned()),
        );
        return;
    };
    let position = link.field("service");
    service::import(
        walk,
        service,
        place,
        &position,
        Context { link: Some(link) },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(json: &str, expected: Option<Kind>) {
        let value: Value = serde_json::from_str(json).expect("valid JSON");
        let map = value.as_object().expect("an object");
        assert_eq!(kind_of(map), expected, "{json}");
    }

    #[test]
    fn recognizes_hsds_documents() {
        check(r#"{"total_items": 0, "contents": []}"#, Some(Kind::Page));
        check(
            r#"{"services.csv": [], "phones.csv": []}"#,
            Some(Kind::Tabular),
        );
        check(
            r#"{"id": "a", "service": {"id": "s"}}"#,
            Some(Kind::ServiceAtLocation),
        );
        check(
            r#"{"id": "a", "location_type": "virtual", "url": "https://x.org"}"#,
            Some(Kind::Location),
        );
        check(
            r#"{"id": "a", "name": "N", "status": "active"}"#,
            Some(Kind::Service),
        );
        check(
            r#"{"id": "a", "name": "N", "url": "https://x.org"}"#,
            Some(Kind::Service),
        );
        check(
            r#"{"id": "a", "name": "N", "services": []}"#,
            Some(Kind::Organization),
        );
        check(
            r#"{"id": "a", "name": "N", "description": "D"}"#,
            Some(Kind::Organization),
        );
        check(
            r#"{"id": "a", "name": "N", "description": "D", "version": "1"}"#,
            Some(Kind::Taxonomy),
        );
        check(
            r#"{"id": "a", "name": "N", "code": "c"}"#,
            Some(Kind::TaxonomyTerm),
        );
        check(
            r#"{"version": "3.0", "profile": "https://x.org"}"#,
            Some(Kind::ApiInformation),
        );
        check(r#"{"hello": "world"}"#, None);
    }
}
