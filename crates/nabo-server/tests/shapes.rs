//! The v1 API's response shapes, pinned: every field of every public endpoint's answer
//! (and of a problem) with its JSON type and whether it is always there, compared with
//! `tests/snapshots/v1-shapes.json`. A change of shape fails here first; when it is
//! intended (a new optional field), run with `NABO_UPDATE_SNAPSHOTS=1` and commit the
//! snapshot with the change. Fields are never removed or retyped within v1.

use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use nabo_server::router;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::path::PathBuf;
use tower::ServiceExt;

mod common;

/// The shape of a JSON value: its type, and for objects and arrays the shapes inside.
/// An array's elements are merged into one shape; an object field missing from some of
/// them gets a `?`.
fn shape(value: &Value) -> Value {
    match value {
        Value::Null => json!("null"),
        Value::Bool(_) => json!("boolean"),
        Value::Number(_) => json!("number"),
        Value::String(_) => json!("string"),
        Value::Array(items) => {
            let merged = items.iter().map(shape).reduce(|a, b| merge(&a, &b));
            json!([merged.unwrap_or(json!("unknown"))])
        }
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(key, value)| match MAPS.contains(&key.as_str()) {
                    true => (key.clone(), map_shape(value)),
                    false => (key.clone(), shape(value)),
                })
                .collect(),
        ),
    }
}

/// Objects keyed by data (category and area ids, message ids), not by field names.
const MAPS: [&str; 3] = ["category", "area", "messages"];

/// `{"<key>": shape}` for an object keyed by data; other values as they are.
fn map_shape(value: &Value) -> Value {
    match value {
        Value::Object(entries) => {
            let merged = entries.values().map(shape).reduce(|a, b| merge(&a, &b));
            json!({"<key>": merged.unwrap_or(json!("unknown"))})
        }
        other => shape(other),
    }
}

fn merge(a: &Value, b: &Value) -> Value {
    match (a, b) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: BTreeMap<String, Value> = BTreeMap::new();
            let bare = |k: &str| k.trim_end_matches('?').to_owned();
            let a: BTreeMap<String, (bool, &Value)> = a
                .iter()
                .map(|(k, v)| (bare(k), (k.ends_with('?'), v)))
                .collect();
            let b: BTreeMap<String, (bool, &Value)> = b
                .iter()
                .map(|(k, v)| (bare(k), (k.ends_with('?'), v)))
                .collect();
            for key in a.keys().chain(b.keys()) {
                let merged = match (a.get(key), b.get(key)) {
                    (Some((oa, va)), Some((ob, vb))) => (*oa || *ob, merge(va, vb)),
                    (Some((_, v)), None) | (None, Some((_, v))) => (true, (*v).clone()),
                    (None, None) => continue,
                };
                let name = if merged.0 {
                    format!("{key}?")
                } else {
                    key.clone()
                };
                keys.insert(name, merged.1);
            }
            Value::Object(keys.into_iter().collect::<Map<_, _>>())
        }
        (Value::Array(a), Value::Array(b)) => match (a.first(), b.first()) {
            (Some(x), Some(y)) => json!([merge(x, y)]),
            (Some(x), None) | (None, Some(x)) => json!([x]),
            (None, None) => json!([]),
        },
        (Value::String(x), Value::String(y)) if x == y => a.clone(),
        (x, y) if x == &json!("unknown") => y.clone(),
        (x, y) if y == &json!("unknown") => x.clone(),
        // "null" beside a type: that type or null.
        (x, y) => {
            let mut kinds: Vec<String> = [x, y]
                .iter()
                .flat_map(|v| {
                    v.as_str()
                        .map(|s| s.split('|').map(str::to_owned).collect::<Vec<_>>())
                        .unwrap_or_else(|| vec![v.to_string()])
                })
                .collect();
            kinds.sort();
            kinds.dedup();
            json!(kinds.join("|"))
        }
    }
}

/// Requests whose answers together show every field of v1.
const REQUESTS: [(&str, &str); 12] = [
    ("search", "/api/v1/search?q=sundhedspleje&lang=so&limit=20"),
    (
        "search near, open now",
        "/api/v1/search?q=jobcenter&lang=ar&near=56.15,10.2&radius_km=50&limit=20",
    ),
    (
        "search filters",
        "/api/v1/search?lang=da&category=library&area=dk-0183",
    ),
    ("suggest", "/api/v1/suggest?q=sun&lang=da"),
    (
        "resource",
        "/api/v1/resources/koebenhavn-sundhedsplejen-nordvest?lang=ar",
    ),
    ("categories", "/api/v1/categories?lang=so"),
    ("areas", "/api/v1/areas?lang=da"),
    ("attributes", "/api/v1/attributes?lang=ar"),
    ("languages", "/api/v1/languages"),
    ("widget messages", "/api/v1/widget/messages?lang=ar"),
    ("problem", "/api/v1/search?lang=xx-nope"),
    ("not found", "/api/v1/resources/no-such-thing"),
];

#[tokio::test]
async fn v1_response_shapes_do_not_change_by_accident() {
    let (state, _dir) = common::demo_state().await;
    let app = router(state);
    let mut shapes = Map::new();
    for (name, uri) in REQUESTS {
        let response = app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
            .await
            .expect("response");
        let status = response.status().as_u16();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let body: Value = serde_json::from_slice(&bytes).expect("JSON");
        shapes.insert(
            name.to_owned(),
            json!({"status": status, "body": shape(&body)}),
        );
    }
    let actual = serde_json::to_string_pretty(&Value::Object(shapes)).expect("json") + "\n";
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/v1-shapes.json");
    if std::env::var_os("NABO_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&file, &actual).expect("write the snapshot");
    }
    let expected = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        expected == actual,
        "the v1 response shapes changed; if that is intended, run with NABO_UPDATE_SNAPSHOTS=1 \
         and commit tests/snapshots/v1-shapes.json.\n--- expected\n{expected}\n--- actual\n{actual}"
    );
}

#[test]
fn shapes_merge_array_elements_and_mark_optional_fields() {
    let merged = shape(&json!([{"a": 1, "b": "x"}, {"a": null}, {"a": 2, "c": [true]}]));
    assert_eq!(
        merged,
        json!([{"a": "null|number", "b?": "string", "c?": ["boolean"]}])
    );
    assert_ne!(
        shape(&json!({"total": 1})),
        shape(&json!({"total": "1"})),
        "a retyped field shows"
    );
}
