//! Hostile input for what this crate reads from outside, through its public API: import
//! batches (TOML `[[resource]]`/`[[area]]` files and `resources*.jsonl`/`areas*.jsonl`
//! JSON Lines, written to a temporary folder and checked with `check_batch`) and XLIFF
//! documents. Inputs are arbitrary bytes and mutations of valid ones: characters
//! deleted, duplicated or replaced, NUL bytes, invalid UTF-8, huge strings, deep
//! nesting, fields of the wrong type, entity bombs, units inside units. Each gives a
//! value or an error listing located problems — never a panic — within `BUDGET`.
//!
//! The cases are the same on every run (a fixed seed), so that a failure in CI is a
//! failure at the desk; `PROPTEST_RNG_SEED=<n> PROPTEST_CASES=<n>` explore further. A
//! failure found becomes a named test below, so proptest's failure files are not kept.

use nabo_content::{XliffDocument, XliffError, XliffUnit, check_batch};
use nabo_domain::{LanguageTag, ReferenceData, ResourceId};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::RngSeed;
use serde_json::Value;
use std::path::{Path, PathBuf};
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

/// The reference data of `content/` and valid records to start mutations from.
struct Valid {
    reference: ReferenceData,
    /// The demo resources, one JSON line each.
    resource_lines: Vec<String>,
    /// A content file of ten resources.
    toml: String,
    /// A district inside Aarhus, as a line of `areas.jsonl`.
    area_line: String,
}

fn valid() -> &'static Valid {
    static VALID: OnceLock<Valid> = OnceLock::new();
    VALID.get_or_init(|| {
        let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let reference = nabo_content::load_reference(&content).expect("content");
        let demo = nabo_content::read_batch(&[content.join("resources")], &reference)
            .expect("the demo resources are valid");
        let area = serde_json::json!({
            "id": "dk-0751-gellerup", "kind": "district", "country": "DK", "parent": "dk-0751",
            "name": {"da": "Gellerup", "ar": "غيلروب"}, "aliases": ["gellerupparken"],
            "centre": {"lat": 56.155, "lon": 10.139}
        });
        Valid {
            resource_lines: demo
                .resources
                .iter()
                .map(nabo_content::resource_to_json_line)
                .collect(),
            toml: std::fs::read_to_string(content.join("resources/aarhus.toml")).expect("toml"),
            area_line: area.to_string(),
            reference,
        }
    })
}

/// One change to the bytes of a file.
#[derive(Debug, Clone)]
enum Edit {
    Delete(Index, usize),
    Duplicate(Index, usize),
    Replace(Index, u8),
    Insert(Index, Vec<u8>),
}

fn edit() -> impl Strategy<Value = Edit> {
    const INVALID_UTF8: &[&[u8]] = &[b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"];
    // What the reading must survive: structure characters, NUL, invalid UTF-8, a
    // right-to-left override, deep nesting, a huge string, a line without an end.
    let insertion = prop_oneof![
        select(
            &[
                "\0",
                "\u{202e}",
                "\"",
                "\\",
                "\\u0000",
                "\\ud800",
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "=",
                "\n",
                "\r\n",
                "#",
                "'''",
                "[[resource]]\n",
                "[[area]]\n",
                "[resource]\n",
                "null",
                "1e999",
                "-0",
                "true",
                "\u{feff}",
                "é",
                "٣",
            ][..]
        )
        .prop_map(|text| text.as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 1..24),
        select(INVALID_UTF8).prop_map(<[u8]>::to_vec),
        (
            select(&["[", "{\"a\":", "a = [", "{a = "][..]),
            1usize..5000
        )
            .prop_map(|(open, depth)| open.repeat(depth).into_bytes()),
        (1usize..300_000).prop_map(|length| format!("\"{}\"", "x".repeat(length)).into_bytes()),
    ];
    prop_oneof![
        2 => (any::<Index>(), 1usize..40).prop_map(|(at, length)| Edit::Delete(at, length)),
        1 => (any::<Index>(), 1usize..400).prop_map(|(at, length)| Edit::Duplicate(at, length)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(at, byte)| Edit::Replace(at, byte)),
        3 => (any::<Index>(), insertion).prop_map(|(at, bytes)| Edit::Insert(at, bytes)),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    match edit {
        Edit::Delete(at, length) => {
            let at = at.index(bytes.len() + 1);
            bytes.drain(at..(at + length).min(bytes.len()));
        }
        Edit::Duplicate(at, length) => {
            let at = at.index(bytes.len() + 1);
            let copy = bytes[at..(at + length).min(bytes.len())].to_vec();
            bytes.splice(at..at, copy);
        }
        Edit::Replace(at, byte) => {
            if !bytes.is_empty() {
                let at = at.index(bytes.len());
                bytes[at] = *byte;
            }
        }
        Edit::Insert(at, inserted) => {
            let at = at.index(bytes.len() + 1);
            bytes.splice(at..at, inserted.iter().copied());
        }
    }
}

/// A JSON value of any type, sometimes deeply nested or huge.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,20}".prop_map(Value::String),
        (1usize..100_000).prop_map(|length| Value::String("é".repeat(length))),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(".{0,8}", inner, 0..8)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// A record whose field at `key` (one of its own, or a new one) is `value`.
fn with_field(line: &str, key: Index, new_key: Option<String>, value: Value) -> String {
    let mut record: serde_json::Map<String, Value> =
        serde_json::from_str(line).expect("a valid line is an object");
    let keys: Vec<String> = record.keys().cloned().collect();
    let key = new_key.unwrap_or_else(|| keys[key.index(keys.len())].clone());
    record.insert(key, value);
    Value::Object(record).to_string()
}

/// The files of one import, by name.
#[derive(Clone)]
struct Batch(Vec<(&'static str, Vec<u8>)>);

/// Each file as text (invalid UTF-8 replaced), long ones cut short.
impl std::fmt::Debug for Batch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut files = f.debug_map();
        for (name, bytes) in &self.0 {
            let text = String::from_utf8_lossy(bytes);
            let shown: String = text.chars().take(3000).collect();
            files.entry(name, &format!("{} bytes: {shown:?}", bytes.len()));
        }
        files.finish()
    }
}

/// A batch of mutated records: JSON Lines of resources (and sometimes areas) with some
/// lines edited or given a field of the wrong type, and sometimes a mutated TOML file.
fn mutated_batch() -> impl Strategy<Value = Batch> {
    let lines = valid().resource_lines.len();
    let wrong_type = (
        any::<Index>(),
        prop::option::of(select(&["id", "name", "geo", "address", "extra", ""][..])),
        json_value(),
    );
    (
        prop::collection::vec((0..lines, prop::collection::vec(edit(), 0..3)), 1..6),
        prop::option::of((0..lines, wrong_type)),
        prop::option::of(prop::collection::vec(edit(), 0..4)),
        prop::option::of(prop::collection::vec(edit(), 1..4)),
    )
        .prop_map(|(picked, wrong, area_edits, toml_edits)| {
            let valid = valid();
            let mut resources = Vec::new();
            for (line, edits) in picked {
                let mut bytes = valid.resource_lines[line].clone().into_bytes();
                edits.iter().for_each(|edit| apply(&mut bytes, edit));
                resources.extend(bytes);
                resources.push(b'\n');
            }
            if let Some((line, (key, new_key, value))) = wrong {
                let line = &valid.resource_lines[line];
                let changed = with_field(line, key, new_key.map(str::to_owned), value);
                resources.extend(changed.into_bytes());
                resources.push(b'\n');
            }
            let mut files = vec![("resources.jsonl", resources)];
            if let Some(edits) = area_edits {
                let mut bytes = valid.area_line.clone().into_bytes();
                edits.iter().for_each(|edit| apply(&mut bytes, edit));
                files.push(("areas.jsonl", bytes));
            }
            if let Some(edits) = toml_edits {
                let mut bytes = valid.toml.clone().into_bytes();
                edits.iter().for_each(|edit| apply(&mut bytes, edit));
                files.push(("aarhus.toml", bytes));
            }
            Batch(files)
        })
}

/// Files of arbitrary bytes, or of arbitrary text, under the names an import reads.
fn arbitrary_batch() -> impl Strategy<Value = Batch> {
    let names =
        prop::sample::subsequence(&["resources.jsonl", "areas.jsonl", "more.toml"][..], 1..=3);
    let content = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2000),
        any::<String>().prop_map(String::into_bytes),
        prop::collection::vec(
            select(
                &[
                    "{",
                    "}",
                    "[",
                    "]",
                    "\"",
                    ":",
                    ",",
                    "\n",
                    "=",
                    "id",
                    "[[resource]]",
                    " "
                ][..]
            ),
            0..200
        )
        .prop_map(|pieces| pieces.concat().into_bytes()),
    ];
    (names, prop::collection::vec(content, 3))
        .prop_map(|(names, contents)| Batch(names.into_iter().zip(contents).collect()))
}

/// Checks one batch: a plan whose resources read again in chunks, or problems each
/// located in one of the batch's files.
fn check(batch: &Batch) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, bytes) in &batch.0 {
        std::fs::write(dir.path().join(name), bytes).expect("write");
    }
    let reference = &valid().reference;
    let (checked, took) = timed(|| check_batch(&[dir.path().to_owned()], reference));
    prop_assert!(took < BUDGET, "checking took {took:?}");
    match checked {
        Ok(plan) => {
            let (chunks, took) = timed(|| plan.resources(7).collect::<Result<Vec<_>, _>>());
            prop_assert!(took < BUDGET, "reading again took {took:?}");
            let chunks = chunks.map_err(|e| TestCaseError::fail(e.to_string()))?;
            let read: usize = chunks.iter().map(Vec::len).sum();
            prop_assert_eq!(read, plan.resources);
        }
        Err(error) => {
            let problems = error.problems();
            prop_assert!(!problems.is_empty());
            for problem in problems {
                prop_assert!(!problem.message.trim().is_empty(), "{problem}");
                let file = located_in(dir.path(), batch, &problem.file);
                prop_assert!(file.is_some(), "{problem} is in no file of the batch");
                if let (Some(line), Some(bytes)) = (problem.line, file) {
                    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
                    prop_assert!(
                        (1..=lines).contains(&line),
                        "{problem}: the file has {lines} lines"
                    );
                }
            }
        }
    }
    Ok(())
}

/// The bytes of the batch's file at `path`.
fn located_in<'b>(dir: &Path, batch: &'b Batch, path: &Path) -> Option<&'b [u8]> {
    batch
        .0
        .iter()
        .find(|(name, _)| dir.join(name) == path)
        .map(|(_, bytes)| bytes.as_slice())
}

/// Text of any characters but the control characters a resource's text may not hold.
fn unit_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[^\\p{Cc}]{0,40}",
        "[a-zæøå <>&\"'\n\t]{0,40}",
        prop::collection::vec(
            select(
                &[
                    "&amp;",
                    "&",
                    "<",
                    "]]>",
                    "<!--",
                    "\u{fffd}",
                    "\u{10ffff}",
                    "\n",
                    "\t",
                    " ",
                    "x"
                ][..]
            ),
            0..12
        )
        .prop_map(|pieces| pieces.concat()),
    ]
}

fn xliff_document() -> impl Strategy<Value = XliffDocument> {
    let unit = (
        "[a-z0-9]{1,3}(-[a-z0-9]{1,3}){0,2}",
        select(&nabo_domain::TRANSLATED_FIELDS[..]),
        unit_text(),
        "[0-9a-f]{32}",
        prop::option::of(
            unit_text().prop_filter("a target is not blank", |t| !t.trim().is_empty()),
        ),
    )
        .prop_map(|(resource, field, source, source_hash, target)| XliffUnit {
            resource: ResourceId::parse(&resource).expect("a valid id"),
            field,
            source,
            source_hash,
            target,
        });
    let tag = select(&["da", "en", "ar", "fa-AF", "ckb", "zh-Hans", "ti"][..])
        .prop_map(|tag| LanguageTag::parse(tag).expect("a valid tag"));
    (tag.clone(), tag, prop::collection::vec(unit, 0..6)).prop_map(
        |(source_lang, target_lang, units)| XliffDocument {
            source_lang,
            target_lang,
            units,
        },
    )
}

/// Documents that are hard to read: entity bombs, units nested in units around a large
/// text, deep nesting of other elements, many units.
fn hostile_xliff() -> impl Strategy<Value = String> {
    const HEAD: &str = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"da\" trgLang=\"so\"><file id=\"f\">";
    const TAIL: &str = "</file></xliff>";
    const UNIT: &str = "<unit id=\"a/name\"><notes><note category=\"nabo:source-hash\">h</note></notes><segment><source>s</source></segment></unit>";
    let laughs = (1usize..12).prop_map(|levels| {
        let mut dtd = String::from("<!ENTITY l0 \"ha\">");
        for level in 1..=levels {
            let previous = format!("&l{};", level - 1);
            dtd.push_str(&format!("<!ENTITY l{level} \"{}\">", previous.repeat(10)));
        }
        format!("<?xml version=\"1.0\"?><!DOCTYPE xliff [{dtd}]>{HEAD}<unit id=\"a/name\"><segment><source>&l{levels};</source></segment></unit>{TAIL}")
    });
    let nested_units = (1usize..3000, 0usize..200_000, any::<bool>()).prop_map(
        |(depth, text, parts_inside)| {
            // Each unit's note and source lie inside the units it holds.
            let open = "<unit id=\"a/name\">".repeat(depth);
            let parts = format!(
                "<notes><note category=\"nabo:source-hash\">h</note></notes><segment><source>{}</source></segment>",
                "x".repeat(text)
            );
            let (inner, outer) = if parts_inside { (parts.as_str(), "") } else { ("", parts.as_str()) };
            format!("{HEAD}{open}{inner}{}{outer}{TAIL}", "</unit>".repeat(depth))
        },
    );
    let nested_groups = (1usize..3000, select(&["group", "segment", "x", "unit"][..])).prop_map(
        |(depth, element)| {
            let open = format!("<{element}>").repeat(depth);
            let close = format!("</{element}>").repeat(depth);
            format!("{HEAD}{open}{UNIT}{close}{TAIL}")
        },
    );
    let many_units = (1usize..2000).prop_map(|units| format!("{HEAD}{}{TAIL}", UNIT.repeat(units)));
    prop_oneof![laughs, nested_units, nested_groups, many_units]
}

/// A document mutated: characters deleted, duplicated or inserted.
fn mutated_xliff() -> impl Strategy<Value = String> {
    (xliff_document(), prop::collection::vec(edit(), 1..4)).prop_map(|(document, edits)| {
        let mut bytes = document.to_xml().into_bytes();
        edits.iter().for_each(|edit| apply(&mut bytes, edit));
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Reads one document: a document that writes and reads back as itself, or an error.
fn check_xliff(text: &str) -> Result<(), TestCaseError> {
    let (parsed, took) = timed(|| XliffDocument::parse(text));
    prop_assert!(took < BUDGET, "reading took {took:?}");
    if let Ok(document) = parsed {
        let again = XliffDocument::parse(&document.to_xml());
        prop_assert_eq!(again, Ok(document));
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn a_mutated_batch_is_checked_or_its_problems_located(batch in mutated_batch()) {
        check(&batch)?;
    }

    #[test]
    fn arbitrary_files_are_checked_or_their_problems_located(batch in arbitrary_batch()) {
        check(&batch)?;
    }

    #[test]
    fn valid_records_are_imported_whole(
        picked in prop::sample::subsequence((0..valid().resource_lines.len()).collect::<Vec<_>>(), 1..12),
    ) {
        let lines: Vec<&str> = picked.iter().map(|&i| valid().resource_lines[i].as_str()).collect();
        let batch = Batch(vec![("resources.jsonl", (lines.join("\n") + "\n").into_bytes())]);
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("resources.jsonl"), &batch.0[0].1).expect("write");
        let plan = check_batch(&[dir.path().to_owned()], &valid().reference)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(plan.resources, picked.len());
    }

    #[test]
    fn an_xliff_document_reads_back_as_written(document in xliff_document()) {
        let xml = document.to_xml();
        let (read, took) = timed(|| XliffDocument::parse(&xml));
        prop_assert!(took < BUDGET, "reading took {took:?}");
        prop_assert_eq!(read, Ok(document));
    }

    #[test]
    fn a_mutated_xliff_document_is_read_or_refused(text in mutated_xliff()) {
        check_xliff(&text)?;
    }

    #[test]
    fn arbitrary_text_is_no_xliff(text in any::<String>()) {
        check_xliff(&text)?;
    }

    #[test]
    fn hostile_xliff_is_read_or_refused_in_time(text in hostile_xliff()) {
        check_xliff(&text)?;
    }
}

#[test]
fn the_entities_of_a_billion_laughs_are_never_expanded() {
    let bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>";
    assert!(matches!(
        XliffDocument::parse(bomb),
        Err(XliffError::Xml(_))
    ));
}
