//! Nabo's extension of HSDS: what HSDS has no field for — texts in several languages,
//! and the Nabo ids that make an export import back unchanged. The HSDS 3.0 schemas do
//! not forbid additional properties, so an object under `x-nabo` keeps a document valid.
//! The crate documentation specifies it for readers elsewhere.

use serde::Serialize;
use std::collections::BTreeMap;

/// `service["x-nabo"]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NaboExtension {
    /// The Nabo resource id (`aarhus-jobcenter`).
    pub id: String,
    /// The Nabo area id (`dk-0751`); the service area carries its name.
    pub area: String,
    /// BCP 47 tag of the language of the main HSDS text fields.
    pub source_language: String,
    #[serde(skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

/// Texts per Nabo field and BCP 47 tag. `name`, `description` and `access` hold every
/// language but the source language, whose text is in the HSDS field (`name`,
/// `description`, `application_process`); `summary`, which HSDS lacks, holds every
/// language, the source language included.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Translations {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub name: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub summary: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub description: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub access: BTreeMap<String, String>,
}

impl Translations {
    pub fn is_empty(&self) -> bool {
        self.name.is_empty()
            && self.summary.is_empty()
            && self.description.is_empty()
            && self.access.is_empty()
    }
}

/// `taxonomy_term["x-nabo"]`: the term's name (and description) in every language but
/// the term's `language`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TermExtension {
    #[serde(skip_serializing_if = "TermTranslations::is_empty")]
    pub translations: TermTranslations,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TermTranslations {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub name: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub description: BTreeMap<String, String>,
}

impl TermTranslations {
    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.description.is_empty()
    }
}
