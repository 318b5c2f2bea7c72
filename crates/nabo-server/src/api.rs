//! The routes of the public API, v1. Each handler: parse, one call, map.

use crate::AppState;
use crate::caching;
use crate::error::ApiError;
use crate::params::{MAX_LIMIT, Params};
use crate::query_names::QueryNames;
use crate::wire::{self, LangQuery, SearchQuery, SuggestQuery};
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use nabo_domain::{LanguageTag, ReferenceData};
use serde::Serialize;
use std::sync::{Arc, LazyLock};
use std::time::Instant;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(search))
        .routes(routes!(suggest))
        .routes(routes!(resource))
        .routes(routes!(categories))
        .routes(routes!(areas))
        .routes(routes!(attributes))
        .routes(routes!(languages))
        .routes(routes!(health))
        .routes(routes!(ready))
        .route("/api/v1/openapi.json", get(openapi))
}

static SEARCH: LazyLock<QueryNames> = LazyLock::new(QueryNames::of::<SearchQuery>);
static SUGGEST: LazyLock<QueryNames> = LazyLock::new(QueryNames::of::<SuggestQuery>);
static LANG: LazyLock<QueryNames> = LazyLock::new(QueryNames::of::<LangQuery>);

/// Search resources
#[utoipa::path(
    get,
    path = "/api/v1/search",
    tag = "search",
    params(SearchQuery),
    responses(
        (status = 200, description = "Hits and facets", body = wire::SearchResponse),
        (status = 400, description = "An invalid parameter; `parameter` names it"),
    )
)]
async fn search(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let started = Instant::now();
    let params = Params::parse(raw.as_deref());
    params.expect(&SEARCH)?;
    let reference = state.directory.reference();
    let limit = params.number("limit", 10, 1..=MAX_LIMIT)?;
    let query = params.search_query(&reference, params.lang(&reference)?, limit)?;
    let chain = reference.languages.chain(&query.lang);
    let results = state.directory.search(query).await?;
    let took_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let response = wire::search_response(results, &chain, took_ms);
    Ok(caching::json_without(&response, "took_ms"))
}

/// As-you-type completion
///
/// Need phrases and category names of the reader's language that start with what was
/// typed, then names of resources that do.
#[utoipa::path(
    get,
    path = "/api/v1/suggest",
    tag = "search",
    params(SuggestQuery),
    responses(
        (status = 200, description = "Suggestions", body = wire::SuggestResponse),
        (status = 400, description = "An invalid parameter; `parameter` names it"),
    )
)]
async fn suggest(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<wire::SuggestResponse>, ApiError> {
    let params = Params::parse(raw.as_deref());
    params.expect(&SUGGEST)?;
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

/// One resource, localized
#[utoipa::path(
    get,
    path = "/api/v1/resources/{id}",
    operation_id = "get_resource",
    tag = "search",
    params(("id" = String, Path, description = "The resource's id"), LangQuery),
    responses(
        (status = 200, description = "The resource", body = wire::ResourceResponse),
        (status = 400, description = "An invalid parameter; `parameter` names it"),
        (status = 404, description = "No such resource"),
    )
)]
async fn resource(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Json<wire::ResourceResponse>, ApiError> {
    let params = Params::parse(raw.as_deref());
    params.expect(&LANG)?;
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
    params.expect(&LANG)?;
    let reference = state.directory.reference();
    let chain = reference.languages.chain(&params.lang(&reference)?);
    Ok((reference, chain))
}

/// The taxonomy
#[utoipa::path(
    get,
    path = "/api/v1/categories",
    tag = "reference",
    params(LangQuery),
    responses(
        (status = 200, description = "Categories in taxonomy order", body = Vec<wire::CategoryItem>),
        (status = 400, description = "An invalid parameter; `parameter` names it"),
    )
)]
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

/// Areas (country, regions, municipalities)
#[utoipa::path(
    get,
    path = "/api/v1/areas",
    tag = "reference",
    params(LangQuery),
    responses(
        (status = 200, description = "Areas ordered by localized name", body = Vec<wire::AreaItem>),
        (status = 400, description = "An invalid parameter; `parameter` names it"),
    )
)]
async fn areas(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Vec<wire::AreaItem>>, ApiError> {
    let (reference, chain) = reference_in_language(&state, raw.as_deref())?;
    Ok(Json(wire::areas(&reference, &chain)))
}

/// Access attributes
#[utoipa::path(
    get,
    path = "/api/v1/attributes",
    tag = "reference",
    params(LangQuery),
    responses(
        (status = 200, description = "Attributes", body = Vec<wire::AttributeItem>),
        (status = 400, description = "An invalid parameter; `parameter` names it"),
    )
)]
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

/// Supported languages
#[utoipa::path(
    get,
    path = "/api/v1/languages",
    tag = "reference",
    responses(
        (status = 200, description = "Languages with autonym, direction and fallback chain", body = Vec<wire::LanguageItem>),
        (status = 400, description = "An unknown parameter"),
    )
)]
async fn languages(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(raw.as_deref()).expect(&QueryNames::default())?;
    let reference = state.directory.reference();
    let items: Vec<_> = reference
        .languages
        .all()
        .iter()
        .map(wire::language_item)
        .collect();
    Ok(Json(items).into_response())
}

/// The OpenAPI document with the values this directory accepts (`contract`).
async fn openapi(State(state): State<AppState>) -> Json<serde_json::Value> {
    let reference = state.directory.reference();
    Json(crate::contract::document(
        crate::openapi::document(),
        &reference,
    ))
}

/// Whether the service can answer: its database and how far its index has read.
#[derive(Debug, Serialize, ToSchema)]
struct Health {
    /// `ok` or `unavailable` (`/healthz`); `ready`, `catching-up` or `unavailable`
    /// (`/ready`).
    status: &'static str,
    /// The change-log position of the database.
    #[serde(skip_serializing_if = "Option::is_none")]
    database_seq: Option<i64>,
    /// The change-log position the index has read up to; `null` when this process has
    /// no index.
    index_seq: Option<i64>,
}

/// Health
///
/// Liveness and readiness: the database answers and the index is not behind.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    responses(
        (status = 200, description = "Database answers; change-log positions of database and index", body = Health),
        (status = 503, description = "Unavailable", body = Health),
    )
)]
async fn health(State(state): State<AppState>) -> Response {
    match state.directory.positions().await {
        Ok((index, database)) => {
            let body = Health {
                status: "ok",
                database_seq: Some(database),
                index_seq: index,
            };
            (StatusCode::OK, Json(body)).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "health check failed");
            let body = Health {
                status: "unavailable",
                database_seq: None,
                index_seq: None,
            };
            (StatusCode::SERVICE_UNAVAILABLE, Json(body)).into_response()
        }
    }
}

/// Readiness
///
/// The database answers and this process's index has read every change in it: only
/// then should a load balancer send it searches (a new replica builds its index first;
/// one that fell behind catches up from the change log).
#[utoipa::path(
    get,
    path = "/ready",
    tag = "operations",
    responses(
        (status = 200, description = "Ready: the index has read every change", body = Health),
        (status = 503, description = "Catching up, without an index, or the database does not answer", body = Health),
    )
)]
async fn ready(State(state): State<AppState>) -> Response {
    let positions = state.directory.positions().await;
    let (status, name, (index, database)) = match positions {
        Ok((Some(index), database)) if index >= database => {
            (StatusCode::OK, "ready", (Some(index), Some(database)))
        }
        Ok((index, database)) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "catching-up",
            (index, Some(database)),
        ),
        Err(error) => {
            tracing::error!(%error, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "unavailable", (None, None))
        }
    };
    let body = Health {
        status: name,
        database_seq: database,
        index_seq: index,
    };
    (status, Json(body)).into_response()
}

pub async fn not_found() -> ApiError {
    ApiError::NotFound("no such endpoint; see /api/v1/openapi.json".to_owned())
}
