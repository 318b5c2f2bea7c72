//! Reading one HSDS object field by field: each field the mapping uses is taken out of
//! it, and `finish` reports whatever is left. So nothing of the input can be dropped
//! without a finding, whatever fields it has — an unknown extension included.

use crate::error::InputProblem;
use crate::import::walk::Walk;
use crate::report::{FindingKind, Place};
use serde_json::{Map, Value};

/// The key under which the tabular reader keeps the file and line of a row.
pub(crate) const SOURCE_KEY: &str = "@source";

/// The fields of one HSDS object not yet used.
#[derive(Debug)]
pub(crate) struct Fields {
    /// `service[abc]`, `service[abc].phones[0]`.
    pub path: String,
    pub place: Place,
    map: Map<String, Value>,
}

impl Fields {
    /// The fields of `value`, which must be an object (`null` is no object and no
    /// problem).
    pub fn object(value: Value, path: String, place: &Place, walk: &mut Walk) -> Option<Self> {
        match value {
            Value::Object(mut map) => {
                let place = match map.remove(SOURCE_KEY) {
                    Some(source) if walk.tabular => {
                        source_place(&source).unwrap_or_else(|| place.clone())
                    }
                    Some(source) => {
                        map.insert(SOURCE_KEY.to_owned(), source);
                        place.clone()
                    }
                    None => place.clone(),
                };
                Some(Self { path, place, map })
            }
            Value::Null => None,
            other => {
                walk.problem(
                    place,
                    path,
                    format!("must be an object, not {}", kind(&other)),
                );
                None
            }
        }
    }

    /// The path of one of the fields.
    pub fn field(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    /// A field's value, left in place.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.map.get(key).filter(|value| !is_empty(value))
    }

    /// A text field's value, left in place.
    pub fn get_str(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Value::as_str).map(str::trim)
    }

    /// Takes a field out; empty values (`null`, blank text, `[]`, `{}`) count as absent.
    pub fn take(&mut self, key: &str) -> Option<Value> {
        self.map.remove(key).filter(|value| !is_empty(value))
    }

    /// A text field; numbers are read as their text. Anything else is a problem.
    pub fn take_str(&mut self, key: &str, walk: &mut Walk) -> Option<String> {
        match self.take(key)? {
            Value::String(text) => Some(text.trim().to_owned()),
            Value::Number(number) => Some(number.to_string()),
            other => {
                walk.problem(
                    &self.place,
                    self.field(key),
                    format!("must be text, not {}", kind(&other)),
                );
                None
            }
        }
    }

    /// A number field; text holding a number (CSV) is read as one.
    pub fn take_number(&mut self, key: &str, walk: &mut Walk) -> Option<f64> {
        match self.take(key)? {
            Value::Number(number) => number.as_f64(),
            Value::String(text) => match text.trim().parse::<f64>() {
                Ok(number) => Some(number),
                Err(_) => {
                    walk.problem(
                        &self.place,
                        self.field(key),
                        format!("{text:?} is not a number"),
                    );
                    None
                }
            },
            other => {
                walk.problem(
                    &self.place,
                    self.field(key),
                    format!("must be a number, not {}", kind(&other)),
                );
                None
            }
        }
    }

    /// An array field's items.
    pub fn take_list(&mut self, key: &str, walk: &mut Walk) -> Vec<Value> {
        match self.take(key) {
            None => Vec::new(),
            Some(Value::Array(items)) => items,
            Some(other) => {
                walk.problem(
                    &self.place,
                    self.field(key),
                    format!("must be an array, not {}", kind(&other)),
                );
                Vec::new()
            }
        }
    }

    /// Drops fields that only link entities (`id` and every `..._id`): they carry no
    /// data of their own.
    pub fn skip_links(&mut self) {
        self.map
            .retain(|key, _| key != "id" && !key.ends_with("_id"));
    }

    /// Drops a field that the mapping has accounted for otherwise.
    pub fn skip(&mut self, key: &str) {
        self.map.remove(key);
    }

    /// Reports every field not taken as one Nabo has no field for. Rows of a tabular
    /// package nested here are reported one by one, each at its own file and line.
    pub fn finish(self, walk: &mut Walk) {
        for (key, value) in self.map {
            if is_empty(&value) {
                continue;
            }
            let path = format!("{}.{key}", self.path);
            match value {
                Value::Array(items)
                    if walk.tabular && items.iter().any(|item| item.get(SOURCE_KEY).is_some()) =>
                {
                    for (index, item) in items.iter().enumerate() {
                        let place = item
                            .get(SOURCE_KEY)
                            .and_then(source_place)
                            .unwrap_or_else(|| self.place.clone());
                        walk.finding(&place, format!("{path}[{index}]"), FindingKind::NoNaboField);
                    }
                }
                Value::Object(map) if walk.tabular && map.contains_key(SOURCE_KEY) => {
                    let place = map
                        .get(SOURCE_KEY)
                        .and_then(source_place)
                        .unwrap_or_else(|| self.place.clone());
                    walk.finding(&place, path, FindingKind::NoNaboField);
                }
                _ => walk.finding(&self.place, path, FindingKind::NoNaboField),
            }
        }
    }

    /// Reports the whole object under one finding, taking all its fields.
    pub fn finish_whole(self, walk: &mut Walk, kind: FindingKind) {
        walk.finding(&self.place, self.path, kind);
    }
}

/// The id of an HSDS object, for its path: `service[<id>]`, else its position.
pub(crate) fn entity_path(entity: &str, value: &Value, position: &str) -> String {
    match value.get("id") {
        Some(Value::String(id)) if !id.trim().is_empty() => format!("{entity}[{}]", id.trim()),
        Some(Value::Number(id)) => format!("{entity}[{id}]"),
        _ => format!("{entity}[at {position}]"),
    }
}

pub(crate) fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => text.trim().is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.keys().all(|key| key == SOURCE_KEY),
        _ => false,
    }
}

pub(crate) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The place a tabular row was read from.
pub(crate) fn source_value(place: &Place) -> Value {
    let mut map = Map::new();
    if let Some(file) = &place.file {
        map.insert("file".to_owned(), Value::String(file.display().to_string()));
    }
    if let Some(line) = place.line {
        map.insert("line".to_owned(), Value::from(line));
    }
    Value::Object(map)
}

fn source_place(value: &Value) -> Option<Place> {
    Some(Place {
        file: value.get("file").and_then(Value::as_str).map(Into::into),
        line: value.get("line").and_then(Value::as_u64),
    })
}

/// A problem at a field.
pub(crate) fn problem(
    place: &Place,
    path: impl Into<String>,
    message: impl Into<String>,
) -> InputProblem {
    InputProblem {
        place: place.clone(),
        path: path.into(),
        message: message.into(),
    }
}
