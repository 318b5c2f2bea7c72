//! `/{lang}/edit/reports`: reports from the field for the editor's areas, oldest first;
//! each is closed as done or dismissed.

use super::{Editor, editor_page, redirect};
use crate::AppState;
use crate::web::failure::WebError;
use crate::web::locale::PageLocale;
use crate::web::render::render;
use crate::web::session::CheckedForm;
use crate::web::view::{Page, Shown};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use nabo_directory::FieldReport;

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
) -> Result<Response, WebError> {
    let reports = state.directory.open_reports(&editor.account).await?;
    let view = ReportsPage::new(&state, &locale, &editor, &reports).await?;
    Ok(render(&view)?.into_response())
}

pub async fn close(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    Path((_, report)): Path<(String, i64)>,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let resolved = form.get("resolution") == Some("resolved");
    state
        .directory
        .close_report(&editor.account, report, resolved)
        .await?;
    Ok(redirect(&format!("/{}/edit/reports", locale.as_str())))
}

pub struct Row {
    pub id: i64,
    pub resource: String,
    pub name: Shown,
    pub category: String,
    pub note: String,
    pub date: String,
}

#[derive(Template)]
#[template(path = "editor/reports.html")]
struct ReportsPage {
    page: Page,
    csrf: String,
    rows: Vec<Row>,
}

impl ReportsPage {
    async fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        reports: &[FieldReport],
    ) -> Result<Self, WebError> {
        let reference = state.directory.reference();
        let title = state.catalog.format(locale.as_str(), "reports-title", &[]);
        let page = editor_page(state, locale, editor, title);
        let chain = reference.languages.chain(&locale.0);
        let mut rows = Vec::with_capacity(reports.len());
        for report in reports {
            let stored = state.directory.resource(&report.resource).await?;
            let name = stored
                .and_then(|s| {
                    Shown::pick(
                        &s.resource.name,
                        &chain,
                        Some(&s.resource.source_language),
                        &reference,
                    )
                })
                .unwrap_or_else(|| Shown {
                    text: report.resource.to_string(),
                    ..Shown::default()
                });
            rows.push(Row {
                id: report.id,
                resource: report.resource.to_string(),
                name,
                category: page
                    .t
                    .t(&format!("report-category-{}", report.category.as_str())),
                note: report.note.clone(),
                date: report.reported_on.clone(),
            });
        }
        Ok(Self {
            csrf: editor.secret.csrf_token(),
            rows,
            page,
        })
    }
}
