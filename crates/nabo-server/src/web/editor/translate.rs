//! `/{lang}/edit/resources/{id}/translate/{to}`: one language's texts of a resource
//! beside the source texts, with each field's status and proposals from the translation
//! memory; saving them, and a second person's review.

use super::resource::edit_path;
use super::{Editor, editor_page, redirect};
use crate::AppState;
use crate::web::failure::WebError;
use crate::web::locale::PageLocale;
use crate::web::render::render;
use crate::web::session::CheckedForm;
use crate::web::view::{Page, Shown};
use askama::Template;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use nabo_directory::{FieldStatus, StoredResource};
use nabo_domain::{LanguageTag, ResourceId, TRANSLATED_FIELDS};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The resource and the language a translation page is about.
pub struct Target {
    id: ResourceId,
    to: LanguageTag,
}

impl FromRequestParts<AppState> for Target {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let Path((_, id, to)) = Path::<(String, String, String)>::from_request_parts(parts, state)
            .await
            .map_err(|_| WebError::NotFound)?;
        let id = ResourceId::parse(&id).map_err(|_| WebError::NotFound)?;
        let tag = LanguageTag::parse(&to).map_err(|_| WebError::NotFound)?;
        let reference = state.directory.reference();
        let language = reference
            .languages
            .resolve(&tag)
            .ok_or(WebError::NotFound)?;
        Ok(Self {
            id,
            to: language.tag.clone(),
        })
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    target: Target,
    Query(done): Query<Done>,
) -> Result<Response, WebError> {
    let loaded = Loaded::of(&state, &editor, &target).await?;
    let view = TranslatePage::new(
        &state,
        &locale,
        &editor,
        &loaded,
        &target.to,
        done.done.as_deref(),
    );
    Ok(render(&view)?.into_response())
}

pub async fn save(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    target: Target,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let texts: BTreeMap<String, String> = TRANSLATED_FIELDS
        .iter()
        .filter_map(|field| Some(((*field).to_owned(), form.get(field)?.to_owned())))
        .collect();
    let saved = state
        .directory
        .save_translation(
            &editor.account,
            &target.id,
            &target.to,
            &texts,
            form.number("version"),
        )
        .await;
    match saved {
        Ok(_) => Ok(redirect(&translate_path(&locale, &target, "saved"))),
        Err(nabo_directory::DirectoryError::Stale { .. }) => {
            Ok(redirect(&edit_path(&locale, &target.id, "stale", 0)))
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn review(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    target: Target,
    _form: CheckedForm,
) -> Result<Response, WebError> {
    state
        .directory
        .review_translation(&editor.account, &target.id, &target.to)
        .await?;
    Ok(redirect(&translate_path(&locale, &target, "reviewed")))
}

/// What the page shows: the resource, each field's status, the memory's proposals.
struct Loaded {
    stored: StoredResource,
    statuses: Vec<FieldStatus>,
    proposals: BTreeMap<&'static str, String>,
}

impl Loaded {
    async fn of(state: &AppState, editor: &Editor, target: &Target) -> Result<Self, WebError> {
        let directory = &state.directory;
        let stored = directory
            .translatable(&editor.account, &target.id, &target.to)
            .await?;
        let languages = std::slice::from_ref(&target.to);
        Ok(Self {
            statuses: directory.translation_status(&stored, languages).await?,
            proposals: directory.proposals(&stored, &target.to).await?,
            stored,
        })
    }
}

fn translate_path(locale: &PageLocale, target: &Target, done: &str) -> String {
    format!(
        "/{}/edit/resources/{}/translate/{}?done={done}",
        locale.as_str(),
        target.id,
        target.to
    )
}

/// One field: the source text, the translation (or a proposal), its status.
pub struct FieldRow {
    pub name: &'static str,
    pub label: String,
    pub source: String,
    pub value: String,
    pub status: String,
    pub proposed: bool,
    pub long: bool,
}

#[derive(Template)]
#[template(path = "editor/translate.html")]
struct TranslatePage {
    page: Page,
    csrf: String,
    id: String,
    to: String,
    into: String,
    source_lang: String,
    source_dir: &'static str,
    source_heading: String,
    target_lang: String,
    target_dir: &'static str,
    target_heading: String,
    version: i64,
    rows: Vec<FieldRow>,
    notice: Option<String>,
}

impl TranslatePage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        loaded: &Loaded,
        to: &LanguageTag,
        done: Option<&str>,
    ) -> Self {
        let (stored, statuses, proposals) = (&loaded.stored, &loaded.statuses, &loaded.proposals);
        let reference = state.directory.reference();
        let resource = &stored.resource;
        let chain = reference.languages.chain(&locale.0);
        let name = Shown::pick(
            &resource.name,
            &chain,
            Some(&resource.source_language),
            &reference,
        )
        .map(|s| s.text)
        .unwrap_or_default();
        let title = state.catalog.format(
            locale.as_str(),
            "translate-title",
            &[("name", nabo_i18n::Arg::Text(name))],
        );
        let page = editor_page(state, locale, editor, title);
        let t = &page.t;
        let source = &resource.source_language;
        let rows = statuses
            .iter()
            .map(|status| {
                let text = resource.text(status.field);
                let current = text.get(to).map(str::to_owned);
                let proposal = proposals.get(status.field).filter(|_| current.is_none());
                FieldRow {
                    name: status.field,
                    label: t.t(&format!("editor-field-{}", status.field)),
                    source: text.get(source).unwrap_or_default().to_owned(),
                    value: current
                        .clone()
                        .or_else(|| proposal.cloned())
                        .unwrap_or_default(),
                    status: t.with(
                        "translate-status",
                        "status",
                        &t.t(&format!("status-{}", status.status.as_str())),
                    ),
                    proposed: proposal.is_some(),
                    long: matches!(status.field, "description" | "access"),
                }
            })
            .collect();
        let notice = match done {
            Some("saved") => Some(t.t("translate-saved")),
            Some("reviewed") => Some(t.t("translate-reviewed")),
            _ => None,
        };
        Self {
            csrf: editor.secret.csrf_token(),
            id: resource.id.to_string(),
            to: to.to_string(),
            into: t.with("translate-into", "language", &t.language_name(to.as_str())),
            source_lang: source.to_string(),
            source_dir: reference.languages.direction(source).as_str(),
            source_heading: t.with(
                "translate-source",
                "language",
                &t.language_name(source.as_str()),
            ),
            target_lang: to.to_string(),
            target_dir: reference.languages.direction(to).as_str(),
            target_heading: t.with(
                "translate-target",
                "language",
                &t.language_name(to.as_str()),
            ),
            version: stored.version,
            rows,
            notice,
            page,
        }
    }
}
