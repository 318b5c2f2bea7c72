//! Translations: where each stands (`TranslationStatus`), what a language still needs in
//! an area (most-viewed first), saving one language's texts of a resource, and a second
//! person's review.

use crate::directory::Directory;
use crate::error::DirectoryError;
use nabo_domain::{
    Account, AreaId, Basis, FieldChange, LanguageTag, ResourceId, ResourceRecord,
    TRANSLATED_FIELDS, TranslationStatus, UserId, source_hash,
};
use nabo_storage::{Author, RevisionKind, StoredResource};
use std::collections::BTreeMap;

/// Resources read at a time when listing what a language needs.
const PAGE: usize = 5_000;

/// The status of one field of a resource in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldStatus {
    pub field: &'static str,
    pub lang: LanguageTag,
    pub status: TranslationStatus,
}

/// A resource with translations missing or outdated in a language.
#[derive(Debug, Clone)]
pub struct TranslationTask {
    pub resource: StoredResource,
    pub missing: Vec<&'static str>,
    pub outdated: Vec<&'static str>,
    pub views: i64,
}

impl Directory {
    /// Every translated field of `resource` that has a source text, in each language of
    /// `languages` other than the source language.
    pub async fn translation_status(
        &self,
        resource: &StoredResource,
        languages: &[LanguageTag],
    ) -> Result<Vec<FieldStatus>, DirectoryError> {
        let bases = self.store.bases(&resource.resource.id).await?;
        Ok(statuses(resource, languages, &bases))
    }

    /// What `lang` still needs in `area` (all areas when `None`): resources with a field
    /// missing or outdated in it, the most viewed first, at most `limit`.
    pub async fn translation_tasks(
        &self,
        lang: &LanguageTag,
        area: Option<&AreaId>,
        limit: usize,
    ) -> Result<Vec<TranslationTask>, DirectoryError> {
        let reference = self.reference();
        let areas = area.map(|a| reference.area_and_descendants(a));
        self.flush_views().await?;
        let bases = self.store.bases_in(lang).await?;
        let views = self.store.views().await?;
        let mut tasks = Vec::new();
        let mut after: Option<ResourceId> = None;
        loop {
            let page = self.page_of(areas.as_deref(), after.as_ref(), PAGE).await?;
            let Some(last) = page.last() else { break };
            after = Some(last.resource.id.clone());
            for stored in page {
                let found = bases
                    .get(&stored.resource.id)
                    .map_or(&[][..], Vec::as_slice);
                let mut task = TranslationTask {
                    missing: Vec::new(),
                    outdated: Vec::new(),
                    views: views.get(&stored.resource.id).copied().unwrap_or(0),
                    resource: stored,
                };
                for status in statuses(&task.resource, std::slice::from_ref(lang), found) {
                    match status.status {
                        TranslationStatus::Missing => task.missing.push(status.field),
                        TranslationStatus::Outdated => task.outdated.push(status.field),
                        _ => {}
                    }
                }
                if !task.missing.is_empty() || !task.outdated.is_empty() {
                    tasks.push(task);
                }
            }
        }
        tasks.sort_by(|a, b| {
            b.views
                .cmp(&a.views)
                .then_with(|| a.resource.resource.id.cmp(&b.resource.resource.id))
        });
        tasks.truncate(limit);
        Ok(tasks)
    }

    /// Saves the texts of `id` in `lang` (`field` → text; an empty text removes it) for
    /// `translator`, over version `expected`. Refused for the source language and for an
    /// account that may neither translate into `lang` nor edit the resource's area.
    pub async fn save_translation(
        &self,
        translator: &Account,
        id: &ResourceId,
        lang: &LanguageTag,
        texts: &BTreeMap<String, String>,
        expected: i64,
    ) -> Result<StoredResource, DirectoryError> {
        let current = self.resource(id).await?;
        let current = current.ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        self.check_translator(translator, &current, lang)?;
        let mut record = ResourceRecord::from(&current.resource);
        for (field, text) in texts {
            let map = match field.as_str() {
                "name" => &mut record.name,
                "summary" => &mut record.summary,
                "description" => &mut record.description,
                "access" => &mut record.access,
                other => {
                    let problem = nabo_domain::Problem::new(other, "is not a translated field");
                    return Err(DirectoryError::InvalidRecord(vec![problem]));
                }
            };
            match text.trim() {
                "" => map.remove(lang.as_str()),
                text => map.insert(lang.to_string(), text.to_owned()),
            };
        }
        let resource = record
            .validate(&self.reference())
            .map_err(DirectoryError::InvalidRecord)?;
        let author = Author::new(RevisionKind::Edit, &translator.id);
        let saved = self.write(resource, expected, author).await?;
        self.remember_translations(&saved, lang).await?;
        Ok(saved)
    }

    /// The resource `id`, if `account` may translate it into `lang`.
    pub async fn translatable(
        &self,
        account: &Account,
        id: &ResourceId,
        lang: &LanguageTag,
    ) -> Result<StoredResource, DirectoryError> {
        let current = self.resource(id).await?;
        let current = current.ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        self.check_translator(account, &current, lang)?;
        Ok(current)
    }

    /// Marks every text of `id` in `lang` as reviewed by `reviewer` against the current
    /// source texts. A text `reviewer` wrote last needs another person: refused.
    /// Returns the fields reviewed.
    pub async fn review_translation(
        &self,
        reviewer: &Account,
        id: &ResourceId,
        lang: &LanguageTag,
    ) -> Result<Vec<&'static str>, DirectoryError> {
        let current = self.resource(id).await?;
        let current = current.ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        if !reviewer.may_verify() {
            self.check_translator(reviewer, &current, lang)?;
        }
        let resource = &current.resource;
        let fields: Vec<&'static str> = TRANSLATED_FIELDS
            .into_iter()
            .filter(|f| resource.text(f).get(lang).is_some())
            .collect();
        let revisions = self.store.revisions(id).await?;
        for field in &fields {
            if last_writer(&revisions, field, lang).as_ref() == Some(&reviewer.id) {
                return Err(DirectoryError::Forbidden(format!(
                    "{} wrote the {field} in {lang} last: another person reviews it",
                    reviewer.id
                )));
            }
        }
        for field in &fields {
            let source = resource.text(field).get(&resource.source_language);
            let hash = source_hash(source.unwrap_or_default());
            self.store
                .review_translation(id, field, lang, &hash, &reviewer.id)
                .await?;
        }
        Ok(fields)
    }

    /// A translator may change the texts of languages assigned to it; an editor of the
    /// area any language but the source one (that is the resource form's).
    pub(crate) fn check_translator(
        &self,
        account: &Account,
        current: &StoredResource,
        lang: &LanguageTag,
    ) -> Result<(), DirectoryError> {
        let resource = &current.resource;
        if *lang == resource.source_language {
            return Err(DirectoryError::Forbidden(format!(
                "{lang} is the source language of {}: change it in the resource form",
                resource.id
            )));
        }
        let reference = self.reference();
        if account.may_translate(lang) || account.may_edit_resources_in(&resource.area, &reference)
        {
            return Ok(());
        }
        Err(DirectoryError::Forbidden(format!(
            "account {:?} may not translate into {lang}",
            account.id.as_str()
        )))
    }

    /// Whether every change from `current` to `new` is a translation `account` may make
    /// (a translator's save through the API changes only its languages' texts).
    pub(crate) fn only_translations(
        &self,
        account: &Account,
        current: &StoredResource,
        new: &ResourceRecord,
    ) -> bool {
        let changes = FieldChange::between(&ResourceRecord::from(&current.resource), new);
        !changes.is_empty()
            && changes.iter().all(|change| {
                let Some((field, lang)) = change.field.split_once('.') else {
                    return false;
                };
                let Ok(lang) = LanguageTag::parse(lang) else {
                    return false;
                };
                TRANSLATED_FIELDS.contains(&field)
                    && lang != current.resource.source_language
                    && account.may_translate(&lang)
            })
    }
}

/// The statuses of `resource`'s fields that have a source text, in `languages`.
fn statuses(
    stored: &StoredResource,
    languages: &[LanguageTag],
    bases: &[Basis],
) -> Vec<FieldStatus> {
    let resource = &stored.resource;
    let mut found = Vec::new();
    for lang in languages.iter().filter(|l| **l != resource.source_language) {
        for field in TRANSLATED_FIELDS {
            if resource
                .text(field)
                .get(&resource.source_language)
                .is_none()
            {
                continue;
            }
            let basis = bases.iter().find(|b| b.field == field && b.lang == *lang);
            found.push(FieldStatus {
                field,
                lang: lang.clone(),
                status: TranslationStatus::of(resource, field, lang, basis),
            });
        }
    }
    found
}

/// Who last changed the text of `field` in `lang`, by the history (newest first); `None`
/// for an import or a text older than the history.
fn last_writer(
    revisions: &[nabo_storage::Revision],
    field: &str,
    lang: &LanguageTag,
) -> Option<UserId> {
    let text = |revision: &nabo_storage::Revision| {
        revision
            .document
            .as_ref()
            .and_then(|d| d.text(field).get(lang).map(str::to_owned))
    };
    revisions
        .windows(2)
        .find(|pair| text(&pair[0]) != text(&pair[1]))
        .map(|pair| &pair[0])
        .or(revisions.last())
        .and_then(|revision| revision.author.clone())
}
