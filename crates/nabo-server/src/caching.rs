//! Conditional requests and caching of the API's reads: every successful `GET` answer
//! carries an `ETag` (a weak validator over the body, so that compressed and identity
//! forms share it) and a `Cache-Control` fitting what it is; `If-None-Match` with a
//! matching tag gets `304 Not Modified` without a body. A handler may set the tag itself
//! (`json_without`, for an answer with a field that changes every time).

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Reference data changes with the content folder, on a restart.
const REFERENCE: &str = "public, max-age=3600";
/// Search answers and resources: fresh for a minute, then revalidated.
const READS: &str = "public, max-age=60";
/// Editors' data and health: never from a cache.
const PRIVATE: &str = "private, no-store";

pub async fn conditional(request: Request, next: Next) -> Response {
    let read = matches!(*request.method(), Method::GET | Method::HEAD);
    let policy = policy(request.uri().path());
    let wanted = request.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(request).await;
    if !read || response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if !parts.headers.contains_key(header::CACHE_CONTROL) {
        parts
            .headers
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    let tag = match parts.headers.get(header::ETAG) {
        Some(tag) => tag.clone(),
        None => {
            let tag = weak_tag(&bytes);
            parts.headers.insert(header::ETAG, tag.clone());
            tag
        }
    };
    if policy != PRIVATE && wanted.is_some_and(|wanted| matches(&wanted, &tag)) {
        let mut not_modified = StatusCode::NOT_MODIFIED.into_response();
        copy_validators(&parts.headers, not_modified.headers_mut());
        return not_modified;
    }
    Response::from_parts(parts, Body::from(bytes))
}

fn policy(path: &str) -> &'static str {
    const REFERENCE_PATHS: [&str; 6] = [
        "/api/v1/categories",
        "/api/v1/areas",
        "/api/v1/attributes",
        "/api/v1/languages",
        "/api/v1/openapi.json",
        "/api/v1/widget/",
    ];
    if path.starts_with("/api/v1/admin/") || path == "/healthz" || path == "/ready" {
        PRIVATE
    } else if REFERENCE_PATHS.iter().any(|p| path.starts_with(p)) {
        REFERENCE
    } else {
        READS
    }
}

/// A JSON answer whose ETag leaves out one top-level field that changes on every request
/// (a search's `took_ms`): serialized once, the tag taken over the rest of the bytes.
pub fn json_without(content: &impl serde::Serialize, volatile: &str) -> Response {
    let Ok(body) = serde_json::to_vec(content) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let key = format!("\"{volatile}\":");
    let tag = match find(&body, key.as_bytes()) {
        Some(start) => {
            let value = start + key.len();
            let end = value
                + body[value..]
                    .iter()
                    .take_while(|b| !matches!(b, b',' | b'}'))
                    .count();
            tag_over(&[&body[..start], &body[end..]])
        }
        None => tag_over(&[&body]),
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (header::ETAG, tag),
        ],
        body,
    )
        .into_response()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn weak_tag(body: &[u8]) -> HeaderValue {
    tag_over(&[body])
}

/// A weak validator over some bytes: 128 bits of a fast keyed-free hash (two SipHash
/// passes with fixed, different starts), the same in every process of one build.
fn tag_over(parts: &[&[u8]]) -> HeaderValue {
    use std::hash::Hasher;
    let mut low = std::hash::DefaultHasher::new();
    let mut high = std::hash::DefaultHasher::new();
    high.write_u8(0x5a);
    for part in parts {
        low.write(part);
        high.write(part);
    }
    HeaderValue::from_str(&format!(
        "W/\"{:016x}{:016x}\"",
        high.finish(),
        low.finish()
    ))
    .unwrap_or(HeaderValue::from_static("W/\"\""))
}

/// Weak comparison (RFC 9110 §13.1.2): `*`, or any listed tag equal to `tag` once `W/`
/// is set aside.
fn matches(wanted: &HeaderValue, tag: &HeaderValue) -> bool {
    let opaque = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    let (Ok(wanted), Ok(tag)) = (wanted.to_str(), tag.to_str()) else {
        return false;
    };
    wanted.trim() == "*" || wanted.split(',').any(|w| opaque(w) == opaque(tag))
}

/// What a 304 repeats of the 200 it stands for.
fn copy_validators(from: &HeaderMap, to: &mut HeaderMap) {
    for name in [
        header::ETAG,
        header::CACHE_CONTROL,
        header::VARY,
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
    ] {
        for value in from.get_all(&name) {
            to.append(name.clone(), value.clone());
        }
    }
}
