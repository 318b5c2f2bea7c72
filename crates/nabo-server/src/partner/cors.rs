//! CORS headers of the API: which origin an answer is shared with.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use nabo_domain::{Origin, OriginError};
use std::str::FromStr;

/// Which browser origins may read the API without a key: any (`*`), those listed, or
/// none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnonymousCors {
    Any,
    Only(Vec<Origin>),
}

impl AnonymousCors {
    /// The `Access-Control-Allow-Origin` value for a request from `origin`, if allowed.
    pub fn allows(&self, origin: Option<&str>) -> Option<String> {
        match self {
            AnonymousCors::Any => Some("*".to_owned()),
            AnonymousCors::Only(list) => origin
                .filter(|origin| list.iter().any(|allowed| allowed.as_str() == *origin))
                .map(str::to_owned),
        }
    }
}

impl FromStr for AnonymousCors {
    type Err = OriginError;

    /// `*`, `none`, or origins separated by commas.
    fn from_str(text: &str) -> Result<Self, OriginError> {
        match text.trim() {
            "*" => Ok(AnonymousCors::Any),
            "none" | "" => Ok(AnonymousCors::Only(Vec::new())),
            list => list
                .split(',')
                .map(Origin::parse)
                .collect::<Result<_, _>>()
                .map(AnonymousCors::Only),
        }
    }
}

/// Headers a cross-origin caller may read besides the simple ones.
const EXPOSED: &str = "etag, retry-after, content-language";

/// `response`, shared with `origin` when one is allowed.
pub fn allow(mut response: Response, origin: Option<String>) -> Response {
    let headers = response.headers_mut();
    if let Some(value) = origin.and_then(|o| HeaderValue::from_str(&o).ok()) {
        let any = value == "*";
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
        headers.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static(EXPOSED),
        );
        if !any {
            headers.append(header::VARY, HeaderValue::from_static("origin"));
        }
    }
    response
}

/// The answer to a preflight (`OPTIONS`) request.
pub fn preflight(origin: Option<String>) -> Response {
    let mut response = (
        StatusCode::NO_CONTENT,
        [
            (
                header::ACCESS_CONTROL_ALLOW_METHODS,
                "GET, POST, PUT, DELETE",
            ),
            (
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                "authorization, content-type, if-match, if-none-match",
            ),
            (header::ACCESS_CONTROL_MAX_AGE, "600"),
        ],
    )
        .into_response();
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("origin"));
    allow(response, origin)
}
