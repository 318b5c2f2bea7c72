//! The routes of the public API, v1. Each handler: parse, one call, map.

use crate::AppState;
use crate::caching;
use crate::error::ApiError;
use crate::params::{MAX_LIMIT, Params};
use crate::wire;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use nabo_domain::{LanguageTag, ReferenceData};
use serde_json::json;
use std::sync::Arc;
use std::time::Instant;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/search", get(search))
        .route("/api/v1/suggest", get(suggest))
        .route("/api/v1/resources/{id}", get(resource))
        .route("/api/v1/categories", get(categories))
        .route("/api/v1/areas", get(areas))
        .route("/api/v1/attributes", get(attributes))
        .route("/api/v1/languages", get(languages))
        .route("/api/v1/openapi.json", get(openapi))
        .route("/healthz", get(health))
}

async fn search(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let started = Instant::now();
    let params = Params::parse(raw.as_deref());
    params.expect(SEARCH_PARAMETERS, &["attribute"])?;
    let reference = state.directory.reference();
    let limit = params.number("limit", 10, 1..=MAX_LIMIT)?;
    let query = params.search_query(&reference, params.lang(&reference)?, limit)?;
    let chain = reference.languages.chain(&query.lang);
    let results = state.directory.search(query).await?;
    let took_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let response = wire::search_response(results, &chain, took_ms);
    Ok(caching::json_without(&response, "took_ms"))
}

const SEARCH_PARAMETERS: &[&str] = &[
    "q",
    "lang",
    "area",
    "category",
    "attribute",
    "near",
    "radius_km",
    "open_now",
    "limit",
    "offset",
    "explain",
];

/// As-you-type completion: need phrases and category names of the reader's language
/// that start with what was typed, then names of resources that do.
async fn suggest(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<wire::SuggestResponse>, ApiError> {
    let params = Params::parse(raw.as_deref());
    params.expect(&["q", "lang", "area", "limit"], &[])?;
    let reference = state.directory.reference();
    let lang = params.lang(&reference)?;
    let area = params.area(&reference)?;
    let limit = params.number("limit", 8, 1..=20)?;
    let typed = params.get("q")?.unwrap_or_default();
    let suggestions = state
        .directory
        .suggest(typed, &lang, area.as_ref(), limit)
        .await?;
    let chain = reference.languages.chain(&lang);
    Ok(Json(wire::suggest_response(
        suggestions,
        &lang,
        &chain,
        limit,
    )))
}

async fn resource(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Json<wire::ResourceResponse>, ApiError> {
    let params = Params::parse(raw.as_deref());
    params.expect(&["lang"], &[])?;
    let reference = state.directory.reference();
    let lang = params.lang(&reference)?;
    let not_found = || ApiError::NotFound(format!("there is no resource with id {id:?}"));
    let resource_id = wire::resource_id(&id)?;
    let stored = state
        .directory
        .resource(&resource_id)
        .await?
        .ok_or_else(not_found)?;
    let chain = reference.languages.chain(&lang);
    Ok(Json(wire::resource_response(stored, &lang, &chain)))
}

/// For the reference endpoints, which take only `lang`: the reference data and the
/// reader's fallback chain.
fn reference_in_language(
    state: &AppState,
    raw: Option<&str>,
) -> Result<(Arc<ReferenceData>, Vec<LanguageTag>), ApiError> {
    let params = Params::parse(raw);
    params.expect(&["lang"], &[])?;
    let reference = state.directory.reference();
    let chain = reference.languages.chain(&params.lang(&reference)?);
    Ok((reference, chain))
}

async fn categories(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Vec<wire::CategoryItem>>, ApiError> {
    let (reference, chain) = reference_in_language(&state, raw.as_deref())?;
    Ok(Json(
        reference
            .categories
            .iter()
            .map(|c| wire::category_item(c, &chain))
            .collect(),
    ))
}

async fn areas(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Vec<wire::AreaItem>>, ApiError> {
    let (reference, chain) = reference_in_language(&state, raw.as_deref())?;
    Ok(Json(wire::areas(&reference, &chain)))
}

async fn attributes(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Vec<wire::AttributeItem>>, ApiError> {
    let (reference, chain) = reference_in_language(&state, raw.as_deref())?;
    Ok(Json(
        reference
            .attributes
            .iter()
            .map(|a| wire::attribute_item(a, &chain))
            .collect(),
    ))
}

async fn languages(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(raw.as_deref()).expect(&[], &[])?;
    let reference = state.directory.reference();
    let items: Vec<_> = reference
        .languages
        .all()
        .iter()
        .map(wire::language_item)
        .collect();
    Ok(Json(items).into_response())
}

/// The OpenAPI document of the API, parsed once (for the API page).
pub(crate) fn openapi_document() -> &'static serde_json::Value {
    static DOCUMENT: std::sync::LazyLock<serde_json::Value> = std::sync::LazyLock::new(|| {
        serde_json::from_str(include_str!("../openapi.json")).unwrap_or_default()
    });
    &DOCUMENT
}

/// The OpenAPI document with the values this directory accepts (`contract`).
async fn openapi(State(state): State<AppState>) -> Json<serde_json::Value> {
    let reference = state.directory.reference();
    Json(crate::contract::document(openapi_document(), &reference))
}

/// Liveness and readiness: the database answers and the index is not behind.
async fn health(State(state): State<AppState>) -> Response {
    match state.directory.positions().await {
        Ok((index, database)) => {
            let body = json!({
                "status": "ok",
                "database_seq": database,
                "index_seq": index,
            });
            (StatusCode::OK, Json(body)).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "health check failed");
            let body = json!({"status": "unavailable"});
            (StatusCode::SERVICE_UNAVAILABLE, Json(body)).into_response()
        }
    }
}

pub async fn not_found() -> ApiError {
    ApiError::NotFound("no such endpoint; see /api/v1/openapi.json".to_owned())
}
