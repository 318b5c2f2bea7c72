//! Partner sites: who may call the API from where, and how often. A request may carry a
//! partner's key (`Authorization: Bearer nabo_key_...` or, from the widget, `?key=`):
//! then the key's own rate applies (to every client, loopback included), its listed
//! origins are the only browser origins it may be used from, and the answer allows
//! exactly that origin (CORS). Without a key the per-address limit of `limit` applies
//! and the anonymous CORS policy (`AnonymousCors`, configurable) decides.

mod cors;
mod ring;

pub use cors::AnonymousCors;
pub use ring::KeyRing;

use crate::AppState;
use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The partner key a request presents, if any: an `Authorization: Bearer nabo_key_...`
/// header, or a `key` query parameter. (Account tokens are not partner keys.)
pub fn presented_key(request: &Request) -> Option<String> {
    if !crate::is_api(request.uri().path()) {
        return None;
    }
    let bearer = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|token| nabo_directory::PartnerKeys::looks_like_key(token));
    let query = request.uri().query().unwrap_or_default();
    let parameter = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("key="))
        .filter(|key| !key.is_empty());
    bearer.or(parameter).map(str::to_owned)
}

/// Tower middleware of the API routes: key, origin, key's rate, CORS headers.
pub async fn gate(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let origin = request
        .headers()
        .get(header::ORIGIN)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let anonymous = state.anonymous_cors.allows(origin.as_deref());
    if request.method() == Method::OPTIONS {
        let by_key = match &origin {
            Some(origin) => state.keys.any_allows(origin).await,
            None => false,
        };
        let allowed = anonymous.or(by_key.then(|| origin.clone()).flatten());
        return cors::preflight(allowed);
    }
    let allowed = match presented_key(&request) {
        None => anonymous,
        Some(key) => match state.keys.admit(&key, origin.as_deref()).await {
            Ok(()) => {
                request
                    .extensions_mut()
                    .insert(crate::insights::PartnerKeyed);
                origin.clone()
            }
            // Over its limit, the key's own page may read why; other refusals are
            // shared as the anonymous policy says.
            Err(refusal @ Refusal::OverLimit(_)) => {
                return cors::allow(refusal.into_response(), origin.or(anonymous));
            }
            Err(refusal) => return cors::allow(refusal.into_response(), anonymous),
        },
    };
    cors::allow(next.run(request).await, allowed)
}

/// Why a request's key was refused.
#[derive(Debug)]
pub enum Refusal {
    UnknownKey,
    WrongOrigin(String),
    OverLimit(u64),
    Failed(String),
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let error = match self {
            Refusal::UnknownKey => ApiError::Unauthorized("the API key is unknown or revoked"),
            Refusal::WrongOrigin(origin) => ApiError::Forbidden(format!(
                "this API key may not be used from {origin}; its owner can add the origin"
            )),
            Refusal::OverLimit(seconds) => ApiError::TooManyRequests {
                whose: "this API key",
                retry_after: seconds,
            },
            Refusal::Failed(why) => ApiError::Internal(why),
        };
        let mut response = error.into_response();
        if response.status() == axum::http::StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"nabo\", error=\"invalid_token\""),
            );
        }
        response
    }
}
