//! Hostile input for the HSDS importer, through its public API: arbitrary text, and the
//! official HSDS 3.0 examples (`shared/hsds/examples`) and Nabo's own exports mutated —
//! values of the wrong type, keys taken out, list items repeated, huge strings, deep
//! nesting, then characters deleted or put in — as JSON, and the example data package's
//! CSV files mutated. Each gives records and a report, or an error, never a panic, within
//! `BUDGET`; what is read validates or fails with located problems.
//!
//! The cases are the same on every run (a fixed seed), so that a failure in CI is a
//! failure at the desk; `PROPTEST_RNG_SEED=<n> PROPTEST_CASES=<n>` explore further. A
//! failure found becomes a named test below, so proptest's failure files are not kept.

use nabo_domain::{AreaId, CategoryId, LanguageTag, ReferenceData};
use nabo_hsds::{Exporter, HsdsError, ImportOptions, Imported, Importer};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::RngSeed;
use serde_json::Value;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The most one input may take, in a debug build.
const BUDGET: Duration = Duration::from_millis(100);

/// `cases` cases from a fixed seed, unless the environment asks for others.
fn config(cases: u32) -> ProptestConfig {
    let default = ProptestConfig::default();
    ProptestConfig {
        cases: if std::env::var_os("PROPTEST_CASES").is_some() {
            default.cases
        } else {
            cases
        },
        rng_seed: match default.rng_seed {
            RngSeed::Random => RngSeed::Fixed(12),
            chosen => chosen,
        },
        failure_persistence: None,
        max_shrink_time: 60_000,
        ..default
    }
}

/// `work()`'s answer and how long it took; when over `BUDGET`, the faster of two runs,
/// so that a busy moment of the machine is not taken for slow code (a blow-up is slow
/// every time).
fn timed<T>(work: impl Fn() -> T) -> (T, Duration) {
    let start = Instant::now();
    let answer = work();
    let took = start.elapsed();
    if took < BUDGET {
        return (answer, took);
    }
    let again = Instant::now();
    let answer = work();
    (answer, took.min(again.elapsed()))
}

/// `shared/hsds`: the official HSDS material, beside the repository.
fn hsds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/hsds")
}

/// The reference data of `content/`, and the documents mutations start from: every
/// official JSON example and Nabo's export of a few demo resources.
struct Seeds {
    reference: ReferenceData,
    documents: Vec<Value>,
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let reference = nabo_content::load_reference(&content).expect("content");
        let demo = nabo_content::read_batch(&[content.join("resources")], &reference)
            .expect("the demo resources are valid");
        let mut documents = Vec::new();
        for entry in std::fs::read_dir(hsds().join("examples")).expect("the HSDS examples") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).expect("example");
                documents.push(serde_json::from_str(&text).expect("an example is JSON"));
            }
        }
        documents.sort_by_key(Value::to_string);
        let exporter = Exporter::new(&reference);
        for resource in demo.resources.iter().step_by(9) {
            let service = serde_json::to_value(exporter.service(resource)).expect("service");
            documents.push(service);
        }
        Seeds {
            reference,
            documents,
        }
    })
}

/// An importer with defaults for category and area, as for foreign HSDS.
fn importer(reference: &ReferenceData) -> Importer<'_> {
    let mut options = ImportOptions::new(LanguageTag::parse("en").expect("tag"));
    options.default_category = Some(CategoryId::parse("social-services").expect("id"));
    options.default_area = Some(AreaId::parse("dk-0101").expect("id"));
    Importer::new(reference, options)
}

/// A change to one value of a document (the `Index` picks the value, counted in
/// document order).
#[derive(Debug, Clone)]
enum ValueEdit {
    Replace(Value),
    Remove(Index),
    Repeat(Index, usize),
    Nest(usize),
}

/// A JSON value of any type, sometimes a huge string or a deep one.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,20}".prop_map(Value::String),
        select(
            &[
                "",
                " ",
                "active",
                "inactive",
                "defunct",
                "en",
                "da",
                "dk-0101",
                "jobcentre",
                "Mo-Fr 09:00-15:00",
                "WEEKLY",
                "MO,TU",
                "09:00",
                "25:99",
                "+45 12 34 56 78",
                "https://example.dk",
                "2026-13-45",
                "00000000-0000-0000-0000-000000000000",
            ][..]
        )
        .prop_map(|text| Value::String(text.to_owned())),
        (1usize..100_000).prop_map(|length| Value::String("ø".repeat(length))),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    ".{0,8}".boxed(),
                    select(
                        &[
                            "id",
                            "name",
                            "services",
                            "contents",
                            "location",
                            "x-nabo",
                            "schedules",
                            "phones",
                            "attributes",
                            "translations"
                        ][..]
                    )
                    .prop_map(str::to_owned)
                    .boxed(),
                ],
                inner,
                0..6
            )
            .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

fn value_edit() -> impl Strategy<Value = ValueEdit> {
    prop_oneof![
        4 => json_value().prop_map(ValueEdit::Replace),
        2 => any::<Index>().prop_map(ValueEdit::Remove),
        1 => (any::<Index>(), 1usize..300).prop_map(|(at, times)| ValueEdit::Repeat(at, times)),
        1 => (1usize..140).prop_map(ValueEdit::Nest),
    ]
}

/// Applies `edit` to the value `target` places into `value` in document order; whether
/// it was found.
fn edit_value(value: &mut Value, target: &mut usize, edit: &ValueEdit) -> bool {
    if *target == 0 {
        match edit {
            ValueEdit::Replace(new) => *value = new.clone(),
            ValueEdit::Remove(at) => match value {
                Value::Object(map) if !map.is_empty() => {
                    let key = map.keys().nth(at.index(map.len())).cloned();
                    key.map(|key| map.remove(&key));
                }
                Value::Array(items) if !items.is_empty() => {
                    items.remove(at.index(items.len()));
                }
                _ => *value = Value::Null,
            },
            ValueEdit::Repeat(at, times) => {
                if let Value::Array(items) = value
                    && !items.is_empty()
                {
                    let item = items[at.index(items.len())].clone();
                    items.extend(std::iter::repeat_n(item, *times));
                }
            }
            ValueEdit::Nest(depth) => {
                for _ in 0..*depth {
                    *value = Value::Array(vec![value.take()]);
                }
            }
        }
        return true;
    }
    *target -= 1;
    match value {
        Value::Array(items) => items.iter_mut().any(|item| edit_value(item, target, edit)),
        Value::Object(map) => map.values_mut().any(|item| edit_value(item, target, edit)),
        _ => false,
    }
}

fn count_values(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_values).sum(),
        Value::Object(map) => map.values().map(count_values).sum(),
        _ => 0,
    }
}

/// One change to the text of a document.
#[derive(Debug, Clone)]
enum TextEdit {
    Delete(Index, usize),
    Insert(Index, &'static str),
}

fn text_edit() -> impl Strategy<Value = TextEdit> {
    prop_oneof![
        (any::<Index>(), 1usize..30).prop_map(|(at, length)| TextEdit::Delete(at, length)),
        (
            any::<Index>(),
            select(
                &[
                    "\0", "\"", "{", "}", "[", "]", ",", ":", "\\", "\\u0000", "\\ud800", "1e999",
                    "-", "\u{feff}", "\n"
                ][..]
            )
        )
            .prop_map(|(at, text)| TextEdit::Insert(at, text)),
    ]
}

fn apply_text(text: &str, edit: &TextEdit) -> String {
    let chars: Vec<char> = text.chars().collect();
    let (at, removed, inserted) = match edit {
        TextEdit::Delete(at, length) => (at.index(chars.len() + 1), *length, ""),
        TextEdit::Insert(at, inserted) => (at.index(chars.len() + 1), 0, *inserted),
    };
    let tail = chars.get(at + removed..).unwrap_or_default();
    chars[..at]
        .iter()
        .chain(inserted.chars().collect::<Vec<_>>().iter())
        .chain(tail)
        .collect()
}

/// A seed document, changed.
fn mutated_document() -> impl Strategy<Value = String> {
    (
        0..seeds().documents.len(),
        prop::collection::vec((any::<Index>(), value_edit()), 0..4),
        prop::collection::vec(text_edit(), 0..3),
    )
        .prop_map(|(seed, value_edits, text_edits)| {
            let mut document = seeds().documents[seed].clone();
            for (at, edit) in &value_edits {
                let mut target = at.index(count_values(&document));
                edit_value(&mut document, &mut target, edit);
            }
            let text = document.to_string();
            text_edits
                .iter()
                .fold(text, |text, edit| apply_text(&text, edit))
        })
}

/// Imports one JSON text: records that become JSON Lines and resources or located
/// problems, or an error that says where.
fn check_json(text: &str) -> Result<(), TestCaseError> {
    let reference = &seeds().reference;
    let (imported, took) = timed(|| importer(reference).json_str(text));
    prop_assert!(took < BUDGET, "importing took {took:?}");
    match imported {
        Ok(imported) => check_imported(imported, reference)?,
        Err(HsdsError::Json { line, .. }) => {
            prop_assert!(
                (1..=text.lines().count() + 1).contains(&line),
                "line {line}"
            );
        }
        Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
    }
    Ok(())
}

fn check_imported(imported: Imported, reference: &ReferenceData) -> Result<(), TestCaseError> {
    for finding in imported.report.iter() {
        prop_assert!(!finding.path.is_empty(), "{finding:?}");
    }
    let records = imported.records.len();
    let (lines, took) = timed(|| imported.to_json_lines());
    prop_assert!(took < BUDGET, "writing JSON Lines took {took:?}");
    let lines = lines.map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(lines.lines().count(), records);
    for line in lines.lines() {
        let record: Result<nabo_domain::ResourceRecord, _> = serde_json::from_str(line);
        prop_assert!(record.is_ok(), "{line}");
    }
    let (resources, took) = timed(|| imported.clone().into_resources(reference));
    prop_assert!(took < BUDGET, "validating took {took:?}");
    match resources {
        Ok(resources) => prop_assert_eq!(resources.len(), records),
        Err(HsdsError::Records(problems)) => {
            prop_assert!(!problems.is_empty());
            for problem in problems {
                prop_assert!(problem.path.starts_with("service["), "{problem}");
            }
        }
        Err(other) => prop_assert!(false, "not a list of problems: {other}"),
    }
    Ok(())
}

/// The example data package with one CSV file changed.
fn mutated_datapackage() -> impl Strategy<Value = (&'static str, Vec<TextEdit>)> {
    (
        select(
            &[
                "services.csv",
                "organizations.csv",
                "phones.csv",
                "schedules.csv",
                "locations.csv",
                "service_at_location.csv",
                "taxonomy_terms.csv",
                "datapackage.json",
            ][..],
        ),
        prop::collection::vec(text_edit(), 1..5),
    )
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn a_mutated_hsds_document_is_imported_or_refused(text in mutated_document()) {
        check_json(&text)?;
    }

    #[test]
    fn arbitrary_text_is_no_hsds_document(text in prop_oneof![
        any::<String>(),
        prop::collection::vec(select(&["{", "}", "[", "]", "\"id\"", "\"name\"", "\"services\"", "\"contents\"", ":", ",", "\"x\"", "1", "null"][..]), 0..60)
            .prop_map(|pieces| pieces.concat()),
    ]) {
        check_json(&text)?;
    }

    #[test]
    fn a_parsed_document_is_imported_or_refused(
        seed in 0..seeds().documents.len(),
        edits in prop::collection::vec((any::<Index>(), value_edit()), 1..4),
    ) {
        // The same walk as `json_str`, given a value that no parser limited: nesting
        // deeper than serde_json's 128 levels.
        let mut document = seeds().documents[seed].clone();
        for (at, edit) in &edits {
            let mut target = at.index(count_values(&document));
            edit_value(&mut document, &mut target, edit);
        }
        let reference = &seeds().reference;
        let (imported, took) = timed(|| importer(reference).json_value(document.clone()));
        prop_assert!(took < BUDGET, "importing took {took:?}");
        if let Ok(imported) = imported {
            check_imported(imported, reference)?;
        }
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn a_mutated_data_package_is_imported_or_refused((file, edits) in mutated_datapackage()) {
        let dir = tempfile::tempdir().expect("tempdir");
        for entry in std::fs::read_dir(hsds().join("examples/csv")).expect("csv examples") {
            let path = entry.expect("entry").path();
            let name = path.file_name().expect("name");
            std::fs::copy(&path, dir.path().join(name)).expect("copy");
        }
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).expect("read");
        let changed = edits.iter().fold(text, |text, edit| apply_text(&text, edit));
        std::fs::write(&path, &changed).expect("write");
        let reference = &seeds().reference;
        let (imported, took) = timed(|| importer(reference).datapackage(dir.path()));
        prop_assert!(took < BUDGET, "importing took {took:?}");
        match imported {
            Ok(imported) => check_imported(imported, reference)?,
            Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
        }
    }
}
