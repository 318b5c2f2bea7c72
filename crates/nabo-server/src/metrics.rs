//! Prometheus metrics (`/metrics`, OpenMetrics text): request latency per route, the
//! index's lag behind the change log, imports, refusals by a rate limit. Only an
//! operator reads them: behind a bearer token on the service's address, or on an
//! address of their own (`serve_metrics`). Labels hold route templates, never a path's
//! values nor anything a user typed.

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Instant;

/// Upper bounds of the latency buckets, in seconds (0.5 ms to 2 s).
const LATENCY_BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0,
];

/// A request's labels: the route's template and the answer's status class.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
    status: String,
}

/// The labels of a rate-limit refusal.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteOnly {
    route: String,
}

type Latencies = Family<RouteLabels, Histogram, fn() -> Histogram>;

/// This process's metrics.
pub struct Metrics {
    registry: Registry,
    latency: Latencies,
    refused: Family<RouteOnly, Counter>,
    lag_changes: Gauge,
    lag_seconds: Gauge<f64, AtomicU64>,
    database_seq: Gauge,
    index_seq: Gauge,
    documents: Gauge,
    imports: Counter,
    imported: Counter,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("nabo");
        let latency: Latencies = Family::new_with_constructor(|| Histogram::new(LATENCY_BUCKETS));
        registry.register(
            "http_request_duration_seconds",
            "Time from request to response head, by route template and status class",
            latency.clone(),
        );
        let refused = Family::<RouteOnly, Counter>::default();
        registry.register(
            "rate_limited",
            "Requests refused by a rate limit (429), by route template",
            refused.clone(),
        );
        let metrics = Self {
            registry,
            latency,
            refused,
            lag_changes: Gauge::default(),
            lag_seconds: Gauge::default(),
            database_seq: Gauge::default(),
            index_seq: Gauge::default(),
            documents: Gauge::default(),
            imports: Counter::default(),
            imported: Counter::default(),
        };
        metrics.register_gauges()
    }
}

impl Metrics {
    fn register_gauges(mut self) -> Self {
        let gauges: [(&str, &str, Gauge); 4] = [
            (
                "index_lag_changes",
                "Changes in the database this process's index has not read",
                self.lag_changes.clone(),
            ),
            (
                "change_log_position",
                "The newest change-log sequence in the database",
                self.database_seq.clone(),
            ),
            (
                "index_position",
                "The change-log sequence this process's index has read up to",
                self.index_seq.clone(),
            ),
            (
                "index_documents",
                "Resources in this process's search index",
                self.documents.clone(),
            ),
        ];
        for (name, help, gauge) in gauges {
            self.registry.register(name, help, gauge);
        }
        self.registry.register(
            "imports",
            "Imports this process has written",
            self.imports.clone(),
        );
        self.registry.register(
            "imported_resources",
            "Resources created or updated by this process's imports",
            self.imported.clone(),
        );
        self.registry.register(
            "index_lag_seconds",
            "Seconds since this process's index last held every change of the database (0 when it does)",
            self.lag_seconds.clone(),
        );
        self
    }

    /// The metrics as OpenMetrics text, with the index's position read now.
    async fn render(&self, state: &AppState) -> Result<String, nabo_directory::DirectoryError> {
        let status = state.directory.index_status().await?;
        self.database_seq.set(status.database_seq);
        self.index_seq.set(status.index_seq.unwrap_or(0));
        self.lag_changes.set(status.lag_changes());
        self.lag_seconds.set(status.lag.as_secs_f64());
        self.documents
            .set(i64::try_from(status.documents).unwrap_or(i64::MAX));
        let imports = state.directory.import_counts();
        // The directory counts; the counters catch up with it (they only grow).
        self.imports
            .inc_by(imports.imports.saturating_sub(self.imports.get()));
        self.imported
            .inc_by(imports.resources.saturating_sub(self.imported.get()));
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry)
            .map_err(|e| nabo_directory::DirectoryError::Task(e.to_string()))?;
        Ok(text)
    }
}

/// Tower middleware: times every request under its route's template.
pub async fn record(State(metrics): State<Arc<Metrics>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |path| path.as_str().to_owned());
    let response = next.run(request).await;
    let status = response.status();
    if status == StatusCode::TOO_MANY_REQUESTS {
        metrics
            .refused
            .get_or_create(&RouteOnly {
                route: route.clone(),
            })
            .inc();
    }
    let labels = RouteLabels {
        method,
        route,
        status: format!("{}xx", status.as_u16() / 100),
    };
    metrics
        .latency
        .get_or_create(&labels)
        .observe(started.elapsed().as_secs_f64());
    response
}

/// `GET /metrics` on the service's address: only with the configured bearer token (no
/// token configured: there is no such page here).
pub async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Response {
    match admitted(&state, &headers).await {
        Ok(()) => exposition(&state).await,
        Err(refusal) => refusal,
    }
}

/// Whether the request presents the metrics token; the refusal when not (404 when no
/// token is configured, 401 when it is missing or wrong).
async fn admitted(state: &AppState, headers: &HeaderMap) -> Result<(), Response> {
    let Some(expected) = &state.metrics_token else {
        return Err(crate::api::not_found().await.into_response());
    };
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if presented.is_some_and(|token| same_token(token, expected)) {
        return Ok(());
    }
    Err((
        StatusCode::UNAUTHORIZED,
        [(header::WWW_AUTHENTICATE, "Bearer")],
        "a metrics token is required",
    )
        .into_response())
}

/// `GET /metrics` on the operators' own address: no token.
pub async fn scrape_open(State(state): State<AppState>) -> Response {
    exposition(&state).await
}

async fn exposition(state: &AppState) -> Response {
    match state.metrics.render(state).await {
        Ok(text) => (
            [
                (
                    header::CONTENT_TYPE,
                    "application/openmetrics-text; version=1.0.0; charset=utf-8",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            text,
        )
            .into_response(),
        Err(error) => crate::error::ApiError::from(error).into_response(),
    }
}

/// Compares tokens in time that depends on their length only.
fn same_token(presented: &str, expected: &str) -> bool {
    let (a, b) = (presented.as_bytes(), expected.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}
