//! The reference data of a content folder: the project's own loads, and mistakes in a
//! copy of it are named with their place.

use std::path::{Path, PathBuf};

fn content() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// A copy of the project's reference files with `taxonomy.toml` changed by `edit`.
fn with_taxonomy(edit: impl Fn(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for file in [
        "languages.toml",
        "attributes.toml",
        "areas.toml",
        "taxonomy.toml",
    ] {
        std::fs::copy(content().join(file), dir.path().join(file)).expect("copy");
    }
    let taxonomy = dir.path().join("taxonomy.toml");
    let text = std::fs::read_to_string(&taxonomy).expect("read");
    std::fs::write(&taxonomy, edit(text)).expect("write");
    dir
}

fn problems(dir: &Path) -> String {
    match nabo_content::load_reference(dir) {
        Ok(_) => String::new(),
        Err(error) => error.to_string(),
    }
}

#[test]
fn the_projects_reference_data_loads_with_related_categories() {
    let reference = nabo_content::load_reference(&content()).expect("content");
    let jobcentre = reference
        .categories
        .iter()
        .find(|c| c.id.as_str() == "jobcentre")
        .expect("jobcentre");
    assert!(
        jobcentre
            .related
            .iter()
            .any(|r| r.as_str() == "unemployment-fund")
    );
}

#[test]
fn a_related_category_must_be_another_known_one() {
    let unknown = with_taxonomy(|text| {
        text.replacen(
            "related = [\"unemployment-fund\"",
            "related = [\"no-such-category\"",
            1,
        )
    });
    let message = problems(unknown.path());
    assert!(message.contains("related"), "{message}");
    assert!(message.contains("no-such-category"), "{message}");

    let itself = with_taxonomy(|text| {
        text.replacen(
            "id = \"jobcentre\"\nicon = \"briefcase\"\nrelated = [",
            "id = \"jobcentre\"\nicon = \"briefcase\"\nrelated = [\"jobcentre\", ",
            1,
        )
    });
    let message = problems(itself.path());
    assert!(
        message.contains("\"jobcentre\" is not another category"),
        "{message}"
    );
}
