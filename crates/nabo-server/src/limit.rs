//! Rate limiting of the public endpoints, per client address: a partner site or a
//! script cannot take the service away from the volunteers. Over the limit, the answer
//! is a 429 problem with `Retry-After`.
//!
//! Requests with a partner's API key are limited per key instead (`partner`). Anonymous
//! clients on the loopback interface (operators' scripts, health checks, an evaluation
//! run on the same machine) are not limited, unless the server trusts a reverse proxy's
//! `X-Forwarded-For` (`RateLimit::trust_forwarded`): then the address it names counts.

use crate::error::ApiError;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::NotUntil;
use governor::clock::{Clock, DefaultClock, QuantaInstant};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

/// Requests per second per client, and the burst allowed on top.
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    pub per_second: NonZeroU32,
    pub burst: NonZeroU32,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_forwarded: bool,
}

impl Default for RateLimit {
    fn default() -> Self {
        Self {
            per_second: NonZeroU32::new(20).unwrap_or(NonZeroU32::MIN),
            burst: NonZeroU32::new(60).unwrap_or(NonZeroU32::MIN),
            trust_forwarded: false,
        }
    }
}

/// The shared limiter.
#[derive(Clone)]
pub struct Limiter {
    limiter: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    trust_forwarded: bool,
}

impl std::fmt::Debug for Limiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Limiter")
    }
}

impl Limiter {
    pub fn new(limit: RateLimit) -> Self {
        let quota = Quota::per_second(limit.per_second).allow_burst(limit.burst);
        Self {
            limiter: Arc::new(RateLimiter::keyed(quota)),
            trust_forwarded: limit.trust_forwarded,
        }
    }
}

pub async fn limit(State(limiter): State<Limiter>, request: Request, next: Next) -> Response {
    // Without connection info (in-process tests), every request shares one key.
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip());
    let forwarded: Option<IpAddr> = request
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .and_then(|v| v.trim().parse().ok());
    if crate::partner::presented_key(&request).is_some() {
        // A partner's key has its own limit (`partner::gate`), wherever the call comes from.
        return next.run(request).await;
    }
    let client = match peer {
        Some(_) if limiter.trust_forwarded => forwarded.or(peer),
        Some(ip) if ip.is_loopback() => return next.run(request).await,
        other => other,
    }
    .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    match limiter.limiter.check_key(&client) {
        Ok(()) => next.run(request).await,
        Err(not_until) => ApiError::TooManyRequests {
            whose: "this address",
            retry_after: seconds_until(&not_until),
        }
        .into_response(),
    }
}

/// Whole seconds until a refused request may be tried again (at least 1).
pub fn seconds_until(not_until: &NotUntil<QuantaInstant>) -> u64 {
    not_until
        .wait_time_from(DefaultClock::default().now())
        .as_secs()
        .max(1)
}

/// Reports from the field one client address may send: a few an hour, so that the
/// editors' queue stays theirs.
#[derive(Clone)]
pub struct ReportLimit {
    limiter: Arc<DefaultKeyedRateLimiter<String>>,
}

impl std::fmt::Debug for ReportLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReportLimit")
    }
}

impl Default for ReportLimit {
    fn default() -> Self {
        Self::per_hour(REPORTS_PER_HOUR)
    }
}

/// "Nothing fitted" one client may send per hour.
pub const UNMET_PER_HOUR: u32 = 30;

/// Reports one client may send per hour.
pub const REPORTS_PER_HOUR: u32 = 10;

impl ReportLimit {
    pub fn per_hour(reports: u32) -> Self {
        let reports = NonZeroU32::new(reports).unwrap_or(NonZeroU32::MIN);
        Self {
            limiter: Arc::new(RateLimiter::keyed(Quota::per_hour(reports))),
        }
    }

    /// Whether `client` may send another report now.
    pub fn allows(&self, client: &str) -> bool {
        self.limiter.check_key(&client.to_owned()).is_ok()
    }
}
