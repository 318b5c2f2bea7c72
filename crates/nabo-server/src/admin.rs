//! The admin API (`/api/v1/admin/...`): every request carries a bearer token, and every
//! write is checked by the directory against the token's account.

use crate::AppState;
use crate::auth::Authenticated;
use crate::error::ApiError;
use crate::wire;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use nabo_directory::Expected;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(me))
        .routes(routes!(create))
        .routes(routes!(update, archive))
        .routes(routes!(restore))
}

/// The account of the request's bearer token
#[utoipa::path(
    get,
    path = "/api/v1/admin/me",
    operation_id = "me",
    tag = "editing",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The account: role, areas, languages", body = wire::AccountResponse),
        (status = 401, description = "No token, or one that is unknown, expired or revoked, or whose account is disabled"),
    )
)]
async fn me(Authenticated(account): Authenticated) -> Json<wire::AccountResponse> {
    Json(wire::AccountResponse::from(account))
}

/// Create a resource
///
/// Editors in their areas, admins anywhere; searchable when this returns (201, `ETag` =
/// its version, `Location`).
#[utoipa::path(
    post,
    path = "/api/v1/admin/resources",
    operation_id = "create_resource",
    tag = "editing",
    security(("bearer" = [])),
    request_body = nabo_domain::ResourceRecord,
    responses(
        (status = 201, response = inline(wire::Saved)),
        (status = 400, description = "Invalid body: `errors` lists each problem by field"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not edit resources in this area"),
        (status = 409, description = "A resource with this id exists"),
    )
)]
async fn create(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    body: Bytes,
) -> Result<Response, ApiError> {
    let record = wire::resource_record(&body, None)?;
    let saved = state
        .directory
        .save_resource(&account, record, Expected::New)
        .await?;
    Ok(wire::saved(StatusCode::CREATED, &saved))
}

/// Replace a resource
///
/// `If-Match` must name the version it replaces (412 when stale).
#[utoipa::path(
    put,
    path = "/api/v1/admin/resources/{id}",
    operation_id = "replace_resource",
    tag = "editing",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The resource's id"), IfMatch),
    request_body = nabo_domain::ResourceRecord,
    responses(
        (status = 200, response = inline(wire::Saved)),
        (status = 400, description = "Invalid body: `errors` lists each problem by field; or an If-Match that is not a version"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not edit resources in this area"),
        (status = 404, description = "No such resource"),
        (status = 412, description = "Changed in between: the response's ETag is the current version"),
        (status = 428, description = "If-Match missing"),
    )
)]
async fn update(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let expected = if_match(&headers)?;
    let record = wire::resource_record(&body, Some(&id))?;
    let saved = state
        .directory
        .save_resource(&account, record, Expected::Version(expected))
        .await?;
    Ok(wire::saved(StatusCode::OK, &saved))
}

/// Archive a resource
///
/// Out of search at once, restorable (204). `If-Match` required.
#[utoipa::path(
    delete,
    path = "/api/v1/admin/resources/{id}",
    operation_id = "archive_resource",
    tag = "editing",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The resource's id"), IfMatch),
    responses(
        (status = 204, description = "Archived"),
        (status = 400, description = "An If-Match that is not a version"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not edit resources in this area"),
        (status = 404, description = "No such resource"),
        (status = 412, description = "Changed in between"),
        (status = 428, description = "If-Match missing"),
    )
)]
async fn archive(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    let expected = if_match(&headers)?;
    let id = wire::resource_id(&id)?;
    state
        .directory
        .archive_resource(&account, &id, expected)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Bring an archived resource back, as a new version
#[utoipa::path(
    post,
    path = "/api/v1/admin/resources/{id}/restore",
    operation_id = "restore_resource",
    tag = "editing",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The resource's id")),
    responses(
        (status = 200, response = inline(wire::Saved)),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not edit resources in this area"),
        (status = 404, description = "Nothing of this id is archived"),
        (status = 409, description = "A resource of this id is in the directory"),
    )
)]
async fn restore(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = wire::resource_id(&id)?;
    let restored = state.directory.restore_resource(&account, &id).await?;
    Ok(wire::saved(StatusCode::OK, &restored))
}

/// The `If-Match` header of the writes that change a version.
#[derive(Debug, utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
#[allow(dead_code)] // Describes the header; `if_match` reads it.
pub struct IfMatch {
    /// The version the change is made to: the resource's ETag (`"3"`; `W/"3"` and `3`
    /// are taken too).
    #[param(rename = "If-Match", pattern = r#"^(W/)?"?[0-9]{1,18}"?$"#)]
    if_match: String,
}

/// The version an `If-Match` header names (`"3"`, `W/"3"` or `3`).
pub fn if_match(headers: &HeaderMap) -> Result<i64, ApiError> {
    let value = headers
        .get(header::IF_MATCH)
        .ok_or(ApiError::PreconditionRequired)?;
    let text = value.to_str().unwrap_or_default().trim();
    let text = text.strip_prefix("W/").unwrap_or(text).trim_matches('"');
    text.parse().map_err(|_| {
        ApiError::invalid(
            "If-Match",
            format!("If-Match must be the resource's ETag (a version number), not {text:?}"),
        )
    })
}
