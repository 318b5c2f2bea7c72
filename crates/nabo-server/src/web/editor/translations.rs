//! `/{lang}/edit/translations`: what a language needs in an area (most viewed first),
//! its XLIFF to download, and a translated XLIFF file to bring back.

use super::form::Choice;
use super::{Editor, editor_page};
use crate::AppState;
use crate::upkeep::xliff_download;
use crate::web::failure::WebError;
use crate::web::locale::PageLocale;
use crate::web::render::render;
use crate::web::session::CheckedUpload;
use crate::web::view::{Page, Shown};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use nabo_directory::{TranslationTask, XliffImport};
use nabo_domain::{AreaId, LanguageTag, ReferenceData};
use serde::Deserialize;

/// Resources listed at most.
const SHOWN: usize = 200;

#[derive(Debug, Default, Deserialize)]
pub struct TasksQuery {
    to: Option<String>,
    from: Option<String>,
    area: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    Query(query): Query<TasksQuery>,
) -> Result<Response, WebError> {
    let choice = Selection::of(&state, &editor, &query)?;
    let tasks = state
        .directory
        .translation_tasks(&choice.to, choice.area.as_ref(), SHOWN)
        .await?;
    let view = TranslationsPage::new(&state, &locale, &editor, &choice, &tasks, None);
    Ok(render(&view)?.into_response())
}

pub async fn export(
    State(state): State<AppState>,
    editor: Editor,
    Query(query): Query<TasksQuery>,
) -> Result<Response, WebError> {
    let choice = Selection::of(&state, &editor, &query)?;
    let document = state
        .directory
        .export_xliff(&choice.from, &choice.to, choice.area.as_ref())
        .await?;
    Ok(xliff_download(&document.to_xml(), &choice.from, &choice.to))
}

pub async fn import(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    upload: CheckedUpload,
) -> Result<Response, WebError> {
    let text = upload
        .file
        .ok_or_else(|| WebError::BadRequest("no XLIFF file was sent".to_owned()))?;
    let report = state.directory.import_xliff(&editor.account, &text).await?;
    let query = TasksQuery {
        to: upload.fields.text("to"),
        from: None,
        area: upload.fields.text("area"),
    };
    let choice = Selection::of(&state, &editor, &query)?;
    let tasks = state
        .directory
        .translation_tasks(&choice.to, choice.area.as_ref(), SHOWN)
        .await?;
    let view = TranslationsPage::new(&state, &locale, &editor, &choice, &tasks, Some(report));
    Ok((StatusCode::OK, render(&view)?).into_response())
}

/// The languages and area a translator looks at: by default the first language it
/// translates into (or the second of the directory), from the directory's first.
struct Selection {
    to: LanguageTag,
    from: LanguageTag,
    area: Option<AreaId>,
}

impl Selection {
    fn of(state: &AppState, editor: &Editor, query: &TasksQuery) -> Result<Self, WebError> {
        let reference = state.directory.reference();
        let all = reference.languages.all();
        let default_to = editor
            .account
            .languages
            .first()
            .cloned()
            .or_else(|| all.get(1).map(|l| l.tag.clone()));
        let to = pick(&reference, query.to.as_deref())?.or(default_to);
        let from =
            pick(&reference, query.from.as_deref())?.or_else(|| all.first().map(|l| l.tag.clone()));
        let area = match query.area.as_deref().filter(|a| !a.is_empty()) {
            None => editor.account.areas.first().cloned(),
            Some(raw) => Some(
                AreaId::parse(raw)
                    .ok()
                    .filter(|a| reference.area(a).is_some())
                    .ok_or_else(|| WebError::BadRequest(format!("unknown area {raw:?}")))?,
            ),
        };
        match (to, from) {
            (Some(to), Some(from)) => Ok(Self { to, from, area }),
            _ => Err(WebError::BadRequest(
                "the directory has no languages".to_owned(),
            )),
        }
    }
}

fn pick(reference: &ReferenceData, raw: Option<&str>) -> Result<Option<LanguageTag>, WebError> {
    let Some(raw) = raw.filter(|r| !r.is_empty()) else {
        return Ok(None);
    };
    let tag = LanguageTag::parse(raw).map_err(|e| WebError::BadRequest(e.to_string()))?;
    let language = reference.languages.resolve(&tag).ok_or_else(|| {
        WebError::BadRequest(format!("{raw:?} is not a language of the directory"))
    })?;
    Ok(Some(language.tag.clone()))
}

pub struct TaskRow {
    pub id: String,
    pub name: Shown,
    pub missing: String,
    pub outdated: String,
    pub views: i64,
}

#[derive(Template)]
#[template(path = "editor/translations.html")]
struct TranslationsPage {
    page: Page,
    csrf: String,
    to: String,
    area: String,
    languages: Vec<Choice>,
    sources: Vec<Choice>,
    areas: Vec<Choice>,
    count: String,
    rows: Vec<TaskRow>,
    imported: Option<String>,
    untranslated: Option<String>,
    refused: Vec<(String, String)>,
}

impl TranslationsPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        choice: &Selection,
        tasks: &[TranslationTask],
        report: Option<XliffImport>,
    ) -> Self {
        let reference = state.directory.reference();
        let title = state
            .catalog
            .format(locale.as_str(), "translations-title", &[]);
        let page = editor_page(state, locale, editor, title);
        let chain = reference.languages.chain(&locale.0);
        let t = &page.t;
        let fields = |list: &[&str]| {
            list.iter()
                .map(|f| t.t(&format!("editor-field-{f}")))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let rows = tasks
            .iter()
            .map(|task| {
                let resource = &task.resource.resource;
                TaskRow {
                    id: resource.id.to_string(),
                    name: Shown::pick(
                        &resource.name,
                        &chain,
                        Some(&resource.source_language),
                        &reference,
                    )
                    .unwrap_or_default(),
                    missing: fields(&task.missing),
                    outdated: fields(&task.outdated),
                    views: task.views,
                }
            })
            .collect();
        let areas = Choice::areas(&reference, &chain, |id| choice.area.as_ref() == Some(id));
        let (imported, untranslated, refused) = match report {
            Some(report) => (
                Some(t.count("translations-imported", "count", &report.saved)),
                (report.untranslated > 0)
                    .then(|| t.count("translations-untranslated", "count", &report.untranslated)),
                report.refused,
            ),
            None => (None, None, Vec::new()),
        };
        Self {
            csrf: editor.secret.csrf_token(),
            to: choice.to.to_string(),
            area: choice
                .area
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            languages: Choice::languages(&reference, |tag| *tag == choice.to),
            sources: Choice::languages(&reference, |tag| *tag == choice.from),
            areas,
            count: t.count("translations-count", "count", &tasks.len()),
            rows,
            imported,
            untranslated,
            refused,
            page,
        }
    }
}
