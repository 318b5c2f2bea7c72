//! The volunteers' web app: server-rendered pages that work without JavaScript, in every
//! locale of `locales/`, with `lang` and `dir` set on the page and on every text shown
//! in another language. One module per page family; each handler parses, makes one
//! call and builds its view, and errors become pages in one place (`failure`).
//!
//! Routes: `/` (choose a language), `/{lang}/` (search), `/{lang}/resources/{id}` (a
//! service), `/{lang}/resources/{id}/card?for=` (the bilingual referral card),
//! `/static/*`; for the people who keep the directory `/{lang}/login`, `/{lang}/logout`
//! and the editors' pages under `/{lang}/edit/` (`editor/`).

mod api_docs;
mod assets;
mod card;
mod editor;
mod failure;
mod home;
mod hours;
mod linked_data;
mod locale;
mod login;
mod pictogram;
mod privacy;
mod referral;
mod render;
mod report;
mod resource;
mod saved;
mod search;
pub(crate) mod session;
mod unmet;
pub(crate) mod view;

use crate::AppState;
use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

/// What a page may load and who may frame it: its own scripts, styles and images only,
/// no inline script, no framing.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; \
    worker-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

pub fn routes(state: AppState) -> Router<AppState> {
    // Pages without a form token may be compressed (see `crate::compression`).
    let public = Router::new()
        .route("/", get(home::root))
        .route("/{lang}", get(home::to_search))
        .route("/{lang}/", get(search::page))
        .route("/{lang}/resources/{id}", get(resource::page))
        .route("/{lang}/resources/{id}/card", get(card::page))
        .route("/{lang}/api", get(api_docs::page))
        .route("/{lang}/saved", get(saved::page))
        .route("/{lang}/privacy", get(privacy::page))
        .layer(axum::middleware::from_fn(session::mark_signed_in))
        .layer(crate::compression());
    let pages = public
        .route(
            "/{lang}/resources/{id}/report",
            get(report::form).post(report::submit),
        )
        .route("/{lang}/unmet", get(unmet::form).post(unmet::submit))
        .merge(private())
        .layer(axum::middleware::from_fn_with_state(
            state,
            failure::error_pages,
        ));
    let files = Router::new()
        .route("/static/{file}", get(assets::file))
        .route("/favicon.ico", get(assets::favicon))
        .route("/sw.js", get(assets::service_worker))
        .layer(crate::compression());
    pages
        .merge(files)
        .layer(header_layer(
            header::CONTENT_SECURITY_POLICY,
            CONTENT_SECURITY_POLICY,
        ))
        .layer(header_layer(header::REFERRER_POLICY, "no-referrer"))
        .layer(header_layer(header::X_FRAME_OPTIONS, "DENY"))
}

/// Pages for signed-in accounts and signing in: never kept in a cache.
fn private() -> Router<AppState> {
    Router::new()
        .route("/{lang}/login", get(login::form).post(login::submit))
        .route(
            "/{lang}/logout",
            get(login::logout_page).post(login::logout),
        )
        .route("/{lang}/resources/{id}/referral", get(referral::form))
        .route("/{lang}/referrals", post(referral::record))
        .route("/{lang}/referrals/token", get(referral::token))
        .merge(editor::routes())
        .layer(header_layer(header::CACHE_CONTROL, "no-store"))
}

fn header_layer(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
}
