//! The one place where errors become HTTP responses: RFC 9457 problem details
//! (`application/problem+json`). Bad input is a 4xx with a `detail` naming what is wrong;
//! a 5xx never shows internals (they go to the log).

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use nabo_directory::DirectoryError;
use serde::Serialize;

/// An error as the API reports it.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{detail}")]
    InvalidParameter { name: String, detail: String },
    #[error("{0}")]
    NotFound(String),
    #[error("internal error: {0}")]
    Internal(String),
    #[error("the search index is not available in this process")]
    Unavailable,
    #[error("{0}")]
    Unauthorized(&'static str),
}

#[derive(Serialize)]
struct Problem<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    title: &'a str,
    status: u16,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<&'a str>,
}

impl ApiError {
    pub fn invalid(name: &str, detail: impl Into<String>) -> Self {
        ApiError::InvalidParameter {
            name: name.to_owned(),
            detail: detail.into(),
        }
    }

    fn parts(&self) -> (StatusCode, &'static str, &'static str) {
        match self {
            ApiError::InvalidParameter { .. } => (
                StatusCode::BAD_REQUEST,
                "/problems/invalid-parameter",
                "Invalid parameter",
            ),
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "/problems/not-found", "Not found"),
            ApiError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "/problems/internal",
                "Internal error",
            ),
            ApiError::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                "/problems/unavailable",
                "Service unavailable",
            ),
            ApiError::Unauthorized(_) => (
                StatusCode::UNAUTHORIZED,
                "/problems/unauthorized",
                "Unauthorized",
            ),
        }
    }
}

impl From<DirectoryError> for ApiError {
    fn from(error: DirectoryError) -> Self {
        match error {
            DirectoryError::NoIndex => ApiError::Unavailable,
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, kind, title) = self.parts();
        let detail = match &self {
            ApiError::Internal(message) => {
                tracing::error!(error = %message, "request failed");
                "the server could not answer this request; it has been logged".to_owned()
            }
            other => other.to_string(),
        };
        let parameter = match &self {
            ApiError::InvalidParameter { name, .. } => Some(name.as_str()),
            _ => None,
        };
        let mut response = problem_response(status, kind, title, detail, parameter);
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer realm=\"nabo\""),
            );
        }
        response
    }
}

pub(crate) fn problem_response(
    status: StatusCode,
    kind: &str,
    title: &str,
    detail: String,
    parameter: Option<&str>,
) -> Response {
    let body = Problem {
        kind,
        title,
        status: status.as_u16(),
        detail,
        parameter,
    };
    let json = serde_json::to_string(&body).unwrap_or_else(|_| "{}".to_owned());
    (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        json,
    )
        .into_response()
}

/// A panic in a handler becomes a 500 problem, never a dropped connection.
pub(crate) fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    problem_response(
        StatusCode::INTERNAL_SERVER_ERROR,
        "/problems/internal",
        "Internal error",
        "the server could not answer this request; it has been logged".to_owned(),
        None,
    )
}
