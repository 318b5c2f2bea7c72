//! `/{lang}/edit/new` and `/{lang}/edit/resources/{id}[/archive|/restore]`: creating,
//! changing, archiving and restoring a resource through the form. A save goes back to
//! the form with every problem next to its field; a stale one (412) shows the editor's
//! version beside the saved one.

use super::form::{Choice, FieldError, ResourceForm, Section};
use super::{Editor, ResourcePath, editor_page, redirect};
use crate::AppState;
use crate::web::failure::WebError;
use crate::web::locale::PageLocale;
use crate::web::render::render;
use crate::web::session::CheckedForm;
use crate::web::view::{Page, Shown};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use nabo_directory::{DirectoryError, Expected, StoredResource};
use nabo_domain::{
    FieldChange, LanguageTag, Problem, ProblemKind, ResourceId, ResourceRecord, TranslationStatus,
};
use serde::Deserialize;

/// What the form page was sent back with after an action.
#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
    version: Option<i64>,
    add: Option<String>,
}

pub async fn new(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
) -> Result<Response, WebError> {
    let source = state.directory.reference().languages.all()[0].tag.clone();
    let view = FormPage::new(&state, &locale, &editor, ResourceForm::empty(&source), None);
    Ok(render(&view)?.into_response())
}

pub async fn create(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let sent = ResourceForm::sent(&form, None);
    let saved = save(&state, &editor, &sent, Expected::New).await;
    FormPage::after_save(&state, &locale, &editor, sent, None, saved).await
}

pub async fn edit(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    ResourcePath(id): ResourcePath,
    Query(done): Query<Done>,
) -> Result<Response, WebError> {
    let (stored, archived) = state.directory.editable(&editor.account, &id).await?;
    let mut view = FormPage::stored(&state, &locale, &editor, &stored, archived, &done);
    view.translations = translations(&state, &view.page, &stored).await?;
    Ok(render(&view)?.into_response())
}

pub async fn update(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    ResourcePath(id): ResourcePath,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let sent = ResourceForm::sent(&form, Some(id.as_str()));
    let version = form.number("version");
    let saved = save(&state, &editor, &sent, Expected::Version(version)).await;
    FormPage::after_save(&state, &locale, &editor, sent, Some((id, version)), saved).await
}

pub async fn archive(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    ResourcePath(id): ResourcePath,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let version = form.number("version");
    match state
        .directory
        .archive_resource(&editor.account, &id, version)
        .await
    {
        Err(DirectoryError::Stale { .. }) => Ok(redirect(&edit_path(&locale, &id, "stale", 0))),
        other => other
            .map(|()| redirect(&edit_path(&locale, &id, "archived", 0)))
            .map_err(Into::into),
    }
}

pub async fn restore(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    ResourcePath(id): ResourcePath,
    _form: CheckedForm,
) -> Result<Response, WebError> {
    let restored = state
        .directory
        .restore_resource(&editor.account, &id)
        .await?;
    Ok(redirect(&edit_path(
        &locale,
        &id,
        "restored",
        restored.version,
    )))
}

/// The form page of `id` after `done` (with the version it made).
pub fn edit_path(locale: &PageLocale, id: &ResourceId, done: &str, version: i64) -> String {
    format!(
        "/{}/edit/resources/{id}?done={done}&version={version}",
        locale.as_str()
    )
}

async fn save(
    state: &AppState,
    editor: &Editor,
    sent: &ResourceForm,
    expected: Expected,
) -> Result<StoredResource, DirectoryError> {
    let reference = state.directory.reference();
    let record = sent
        .record(&reference)
        .map_err(DirectoryError::InvalidRecord)?;
    state
        .directory
        .save_resource(&editor.account, record, expected)
        .await
}

/// A field where two saves differ: the editor's value and the saved one.
#[derive(Debug, Clone)]
pub struct ConflictRow {
    pub label: String,
    pub yours: String,
    pub saved: String,
}

#[derive(Debug, Clone)]
pub struct Conflict {
    pub heading: String,
    pub rows: Vec<ConflictRow>,
}

#[derive(Template)]
#[template(path = "editor/form.html")]
struct FormPage {
    page: Page,
    csrf: String,
    heading: String,
    action: String,
    is_new: bool,
    archived: bool,
    id: String,
    /// The version a save replaces (0 for a new resource).
    version: i64,
    saved_at: Option<String>,
    verified_at: String,
    sections: Vec<Section>,
    unplaced: Vec<FieldError>,
    error_summary: Option<String>,
    notice: Option<String>,
    conflict: Option<Conflict>,
    add_languages: Vec<Choice>,
    /// When it was last confirmed as correct.
    verified: String,
    translations: Vec<TranslationRow>,
}

/// Where one language's translation of the resource stands (its least advanced field).
#[derive(Debug, Clone)]
pub struct TranslationRow {
    pub tag: String,
    pub language: Shown,
    pub status: String,
    pub needs_work: bool,
}

/// Each language's least advanced field of `stored`, the source language left out.
async fn translations(
    state: &AppState,
    page: &Page,
    stored: &StoredResource,
) -> Result<Vec<TranslationRow>, WebError> {
    let reference = state.directory.reference();
    let languages: Vec<LanguageTag> = reference
        .languages
        .all()
        .iter()
        .map(|l| l.tag.clone())
        .collect();
    let statuses = state
        .directory
        .translation_status(stored, &languages)
        .await?;
    let rows = reference
        .languages
        .all()
        .iter()
        .filter_map(|language| {
            let worst = statuses
                .iter()
                .filter(|s| s.lang == language.tag)
                .map(|s| s.status)
                .min()?;
            Some(TranslationRow {
                tag: language.tag.to_string(),
                language: Shown::autonym(language),
                status: page.t.t(&format!("status-{}", worst.as_str())),
                needs_work: matches!(
                    worst,
                    TranslationStatus::Missing | TranslationStatus::Outdated
                ),
            })
        })
        .collect();
    Ok(rows)
}

impl FormPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        form: ResourceForm,
        stored: Option<&StoredResource>,
    ) -> Self {
        let reference = state.directory.reference();
        let is_new = stored.is_none();
        let heading = match stored {
            None => state
                .catalog
                .format(locale.as_str(), "editor-new-title", &[]),
            Some(stored) => {
                let chain = reference.languages.chain(&locale.0);
                let name = Shown::pick(
                    &stored.resource.name,
                    &chain,
                    Some(&stored.resource.source_language),
                    &reference,
                )
                .map(|s| s.text)
                .unwrap_or_default();
                state.catalog.format(
                    locale.as_str(),
                    "editor-edit-title",
                    &[("name", nabo_i18n::Arg::Text(name))],
                )
            }
        };
        let page = editor_page(state, locale, editor, heading.clone());
        let (sections, unplaced) = form.sections(&page.t, &reference, &[], is_new);
        let add_languages = match stored {
            None => Vec::new(),
            Some(stored) => {
                let present: Vec<String> = stored
                    .resource
                    .text_languages()
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                let mut choices = Choice::languages(&reference, |_| false);
                choices.retain(|choice| !present.contains(&choice.value));
                choices
            }
        };
        let action = match stored {
            None => format!("/{}/edit/new", locale.as_str()),
            Some(stored) => format!("/{}/edit/resources/{}", locale.as_str(), stored.resource.id),
        };
        Self {
            csrf: editor.secret.csrf_token(),
            saved_at: stored.map(|s| {
                page.t.with2(
                    "editor-version",
                    ("version", &s.version.to_string()),
                    ("date", s.updated_at.get(..10).unwrap_or_default()),
                )
            }),
            heading,
            action,
            is_new,
            archived: false,
            id: form.id.clone(),
            version: stored.map_or(0, |s| s.version),
            verified_at: form.verified_at().to_owned(),
            sections,
            unplaced,
            error_summary: None,
            notice: None,
            conflict: None,
            add_languages,
            verified: stored.and_then(|s| s.resource.verified_at).map_or_else(
                || page.t.t("editor-never-verified"),
                |at| page.t.with("editor-last-verified", "date", &at.to_string()),
            ),
            translations: Vec::new(),
            page,
        }
    }

    /// The form of a stored (or archived) resource, with the notice of what was done.
    fn stored(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        stored: &StoredResource,
        archived: bool,
        done: &Done,
    ) -> Self {
        let add = done
            .add
            .as_deref()
            .and_then(|tag| LanguageTag::parse(tag).ok());
        let form = ResourceForm::of(&stored.resource, add.as_ref());
        let mut view = Self::new(state, locale, editor, form, Some(stored));
        view.archived = archived;
        let version = done.version.unwrap_or_default().to_string();
        view.notice = match done.done.as_deref() {
            Some("created") => Some(view.page.t.t("editor-created")),
            Some("saved") => Some(view.page.t.with("editor-saved", "version", &version)),
            Some("unchanged") => Some(view.page.t.t("editor-unchanged")),
            Some("archived") => Some(view.page.t.t("editor-archived")),
            Some("restored") => Some(view.page.t.with("editor-restored", "version", &version)),
            Some("stale") => Some(view.page.t.t("editor-conflict-title")),
            Some("verified") => Some(view.page.t.t("editor-verified")),
            _ => None,
        };
        view
    }

    /// Where a save leads: on to the saved resource's form, or back to the form with
    /// the problems (422), the taken id (409) or both versions side by side (412).
    /// `updated` is the resource and version an update replaced (`None`: a new one).
    async fn after_save(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        sent: ResourceForm,
        updated: Option<(ResourceId, i64)>,
        saved: Result<StoredResource, DirectoryError>,
    ) -> Result<Response, WebError> {
        let (status, problems) = match saved {
            Ok(stored) => {
                let done = match &updated {
                    None => "created",
                    Some((_, version)) if *version == stored.version => "unchanged",
                    Some(_) => "saved",
                };
                let to = edit_path(locale, &stored.resource.id, done, stored.version);
                return Ok(redirect(&to));
            }
            Err(DirectoryError::InvalidRecord(problems)) => {
                (StatusCode::UNPROCESSABLE_ENTITY, problems)
            }
            Err(DirectoryError::Exists(_)) => {
                let taken = state.catalog.format(locale.as_str(), "editor-exists", &[]);
                (
                    StatusCode::CONFLICT,
                    vec![Problem::of(ProblemKind::Duplicate, "id", taken)],
                )
            }
            Err(DirectoryError::Stale { .. }) => (StatusCode::PRECONDITION_FAILED, Vec::new()),
            Err(other) => return Err(other.into()),
        };
        let stored = match &updated {
            Some((id, _)) => Some(
                state
                    .directory
                    .resource(id)
                    .await?
                    .ok_or(WebError::NotFound)?,
            ),
            None => None,
        };
        let mut view = Self::new(state, locale, editor, sent.clone(), stored.as_ref());
        let reference = state.directory.reference();
        (view.sections, view.unplaced) =
            sent.sections(&view.page.t, &reference, &problems, updated.is_none());
        view.verified_at = sent.verified_at().to_owned();
        if !problems.is_empty() {
            let count = problems.len();
            view.error_summary = Some(view.page.t.count("editor-errors-summary", "count", &count));
        }
        match (status, &stored, &updated) {
            // Saving again replaces the version shown beside the editor's.
            (StatusCode::PRECONDITION_FAILED, Some(current), _) => {
                view.conflict = Some(conflict(&view.page, &sent, current));
            }
            (_, _, Some((_, version))) => view.version = *version,
            _ => {}
        }
        Ok((status, render(&view)?).into_response())
    }
}

/// The fields where the editor's version and the saved one differ.
fn conflict(page: &Page, sent: &ResourceForm, current: &StoredResource) -> Conflict {
    let t = &page.t;
    let (yours, _) = sent.raw();
    let empty = t.t("editor-conflict-empty");
    let rows = FieldChange::between(&ResourceRecord::from(&current.resource), &yours)
        .into_iter()
        .map(|change| ConflictRow {
            label: super::field_label(t, &change.field),
            yours: change.new.unwrap_or_else(|| empty.clone()),
            saved: change.old.unwrap_or_else(|| empty.clone()),
        })
        .collect();
    Conflict {
        heading: t.with(
            "editor-conflict-saved",
            "version",
            &current.version.to_string(),
        ),
        rows,
    }
}
