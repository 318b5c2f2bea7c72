//! Accounts over the API, for admins: list, create (the generated password is in the
//! answer, once), change role, scope or state, and a new password.

use crate::AppState;
use crate::auth::Authenticated;
use crate::error::ApiError;
use crate::wire::{AccountBody, AccountResponse};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde_json::{Value, json};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/accounts", get(list).post(create))
        .route("/api/v1/admin/accounts/{id}", put(change))
        .route("/api/v1/admin/accounts/{id}/password", post(password))
}

async fn list(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
) -> Result<Json<Vec<AccountResponse>>, ApiError> {
    let accounts = state.directory.list_accounts(&admin).await?;
    Ok(Json(
        accounts.into_iter().map(AccountResponse::from).collect(),
    ))
}

/// Creates an account (201): `{"id", "role", "areas", "languages"}`; the answer holds
/// its generated password, shown only this once.
async fn create(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let account = body_of(&body)?.account(None)?;
    let password = state
        .directory
        .create_account(&admin, account.clone())
        .await?;
    let answer =
        json!({ "account": AccountResponse::from(account), "password": password.reveal() });
    Ok((StatusCode::CREATED, Json(answer)))
}

/// Sets an account's role, areas, languages and whether it is disabled.
async fn change(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<AccountResponse>, ApiError> {
    let wanted = body_of(&body)?.account(Some(&id))?;
    let directory = &state.directory;
    directory
        .change_role(
            &admin,
            &wanted.id,
            wanted.role,
            wanted.areas.clone(),
            wanted.languages.clone(),
        )
        .await?;
    let account = directory
        .set_account_disabled(&admin, &wanted.id, wanted.disabled)
        .await?;
    Ok(Json(AccountResponse::from(account)))
}

/// A new generated password for the account (its sessions end), shown only this once.
async fn password(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = nabo_domain::UserId::parse(&id).map_err(|e| ApiError::invalid("id", e.to_string()))?;
    let password = state.directory.reset_account_password(&admin, &id).await?;
    Ok(Json(json!({ "password": password.reveal() })))
}

fn body_of(body: &[u8]) -> Result<AccountBody, ApiError> {
    serde_json::from_slice(body).map_err(|e| {
        ApiError::InvalidBody(vec![(
            String::new(),
            format!("the body is not an account in JSON: {e}"),
        )])
    })
}
