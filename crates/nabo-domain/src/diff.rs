//! Field-level differences between two versions of a resource record, for history and
//! for showing two people's saves side by side. Fields are named by the same paths as
//! validation problems (`name.da`, `address.street`, `phone`).

use crate::resource::ResourceRecord;
use std::collections::BTreeMap;

/// One field that differs: its value before and after (`None`: not given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl FieldChange {
    /// The fields that differ between `old` and `new`, in the record's field order.
    pub fn between(old: &ResourceRecord, new: &ResourceRecord) -> Vec<FieldChange> {
        let (old, new) = (flatten(old), flatten(new));
        let mut fields: Vec<&String> = old.iter().chain(&new).map(|(field, _)| field).collect();
        fields.sort_by_key(|field| order(field));
        fields.dedup();
        fields
            .into_iter()
            .filter_map(|field| {
                let before = lookup(&old, field);
                let after = lookup(&new, field);
                (before != after).then(|| FieldChange {
                    field: field.clone(),
                    old: before,
                    new: after,
                })
            })
            .collect()
    }
}

fn lookup(fields: &[(String, String)], name: &str) -> Option<String> {
    fields
        .iter()
        .find(|(field, _)| field == name)
        .map(|(_, value)| value.clone())
}

/// Fields in the order a form shows them: the record's own order, texts by language.
fn order(field: &str) -> (usize, &str) {
    const ORDER: [&str; 20] = [
        "id",
        "area",
        "categories",
        "source_language",
        "name",
        "summary",
        "description",
        "access",
        "address.street",
        "address.postcode",
        "address.city",
        "address.country",
        "geo",
        "phone",
        "email",
        "website",
        "opening_hours",
        "languages_spoken",
        "attributes",
        "verified_at",
    ];
    let head = field.split_once('.').map_or(field, |(head, _)| head);
    let rank = ORDER
        .iter()
        .position(|f| *f == field || *f == head)
        .unwrap_or(ORDER.len());
    (rank, field)
}

/// Every given field of `record` as (path, text); lists joined by ", ".
fn flatten(record: &ResourceRecord) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let mut one = |field: &str, value: Option<String>| {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            fields.push((field.to_owned(), value));
        }
    };
    let list = |values: &[String]| Some(values.join(", "));
    one("id", record.id.clone());
    one("area", record.area.clone());
    one("categories", list(&record.categories));
    one("source_language", record.source_language.clone());
    let texts = |name: &str, texts: &BTreeMap<String, String>| {
        texts
            .iter()
            .map(|(lang, text)| (format!("{name}.{lang}"), text.clone()))
            .collect::<Vec<_>>()
    };
    let mut localized = texts("name", &record.name);
    localized.extend(texts("summary", &record.summary));
    localized.extend(texts("description", &record.description));
    localized.extend(texts("access", &record.access));
    for (field, text) in localized {
        one(&field, Some(text));
    }
    if let Some(address) = &record.address {
        one("address.street", address.street.clone());
        one("address.postcode", address.postcode.clone());
        one("address.city", address.city.clone());
        one("address.country", address.country.clone());
    }
    one("geo", record.geo.map(|g| format!("{}, {}", g.lat, g.lon)));
    one("phone", record.phone.clone());
    one("email", record.email.clone());
    one("website", record.website.clone());
    one("opening_hours", record.opening_hours.clone());
    one("languages_spoken", list(&record.languages_spoken));
    one("attributes", list(&record.attributes));
    one("verified_at", record.verified_at.clone());
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(value: serde_json::Value) -> ResourceRecord {
        serde_json::from_value(value).expect("record")
    }

    #[test]
    fn only_changed_fields_are_listed_in_form_order() {
        let old = record(serde_json::json!({
            "id": "a", "area": "dk-0101", "categories": ["jobcentre"],
            "name": {"da": "Jobcenter", "so": "Xarunta"},
            "phone": "+45 1", "source_language": "da"
        }));
        let new = record(serde_json::json!({
            "id": "a", "area": "dk-0101", "categories": ["jobcentre", "library"],
            "name": {"da": "Jobcentret", "so": "Xarunta"},
            "email": "a@b.dk", "source_language": "da"
        }));
        let changes = FieldChange::between(&old, &new);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["categories", "name.da", "phone", "email"]);
        assert_eq!(changes[1].old.as_deref(), Some("Jobcenter"));
        assert_eq!(changes[1].new.as_deref(), Some("Jobcentret"));
        assert_eq!(
            (changes[2].new.as_deref(), changes[3].old.as_deref()),
            (None, None)
        );
        assert!(FieldChange::between(&new, &new).is_empty());
    }
}
