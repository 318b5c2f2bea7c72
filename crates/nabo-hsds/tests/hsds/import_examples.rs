//! Every official HSDS 3.0 example imports, and what does not fit Nabo is reported, by
//! entity, id and field.

use crate::support::{demo, hsds, importer_with_defaults};
use nabo_hsds::{FindingKind, Imported, Report};

const SERVICE: &str = "service[ac148810-d857-441c-9679-408f346de14b]";
const ORGANIZATION: &str = "organization[d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610]";

fn import(name: &str) -> Imported {
    let (reference, _) = demo();
    importer_with_defaults(reference)
        .json_file(&hsds().join("examples").join(name))
        .unwrap_or_else(|error| panic!("{name}: {error}"))
}

fn kind<'r>(report: &'r Report, path: &str) -> &'r FindingKind {
    &report
        .find(path)
        .unwrap_or_else(|| panic!("no finding for {path}; the report:\n{report}"))
        .kind
}

#[test]
fn every_json_example_imports() {
    let (reference, _) = demo();
    for (name, services) in [
        ("service_full.json", 1),
        ("service_list.json", 1),
        ("organization_full.json", 1),
        ("organization_list.json", 0),
        ("service_at_location_full.json", 1),
        ("service_at_location_list.json", 1),
        ("location.json", 0),
        ("taxonomy.json", 0),
        ("taxonomy_list.json", 0),
        ("taxonomy_term.json", 0),
        ("taxonomy_term_list.json", 0),
        ("base.json", 0),
        ("tabular.json", 1),
    ] {
        let imported = import(name);
        assert_eq!(imported.records.len(), services, "{name}");
        assert!(
            !imported.report.is_empty(),
            "{name}: an example always has something Nabo lacks"
        );
        let resources = imported
            .into_resources(reference)
            .unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(resources.len(), services, "{name}");
    }
}

#[test]
fn a_full_service_maps_what_maps() {
    let imported = import("service_full.json");
    let record = &imported.records[0].record;
    assert_eq!(
        imported.records[0].hsds_id,
        "ac148810-d857-441c-9679-408f346de14b"
    );
    assert_eq!(record.id.as_deref(), Some("community-counselling-ac148810"));
    assert_eq!(
        record.name.get("en").map(String::as_str),
        Some("Community Counselling")
    );
    assert_eq!(record.source_language.as_deref(), Some("en"));
    assert!(record.access["en"].starts_with("If you are an NHS patient"));
    assert!(record.description["en"].starts_with("Counselling Services provided"));
    assert_eq!(
        record.website.as_deref(),
        Some("http://example.com/counselling")
    );
    assert_eq!(record.email.as_deref(), Some("email@example.com"));
    assert_eq!(record.verified_at.as_deref(), Some("2005-01-01"));
    // The number is quoted in the example; the quotes go.
    assert_eq!(record.phone.as_deref(), Some("+44 1234 234567"));
    // freq WEEKLY, byday TH,FR, 10:00:00-18:00:00; its week numbers are reported.
    assert_eq!(record.opening_hours.as_deref(), Some("Th,Fr 10:00-18:00"));
    assert_eq!(record.languages_spoken, ["ur"]);
    let address = record.address.as_ref().expect("an address");
    assert_eq!(
        address.street.as_deref(),
        Some("1-30 Main Street, MyVillage")
    );
    assert_eq!(address.city.as_deref(), Some("MyCity"));
    assert_eq!(address.postcode.as_deref(), Some("ABC 1234"));
    assert_eq!(address.country.as_deref(), Some("US"));
    assert_eq!(record.geo, None, "latitude 100 is no place on Earth");
    assert_eq!(record.categories, ["social-services"]);
    assert_eq!(record.area.as_deref(), Some("dk-0101"));

    let report = &imported.report;
    for field in [
        "funding",
        "cost_options",
        "program",
        "required_documents",
        "contacts",
        "metadata",
        "alternate_name",
        "interpretation_services",
        "fees_description",
        "eligibility_description",
        "minimum_age",
        "alert",
        "last_modified",
        "phones[0].extension",
        "phones[0].description",
        "phones[0].languages",
        "schedules[0].byweekno",
        "schedules[0].valid_from",
        "schedules[0].description",
        "service_areas[0].extent",
        "languages[0].note",
        "service_at_locations[0].description",
        "service_at_locations[0].location.name",
        "service_at_locations[0].location.accessibility",
        "service_at_locations[0].location.addresses[0].attention",
    ] {
        assert_eq!(
            kind(report, &format!("{SERVICE}.{field}")),
            &FindingKind::NoNaboField,
            "{field}"
        );
    }
    for field in [
        "organization_identifiers",
        "legal_status",
        "funding",
        "locations",
        "programs",
    ] {
        assert_eq!(
            kind(report, &format!("{ORGANIZATION}.{field}")),
            &FindingKind::NoNaboField,
            "{field}"
        );
    }
    assert!(matches!(
        kind(report, &format!("{SERVICE}.service_at_locations[0].location.latitude")),
        FindingKind::Invalid(reason) if reason.contains("100")
    ));
    assert_eq!(
        kind(report, &format!("{SERVICE}.attributes[0]")),
        &FindingKind::Unmatched(
            "the taxonomy term \"code\" / \"name\" matches no Nabo category or attribute"
                .to_owned()
        )
    );
    assert!(matches!(
        kind(report, &format!("{SERVICE}.service_areas[0].name")),
        FindingKind::Unmatched(_)
    ));
    assert!(matches!(
        kind(
            report,
            &format!("{SERVICE}.service_at_locations[0].schedules[0]")
        ),
        FindingKind::Extra(_)
    ));
    assert!(matches!(
        kind(report, &format!("{SERVICE}.service_areas")),
        FindingKind::Defaulted(reason) if reason.contains("\"dk-0101\"")
    ));
    assert!(matches!(
        kind(report, &format!("{SERVICE}.attributes")),
        FindingKind::Defaulted(reason) if reason.contains("\"social-services\"")
    ));
    let shown = report
        .find(&format!("{SERVICE}.funding"))
        .expect("reported")
        .to_string();
    assert_eq!(
        shown,
        format!(
            "{}: {SERVICE}.funding: not imported: Nabo has no field for it",
            hsds().join("examples/service_full.json").display()
        )
    );
}

#[test]
fn organizations_and_lists_report_what_they_hold() {
    let organization = import("organization_full.json");
    assert_eq!(
        organization.records[0].record.id.as_deref(),
        Some("community-counselling-ac148810")
    );
    assert_eq!(
        kind(
            &organization.report,
            &format!("{ORGANIZATION}.organization_identifiers")
        ),
        &FindingKind::NoNaboField
    );

    let list = import("organization_list.json");
    assert_eq!(
        kind(&list.report, &format!("{ORGANIZATION}.name")),
        &FindingKind::NoNaboField
    );

    let terms = import("taxonomy_term_list.json");
    assert!(matches!(
        kind(
            &terms.report,
            "taxonomy_term[3f7b145d-84af-42d7-8fae-eaca714b02b2]"
        ),
        FindingKind::NotImported(_)
    ));
    let base = import("base.json");
    assert!(
        matches!(kind(&base.report, "the document"), FindingKind::Notice(text) if text.contains("3.0"))
    );

    let linked = import("service_at_location_full.json");
    let record = &linked.records[0].record;
    assert_eq!(record.opening_hours.as_deref(), Some("Th,Fr 10:00-18:00"));
    assert!(matches!(
        kind(
            &linked.report,
            "service_at_location[e94c9f38-1e8f-4564-91d4-d53501ab1765].description"
        ),
        FindingKind::NoNaboField
    ));
}

#[test]
fn the_tabular_datapackage_imports_with_files_and_lines() {
    let (reference, _) = demo();
    let dir = hsds().join("examples/csv");
    let imported = importer_with_defaults(reference)
        .datapackage(&dir)
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(imported.records.len(), 1);
    let record = &imported.records[0].record;
    assert_eq!(record.id.as_deref(), Some("community-counselling-ac148810"));
    assert_eq!(record.phone.as_deref(), Some("+44 1234 234567"));
    assert_eq!(record.opening_hours.as_deref(), Some("Th,Fr 10:00-18:00"));
    assert_eq!(record.languages_spoken, ["ur"]);
    assert_eq!(
        record.address.as_ref().and_then(|a| a.postcode.as_deref()),
        Some("ABC 1234")
    );

    let report = &imported.report;
    let at = |path: &str| {
        let finding = report
            .find(path)
            .unwrap_or_else(|| panic!("no finding for {path}:\n{report}"));
        let file = finding
            .place
            .file
            .as_ref()
            .and_then(|f| f.file_name())
            .and_then(|f| f.to_str());
        (
            file.unwrap_or_default().to_owned(),
            finding.place.line,
            finding.kind.code(),
        )
    };
    let expect = |file: &str, line: u64, code: &'static str| (file.to_owned(), Some(line), code);
    assert!(
        matches!(kind(report, "datapackage.json"), FindingKind::Notice(text) if text.contains("../../datapackage.json"))
    );
    assert_eq!(
        at(&format!("{SERVICE}.funding[0]")),
        expect("funding.csv", 2, "no-nabo-field")
    );
    assert_eq!(
        at(&format!("{SERVICE}.cost_options[0]")),
        expect("cost_options.csv", 2, "no-nabo-field")
    );
    assert_eq!(
        at(&format!("{SERVICE}.phones[0].extension")),
        expect("phones.csv", 2, "no-nabo-field")
    );
    assert_eq!(
        at(&format!("{SERVICE}.schedules[0].byweekno")),
        expect("schedules.csv", 2, "no-nabo-field")
    );
    assert_eq!(
        at(&format!("{SERVICE}.alternate_name")),
        expect("services.csv", 2, "no-nabo-field")
    );
    assert_eq!(
        at(&format!("{ORGANIZATION}.organization_identifiers[0]")),
        expect("organization_identifiers.csv", 2, "no-nabo-field")
    );
    assert_eq!(
        at(&format!(
            "{SERVICE}.service_at_locations[0].location.latitude"
        )),
        expect("locations.csv", 2, "invalid")
    );
    // The example's attribute links to an id that is in no table.
    assert_eq!(
        at("attribute[ae58cc39-8b70-4ab1-8aea-786882e5ac8e]"),
        expect("attributes.csv", 2, "unlinked")
    );
    assert_eq!(
        at("metadata[6cd71e9f-1013-49d9-8370-26b8f59d3e5a]"),
        expect("metadata.csv", 2, "unlinked")
    );
    assert_eq!(
        at("taxonomy_term[3f7b145d-84af-42d7-8fae-eaca714b02b2]"),
        expect("taxonomy_terms.csv", 2, "not-imported")
    );
    assert_eq!(
        at("meta_table_description[c11af60b-a394-4e53-9943-324dda2d17a1]"),
        expect("meta_table_descriptions.csv", 2, "not-imported")
    );
    imported
        .into_resources(reference)
        .expect("the record is a valid resource");
}
