//! Accounts over the API, for admins: list, create (the generated password is in the
//! answer, once), change role, scope or state, and a new password.

use crate::AppState;
use crate::auth::Authenticated;
use crate::error::ApiError;
use crate::wire::{AccountBody, AccountResponse, CreatedAccount, NewAccountBody, NewPassword};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use nabo_domain::UserId;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(change))
        .routes(routes!(password))
}

/// Every account (admins only)
#[utoipa::path(
    get,
    path = "/api/v1/admin/accounts",
    operation_id = "list_accounts",
    tag = "accounts",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The accounts", body = Vec<AccountResponse>),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not manage accounts (admins only)"),
    )
)]
async fn list(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
) -> Result<Json<Vec<AccountResponse>>, ApiError> {
    let accounts = state.directory.list_accounts(&admin).await?;
    Ok(Json(
        accounts.into_iter().map(AccountResponse::from).collect(),
    ))
}

/// Create an account
///
/// The answer holds its generated password, shown only this once.
#[utoipa::path(
    post,
    path = "/api/v1/admin/accounts",
    operation_id = "create_account",
    tag = "accounts",
    security(("bearer" = [])),
    request_body = NewAccountBody,
    responses(
        (status = 201, description = "Created", body = CreatedAccount),
        (status = 400, description = "The body names an unknown role, a bad id, an area or language the directory does not have, or a scope the role does not take (editors need areas, translators languages); `errors` names the field"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not manage accounts (admins only)"),
        (status = 409, description = "An account of that login exists already"),
    )
)]
async fn create(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
    body: Bytes,
) -> Result<(StatusCode, Json<CreatedAccount>), ApiError> {
    let account = body_of::<NewAccountBody>(&body)?.account()?;
    let password = state
        .directory
        .create_account(&admin, account.clone())
        .await?;
    let answer = CreatedAccount {
        account: AccountResponse::from(account),
        password: password.reveal().to_owned(),
    };
    Ok((StatusCode::CREATED, Json(answer)))
}

/// Set an account's role, areas, languages and whether it is disabled
///
/// Disabling ends its sessions; an admin cannot disable or demote itself.
#[utoipa::path(
    put,
    path = "/api/v1/admin/accounts/{id}",
    operation_id = "change_account",
    tag = "accounts",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The account's login", pattern = "^[a-z0-9]([a-z0-9-]{0,78}[a-z0-9])?$")),
    request_body = AccountBody,
    responses(
        (status = 200, description = "The account as it is now", body = AccountResponse),
        (status = 400, description = "The body names an unknown role, a bad id, an area or language the directory does not have, or a scope the role does not take (editors need areas, translators languages); `errors` names the field"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not manage accounts (admins only)"),
        (status = 404, description = "No such account"),
        (status = 409, description = "An admin's own account: it cannot take away its own admin role or disable itself"),
    )
)]
async fn change(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<AccountResponse>, ApiError> {
    let id = UserId::parse(&id)
        .map_err(|_| ApiError::NotFound(format!("there is no account {id:?}")))?;
    let wanted = body_of::<AccountBody>(&body)?.account(id)?;
    let directory = &state.directory;
    directory
        .change_role(
            &admin,
            &wanted.id,
            wanted.role,
            wanted.areas.clone(),
            wanted.languages.clone(),
            wanted.group.clone(),
        )
        .await?;
    let account = directory
        .set_account_disabled(&admin, &wanted.id, wanted.disabled)
        .await?;
    Ok(Json(AccountResponse::from(account)))
}

/// A new generated password for the account
///
/// Shown only this once; its sessions end.
#[utoipa::path(
    post,
    path = "/api/v1/admin/accounts/{id}/password",
    operation_id = "new_password",
    tag = "accounts",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The account's login", pattern = "^[a-z0-9]([a-z0-9-]{0,78}[a-z0-9])?$")),
    responses(
        (status = 200, description = "The new password", body = NewPassword),
        (status = 400, description = "The id is not a login"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not manage accounts (admins only)"),
        (status = 404, description = "No such account"),
    )
)]
async fn password(
    State(state): State<AppState>,
    Authenticated(admin): Authenticated,
    Path(id): Path<String>,
) -> Result<Json<NewPassword>, ApiError> {
    let id = UserId::parse(&id).map_err(|e| ApiError::invalid("id", e.to_string()))?;
    let password = state.directory.reset_account_password(&admin, &id).await?;
    Ok(Json(NewPassword {
        password: password.reveal().to_owned(),
    }))
}

fn body_of<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| {
        ApiError::InvalidBody(vec![(
            String::new(),
            format!("the body is not an account in JSON: {e}"),
        )])
    })
}
