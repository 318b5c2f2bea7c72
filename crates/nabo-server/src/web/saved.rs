//! `/{lang}/saved`: the services a volunteer saved on this phone. The list lives only in
//! the browser (local storage) and the saved pages in its cache, so this page is a frame
//! the script fills in; nothing about the list ever reaches the server.

use super::failure::WebError;
use super::locale::PageLocale;
use super::render::render;
use super::view::Page;
use crate::AppState;
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

#[derive(Template)]
#[template(path = "saved.html")]
struct SavedPage {
    page: Page,
}

pub async fn page(State(state): State<AppState>, locale: PageLocale) -> Result<Response, WebError> {
    let reference = state.directory.reference();
    let title = state.catalog.format(locale.as_str(), "saved-heading", &[]);
    let page = Page::new(&state.catalog, &reference, locale.as_str(), title, "/saved");
    Ok(render(&SavedPage { page })?.into_response())
}
