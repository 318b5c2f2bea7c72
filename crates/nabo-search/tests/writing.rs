//! Writing the index: staged changes stay invisible until published, a discard drops
//! them, and the recorded sequence moves only with a commit.

use nabo_domain::{LanguageTag, Resource, ResourceId};
use nabo_search::{Query, SearchIndex};
use std::path::PathBuf;

fn resource(id: &str, name: &str) -> Resource {
    serde_json::from_value(serde_json::json!({"id": id, "categories": ["jobcentre"],
        "area": "dk-0751", "name": {"da": name}, "source_language": "da"}))
    .expect("valid resource")
}

fn index() -> (tempfile::TempDir, SearchIndex) {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let reference = nabo_content::load_reference(&content).expect("content");
    let dir = tempfile::tempdir().expect("tempdir");
    let (index, _) = SearchIndex::open(dir.path()).expect("index");
    index.use_reference(&reference);
    index
        .apply(&[resource("kept", "Jobcenter Aarhus")], &[], 1)
        .expect("apply");
    (dir, index)
}

fn found(index: &SearchIndex, text: &str) -> Vec<String> {
    let query = Query::new(text, LanguageTag::parse("da").expect("tag"));
    let results = index.search(&query).expect("search");
    results
        .hits
        .iter()
        .map(|h| h.resource.id.to_string())
        .collect()
}

#[test]
fn staged_changes_appear_only_when_published() {
    let (_dir, index) = index();
    let removed = ResourceId::parse("kept").expect("id");
    index
        .stage(&[resource("added", "Sprogcenter Zanzibar")], &[removed])
        .expect("stage");
    assert_eq!(found(&index, "zanzibar"), Vec::<String>::new());
    assert_eq!(found(&index, "jobcenter aarhus")[0], "kept");
    assert_eq!(index.last_seq().expect("seq"), 1);

    index.publish(7).expect("publish");
    assert_eq!(found(&index, "zanzibar"), ["added"]);
    assert!(!found(&index, "jobcenter aarhus").contains(&"kept".to_owned()));
    assert_eq!(index.last_seq().expect("seq"), 7);
}

#[test]
fn discarded_changes_never_appear() {
    let (_dir, index) = index();
    index
        .stage(&[resource("added", "Sprogcenter Zanzibar")], &[])
        .expect("stage");
    index.discard().expect("discard");
    index.publish(2).expect("publish");
    assert_eq!(found(&index, "zanzibar"), Vec::<String>::new());
    assert_eq!(found(&index, "jobcenter aarhus"), ["kept"]);
}
