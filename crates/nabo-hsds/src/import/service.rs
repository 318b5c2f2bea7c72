//! One HSDS service as one Nabo resource record: the mapping of the crate documentation,
//! field by field. Whatever the record does not take is reported.

use crate::ids::HsdsId;
use crate::import::extension::{self, Extension};
use crate::import::fields::{Fields, entity_path};
use crate::import::place::{self, AreaHint, Candidate, PlaceParts};
use crate::import::schedules::opening_hours;
use crate::import::terms::{read_languages, read_terms};
use crate::import::walk::Walk;
use crate::import::{ImportedRecord, slug};
use crate::report::{FindingKind, Place};
use chrono::NaiveDate;
use nabo_domain::{Email, LanguageTag, Phone, ResourceId, ResourceRecord, Website};
use serde_json::Value;
use std::collections::BTreeMap;

/// What a service was found in.
#[derive(Debug, Default)]
pub(crate) struct Context {
    /// The service at location it was read from (`/service_at_locations/{id}`): its
    /// place comes first.
    pub link: Option<Fields>,
}

/// Nabo's limits on text lengths, in characters.
const SUMMARY_MAX: usize = 500;
const LONG_TEXT_MAX: usize = 5000;

/// Phone types one can call.
const CALLABLE: [&str; 5] = ["voice", "cell", "text", "textphone", "video"];

pub(crate) fn import(
    walk: &mut Walk,
    value: Value,
    place: &Place,
    position: &str,
    context: Context,
) {
    let path = entity_path("service", &value, position);
    let Some(mut fields) = Fields::object(value, path, place, walk) else {
        return;
    };
    let hsds_id = fields.take_str("id", walk);
    let name = fields.take_str("name", walk);
    for (key, present) in [("id", hsds_id.is_some()), ("name", name.is_some())] {
        if !present {
            walk.problem(&fields.place, fields.field(key), "is required");
        }
    }
    let (Some(hsds_id), Some(name)) = (hsds_id, name) else {
        return;
    };
    match fields.take_str("status", walk).as_deref() {
        None | Some("active") => {}
        Some("temporarily closed") => walk.finding(
            &fields.place,
            fields.field("status"),
            FindingKind::Invalid(
                "Nabo has no status \"temporarily closed\": the service is imported as open"
                    .to_owned(),
            ),
        ),
        Some(status @ ("inactive" | "defunct")) => {
            walk.finding(
                &fields.place,
                fields.path.clone(),
                FindingKind::Skipped(format!("its status is {status:?}")),
            );
            return;
        }
        Some(other) => {
            walk.problem(
                &fields.place,
                fields.field("status"),
                format!("{other:?} is not an HSDS status (active, inactive, defunct, temporarily closed)"),
            );
            return;
        }
    }

    let extension = extension::read(walk, &mut fields);
    let id = resource_id(walk, &fields, &extension, &hsds_id, &name);
    let source_language = source_language(walk, &fields, &extension);
    let mut record = ResourceRecord {
        id: Some(id.clone()),
        source_language: Some(source_language.clone()),
        ..ResourceRecord::default()
    };
    texts(
        walk,
        &mut fields,
        &extension,
        &source_language,
        name,
        &mut record,
    );
    record.website = checked(walk, &mut fields, "url", |url| {
        Website::parse(url).map(|_| ())
    });
    record.email = checked(walk, &mut fields, "email", |email| {
        Email::parse(email).map(|_| ())
    });
    record.verified_at = checked(walk, &mut fields, "assured_date", |date| {
        NaiveDate::parse_from_str(date.get(..10).unwrap_or(date), "%Y-%m-%d")
            .map(|_| ())
            .map_err(|_| format!("{date:?} is not a date of the form YYYY-MM-DD"))
    })
    .map(|date| date.chars().take(10).collect());

    organization(walk, &mut fields, &id);

    let mut links = Candidate::list(
        fields.take_list("service_at_locations", walk),
        &fields.field("service_at_locations"),
        &fields.place,
    );
    let mut parts = PlaceParts::default();
    let first = match context.link {
        Some(link) => Some(link),
        None if !links.is_empty() => links.remove(0).fields(walk),
        None => None,
    };
    if let Some(link) = first {
        parts = place::read(walk, link);
    }
    for extra in links {
        walk.finding(
            &extra.place,
            extra.path,
            FindingKind::Extra("Nabo keeps one place per resource".to_owned()),
        );
    }
    record.address = parts.address.take();
    record.geo = parts.geo.take();

    let mut phones = Candidate::list(
        fields.take_list("phones", walk),
        &fields.field("phones"),
        &fields.place,
    );
    phones.append(&mut parts.phones);
    record.phone = phone(walk, phones);

    let mut schedule_groups = vec![Candidate::list(
        fields.take_list("schedules", walk),
        &fields.field("schedules"),
        &fields.place,
    )];
    schedule_groups.append(&mut parts.schedules);
    record.opening_hours = opening_hours(walk, schedule_groups);

    let languages = Candidate::list(
        fields.take_list("languages", walk),
        &fields.field("languages"),
        &fields.place,
    );
    record.languages_spoken = read_languages(walk, languages);

    let links = Candidate::list(
        fields.take_list("attributes", walk),
        &fields.field("attributes"),
        &fields.place,
    );
    let terms = read_terms(walk, links);
    record.categories = terms.categories;
    record.attributes = terms.attributes;
    if record.categories.is_empty() {
        record.categories = default_category(walk, &fields);
    }

    let service_areas = Candidate::list(
        fields.take_list("service_areas", walk),
        &fields.field("service_areas"),
        &fields.place,
    );
    record.area = area(walk, &fields, &extension, service_areas, parts.area_hints);

    fields.skip_links();
    let place = fields.place.clone();
    fields.finish(walk);
    walk.records.push(ImportedRecord {
        hsds_id,
        place,
        record,
    });
}

/// The Nabo id the extension carries, else one made from the name and the HSDS id.
fn resource_id(
    walk: &mut Walk,
    fields: &Fields,
    extension: &Extension,
    hsds_id: &str,
    name: &str,
) -> String {
    if let Some(id) = &extension.id {
        match ResourceId::parse(id) {
            Ok(id) => return id.to_string(),
            Err(error) => walk.finding(
                &fields.place,
                format!("{}.x-nabo.id", fields.path),
                FindingKind::Invalid(format!("{error}; an id was made from the name")),
            ),
        }
    }
    slug::resource_id(hsds_id, name)
}

fn source_language(walk: &mut Walk, fields: &Fields, extension: &Extension) -> String {
    if let Some(tag) = &extension.source_language {
        match LanguageTag::parse(tag) {
            Ok(tag) => return tag.to_string(),
            Err(error) => walk.finding(
                &fields.place,
                format!("{}.x-nabo.source_language", fields.path),
                FindingKind::Invalid(format!("{error}; the default source language was used")),
            ),
        }
    }
    walk.options.source_language.to_string()
}

/// Name, summary, description and access: the HSDS fields in the source language, the
/// extension's translations in the others.
fn texts(
    walk: &mut Walk,
    fields: &mut Fields,
    extension: &Extension,
    source: &str,
    name: String,
    record: &mut ResourceRecord,
) {
    let description = fields.take_str("description", walk);
    let access = fields.take_str("application_process", walk);
    let field = |key: &'static str, main: Option<String>, max: usize, walk: &mut Walk| {
        let mut texts: BTreeMap<String, String> =
            extension.translations.get(key).cloned().unwrap_or_default();
        if let Some(main) = main {
            texts.insert(source.to_owned(), main);
        }
        texts.retain(|tag, text| {
            let length = text.chars().count();
            let fits = length <= max;
            if !fits {
                walk.finding(
                    &fields.place,
                    format!("{}.{key}.{tag}", fields.path),
                    FindingKind::Invalid(format!(
                        "is {length} characters long; Nabo's {key} holds at most {max}"
                    )),
                );
            }
            fits
        });
        texts
    };
    record.name = field("name", Some(name), usize::MAX, walk);
    record.summary = field("summary", None, SUMMARY_MAX, walk);
    record.description = field("description", description, LONG_TEXT_MAX, walk);
    record.access = field("access", access, LONG_TEXT_MAX, walk);
}

/// A text field whose value Nabo checks: an invalid value is reported, not kept.
fn checked<E: std::fmt::Display>(
    walk: &mut Walk,
    fields: &mut Fields,
    key: &str,
    check: impl Fn(&str) -> Result<(), E>,
) -> Option<String> {
    let value = fields.take_str(key, walk)?;
    match check(&value) {
        Ok(()) => Some(value),
        Err(error) => {
            walk.finding(
                &fields.place,
                fields.field(key),
                FindingKind::Invalid(error.to_string()),
            );
            None
        }
    }
}

/// Reports the service's organization once, unless it is the one Nabo derives from the
/// resource (its fields are the service's own).
fn organization(walk: &mut Walk, fields: &mut Fields, resource_id: &str) {
    let Some(value) = fields.take("organization") else {
        return;
    };
    let derived = ResourceId::parse(resource_id)
        .map(|id| HsdsId::organization(&id).to_string())
        .ok();
    let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
    if id.is_some() && id == derived {
        return;
    }
    crate::import::document::report_organization(
        walk,
        value,
        &fields.place,
        &fields.field("organization"),
    );
}

/// The first phone one can call and whose number Nabo reads; the others are reported.
fn phone(walk: &mut Walk, phones: Vec<Candidate>) -> Option<String> {
    let mut chosen = None;
    for candidate in phones {
        let Some(mut fields) = candidate.fields(walk) else {
            continue;
        };
        let kind = fields.get_str("type").map(str::to_ascii_lowercase);
        if kind
            .as_deref()
            .is_some_and(|kind| !CALLABLE.contains(&kind))
        {
            let kind = kind.unwrap_or_default();
            fields.finish_whole(
                walk,
                FindingKind::Invalid(format!("a {kind} number is not a number to call")),
            );
            continue;
        }
        if chosen.is_some() {
            fields.finish_whole(
                walk,
                FindingKind::Extra("Nabo keeps one phone per resource".to_owned()),
            );
            continue;
        }
        let Some(number) = fields
            .get_str("number")
            .map(|n| n.trim_matches(['"', '\'', ' ']).to_owned())
        else {
            fields.finish_whole(
                walk,
                FindingKind::Invalid("the phone has no number".to_owned()),
            );
            continue;
        };
        match Phone::parse(&number) {
            Ok(_) => {
                chosen = Some(number);
                fields.skip("number");
                fields.skip("type");
                fields.skip_links();
                fields.finish(walk);
            }
            Err(error) => fields.finish_whole(walk, FindingKind::Invalid(error.to_string())),
        }
    }
    chosen
}

fn default_category(walk: &mut Walk, fields: &Fields) -> Vec<String> {
    match &walk.options.default_category {
        Some(category) => {
            let category = category.to_string();
            walk.finding(
                &fields.place,
                fields.field("attributes"),
                FindingKind::Defaulted(format!(
                    "no taxonomy term matched a Nabo category: the default category {category:?} was used"
                )),
            );
            vec![category]
        }
        None => {
            walk.finding(
                &fields.place,
                fields.field("attributes"),
                FindingKind::Unresolved(
                    "no taxonomy term matched a Nabo category and no default category was given: the record will not validate".to_owned(),
                ),
            );
            Vec::new()
        }
    }
}

/// The area: the extension's, else the first service area or address part whose name
/// is an area's, else the default. Names that matched nothing are reported.
fn area(
    walk: &mut Walk,
    fields: &Fields,
    extension: &Extension,
    service_areas: Vec<Candidate>,
    hints: Vec<AreaHint>,
) -> Option<String> {
    let mut chosen = extension
        .area
        .as_deref()
        .and_then(|area| walk.matcher.area(area))
        .map(ToString::to_string);
    if let (Some(given), None) = (&extension.area, &chosen) {
        walk.finding(
            &fields.place,
            format!("{}.x-nabo.area", fields.path),
            FindingKind::Unmatched(format!("{given:?} is no area of this directory")),
        );
    }
    for service_area in service_areas {
        let Some(mut area_fields) = service_area.fields(walk) else {
            continue;
        };
        let name = area_fields.take_str("name", walk);
        let found = name
            .as_deref()
            .and_then(|name| walk.matcher.area(name))
            .map(ToString::to_string);
        match (found, name) {
            (Some(found), _) if chosen.is_none() || chosen.as_ref() == Some(&found) => {
                chosen = Some(found)
            }
            (Some(found), _) => walk.finding(
                &area_fields.place,
                area_fields.field("name"),
                FindingKind::Extra(format!(
                    "Nabo keeps one area per resource; this one is {found:?}"
                )),
            ),
            (None, Some(name)) => walk.finding(
                &area_fields.place,
                area_fields.field("name"),
                FindingKind::Unmatched(format!(
                    "{name:?} is the name of no area of this directory"
                )),
            ),
            (None, None) => {}
        }
        area_fields.skip_links();
        area_fields.finish(walk);
    }
    for hint in hints {
        let found = walk.matcher.area(&hint.text).map(ToString::to_string);
        if chosen.is_none() {
            chosen = found.clone();
        }
        if found.is_none() && !hint.kept {
            walk.finding(&hint.place, hint.path, FindingKind::NoNaboField);
        }
    }
    if chosen.is_some() {
        return chosen;
    }
    match &walk.options.default_area {
        Some(area) => {
            let area = area.to_string();
            walk.finding(
                &fields.place,
                fields.field("service_areas"),
                FindingKind::Defaulted(format!("no service area or address matched a Nabo area: the default area {area:?} was used")),
            );
            Some(area)
        }
        None => {
            walk.finding(
                &fields.place,
                fields.field("service_areas"),
                FindingKind::Unresolved(
                    "no service area or address matched a Nabo area and no default area was given: the record will not validate".to_owned(),
                ),
            );
            None
        }
    }
}
