//! Nabo → HSDS → Nabo → HSDS changes nothing: the same files, the same resources, every
//! translation included.

use crate::support::{demo, tag};
use nabo_domain::Resource;
use nabo_hsds::{Exporter, ImportOptions, Importer};

/// Writes the demo export, imports the folder, returns the resources and both exports.
fn round_trip() -> (Vec<Resource>, tempfile::TempDir, tempfile::TempDir) {
    let (reference, resources) = demo();
    let exporter = Exporter::new(reference);
    let first = tempfile::tempdir().expect("temp dir");
    exporter
        .directory(resources)
        .write_to(first.path())
        .expect("writes");

    // The import must not need the defaults: everything is in the export.
    let importer = Importer::new(reference, ImportOptions::new(tag("en")));
    let imported = importer.path(first.path()).expect("imports");
    assert!(
        imported.report.is_empty(),
        "a Nabo export imports whole:\n{}",
        imported.report
    );
    assert_eq!(imported.records.len(), resources.len());
    let back = imported.into_resources(reference).expect("valid resources");

    let second = tempfile::tempdir().expect("temp dir");
    exporter
        .directory(&back)
        .write_to(second.path())
        .expect("writes");
    (back, first, second)
}

#[test]
fn export_import_export_gives_the_same_files_and_resources() {
    let (_, resources) = demo();
    let (back, first, second) = round_trip();
    for name in [
        "services.json",
        "organizations.json",
        "service_at_locations.json",
        "taxonomies.json",
        "taxonomy_terms.json",
    ] {
        let read = |dir: &tempfile::TempDir| {
            std::fs::read_to_string(dir.path().join(name)).expect("file written")
        };
        assert!(
            read(&first) == read(&second),
            "{name} changed in the round trip"
        );
    }
    let mut expected = resources.clone();
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(back.len(), expected.len());
    for (after, before) in back.iter().zip(&expected) {
        assert_eq!(after, before, "{} changed in the round trip", before.id);
    }
}

#[test]
fn arabic_and_somali_names_survive_the_round_trip() {
    let (_, resources) = demo();
    let (back, first, _) = round_trip();
    let services = std::fs::read_to_string(first.path().join("services.json")).expect("written");
    assert!(services.contains("\"ar\": \"Borgerservice Vest – مكتب خدمة المواطنين في Gellerup\""));
    let id = "aarhus-borgerservice-vest";
    let find = |list: &[Resource]| {
        list.iter()
            .find(|r| r.id.as_str() == id)
            .cloned()
            .expect("resource")
    };
    let (before, after) = (find(resources), find(&back));
    for language in ["ar", "so", "uk", "en", "da"] {
        let language = tag(language);
        assert!(
            before.name.get(&language).is_some(),
            "the demo has a {language} name"
        );
        assert_eq!(
            after.name.get(&language),
            before.name.get(&language),
            "name in {language}"
        );
        assert_eq!(
            after.summary.get(&language),
            before.summary.get(&language),
            "summary in {language}"
        );
        assert_eq!(
            after.access.get(&language),
            before.access.get(&language),
            "access in {language}"
        );
    }
    assert_eq!(
        after.name.get(&tag("so")),
        Some("Borgerservice Vest – Xafiiska adeegga muwaadiniinta ee Gellerup")
    );
}

#[test]
fn a_single_service_document_round_trips_too() {
    let (reference, resources) = demo();
    let exporter = Exporter::new(reference);
    let importer = Importer::new(reference, ImportOptions::new(tag("en")));
    for resource in resources {
        let json = serde_json::to_string(&exporter.service(resource)).expect("serializes");
        let imported = importer.json_str(&json).expect("imports");
        assert!(
            imported.report.is_empty(),
            "{}:\n{}",
            resource.id,
            imported.report
        );
        let back = imported.into_resources(reference).expect("valid");
        assert_eq!(&back[0], resource);
    }
}
