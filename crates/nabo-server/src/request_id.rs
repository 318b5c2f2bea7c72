//! Every request gets an id of ours — in its log span and sent back as `X-Request-Id`, so
//! that an operator can find the log lines of a request someone reports. A client's own
//! `X-Request-Id` is not taken: logs hold only what the server made.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use std::hash::{BuildHasher, RandomState};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

pub const HEADER: &str = "x-request-id";

/// A request's id, in its extensions (read by the log span).
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// This process's prefix (random at start, so replicas' ids differ) and a counter.
static PREFIX: LazyLock<u64> = LazyLock::new(|| RandomState::new().hash_one("nabo") >> 32);
static NEXT: AtomicU64 = AtomicU64::new(1);

/// Tower middleware: makes the id, puts it in the request and on the answer.
pub async fn assign(mut request: Request, next: Next) -> Response {
    let id = format!("{:08x}-{:x}", *PREFIX, NEXT.fetch_add(1, Ordering::Relaxed));
    request.headers_mut().remove(HEADER);
    request.extensions_mut().insert(RequestId(id.clone()));
    let mut response = next.run(request).await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(HEADER, value);
    }
    response
}
