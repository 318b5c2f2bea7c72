//! `postcodes.txt`: the project's postcodes load and name their municipalities, and
//! every mistake in a copy is named with its line.

use nabo_domain::{AreaId, Postcode, ReferenceData};
use std::path::{Path, PathBuf};

fn content() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// A copy of the project's reference files with `postcodes` as `postcodes.txt` (none
/// when `None`).
fn with_postcodes(postcodes: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for file in [
        "languages.toml",
        "attributes.toml",
        "areas.toml",
        "taxonomy.toml",
    ] {
        std::fs::copy(content().join(file), dir.path().join(file)).expect("copy");
    }
    if let Some(text) = postcodes {
        std::fs::write(dir.path().join("postcodes.txt"), text).expect("write");
    }
    dir
}

fn load(dir: &Path) -> Result<ReferenceData, String> {
    nabo_content::load_reference(dir).map_err(|error| error.to_string())
}

fn areas_of(reference: &ReferenceData, postcode: &str) -> Option<(String, Vec<String>)> {
    let place = reference.postcode(&Postcode::parse(postcode).expect("postcode"))?;
    let areas = place.areas.iter().map(AreaId::to_string).collect();
    Some((place.town.clone(), areas))
}

#[test]
fn the_projects_postcodes_name_their_municipalities() {
    let reference = nabo_content::load_reference(&content()).expect("content");
    assert!(
        reference.postcodes.len() > 1000,
        "{}",
        reference.postcodes.len()
    );
    let check = |postcode: &str, town: &str, areas: &[&str]| {
        let expected = (
            town.to_owned(),
            areas.iter().map(|a| a.to_string()).collect(),
        );
        assert_eq!(areas_of(&reference, postcode), Some(expected), "{postcode}");
    };
    check("8220", "Brabrand", &["dk-0751"]);
    check("8000", "Aarhus C", &["dk-0751"]);
    // Spanning two municipalities: both.
    check("2000", "Frederiksberg", &["dk-0101", "dk-0147"]);
    check("4000", "Roskilde", &["dk-0169", "dk-0265", "dk-0350"]);
    // Christiansø (dk-0411) is no area of the content: Gudhjem keeps Bornholm only.
    check("3760", "Gudhjem", &["dk-0400"]);
    // Business-only postcodes under 1000 are left out ("Udland" is abroad).
    assert_eq!(areas_of(&reference, "0960"), None);
    assert_eq!(areas_of(&reference, "1234"), None);
    // Every postcode is in a municipality of the content.
    for (postcode, place) in &reference.postcodes {
        for area in &place.areas {
            let kind = reference.area(area).and_then(|a| a.kind.as_deref());
            assert_eq!(kind, Some("municipality"), "{postcode}: {area}");
        }
    }
}

#[test]
fn a_postcodes_point_is_the_mean_of_its_municipalities_centres() {
    let reference = nabo_content::load_reference(&content()).expect("content");
    let centre = |id: &str| {
        let area = reference
            .area(&AreaId::parse(id).expect("id"))
            .expect("area");
        area.centre.expect("centre")
    };
    let frederiksberg = reference
        .postcode(&Postcode::parse("2000").expect("postcode"))
        .expect("2000");
    let point = reference.centre_of(&frederiksberg.areas).expect("point");
    let (copenhagen, frederiksberg) = (centre("dk-0101"), centre("dk-0147"));
    assert!((point.lat - (copenhagen.lat + frederiksberg.lat) / 2.0).abs() < 1e-9);
    assert!((point.lon - (copenhagen.lon + frederiksberg.lon) / 2.0).abs() < 1e-9);
    assert_eq!(reference.centre_of(&[]), None);
}

#[test]
fn a_content_folder_without_postcodes_has_none() {
    let dir = with_postcodes(None);
    let reference = load(dir.path()).expect("loads");
    assert!(reference.postcodes.is_empty());
}

#[test]
fn a_good_file_with_comments_and_a_postcode_on_two_lines_loads() {
    let dir = with_postcodes(Some(
        "# Postcodes.\n\n8000|dk-0751|Aarhus C\n 2000 | dk-0101 | Frederiksberg \n2000|dk-0147|Frederiksberg\n",
    ));
    let reference = load(dir.path()).expect("loads");
    assert_eq!(reference.postcodes.len(), 2);
    assert_eq!(
        areas_of(&reference, "2000"),
        Some((
            "Frederiksberg".to_owned(),
            vec!["dk-0101".to_owned(), "dk-0147".to_owned()]
        ))
    );
}

#[test]
fn every_malformed_line_is_named_with_its_number_and_what_is_wrong() {
    let text = [
        "# header",
        "8000|dk-0751|Aarhus C",
        "8000|dk-0751",
        "80000|dk-0751|Aarhus C",
        "8a00|dk-0751|Aarhus C",
        "8200|dk-0411|Aarhus N",
        "8200|DK 0751|Aarhus N",
        "8210|dk-0751|",
        "8000|dk-0461|Odense C",
        "8000|dk-0751|Aarhus C",
        "8220|dk-0751|Brabrand|extra",
    ]
    .join("\n");
    let dir = with_postcodes(Some(&text));
    let message = load(dir.path()).expect_err("malformed lines");
    let file = dir.path().join("postcodes.txt");
    let expected = [
        "3: expected postcode|area id|town, found 2 field(s) in \"8000|dk-0751\"",
        "4: postcode: postcode \"80000\" must be 4 digits, e.g. 8000",
        "5: postcode: postcode \"8a00\" must be 4 digits, e.g. 8000",
        "6: postcode 8200: area: unknown area \"dk-0411\" (not in areas.toml)",
        "7: postcode 8200: area: area \"DK 0751\" may contain only lowercase letters a-z, digits and '-'",
        "8: postcode 8210: town: is empty",
        "9: postcode 8000: town: is \"Aarhus C\" on line 2, not \"Odense C\"",
        "10: postcode 8000: area: dk-0751 is named for this postcode before (line 2)",
        "11: expected postcode|area id|town, found 4 field(s)",
    ];
    for line in expected {
        let located = format!("{}:{line}", file.display());
        assert!(message.contains(&located), "{located}\nnot in\n{message}");
    }
    assert!(message.starts_with("9 problem(s) found"), "{message}");
}

#[test]
fn postcodes_are_not_checked_against_areas_that_could_not_be_read() {
    let dir = with_postcodes(Some("8000|dk-0751|Aarhus C\n"));
    std::fs::write(dir.path().join("areas.toml"), "[[area]\n").expect("write");
    let message = load(dir.path()).expect_err("broken areas");
    assert!(message.contains("areas.toml"), "{message}");
    assert!(!message.contains("postcodes.txt"), "{message}");
}
