//! The translation memory: translations saved through Nabo are remembered field by field
//! and sentence by sentence, and proposed for the same source text elsewhere.

use crate::directory::Directory;
use crate::error::DirectoryError;
use nabo_domain::{LanguageTag, TRANSLATED_FIELDS, sentences};
use nabo_storage::StoredResource;
use std::collections::BTreeMap;

impl Directory {
    /// Puts the texts of `saved` in `lang` beside their source texts into the translation
    /// memory: each field whole, and sentence by sentence where both have as many.
    pub(crate) async fn remember_translations(
        &self,
        saved: &StoredResource,
        lang: &LanguageTag,
    ) -> Result<(), DirectoryError> {
        let resource = &saved.resource;
        let source_lang = &resource.source_language;
        let mut pairs = Vec::new();
        for field in TRANSLATED_FIELDS {
            let text = resource.text(field);
            let (Some(source), Some(target)) = (text.get(source_lang), text.get(lang)) else {
                continue;
            };
            let pair = |s: &str, t: &str| {
                (
                    source_lang.clone(),
                    lang.clone(),
                    s.to_owned(),
                    t.to_owned(),
                )
            };
            pairs.push(pair(source, target));
            let (sources, targets) = (sentences(source), sentences(target));
            if sources.len() > 1 && sources.len() == targets.len() {
                pairs.extend(sources.iter().zip(&targets).map(|(s, t)| pair(s, t)));
            }
        }
        Ok(self.store.remember(&pairs).await?)
    }

    /// Proposals from the translation memory for the fields of `resource` that have no
    /// current text in `lang`: the stored translation of the same source text, or of
    /// each of its sentences.
    pub async fn proposals(
        &self,
        resource: &StoredResource,
        lang: &LanguageTag,
    ) -> Result<BTreeMap<&'static str, String>, DirectoryError> {
        let resource = &resource.resource;
        let source_lang = &resource.source_language;
        let mut proposals = BTreeMap::new();
        for field in TRANSLATED_FIELDS {
            let Some(source) = resource.text(field).get(source_lang) else {
                continue;
            };
            if let Some(whole) = self.store.recall(source_lang, lang, source).await? {
                proposals.insert(field, whole);
                continue;
            }
            let mut parts = Vec::new();
            for sentence in sentences(source) {
                match self.store.recall(source_lang, lang, sentence).await? {
                    Some(found) => parts.push(found),
                    None => break,
                }
            }
            if !parts.is_empty() && parts.len() == sentences(source).len() {
                proposals.insert(field, parts.join(" "));
            }
        }
        Ok(proposals)
    }
}
