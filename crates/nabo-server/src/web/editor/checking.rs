//! `/{lang}/edit/checking`: resources nobody has confirmed for a while, never confirmed
//! and oldest first, each confirmed with one button (also on the resource's form).

use super::form::Choice;
use super::resource::edit_path;
use super::{Editor, ResourcePath, editor_page, redirect};
use crate::AppState;
use crate::web::failure::WebError;
use crate::web::locale::PageLocale;
use crate::web::render::render;
use crate::web::session::CheckedForm;
use crate::web::view::{Page, Shown};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use nabo_directory::{NeedsChecking, VERIFY_EVERY_MONTHS};
use nabo_domain::AreaId;
use serde::Deserialize;

/// Resources listed at most.
const SHOWN: usize = 200;

/// The area (an editor's first by default) and the period to look at.
#[derive(Debug, Default, Deserialize)]
pub struct CheckingQuery {
    area: Option<String>,
    months: Option<u32>,
}

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    Query(query): Query<CheckingQuery>,
) -> Result<Response, WebError> {
    let choice = Scope::of(&state, &editor, &query)?;
    let today = chrono::Utc::now().date_naive();
    let found = state
        .directory
        .needs_checking(choice.area.as_ref(), choice.months, today, SHOWN)
        .await?;
    let view = CheckingPage::new(&state, &locale, &editor, &choice, &found);
    Ok(render(&view)?.into_response())
}

/// What the list looks at.
struct Scope {
    area: Option<AreaId>,
    months: u32,
}

impl Scope {
    fn of(state: &AppState, editor: &Editor, query: &CheckingQuery) -> Result<Self, WebError> {
        let area = match query.area.as_deref() {
            None => editor.account.areas.first().cloned(),
            Some("") => None,
            Some(raw) => {
                let area = AreaId::parse(raw).map_err(|e| WebError::BadRequest(e.to_string()))?;
                if state.directory.reference().area(&area).is_none() {
                    return Err(WebError::BadRequest(format!("unknown area {raw:?}")));
                }
                Some(area)
            }
        };
        let months = query.months.unwrap_or(VERIFY_EVERY_MONTHS).clamp(1, 240);
        Ok(Self { area, months })
    }
}

pub async fn verify(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    ResourcePath(id): ResourcePath,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let verified = state
        .directory
        .verify_resource(&editor.account, &id, form.number("version"))
        .await;
    match verified {
        Ok(saved) => Ok(redirect(&edit_path(
            &locale,
            &id,
            "verified",
            saved.version,
        ))),
        Err(nabo_directory::DirectoryError::Stale { .. }) => {
            Ok(redirect(&edit_path(&locale, &id, "stale", 0)))
        }
        Err(other) => Err(other.into()),
    }
}

pub struct Row {
    pub id: String,
    pub name: Shown,
    pub verified: String,
    pub by: String,
    pub version: i64,
}

#[derive(Template)]
#[template(path = "editor/checking.html")]
struct CheckingPage {
    page: Page,
    csrf: String,
    intro: String,
    months: u32,
    areas: Vec<Choice>,
    rows: Vec<Row>,
}

impl CheckingPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        choice: &Scope,
        found: &[NeedsChecking],
    ) -> Self {
        let reference = state.directory.reference();
        let title = state.catalog.format(locale.as_str(), "checking-title", &[]);
        let page = editor_page(state, locale, editor, title);
        let chain = reference.languages.chain(&locale.0);
        let never = page.t.t("checking-never");
        let rows = found
            .iter()
            .map(|n| {
                let resource = &n.resource.resource;
                Row {
                    id: resource.id.to_string(),
                    name: Shown::pick(
                        &resource.name,
                        &chain,
                        Some(&resource.source_language),
                        &reference,
                    )
                    .unwrap_or_default(),
                    verified: n
                        .verified
                        .as_ref()
                        .map_or_else(|| never.clone(), |(at, _)| at.to_string()),
                    by: n
                        .verified
                        .as_ref()
                        .and_then(|(_, by)| by.as_ref())
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    version: n.resource.version,
                }
            })
            .collect();
        let areas = Choice::areas(&reference, &chain, |id| choice.area.as_ref() == Some(id));
        Self {
            csrf: editor.secret.csrf_token(),
            intro: page
                .t
                .count("checking-intro", "months", &(choice.months as usize)),
            months: choice.months,
            areas,
            rows,
            page,
        }
    }
}
