//! Shared test helpers: the demo directory, the HSDS material and schema validators.

use jsonschema::Validator;
use nabo_domain::{LanguageTag, ReferenceData, Resource};
use nabo_hsds::{ImportOptions, Importer};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::OnceLock;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `shared/hsds`: the official HSDS material.
pub fn hsds() -> PathBuf {
    repo().join("../shared/hsds")
}

/// The reference data and demo resources of `content/`, as Nabo loads them.
pub fn demo() -> &'static (ReferenceData, Vec<Resource>) {
    static DEMO: OnceLock<(ReferenceData, Vec<Resource>)> = OnceLock::new();
    DEMO.get_or_init(|| {
        let content = repo().join("content");
        let reference =
            nabo_content::load_reference(&content).expect("content reference data loads");
        let batch = nabo_content::read_batch(&[content.join("resources")], &reference)
            .expect("demo resources load");
        assert_eq!(
            batch.resources.len(),
            40,
            "the demo directory has 40 resources"
        );
        (reference, batch.resources)
    })
}

pub fn tag(value: &str) -> LanguageTag {
    LanguageTag::parse(value).expect("valid tag")
}

/// An importer for foreign HSDS: English texts, defaults for category and area.
pub fn importer_with_defaults(reference: &ReferenceData) -> Importer<'_> {
    let mut options = ImportOptions::new(tag("en"));
    options.default_category =
        Some(nabo_domain::CategoryId::parse("social-services").expect("valid id"));
    options.default_area = Some(nabo_domain::AreaId::parse("dk-0101").expect("valid id"));
    Importer::new(reference, options)
}

pub fn read_json(path: PathBuf) -> Value {
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A compiled schema of `shared/hsds/schema/compiled`.
pub fn compiled(name: &str) -> Value {
    read_json(hsds().join("schema/compiled").join(format!("{name}.json")))
}

/// The HSDS API's `Page` (its OpenAPI document) with `contents` items of `item`; every
/// paging field required.
pub fn page_schema(item: Value) -> Value {
    let openapi = read_json(hsds().join("schema/openapi.json"));
    let page = openapi["components"]["schemas"]["Page"].clone();
    json!({
        "allOf": [page],
        "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
        "properties": {"contents": {"type": "array", "items": item}}
    })
}

/// A validator that also checks formats (`uuid`, `email`, `uri`, `date-time`).
pub fn validator(schema: &Value) -> Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles")
}

pub fn assert_valid(validator: &Validator, instance: &Value, label: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .take(10)
        .map(|error| format!("  {}: {error}", error.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{label} is not valid HSDS 3.0:\n{}",
        errors.join("\n")
    );
}

pub fn to_value(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).expect("serializes")
}
