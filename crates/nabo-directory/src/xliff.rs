//! XLIFF round trips for translators: export what a language needs (missing and
//! outdated fields, with the outdated text or a proposal from the translation memory as
//! the target), import the translations back. A unit whose source text changed since the
//! export is refused and reported; the others are saved, one new version per resource.

use crate::directory::Directory;
use crate::error::DirectoryError;
use nabo_content::{MAX_UNITS, XliffDocument, XliffUnit};
use nabo_domain::{Account, AreaId, LanguageTag, ResourceId, source_hash};
use std::collections::BTreeMap;

/// What an XLIFF import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XliffImport {
    /// Units whose translation was saved.
    pub saved: usize,
    /// Units without a translation (left as they were).
    pub untranslated: usize,
    /// Units refused: `resource/field` and why.
    pub refused: Vec<(String, String)>,
}

impl Directory {
    /// The fields of resources written in `from` (in `area`, or everywhere) that are
    /// missing or outdated in `to`, most viewed first.
    pub async fn export_xliff(
        &self,
        from: &LanguageTag,
        to: &LanguageTag,
        area: Option<&AreaId>,
    ) -> Result<XliffDocument, DirectoryError> {
        let tasks = self.translation_tasks(to, area, MAX_UNITS).await?;
        let mut units = Vec::new();
        for task in tasks
            .iter()
            .filter(|t| t.resource.resource.source_language == *from)
        {
            let resource = &task.resource.resource;
            let proposals = self.proposals(&task.resource, to).await?;
            for field in task.missing.iter().chain(&task.outdated) {
                let text = resource.text(field);
                let source = text.get(from).unwrap_or_default().to_owned();
                let target = text
                    .get(to)
                    .map(str::to_owned)
                    .or_else(|| proposals.get(field).cloned());
                units.push(XliffUnit {
                    resource: resource.id.clone(),
                    field,
                    source_hash: source_hash(&source),
                    source,
                    target,
                });
            }
        }
        units.truncate(MAX_UNITS);
        Ok(XliffDocument {
            source_lang: from.clone(),
            target_lang: to.clone(),
            units,
        })
    }

    /// Saves the translations of an XLIFF document for `translator`.
    pub async fn import_xliff(
        &self,
        translator: &Account,
        text: &str,
    ) -> Result<XliffImport, DirectoryError> {
        let document = XliffDocument::parse(text).map_err(DirectoryError::Xliff)?;
        let lang = self
            .reference()
            .languages
            .canonical(document.target_lang.clone());
        let mut by_resource: BTreeMap<ResourceId, Vec<XliffUnit>> = BTreeMap::new();
        for unit in document.units {
            by_resource
                .entry(unit.resource.clone())
                .or_default()
                .push(unit);
        }
        let mut report = XliffImport::default();
        for (id, units) in by_resource {
            let mut refuse = |units: &[XliffUnit], why: &str| {
                for unit in units {
                    report
                        .refused
                        .push((format!("{}/{}", unit.resource, unit.field), why.to_owned()));
                }
            };
            let Some(current) = self.resource(&id).await? else {
                refuse(&units, "there is no such resource");
                continue;
            };
            if let Err(refusal) = self.check_translator(translator, &current, &lang) {
                refuse(&units, &refusal.to_string());
                continue;
            }
            let resource = &current.resource;
            let mut texts = BTreeMap::new();
            for unit in &units {
                let source = resource.text(unit.field).get(&resource.source_language);
                if resource.source_language != document.source_lang {
                    refuse(
                        std::slice::from_ref(unit),
                        "the resource is written in another language now",
                    );
                } else if source_hash(source.unwrap_or_default()) != unit.source_hash {
                    refuse(
                        std::slice::from_ref(unit),
                        "the source text changed since the export: export again",
                    );
                } else if let Some(target) = &unit.target {
                    texts.insert(unit.field.to_owned(), target.clone());
                } else {
                    report.untranslated += 1;
                }
            }
            if texts.is_empty() {
                continue;
            }
            match self
                .save_translation(translator, &id, &lang, &texts, current.version)
                .await
            {
                Ok(_) => report.saved += texts.len(),
                Err(error @ (DirectoryError::InvalidRecord(_) | DirectoryError::Stale { .. })) => {
                    let why = error.to_string();
                    for field in texts.keys() {
                        report.refused.push((format!("{id}/{field}"), why.clone()));
                    }
                }
                Err(other) => return Err(other),
            }
        }
        Ok(report)
    }
}
