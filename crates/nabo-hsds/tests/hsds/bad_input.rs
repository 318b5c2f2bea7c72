//! Input that is not HSDS, or breaks what the mapping needs, fails with an error that
//! names the file, the line or record, and the field.

use crate::support::{demo, hsds, importer_with_defaults, tag};
use nabo_hsds::{HsdsError, ImportOptions, Importer};

fn error_of(result: Result<nabo_hsds::Imported, HsdsError>) -> HsdsError {
    match result {
        Ok(imported) => panic!(
            "expected an error, imported {} record(s)",
            imported.records.len()
        ),
        Err(error) => error,
    }
}

#[test]
fn malformed_json_names_file_line_and_column() {
    let (reference, _) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("broken.json");
    std::fs::write(&file, "{\n  \"id\": \"a\",\n  \"name\": \n").expect("writes");
    let error = error_of(importer_with_defaults(reference).json_file(&file));
    assert!(
        matches!(error, HsdsError::Json { line: 4, .. }),
        "{error:?}"
    );
    let shown = error.to_string();
    assert!(
        shown.starts_with(&format!(
            "{}: line 4, column 0: not valid JSON",
            file.display()
        )),
        "{shown}"
    );
}

#[test]
fn a_service_without_a_name_is_refused_with_its_id_and_field() {
    let (reference, _) = demo();
    let error = error_of(
        importer_with_defaults(reference)
            .json_str(r#"[{"id": "good", "name": "Fine", "status": "active"}, {"id": "abc", "status": "active"}]"#),
    );
    let HsdsError::Invalid(problems) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "service[abc].name");
    assert_eq!(
        error.to_string(),
        "1 problem(s) in the HSDS input:\n  service[abc].name: is required"
    );
}

#[test]
fn wrong_types_are_named_by_field() {
    let (reference, _) = demo();
    let error = error_of(importer_with_defaults(reference).json_str(
        r#"{"id": "s1", "name": "A", "status": "active", "phones": "+45 12 34 56 78", "latitude": 1,
            "service_at_locations": [{"id": "l1", "location": {"id": "x", "location_type": "physical", "latitude": "north", "longitude": 1}}]}"#,
    ));
    let shown = error.to_string();
    assert!(
        shown.contains("service[s1].phones: must be an array, not text"),
        "{shown}"
    );
    assert!(
        shown.contains(
            "service[s1].service_at_locations[0].location.latitude: \"north\" is not a number"
        ),
        "{shown}"
    );
}

#[test]
fn what_is_no_hsds_document_is_refused() {
    let (reference, _) = demo();
    let importer = importer_with_defaults(reference);
    let error = error_of(importer.json_str(r#"{"hello": "world"}"#));
    assert!(
        matches!(error, HsdsError::UnknownDocument { .. }),
        "{error:?}"
    );
    let error = error_of(importer.json_str("42"));
    assert_eq!(
        error.to_string(),
        "not an HSDS document: expected an object or an array, not a number"
    );
}

#[test]
fn a_datapackage_with_a_missing_csv_names_it() {
    let (reference, _) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        hsds().join("examples/csv/services.csv"),
        dir.path().join("services.csv"),
    )
    .expect("copies");
    let descriptor = r#"{"name": "test", "resources": [
        {"name": "service", "path": "services.csv"},
        {"name": "phone", "path": "phones.csv"}]}"#;
    std::fs::write(dir.path().join("datapackage.json"), descriptor).expect("writes");
    let error = error_of(importer_with_defaults(reference).datapackage(dir.path()));
    let HsdsError::MissingTable { table, file, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(table, "phone");
    assert_eq!(file, &dir.path().join("phones.csv"));
    assert_eq!(
        error.to_string(),
        format!(
            "{}: the data package lists the table \"phone\" in {}, which does not exist",
            dir.path().join("datapackage.json").display(),
            dir.path().join("phones.csv").display()
        )
    );
}

#[test]
fn a_csv_row_of_the_wrong_width_names_file_and_line() {
    let (reference, _) = demo();
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("services.csv"),
        "id,name,status\ns1,Fine,active\ns2,Broken\n",
    )
    .expect("writes");
    let error = error_of(importer_with_defaults(reference).datapackage(dir.path()));
    assert_eq!(
        error.to_string(),
        format!(
            "{}:3: not valid CSV: a row has 2 fields where the header has 3",
            dir.path().join("services.csv").display()
        )
    );
}

#[test]
fn a_record_without_category_or_area_fails_validation_by_field() {
    let (reference, _) = demo();
    let importer = Importer::new(reference, ImportOptions::new(tag("en")));
    let imported = importer
        .json_str(r#"{"id": "s1", "name": "Somewhere", "status": "active"}"#)
        .expect("reads");
    assert!(
        imported
            .report
            .iter()
            .any(|f| f.kind.code() == "unresolved")
    );
    let shown = imported
        .into_resources(reference)
        .expect_err("no category, no area")
        .to_string();
    assert!(shown.contains("service[s1] (resource \"somewhere-92cfceb3\").categories: at least one category is required")
        || shown.contains(".categories: at least one category is required"), "{shown}");
    assert!(shown.contains(".area: is required"), "{shown}");
}
