//! Reading Nabo's `x-nabo` extension of a service (see the crate documentation).

use crate::import::fields::{Fields, kind};
use crate::import::walk::Walk;
use crate::model::EXTENSION;
use crate::report::FindingKind;
use nabo_domain::LanguageTag;
use serde_json::Value;
use std::collections::BTreeMap;

/// The Nabo fields a service's extension carries.
#[derive(Debug, Default)]
pub(crate) struct Extension {
    pub id: Option<String>,
    pub area: Option<String>,
    pub source_language: Option<String>,
    /// Per Nabo text field (`name`, `summary`, `description`, `access`), text per tag.
    pub translations: BTreeMap<&'static str, BTreeMap<String, String>>,
}

pub(crate) const TEXT_FIELDS: [&str; 4] = ["name", "summary", "description", "access"];

/// Takes the extension out of a service's fields.
pub(crate) fn read(walk: &mut Walk, service: &mut Fields) -> Extension {
    let mut extension = Extension::default();
    let Some(value) = service.take(EXTENSION) else {
        return extension;
    };
    let Some(mut fields) = Fields::object(value, service.field(EXTENSION), &service.place, walk)
    else {
        return extension;
    };
    extension.id = fields.take_str("id", walk);
    extension.area = fields.take_str("area", walk);
    extension.source_language = fields.take_str("source_language", walk);
    if let Some(value) = fields.take("translations")
        && let Some(mut translations) =
            Fields::object(value, fields.field("translations"), &fields.place, walk)
    {
        for field in TEXT_FIELDS {
            let texts = translations.take(field);
            let path = translations.field(field);
            let texts = match texts {
                None => continue,
                Some(Value::Object(texts)) => texts,
                Some(other) => {
                    walk.problem(
                        &translations.place,
                        path,
                        format!("must be an object, not {}", kind(&other)),
                    );
                    continue;
                }
            };
            let mut kept = BTreeMap::new();
            for (tag, text) in texts {
                let entry = format!("{path}.{tag}");
                match text {
                    Value::String(text) if LanguageTag::parse(&tag).is_ok() => {
                        kept.insert(tag, text);
                    }
                    Value::String(_) => walk.finding(
                        &translations.place,
                        entry,
                        FindingKind::Invalid(format!("{tag:?} is not a BCP 47 language tag")),
                    ),
                    other => walk.problem(
                        &translations.place,
                        entry,
                        format!("must be text, not {}", kind(&other)),
                    ),
                }
            }
            extension.translations.insert(field, kept);
        }
        translations.finish(walk);
    }
    fields.finish(walk);
    extension
}
