//! Export: Nabo's resources and reference data as HSDS 3.0 entities, in the forms of the
//! HSDS API (`/services/{id}` full, `/services` list items, ...) and as a folder of JSON
//! files for `nabo export --format hsds`.

mod directory;
mod service;
mod terms;

pub use directory::{DirectoryExport, ExportFile, SERVICES_FILE};
pub use service::ServiceDetail;

use nabo_domain::{LanguageTag, LocalizedText, ReferenceData};

/// Choices of an export.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// The language of the names of reference data in HSDS fields (area names, category
    /// and attribute names, along its fallback chain); `None` is English. Resource
    /// texts are always in their source language, with translations in `x-nabo`.
    pub reference_language: Option<LanguageTag>,
}

/// Maps resources to HSDS entities against one set of reference data.
#[derive(Debug, Clone)]
pub struct Exporter<'a> {
    reference: &'a ReferenceData,
    /// The reference language and its fallback chain.
    chain: Vec<LanguageTag>,
}

impl<'a> Exporter<'a> {
    pub fn new(reference: &'a ReferenceData) -> Self {
        Self::with_options(reference, ExportOptions::default())
    }

    pub fn with_options(reference: &'a ReferenceData, options: ExportOptions) -> Self {
        let language = options
            .reference_language
            .or_else(|| LanguageTag::parse("en").ok());
        let chain = language
            .map(|tag| reference.languages.chain(&tag))
            .unwrap_or_default();
        Self { reference, chain }
    }

    pub fn reference(&self) -> &'a ReferenceData {
        self.reference
    }

    /// The text of reference data in the reference language, and its language.
    fn pick<'t>(&self, text: &'t LocalizedText) -> Option<(&'t LanguageTag, &'t str)> {
        text.pick(&self.chain, None)
            .map(|picked| (picked.lang, picked.text))
    }
}
