//! Who is calling: `Authenticated` takes the account of a request's bearer token
//! (`Authorization: Bearer nabo_...`), or refuses with 401 and `WWW-Authenticate`.

use crate::AppState;
use crate::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use nabo_directory::AccountError;
use nabo_domain::Account;

/// The account a request acts for.
#[derive(Debug, Clone)]
pub struct Authenticated(pub Account);

impl FromRequestParts<AppState> for Authenticated {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(ApiError::Unauthorized("this endpoint needs a bearer token"))?;
        match state
            .directory
            .tokens()
            .account(token.trim(), chrono::Utc::now())
            .await
        {
            Ok(account) => Ok(Self(account)),
            Err(AccountError::WrongCredentials) => Err(ApiError::Unauthorized(
                "the token is unknown, expired or revoked, or its account is disabled",
            )),
            Err(other) => Err(ApiError::Internal(other.to_string())),
        }
    }
}
