//! Nabo's HTTP edge: the public JSON API (`/api/v1/...`), health, OpenAPI, and the
//! volunteers' web app (`web/`).
//!
//! API boundary: handlers extract and validate input, make one call to
//! `nabo_directory::Directory`, and map the answer to wire types (`wire.rs`). Errors of
//! every crate are mapped once, in `error.rs`, to RFC 9457 problem details. This crate
//! never touches tantivy or sqlx.

mod admin;
mod api;
mod auth;
mod error;
mod limit;
mod params;
mod people;
mod upkeep;
mod web;
mod wire;

use axum::Router;
use axum::http::{HeaderValue, header};
use nabo_directory::Directory;
use nabo_i18n::Catalog;
use std::sync::Arc;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::ApiError;
pub use limit::{RateLimit, ReportLimit};

/// What every handler shares.
#[derive(Debug, Clone)]
pub struct AppState {
    pub directory: Arc<Directory>,
    /// The web app's UI messages.
    pub catalog: Arc<Catalog>,
    pub rate_limit: RateLimit,
    /// Mark session cookies `Secure` (the service is reached over TLS).
    pub secure_cookies: bool,
    /// Reports from the field per client address.
    pub report_limit: limit::ReportLimit,
}

impl AppState {
    pub fn new(directory: Arc<Directory>, catalog: Arc<Catalog>) -> Self {
        Self {
            directory,
            catalog,
            rate_limit: RateLimit::default(),
            secure_cookies: false,
            report_limit: limit::ReportLimit::default(),
        }
    }
}

/// Largest request body an endpoint reads, unless it says otherwise (XLIFF uploads).
const BODY_LIMIT: usize = 64 * 1024;

/// The whole HTTP application.
pub fn router(state: AppState) -> Router {
    let limiter = limit::Limiter::new(state.rate_limit);
    // Cross-origin reads are for the API only; pages stay with their own origin.
    let api = api::routes()
        .merge(admin::routes())
        .merge(upkeep::routes())
        .merge(people::routes())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        ));
    api.merge(web::routes(state.clone()))
        .fallback(api::not_found)
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(limiter, limit::limit))
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(RequestBodyLimitLayer::new(upkeep::XLIFF_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(15),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(TraceLayer::new_for_http())
}

/// Serves `state` on `listener` until `shutdown` completes; requests in flight are
/// finished first.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}
