//! Partner sites' API keys over the API, for admins (as `nabo key` and the keys page):
//! list, issue (the key is in the answer, once) and revoke.

use crate::AppState;
use crate::auth::Authenticated;
use crate::error::ApiError;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get};
use axum::{Json, Router};
use nabo_directory::{AccountError, DirectoryError};
use nabo_domain::{KeyId, Origin, PartnerKey};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/keys", get(list).post(create))
        .route("/api/v1/admin/keys/{id}", delete(revoke))
}

/// A key as listed (never its secret).
#[derive(Debug, Serialize)]
pub struct KeyItem {
    pub id: String,
    pub name: String,
    pub origins: Vec<String>,
    pub rate_per_minute: u32,
    pub created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<String>,
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyBody {
    name: String,
    #[serde(default)]
    origins: Vec<String>,
    #[serde(default = "default_rate")]
    rate_per_minute: u32,
}

fn default_rate() -> u32 {
    nabo_domain::DEFAULT_KEY_RATE
}

async fn list(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
) -> Result<Json<Vec<KeyItem>>, ApiError> {
    let keys = state.directory.list_partner_keys(&admin).await?;
    Ok(Json(keys.into_iter().map(KeyItem::from).collect()))
}

/// Issues a key (201); the answer holds the key itself, shown only this once.
async fn create(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
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
    let answer = json!({"key": issued.key, "info": KeyItem::from(issued.info)});
    Ok((StatusCode::CREATED, Json(answer)))
}

/// Revokes a key (204): refused from now on.
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
