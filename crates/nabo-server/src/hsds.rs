//! Read-only Open Referral HSDS 3.0 endpoints (`/hsds/...`), the shapes of the HSDS API:
//! services, organizations (one per resource), service at locations, taxonomies and
//! taxonomy terms, lists paged by `page` and `per_page`. Ids are those of
//! `nabo export --format hsds`; translations ride in each service's `x-nabo`.

use crate::AppState;
use crate::error::ApiError;
use crate::params::Params;
use crate::query_names::QueryNames;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use nabo_domain::Resource;
use nabo_hsds::{Exporter, Page, PageRequest, ServiceDetail, Target};
use serde_json::json;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/hsds/", get(root))
        .route("/hsds/services", get(services))
        .route("/hsds/services/{id}", get(service))
        .route("/hsds/organizations", get(organizations))
        .route("/hsds/organizations/{id}", get(organization))
        .route("/hsds/service_at_locations/{id}", get(service_at_location))
        .route("/hsds/taxonomies", get(taxonomies))
        .route("/hsds/taxonomies/{id}", get(taxonomy))
        .route("/hsds/taxonomy_terms", get(taxonomy_terms))
        .route("/hsds/taxonomy_terms/{id}", get(taxonomy_term))
}

async fn root() -> Response {
    Json(json!({
        "version": "3.0",
        "profile": "https://docs.openreferral.org/en/latest/hsds/overview.html",
        "openapi_url": "https://docs.openreferral.org/en/latest/hsds/api_reference.html",
    }))
    .into_response()
}

async fn services(State(state): State<AppState>, raw: RawQuery) -> Result<Response, ApiError> {
    list(&state, raw, |exporter, resource| {
        exporter.service_list_item(resource)
    })
    .await
}

async fn service(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let resource = resolve(&state, &id, "service", |t| match t {
        Target::Service(resource) => Some(resource),
        _ => None,
    })
    .await?;
    let reference = state.directory.reference();
    Ok(Json(Exporter::new(&reference).service(&resource)).into_response())
}

async fn organizations(State(state): State<AppState>, raw: RawQuery) -> Result<Response, ApiError> {
    list(&state, raw, |exporter, resource| {
        exporter.organization_list_item(resource)
    })
    .await
}

async fn organization(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let params = Params::parse(raw.as_deref());
    params.expect(&QueryNames::listed(&["full_service"]))?;
    let detail = match params.flag("full_service")? {
        true => ServiceDetail::Full,
        false => ServiceDetail::ListItem,
    };
    let resource = resolve(&state, &id, "organization", |t| match t {
        Target::Organization(resource) => Some(resource),
        _ => None,
    })
    .await?;
    let reference = state.directory.reference();
    Ok(Json(Exporter::new(&reference).organization(&resource, detail)).into_response())
}

async fn service_at_location(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let resource = resolve(&state, &id, "service_at_location", |t| match t {
        Target::ServiceAtLocation(resource) => Some(resource),
        _ => None,
    })
    .await?;
    let reference = state.directory.reference();
    Exporter::new(&reference)
        .service_at_location(&resource)
        .map(|found| Json(found).into_response())
        .ok_or_else(|| not_found("service_at_location", &id))
}

async fn taxonomies(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let request = page_request(raw.as_deref())?;
    let reference = state.directory.reference();
    Ok(Json(Page::of(Exporter::new(&reference).taxonomies(), request)).into_response())
}

async fn taxonomy(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let reference = state.directory.reference();
    Exporter::new(&reference)
        .taxonomies()
        .into_iter()
        .find(|taxonomy| taxonomy.id.as_str() == id.trim().to_ascii_lowercase())
        .map(|found| Json(found).into_response())
        .ok_or_else(|| not_found("taxonomy", &id))
}

async fn taxonomy_terms(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let request = page_request(raw.as_deref())?;
    let reference = state.directory.reference();
    Ok(Json(Page::of(
        Exporter::new(&reference).taxonomy_terms(),
        request,
    ))
    .into_response())
}

async fn taxonomy_term(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let target = state.directory.hsds_target(&id).await?;
    let reference = state.directory.reference();
    let exporter = Exporter::new(&reference);
    let term = match target {
        Some(Target::CategoryTerm(category)) => reference
            .category(&category)
            .map(|c| exporter.category_term(c)),
        Some(Target::AttributeTerm(attribute)) => reference
            .attribute(&attribute)
            .map(|a| exporter.attribute_term(a)),
        _ => None,
    };
    term.map(|found| Json(found).into_response())
        .ok_or_else(|| not_found("taxonomy_term", &id))
}

/// The page a list request asks for (`page`, `per_page`; nothing else is taken).
fn page_request(raw: Option<&str>) -> Result<PageRequest, ApiError> {
    let params = Params::parse(raw);
    params.expect(&QueryNames::listed(&["page", "per_page"]))?;
    let number = |name: &str| -> Result<Option<u64>, ApiError> {
        params
            .get(name)?
            .map(|text| {
                text.parse::<u64>().map_err(|_| {
                    ApiError::invalid(name, format!("{name} must be a whole number, not {text:?}"))
                })
            })
            .transpose()
    };
    let (page, per_page) = (number("page")?, number("per_page")?);
    PageRequest::new(page, per_page).map_err(|e| {
        let name = if page == Some(0) { "page" } else { "per_page" };
        ApiError::invalid(name, e.to_string())
    })
}

/// A page of the resources (by id), each shown as `item` makes it.
async fn list<T: serde::Serialize>(
    state: &AppState,
    RawQuery(raw): RawQuery,
    item: impl Fn(&Exporter<'_>, &Resource) -> T,
) -> Result<Response, ApiError> {
    let request = page_request(raw.as_deref())?;
    let (resources, total) = state
        .directory
        .resources_page(request.offset(), request.per_page())
        .await?;
    let reference = state.directory.reference();
    let exporter = Exporter::new(&reference);
    let items = resources.iter().map(|r| item(&exporter, r)).collect();
    Ok(Json(Page::new(items, total, request)).into_response())
}

/// The resource behind the HSDS id `id`, when it is an entity of the wanted kind.
async fn resolve(
    state: &AppState,
    id: &str,
    kind: &str,
    wanted: impl Fn(Target) -> Option<nabo_domain::ResourceId>,
) -> Result<Resource, ApiError> {
    let target = state.directory.hsds_target(id).await?;
    let resource = target.and_then(wanted).ok_or_else(|| not_found(kind, id))?;
    let stored = state.directory.resource(&resource).await?;
    stored
        .map(|s| s.resource)
        .ok_or_else(|| not_found(kind, id))
}

fn not_found(kind: &str, id: &str) -> ApiError {
    ApiError::NotFound(format!(
        "there is no HSDS {kind} with id {id:?} in this directory"
    ))
}
