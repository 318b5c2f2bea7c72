//! `/{lang}/privacy`: what Nabo records and what it never records, in every UI language.

use super::failure::WebError;
use super::locale::PageLocale;
use super::render::render;
use super::view::Page;
use crate::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    page: Page,
}

pub async fn page(State(state): State<AppState>, locale: PageLocale) -> Result<Response, WebError> {
    let reference = state.directory.reference();
    let title = state.catalog.format(locale.as_str(), "privacy-title", &[]);
    let page = Page::new(
        &state.catalog,
        &reference,
        locale.as_str(),
        title,
        "/privacy",
    );
    Ok(render(&PrivacyPage { page })?.into_response())
}
