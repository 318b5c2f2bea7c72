//! Imports read twice: checked whole, then read again in chunks to be written.

use std::path::{Path, PathBuf};

fn reference() -> nabo_domain::ReferenceData {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
    nabo_content::load_reference(&content).expect("content")
}

fn line(id: &str) -> String {
    serde_json::json!({
        "id": id, "categories": ["jobcentre"], "area": "dk-0101",
        "name": {"da": format!("Jobcenter {id}")}, "source_language": "da"
    })
    .to_string()
}

fn write(path: &Path, lines: &[String]) {
    std::fs::write(path, lines.join("\n") + "\n").expect("write");
}

#[test]
fn a_checked_import_is_read_again_in_chunks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("resources.jsonl");
    let ids: Vec<String> = (0..25).map(|n| format!("jobcenter-{n:02}")).collect();
    write(&file, &ids.iter().map(|id| line(id)).collect::<Vec<_>>());
    let plan = nabo_content::check_batch(&[file], &reference()).expect("valid");
    assert_eq!(plan.resources, 25);
    let chunks: Vec<Vec<nabo_domain::Resource>> = plan
        .resources(10)
        .collect::<Result<_, _>>()
        .expect("read again");
    assert_eq!(chunks.iter().map(Vec::len).collect::<Vec<_>>(), [10, 10, 5]);
    let read: Vec<&str> = chunks.iter().flatten().map(|r| r.id.as_str()).collect();
    assert_eq!(read, ids.iter().map(String::as_str).collect::<Vec<_>>());
}

#[test]
fn a_file_changed_after_the_check_stops_the_writing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("resources.jsonl");
    write(&file, &[line("jobcenter-a"), line("jobcenter-b")]);
    let plan = nabo_content::check_batch(std::slice::from_ref(&file), &reference()).expect("valid");
    write(
        &file,
        &[line("jobcenter-a"), "{\"id\": \"broken\"".to_owned()],
    );
    let results: Vec<_> = plan.resources(10).collect();
    assert_eq!(results.len(), 1, "one error, then nothing more");
    let error = results[0].as_ref().expect_err("changed");
    assert!(
        error.to_string().contains("changed after it was checked"),
        "{error}"
    );
}

#[test]
fn a_repeated_id_is_named_with_its_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("resources.jsonl");
    write(
        &file,
        &[
            line("jobcenter-a"),
            line("jobcenter-b"),
            line("jobcenter-a"),
        ],
    );
    let error = nabo_content::check_batch(&[file], &reference()).expect_err("duplicate");
    let problem = &error.problems()[0];
    assert_eq!((problem.line, problem.field.as_str()), (Some(3), "id"));
    assert!(problem.message.contains("appears twice"), "{problem}");
}

#[test]
fn an_unknown_parent_is_named_with_the_areas_file_and_line() {
    // Found by tests/fuzz.rs: the problem was placed in no file ("(import)").
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("areas.jsonl");
    let area = |id: &str, parent: &str| {
        serde_json::json!({"id": id, "country": "DK", "parent": parent, "name": {"da": id}})
            .to_string()
    };
    write(
        &file,
        &[area("dk-0751-a", "dk-0751"), area("dk-0751-b", "nowhere")],
    );
    let error = nabo_content::check_batch(std::slice::from_ref(&file), &reference())
        .expect_err("unknown parent");
    let problem = &error.problems()[0];
    assert_eq!(
        (&problem.file, problem.line, problem.field.as_str()),
        (&file, Some(2), "parent")
    );
    assert!(problem.message.contains("unknown area"), "{problem}");
}
