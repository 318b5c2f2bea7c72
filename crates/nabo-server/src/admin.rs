//! The admin API (`/api/v1/admin/...`): every request carries a bearer token, and every
//! write is checked by the directory against the token's account.

use crate::AppState;
use crate::auth::Authenticated;
use crate::error::ApiError;
use crate::wire;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use nabo_directory::Expected;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/me", get(me))
        .route("/api/v1/admin/resources", post(create))
        .route("/api/v1/admin/resources/{id}", put(update).delete(archive))
        .route("/api/v1/admin/resources/{id}/restore", post(restore))
}

/// The account the request's bearer token stands for: role, areas, languages.
async fn me(Authenticated(account): Authenticated) -> Json<wire::AccountResponse> {
    Json(wire::AccountResponse::from(account))
}

/// Creates a resource (201, `ETag` = its version, `Location`).
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

/// Replaces a resource; `If-Match` must name the version it replaces (412 when stale).
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

/// Archives a resource (204): out of search at once, restorable. `If-Match` required.
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

/// Brings an archived resource back (200, its new `ETag`).
async fn restore(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = wire::resource_id(&id)?;
    let restored = state.directory.restore_resource(&account, &id).await?;
    Ok(wire::saved(StatusCode::OK, &restored))
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
