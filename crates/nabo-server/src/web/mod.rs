//! The volunteers' web app: server-rendered pages that work without JavaScript, in every
//! locale of `locales/`, with `lang` and `dir` set on the page and on every text shown
//! in another language. Routes: `/` (choose a language), `/{lang}/` (search),
//! `/{lang}/resources/{id}` (a service), `/{lang}/resources/{id}/card?for=` (the
//! bilingual referral card), `/static/*`.

mod assets;
mod pages;
mod view;

use crate::AppState;
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::root))
        .route("/{lang}", get(pages::to_search))
        .route("/{lang}/", get(pages::search))
        .route("/{lang}/resources/{id}", get(pages::resource))
        .route("/{lang}/resources/{id}/card", get(pages::card))
        .route("/static/{file}", get(assets::file))
        .route("/favicon.ico", get(assets::favicon))
        .route("/sw.js", get(assets::service_worker))
}
