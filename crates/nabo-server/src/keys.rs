//! Partner sites' API keys over the API, for admins (as `nabo key` and the keys page):
//! list, issue (the key is in the answer, once) and revoke.

use crate::AppState;
use crate::auth::Authenticated;
use crate::error::ApiError;
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use nabo_directory::{AccountError, DirectoryError};
use nabo_domain::{KeyId, Origin, PartnerKey};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(revoke))
}

/// A partner key as listed (never its secret).
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = PartnerKey)]
pub struct KeyItem {
    pub id: String,
    pub name: String,
    pub origins: Vec<String>,
    pub rate_per_minute: u32,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(format = DateTime)]
    pub revoked_at: Option<String>,
}

/// A new key, shown only this once, and its description.
#[derive(Debug, Serialize, ToSchema)]
pub struct IssuedKey {
    pub key: String,
    pub info: KeyItem,
}

impl From<PartnerKey> for KeyItem {
    fn from(key: PartnerKey) -> Self {
        Self {
            id: key.id.to_string(),
            name: key.name,
            origins: key.origins.iter().map(Origin::to_string).collect(),
            rate_per_minute: key.per_minute.get(),
            created_at: key.created_at.to_rfc3339(),
            revoked_at: key.revoked_at.map(|at| at.to_rfc3339()),
        }
    }
}

/// What an admin sends to issue a key.
#[derive(Debug, Deserialize, ToSchema)]
#[schema(as = PartnerKeyBody)]
#[serde(deny_unknown_fields)]
struct KeyBody {
    /// Who the key is for.
    #[schema(
        min_length = 1,
        max_length = 120,
        pattern = r"^[^\u0000-\u001F\u007F-\u009F]*[^\s\u0000-\u001F\u007F-\u009F][^\u0000-\u001F\u007F-\u009F]*$"
    )]
    name: String,
    /// Browser origins allowed to use the key (`https://kommune.example`); none: only
    /// servers (no `Origin` header) may.
    #[serde(default)]
    #[schema(max_items = 20)]
    origins: Vec<String>,
    #[serde(default = "default_rate")]
    #[schema(minimum = 1, maximum = 100000, default = 600)]
    rate_per_minute: u32,
}

fn default_rate() -> u32 {
    nabo_domain::DEFAULT_KEY_RATE
}

/// Partner sites' API keys (admins)
#[utoipa::path(
    get,
    path = "/api/v1/admin/keys",
    operation_id = "list_keys",
    tag = "partners",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Every key, newest first, without secrets", body = Vec<KeyItem>),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "Only admins manage keys"),
    )
)]
async fn list(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
) -> Result<Json<Vec<KeyItem>>, ApiError> {
    let keys = state.directory.list_partner_keys(&admin).await?;
    Ok(Json(keys.into_iter().map(KeyItem::from).collect()))
}

/// Issue a partner key (admins)
///
/// The answer holds the key itself, shown only this once.
#[utoipa::path(
    post,
    path = "/api/v1/admin/keys",
    operation_id = "issue_key",
    tag = "partners",
    security(("bearer" = [])),
    request_body = KeyBody,
    responses(
        (status = 201, description = "The key and its description", body = IssuedKey),
        (status = 400, description = "Not a valid key description (every problem listed)"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "Only admins manage keys"),
    )
)]
async fn create(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
    body: Bytes,
) -> Result<(StatusCode, Json<IssuedKey>), ApiError> {
    let body: KeyBody = serde_json::from_slice(&body).map_err(|e| {
        ApiError::InvalidBody(vec![(
            String::new(),
            format!("the body is not a key in JSON: {e}"),
        )])
    })?;
    let issued = state
        .directory
        .issue_partner_key(&admin, &body.name, &body.origins, body.rate_per_minute)
        .await
        .map_err(|error| match error {
            DirectoryError::Account(AccountError::Invalid(why)) => {
                ApiError::InvalidBody(vec![("key".to_owned(), why)])
            }
            other => other.into(),
        })?;
    let answer = IssuedKey {
        key: issued.key,
        info: KeyItem::from(issued.info),
    };
    Ok((StatusCode::CREATED, Json(answer)))
}

/// Revoke a partner key (admins): refused from now on
#[utoipa::path(
    delete,
    path = "/api/v1/admin/keys/{id}",
    operation_id = "revoke_key",
    tag = "partners",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The key's id (the part after nabo_key_)")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "Only admins manage keys"),
        (status = 404, description = "No such key"),
    )
)]
async fn revoke(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id =
        KeyId::parse(&id).map_err(|_| ApiError::NotFound(format!("there is no key {id:?}")))?;
    state
        .directory
        .revoke_partner_key(&admin, &id)
        .await
        .map_err(|error| match error {
            DirectoryError::Account(AccountError::Invalid(why)) => ApiError::NotFound(why),
            other => other.into(),
        })?;
    state.keys.invalidate();
    Ok(StatusCode::NO_CONTENT)
}
