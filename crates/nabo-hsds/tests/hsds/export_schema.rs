//! Exports of the demo directory are valid HSDS 3.0: every entity in every API form,
//! against the official compiled schemas, formats checked.

use crate::support::{assert_valid, compiled, demo, page_schema, to_value, validator};
use nabo_hsds::{Exporter, Page, PageRequest, ServiceDetail};
use serde_json::Value;

fn pages<T: serde::Serialize>(items: Vec<T>, per_page: u64) -> Vec<Value> {
    let total = items.len() as u64;
    let pages = total.div_ceil(per_page).max(1);
    (1..=pages)
        .map(|page| {
            let request = PageRequest::new(Some(page), Some(per_page)).expect("valid request");
            to_value(&Page::of(items.iter(), request))
        })
        .collect()
}

#[test]
fn services_validate_in_full_and_list_forms() {
    let (reference, resources) = demo();
    let exporter = Exporter::new(reference);
    let full = validator(&compiled("service"));
    for resource in resources {
        assert_valid(
            &full,
            &to_value(&exporter.service(resource)),
            resource.id.as_str(),
        );
    }
    let list = validator(&page_schema(compiled("service_list")));
    let items = resources
        .iter()
        .map(|r| exporter.service_list_item(r))
        .collect();
    let pages = pages(items, 15);
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[2]["size"], 10);
    assert_eq!(pages[2]["last_page"], true);
    for page in &pages {
        assert_valid(&list, page, "a page of services");
    }
}

#[test]
fn organizations_validate_in_full_and_list_forms() {
    let (reference, resources) = demo();
    let exporter = Exporter::new(reference);
    let full = validator(&compiled("organization"));
    for resource in resources {
        for detail in [ServiceDetail::ListItem, ServiceDetail::Full] {
            let organization = to_value(&exporter.organization(resource, detail));
            assert_valid(&full, &organization, resource.id.as_str());
            assert_eq!(organization["services"].as_array().map(Vec::len), Some(1));
        }
    }
    let list = validator(&page_schema(compiled("organization_list")));
    let items = resources
        .iter()
        .map(|r| exporter.organization_list_item(r))
        .collect();
    for page in pages(items, 25) {
        assert_valid(&list, &page, "a page of organizations");
    }
}

#[test]
fn services_at_locations_validate_in_full_and_list_forms() {
    let (reference, resources) = demo();
    let exporter = Exporter::new(reference);
    let full = validator(&compiled("service_at_location"));
    let mut with_place = 0;
    for resource in resources {
        let Some(link) = exporter.service_at_location(resource) else {
            assert!(
                resource.address.is_none() && resource.geo.is_none(),
                "{}",
                resource.id
            );
            continue;
        };
        with_place += 1;
        assert_valid(&full, &to_value(&link), resource.id.as_str());
    }
    // The four women's shelters have no address on purpose.
    assert_eq!(with_place, 36);
    let list = validator(&page_schema(compiled("service_at_location_list")));
    let items = resources
        .iter()
        .filter_map(|r| exporter.service_at_location_list_item(r))
        .collect();
    for page in pages(items, 20) {
        assert_valid(&list, &page, "a page of services at locations");
    }
}

#[test]
fn taxonomies_and_terms_validate() {
    let (reference, _) = demo();
    let exporter = Exporter::new(reference);
    // The compiled service schema holds the term and taxonomy shapes, self-contained.
    let service = compiled("service");
    let term_schema =
        service["properties"]["attributes"]["items"]["properties"]["taxonomy_term"].clone();
    let taxonomy_schema = term_schema["properties"]["taxonomy_detail"].clone();
    let terms = validator(&page_schema(term_schema));
    let taxonomies = validator(&page_schema(taxonomy_schema));
    let all_terms = exporter.taxonomy_terms();
    assert_eq!(
        all_terms.len(),
        reference.categories.len() + reference.attributes.len()
    );
    for page in pages(all_terms, 50) {
        assert_valid(&terms, &page, "a page of taxonomy terms");
    }
    for page in pages(exporter.taxonomies(), 50) {
        assert_valid(&taxonomies, &page, "a page of taxonomies");
    }
}

#[test]
fn directory_files_validate_and_say_what_nabo_knows() {
    let (reference, resources) = demo();
    let export = Exporter::new(reference).directory(resources);
    let files = export.files().expect("serializes");
    let names: Vec<&str> = files.iter().map(|f| f.name).collect();
    assert_eq!(
        names,
        [
            "services.json",
            "organizations.json",
            "service_at_locations.json",
            "taxonomies.json",
            "taxonomy_terms.json"
        ]
    );
    let parse = |name: &str| -> Value {
        let file = files.iter().find(|f| f.name == name).expect("file exists");
        serde_json::from_str(&file.contents).expect("valid JSON")
    };
    for (name, schema) in [
        ("services.json", "service"),
        ("organizations.json", "organization"),
        ("service_at_locations.json", "service_at_location"),
    ] {
        let array = validator(&serde_json::json!({"type": "array", "items": compiled(schema)}));
        assert_valid(&array, &parse(name), name);
    }

    let services = parse("services.json");
    let ids: Vec<&str> = services
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|s| s["x-nabo"]["id"].as_str())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted, "services are ordered by Nabo id");

    let service = services
        .as_array()
        .and_then(|all| {
            all.iter()
                .find(|s| s["x-nabo"]["id"] == "aarhus-borgerservice-vest")
        })
        .expect("the demo service");
    assert_eq!(service["name"], "Borgerservice Vest, Gellerup");
    assert_eq!(service["status"], "active");
    assert_eq!(service["assured_date"], "2026-10-02");
    assert_eq!(
        service["url"],
        "https://example.dk/aarhus/borgerservice-vest"
    );
    assert_eq!(service["phones"][0]["number"], "+45 87 13 42 10");
    assert_eq!(service["service_areas"][0]["name"], "Aarhus");
    assert_eq!(service["x-nabo"]["area"], "dk-0751");
    assert_eq!(service["x-nabo"]["source_language"], "da");
    assert_eq!(
        service["x-nabo"]["translations"]["name"]["so"],
        "Borgerservice Vest – Xafiiska adeegga muwaadiniinta ee Gellerup"
    );
    assert!(
        service["x-nabo"]["translations"]["name"]["da"].is_null(),
        "the source text is in `name`"
    );
    assert!(
        service["x-nabo"]["translations"]["summary"]["da"].is_string(),
        "summary has no HSDS field"
    );
    let schedules: Vec<(String, String, String)> = service["schedules"]
        .as_array()
        .expect("schedules")
        .iter()
        .map(|s| {
            assert_eq!(
                s["description"],
                "Mo-Fr 10:00-14:00; Th 10:00-17:00; PH off"
            );
            assert_eq!(s["freq"], "WEEKLY");
            let text = |key: &str| s[key].as_str().unwrap_or_default().to_owned();
            (text("byday"), text("opens_at"), text("closes_at"))
        })
        .collect();
    assert_eq!(
        schedules,
        [
            (
                "MO,TU,WE,FR".to_owned(),
                "10:00".to_owned(),
                "14:00".to_owned()
            ),
            ("TH".to_owned(), "10:00".to_owned(), "17:00".to_owned()),
        ]
    );
    assert_eq!(
        service["schedules"][0]["notes"],
        "Not in freq/byday/opens_at/closes_at (see description): PH off. Times are local time in Europe/Copenhagen."
    );
    let address = &service["service_at_locations"][0]["location"]["addresses"][0];
    assert_eq!(address["address_1"], "Gudrunsvej 10");
    assert_eq!(address["state_province"], "Central Denmark Region");
    let codes: Vec<&str> = service["attributes"]
        .as_array()
        .expect("attributes")
        .iter()
        .filter_map(|a| a["taxonomy_term"]["code"].as_str())
        .collect();
    assert_eq!(
        codes,
        [
            "citizen-service",
            "drop-in",
            "free-interpreter",
            "wheelchair-accessible"
        ]
    );
    let languages: Vec<(&str, &str)> = service["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .filter_map(|l| Some((l["code"].as_str()?, l["name"].as_str()?)))
        .collect();
    assert_eq!(languages[..2], [("da", "Danish"), ("en", "English")]);
}
