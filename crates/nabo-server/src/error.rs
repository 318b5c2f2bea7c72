//! The one place where errors become HTTP responses: RFC 9457 problem details
//! (`application/problem+json`). Bad input is a 4xx with a `detail` naming what is wrong;
//! a 5xx never shows internals (they go to the log).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use nabo_directory::{AccountError, DirectoryError};
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
    /// A request body that is not a valid record: every problem, by field.
    #[error("{}", .0.iter().map(|(field, message)| if field.is_empty() { message.clone() } else { format!("{field}: {message}") }).collect::<Vec<_>>().join("; "))]
    InvalidBody(Vec<(String, String)>),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    Conflict(String),
    /// The resource is at another version than the request's `If-Match`.
    #[error("the resource was changed in between; it is now at version {current}")]
    PreconditionFailed { current: i64 },
    #[error("this request needs an If-Match header with the version it changes (its ETag)")]
    PreconditionRequired,
    /// Over a rate limit: whose limit it was ("this address", "this key") and when to
    /// try again.
    #[error("too many requests from {whose}; try again in {retry_after} s")]
    TooManyRequests {
        whose: &'static str,
        retry_after: u64,
    },
}

/// Problem details (RFC 9457), the body of every error of the API.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Problem<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    title: &'a str,
    status: u16,
    detail: String,
    /// The query parameter at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<&'a str>,
    /// Each problem of an invalid body, by field.
    #[serde(skip_serializing_if = "<[FieldProblem<'a>]>::is_empty")]
    errors: Vec<FieldProblem<'a>>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct FieldProblem<'a> {
    field: &'a str,
    message: &'a str,
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
            ApiError::InvalidBody(_) => (
                StatusCode::BAD_REQUEST,
                "/problems/invalid-body",
                "Invalid request body",
            ),
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "/problems/forbidden", "Forbidden"),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "/problems/conflict", "Conflict"),
            ApiError::PreconditionFailed { .. } => (
                StatusCode::PRECONDITION_FAILED,
                "/problems/stale-version",
                "Changed in between",
            ),
            ApiError::PreconditionRequired => (
                StatusCode::PRECONDITION_REQUIRED,
                "/problems/if-match-required",
                "If-Match required",
            ),
            ApiError::TooManyRequests { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "/problems/rate-limited",
                "Too many requests",
            ),
        }
    }
}

impl From<DirectoryError> for ApiError {
    fn from(error: DirectoryError) -> Self {
        match error {
            DirectoryError::NoIndex => ApiError::Unavailable,
            DirectoryError::InvalidRecord(problems) => {
                ApiError::InvalidBody(problems.into_iter().map(|p| (p.field, p.message)).collect())
            }
            DirectoryError::Forbidden(why) => ApiError::Forbidden(why),
            error @ DirectoryError::Exists(_) => ApiError::Conflict(error.to_string()),
            error @ DirectoryError::NotFound(_) => ApiError::NotFound(error.to_string()),
            DirectoryError::Stale { current } => ApiError::PreconditionFailed { current },
            DirectoryError::Referral(error) => {
                let field = match error {
                    nabo_domain::ReferralError::Language(_) => "language",
                    _ => "day",
                };
                ApiError::InvalidBody(vec![(field.to_owned(), error.to_string())])
            }
            error @ DirectoryError::Xliff(_) => ApiError::invalid("body", error.to_string()),
            DirectoryError::Account(error) => match error {
                AccountError::Exists(_) | AccountError::OwnAccount(_) => {
                    ApiError::Conflict(error.to_string())
                }
                AccountError::NoAccount(_) => ApiError::NotFound(error.to_string()),
                AccountError::Storage(_) | AccountError::Hashing(_) => {
                    ApiError::Internal(error.to_string())
                }
                other => ApiError::InvalidBody(vec![("account".to_owned(), other.to_string())]),
            },
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
        let errors: Vec<FieldProblem<'_>> = match &self {
            ApiError::InvalidBody(problems) => problems
                .iter()
                .map(|(field, message)| FieldProblem { field, message })
                .collect(),
            _ => Vec::new(),
        };
        let mut response = problem_json(status, kind, title, detail, parameter, errors);
        let headers = response.headers_mut();
        match &self {
            ApiError::Unauthorized(_) => {
                headers.insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"nabo\""),
                );
            }
            ApiError::PreconditionFailed { current } => {
                if let Ok(value) = HeaderValue::from_str(&format!("\"{current}\"")) {
                    headers.insert(header::ETAG, value);
                }
            }
            ApiError::TooManyRequests { retry_after, .. } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
            }
            _ => {}
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
    problem_json(status, kind, title, detail, parameter, Vec::new())
}

fn problem_json(
    status: StatusCode,
    kind: &str,
    title: &str,
    detail: String,
    parameter: Option<&str>,
    errors: Vec<FieldProblem<'_>>,
) -> Response {
    let body = Problem {
        kind,
        title,
        status: status.as_u16(),
        detail,
        parameter,
        errors,
    };
    let json = serde_json::to_string(&body).unwrap_or_else(|_| "{}".to_owned());
    (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        json,
    )
        .into_response()
}

/// Middleware: on the API, an error answer made outside the handlers (a body over the
/// size limit, a method the route does not have, an unsupported content type) becomes a
/// problem like every other, its text kept as the detail.
pub(crate) async fn problems_only(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let api = crate::is_api(request.uri().path());
    let response = next.run(request).await;
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"application/problem+json"));
    if !api || !(status.is_client_error() || status.is_server_error()) || is_problem {
        return response;
    }
    let allow = response.headers().get(header::ALLOW).cloned();
    let text = axum::body::to_bytes(response.into_body(), 4096)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_owned())
        .unwrap_or_default();
    let title = status.canonical_reason().unwrap_or("Error");
    let detail = match status {
        StatusCode::PAYLOAD_TOO_LARGE => format!(
            "the request body is larger than this endpoint accepts ({} KB for JSON, {} MB for XLIFF)",
            crate::BODY_LIMIT / 1024,
            crate::upkeep::XLIFF_LIMIT / (1024 * 1024)
        ),
        StatusCode::METHOD_NOT_ALLOWED => match allow.as_ref().and_then(|a| a.to_str().ok()) {
            Some(allowed) => format!("this endpoint takes {allowed}"),
            None => "this endpoint does not take this method".to_owned(),
        },
        _ if text.is_empty() => title.to_lowercase(),
        _ => text,
    };
    let kind = format!("/problems/{}", title.to_lowercase().replace(' ', "-"));
    let mut problem = problem_response(status, &kind, title, detail, None);
    if let Some(allow) = allow {
        problem.headers_mut().insert(header::ALLOW, allow);
    }
    problem
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
