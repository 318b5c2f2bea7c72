//! `/{lang}/resources/{id}/report`: a volunteer says that a resource has changed. The
//! report is anonymous (a category and a short note; the form asks for no personal
//! data), CSRF-checked and limited per client address.

use super::failure::WebError;
use super::locale::PageLocale;
use super::render::render;
use super::resource::load;
use super::session::{CheckedForm, Client, Visitor};
use super::view::{Page, Shown};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use nabo_domain::{REPORT_NOTE_MAX, ReportCategory, ReportInput, Resource};

pub async fn form(
    State(state): State<AppState>,
    locale: PageLocale,
    visitor: Visitor,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let resource = load(&state, &id).await?;
    let view = ReportPage::new(&state, &locale, &visitor, &resource, Sent::Nothing);
    Ok(visitor.keep(&state, render(&view)?))
}

pub async fn submit(
    State(state): State<AppState>,
    locale: PageLocale,
    visitor: Visitor,
    Client(client): Client,
    Path((_, id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let resource = load(&state, &id).await?;
    if !state.report_limit.allows(&client) {
        return Err(WebError::TooMany);
    }
    let sent = ReportInput::new(
        form.get("category").unwrap_or_default(),
        form.get("note").unwrap_or_default(),
    );
    let (status, sent) = match sent {
        Ok(report) => {
            state.directory.report_change(&resource.id, &report).await?;
            (StatusCode::OK, Sent::Thanks)
        }
        Err(_) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Sent::Invalid(form.get("note").unwrap_or_default().to_owned()),
        ),
    };
    let view = ReportPage::new(&state, &locale, &visitor, &resource, sent);
    Ok((status, render(&view)?).into_response())
}

/// What the form was sent back with.
enum Sent {
    Nothing,
    Thanks,
    /// Refused: the note as it was sent.
    Invalid(String),
}

pub struct CategoryChoice {
    pub value: &'static str,
    pub label: String,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    page: Page,
    csrf: String,
    id: String,
    intro: String,
    categories: Vec<CategoryChoice>,
    note: String,
    note_max: usize,
    thanks: bool,
    error: Option<String>,
}

impl ReportPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        visitor: &Visitor,
        resource: &Resource,
        sent: Sent,
    ) -> Self {
        let reference = state.directory.reference();
        let chain = reference.languages.chain(&locale.0);
        let name = Shown::pick(
            &resource.name,
            &chain,
            Some(&resource.source_language),
            &reference,
        )
        .map(|s| s.text)
        .unwrap_or_default();
        let title = state.catalog.format(locale.as_str(), "report-title", &[]);
        let page = Page::new(
            &state.catalog,
            &reference,
            locale.as_str(),
            title,
            &format!("/resources/{}/report", resource.id),
        );
        let categories = ReportCategory::ALL
            .iter()
            .map(|c| CategoryChoice {
                value: c.as_str(),
                label: page.t.t(&format!("report-category-{}", c.as_str())),
            })
            .collect();
        let (thanks, error, note) = match sent {
            Sent::Nothing => (false, None, String::new()),
            Sent::Thanks => (true, None, String::new()),
            Sent::Invalid(note) => (false, Some(page.t.t("report-invalid")), note),
        };
        Self {
            csrf: visitor.csrf_token(),
            id: resource.id.to_string(),
            intro: page.t.with("report-intro", "name", &name),
            categories,
            note,
            note_max: REPORT_NOTE_MAX,
            thanks,
            error,
            page,
        }
    }
}
