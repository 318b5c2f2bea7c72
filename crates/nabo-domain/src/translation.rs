//! Translation status per field and language, derived from the data: a text in another
//! language than the resource's source language is a translation of the source text of
//! the same field. It is `Missing` when there is none, `Outdated` when the source text
//! changed since it was made, `Reviewed` when a second person approved it against the
//! current source text, else `Current`.
//!
//! What is stored is a `Basis` per translation whose source text is not the current one
//! (the hash of the text it was made from) or that was reviewed; a translation without
//! one was made from the current source text. `BasisChange::between` says how a write
//! moves the bases: a changed translation was made from the new source text, an
//! unchanged one keeps the source text it had when that text changes.

use crate::ids::UserId;
use crate::language::LanguageTag;
use crate::localized::LocalizedText;
use crate::resource::Resource;
use blake2::{Blake2b256, Digest};

/// The fields that are translated, in form order.
pub const TRANSLATED_FIELDS: [&str; 4] = ["name", "summary", "description", "access"];

/// Where a translation stands. `outdated`: the source text changed since the translation was made; `reviewed`: a
/// second person approved it against the current source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(rename_all = "lowercase")
)]
pub enum TranslationStatus {
    Missing,
    Outdated,
    Current,
    Reviewed,
}

/// The stored basis of one translation: the hash of the source text it was made from
/// (or reviewed against), and who reviewed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Basis {
    pub field: &'static str,
    pub lang: LanguageTag,
    pub source_hash: String,
    pub reviewed_by: Option<UserId>,
}

/// How a write moves the stored bases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BasisChange {
    /// Translations left as they were while their source text changed: they keep (or
    /// get, when they had none) the hash of the source text they were made from.
    pub keep: Vec<(&'static str, LanguageTag, String)>,
    /// Translations written or removed by this write: their basis is the current source
    /// text (no row), and a review of the old text no longer holds.
    pub clear: Vec<(&'static str, LanguageTag)>,
}

impl TranslationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationStatus::Missing => "missing",
            TranslationStatus::Outdated => "outdated",
            TranslationStatus::Current => "current",
            TranslationStatus::Reviewed => "reviewed",
        }
    }

    /// The status of `resource`'s `field` in `lang`, given its stored basis.
    pub fn of(resource: &Resource, field: &str, lang: &LanguageTag, basis: Option<&Basis>) -> Self {
        let text = resource.text(field);
        if text.get(lang).is_none() {
            return TranslationStatus::Missing;
        }
        let source = text.get(&resource.source_language).unwrap_or_default();
        match basis {
            None => TranslationStatus::Current,
            Some(basis) if basis.source_hash != source_hash(source) => TranslationStatus::Outdated,
            Some(basis) if basis.reviewed_by.is_some() => TranslationStatus::Reviewed,
            Some(_) => TranslationStatus::Current,
        }
    }
}

impl BasisChange {
    /// What writing `new` over `old` (`None`: a new resource) does to the bases.
    pub fn between(old: Option<&Resource>, new: &Resource) -> Self {
        let mut change = Self::default();
        let Some(old) = old else {
            return change;
        };
        for field in TRANSLATED_FIELDS {
            let (before, after) = (old.text(field), new.text(field));
            let old_source = before.get(&old.source_language);
            let source_changed = old.source_language != new.source_language
                || old_source != after.get(&new.source_language);
            let languages = before.languages().chain(after.languages());
            let mut seen: Vec<&LanguageTag> = Vec::new();
            for lang in languages {
                if seen.contains(&lang) || *lang == new.source_language {
                    continue;
                }
                seen.push(lang);
                if before.get(lang) != after.get(lang) {
                    change.clear.push((field, lang.clone()));
                } else if source_changed {
                    let hash = source_hash(old_source.unwrap_or_default());
                    change.keep.push((field, lang.clone(), hash));
                }
            }
        }
        change
    }

    pub fn is_empty(&self) -> bool {
        self.keep.is_empty() && self.clear.is_empty()
    }
}

/// The hash a translation keeps of the source text it was made from.
pub fn source_hash(text: &str) -> String {
    Blake2b256::digest(text.trim().as_bytes())
        .iter()
        .take(16)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The sentences of a text: cut after a full stop, question or exclamation mark of any
/// script that is followed by a space.
pub fn sentences(text: &str) -> Vec<&str> {
    const ENDS: [char; 9] = ['.', '!', '?', '։', '۔', '؟', '።', '।', '。'];
    let mut found = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        if (ENDS.contains(&c) && next_is_space) || c == '\n' {
            let end = at + c.len_utf8();
            let sentence = text[start..end].trim();
            if !sentence.is_empty() {
                found.push(sentence);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        found.push(rest);
    }
    found
}

impl Resource {
    /// The localized field `field` (`name`, `summary`, `description`, `access`); an
    /// empty text for any other name.
    pub fn text(&self, field: &str) -> &LocalizedText {
        static EMPTY: std::sync::OnceLock<LocalizedText> = std::sync::OnceLock::new();
        match field {
            "name" => &self.name,
            "summary" => &self.summary,
            "description" => &self.description,
            "access" => &self.access,
            _ => EMPTY.get_or_init(LocalizedText::default),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resource(texts: serde_json::Value) -> Resource {
        let mut document = serde_json::json!({
            "id": "a", "area": "dk-0101", "categories": ["jobcentre"], "source_language": "da"
        });
        for (key, value) in texts.as_object().expect("object") {
            document[key] = value.clone();
        }
        serde_json::from_value(document).expect("a resource")
    }

    fn so() -> LanguageTag {
        LanguageTag::parse("so").expect("tag")
    }

    #[test]
    fn an_unchanged_translation_keeps_the_source_it_was_made_from() {
        let v1 = resource(serde_json::json!({"name": {"da": "Jobcenter", "so": "Xarunta"}}));
        let v2 = resource(serde_json::json!({"name": {"da": "Jobcentret", "so": "Xarunta"}}));
        let change = BasisChange::between(Some(&v1), &v2);
        assert_eq!(change.keep, [("name", so(), source_hash("Jobcenter"))]);
        assert!(change.clear.is_empty());
        let basis = Basis {
            field: "name",
            lang: so(),
            source_hash: source_hash("Jobcenter"),
            reviewed_by: None,
        };
        assert_eq!(
            TranslationStatus::of(&v2, "name", &so(), Some(&basis)),
            TranslationStatus::Outdated
        );
        assert_eq!(
            TranslationStatus::of(&v1, "name", &so(), Some(&basis)),
            TranslationStatus::Current
        );
        assert_eq!(
            TranslationStatus::of(&v2, "name", &so(), None),
            TranslationStatus::Current
        );
        assert_eq!(
            TranslationStatus::of(&v2, "summary", &so(), None),
            TranslationStatus::Missing
        );
        let reviewed = Basis {
            source_hash: source_hash("Jobcentret"),
            reviewed_by: Some(UserId::parse("hodan").expect("id")),
            ..basis
        };
        assert_eq!(
            TranslationStatus::of(&v2, "name", &so(), Some(&reviewed)),
            TranslationStatus::Reviewed
        );
    }

    #[test]
    fn texts_are_cut_into_sentences_in_every_script() {
        assert_eq!(
            sentences("Ring først. Kom så! Hvad nu?"),
            ["Ring først.", "Kom så!", "Hvad nu?"]
        );
        assert_eq!(sentences("Kl. 9.30 åbner vi"), ["Kl.", "9.30 åbner vi"]);
        assert_eq!(
            sentences("اتصل أولاً. ثم تعال؟ نعم"),
            ["اتصل أولاً.", "ثم تعال؟", "نعم"]
        );
        assert_eq!(sentences("ደውሉ። ይምጡ"), ["ደውሉ።", "ይምጡ"]);
        assert!(sentences("  ").is_empty());
    }

    #[test]
    fn a_changed_or_removed_translation_is_made_from_the_new_source() {
        let v1 = resource(
            serde_json::json!({"name": {"da": "Jobcenter", "so": "Xarunta", "ar": "مركز"}}),
        );
        let v2 =
            resource(serde_json::json!({"name": {"da": "Jobcentret", "so": "Xarunta shaqada"}}));
        let change = BasisChange::between(Some(&v1), &v2);
        let ar = LanguageTag::parse("ar").expect("tag");
        assert_eq!(change.clear, [("name", ar), ("name", so())]);
        assert!(change.keep.is_empty());
        assert!(
            BasisChange::between(None, &v2).is_empty(),
            "a new resource is current"
        );
        assert!(BasisChange::between(Some(&v2), &v2).is_empty());
    }
}
