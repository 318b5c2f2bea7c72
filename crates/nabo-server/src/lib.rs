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
mod caching;
mod contract;
mod error;
mod hsds;
pub(crate) mod insights;
mod keys;
mod limit;
mod metrics;
mod openapi;
mod params;
mod partner;
mod people;
mod query_names;
mod request_id;
mod upkeep;
mod web;
mod widget;
mod wire;

use axum::Router;
use axum::http::{Extensions, HeaderMap, HeaderValue, StatusCode, Version, header};
use nabo_directory::Directory;
use nabo_i18n::Catalog;
use std::sync::Arc;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::ApiError;
pub use limit::{RateLimit, ReportLimit, UNMET_PER_HOUR};
pub use metrics::Metrics;
pub use partner::{AnonymousCors, KeyRing};

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
    /// "Nothing fitted" per client address.
    pub unmet_limit: limit::ReportLimit,
    /// Partner sites' API keys in use, with their limiters.
    pub keys: KeyRing,
    /// Which browser origins may read the API without a key.
    pub anonymous_cors: AnonymousCors,
    /// This process's Prometheus metrics.
    pub metrics: Arc<Metrics>,
    /// The bearer token `/metrics` asks for on the service's address (`None`: no
    /// `/metrics` there; see `serve_metrics`).
    pub metrics_token: Option<String>,
}

impl AppState {
    pub fn new(directory: Arc<Directory>, catalog: Arc<Catalog>) -> Self {
        Self {
            keys: KeyRing::new(directory.partner_keys()),
            anonymous_cors: AnonymousCors::Any,
            directory,
            catalog,
            rate_limit: RateLimit::default(),
            secure_cookies: false,
            report_limit: limit::ReportLimit::default(),
            unmet_limit: limit::ReportLimit::per_hour(limit::UNMET_PER_HOUR),
            metrics: Arc::default(),
            metrics_token: None,
        }
    }
}

/// Whether `path` is one of the data APIs (`/api/...`, Open Referral `/hsds/...`), which
/// answer in JSON and problem+json, take partner keys and are shared across origins.
pub(crate) fn is_api(path: &str) -> bool {
    path.starts_with("/api/") || path.starts_with("/hsds/")
}

/// Largest request body an endpoint reads, unless it says otherwise (XLIFF uploads).
pub(crate) const BODY_LIMIT: usize = 64 * 1024;

/// The whole HTTP application.
pub fn router(state: AppState) -> Router {
    let limiter = limit::Limiter::new(state.rate_limit);
    let metrics = Arc::clone(&state.metrics);
    // Cross-origin reads are for the API only; pages stay with their own origin.
    let api = openapi::routes()
        .merge(hsds::routes())
        .layer(axum::middleware::from_fn(caching::conditional))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            partner::gate,
        ))
        .layer(compression());
    api.merge(web::routes(state.clone()))
        .route("/embed.js", axum::routing::get(widget::script))
        .route("/metrics", axum::routing::get(metrics::scrape))
        .fallback(api::not_found)
        .with_state(state)
        .layer(axum::middleware::from_fn_with_state(limiter, limit::limit))
        .layer(axum::middleware::from_fn_with_state(
            metrics,
            metrics::record,
        ))
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(RequestBodyLimitLayer::new(upkeep::XLIFF_LIMIT))
        .layer(axum::middleware::from_fn(error::problems_only))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(15),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .layer(axum::middleware::from_fn(request_id::assign))
}

/// The span a request is logged in: its id (`request_id`), method and path — never the query string (the
/// words someone searched for) nor the client's address (logs hold nothing of the
/// people who use Nabo; tested in `tests/privacy.rs`).
fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let id = request
        .extensions()
        .get::<request_id::RequestId>()
        .map_or("", |id| id.0.as_str());
    tracing::info_span!(
        "request",
        id = %id,
        method = %request.method(),
        path = %request.uri().path(),
    )
}

/// gzip or brotli for clients that accept them, for answers without secrets in them (the
/// API, public pages, static files). A page holding a form token beside text the
/// requester chose (the search page of a signed-in editor) is marked `HoldsSecret` and
/// sent uncompressed: compression would leak the token (BREACH).
pub(crate) fn compression() -> CompressionLayer<impl Predicate> {
    let without_secret = |_: StatusCode, _: Version, _: &HeaderMap, extensions: &Extensions| {
        extensions.get::<HoldsSecret>().is_none()
    };
    CompressionLayer::new()
        .no_deflate()
        .no_zstd()
        .compress_when(DefaultPredicate::new().and(without_secret))
}

/// Marks a response that must not be compressed (see `compression`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct HoldsSecret;

/// Serves `/metrics` without a token on `listener` (an address only operators reach)
/// until `shutdown` completes.
pub async fn serve_metrics(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = Router::new()
        .route("/metrics", axum::routing::get(metrics::scrape_open))
        .fallback(api::not_found)
        .with_state(state);
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
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
