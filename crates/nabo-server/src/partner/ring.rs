//! The partner keys in use, held in memory with each key's rate limiter, and reloaded
//! from the database every few seconds (a key added or revoked by another process or
//! replica counts within `REFRESH`; one revoked here counts at once). A key's rate holds
//! for all replicas together (`KeyUsage`, flushed by `flush_usage`); each process's own
//! limiter spreads a key's requests over the minute.

use super::Refusal;
use crate::limit::seconds_until;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use nabo_directory::{Admission, KeyUsage, PartnerKeys};
use nabo_domain::PartnerKey;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// How old the loaded keys may get.
const REFRESH: Duration = Duration::from_secs(10);
/// How often an unknown key may trigger a reload (a new key is usable at once).
const MISS_REFRESH: Duration = Duration::from_secs(1);

/// The keys in use, shared by every request.
#[derive(Clone)]
pub struct KeyRing {
    keys: PartnerKeys,
    usage: Arc<KeyUsage>,
    ring: Arc<RwLock<Ring>>,
    reloading: Arc<tokio::sync::Mutex<()>>,
}

#[derive(Default)]
struct Ring {
    by_hash: HashMap<String, Arc<Entry>>,
    loaded_at: Option<Instant>,
}

struct Entry {
    key: PartnerKey,
    limiter: DefaultDirectRateLimiter,
}

impl std::fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyRing")
    }
}

impl KeyRing {
    pub fn new(keys: PartnerKeys) -> Self {
        Self {
            usage: Arc::new(keys.usage()),
            keys,
            ring: Arc::default(),
            reloading: Arc::default(),
        }
    }

    /// Lets a request with `key` from `origin` through, or says why not.
    pub async fn admit(&self, key: &str, origin: Option<&str>) -> Result<(), Refusal> {
        let hash = PartnerKeys::lookup_hash(key).ok_or(Refusal::UnknownKey)?;
        let entry = self.find(&hash).await?.ok_or(Refusal::UnknownKey)?;
        if let Some(origin) = origin
            && !entry.key.origins.iter().any(|o| o.as_str() == origin)
        {
            return Err(Refusal::WrongOrigin(origin.to_owned()));
        }
        entry
            .limiter
            .check()
            .map_err(|not_until| Refusal::OverLimit(seconds_until(&not_until)))?;
        let admission = self
            .usage
            .admit(
                &entry.key.id,
                entry.key.per_minute.get(),
                chrono::Utc::now(),
            )
            .await;
        match admission {
            Ok(Admission::Admitted) => Ok(()),
            Ok(Admission::Refused { retry_after }) => Err(Refusal::OverLimit(retry_after)),
            Err(error) => {
                // The database is not needed to search: a key is not refused for its sake.
                tracing::warn!(%error, "cannot read a partner key's shared usage; admitted");
                Ok(())
            }
        }
    }

    /// Shares this process's count of the keys' requests with the other replicas and
    /// learns theirs (`nabo serve` does so every second).
    pub async fn flush_usage(&self) -> Result<(), nabo_directory::AccountError> {
        self.usage.flush(chrono::Utc::now()).await
    }

    /// Whether some key in use lists `origin` (for preflight requests, which carry no key).
    pub async fn any_allows(&self, origin: &str) -> bool {
        if self.age().is_none_or(|age| age > REFRESH) && self.reload().await.is_err() {
            return false;
        }
        self.read()
            .by_hash
            .values()
            .any(|entry| entry.key.origins.iter().any(|o| o.as_str() == origin))
    }

    /// Forgets what is loaded: the next request reads the keys again.
    pub fn invalidate(&self) {
        self.write().loaded_at = None;
    }

    async fn find(&self, hash: &str) -> Result<Option<Arc<Entry>>, Refusal> {
        let (found, age) = {
            let ring = self.read();
            (
                ring.by_hash.get(hash).cloned(),
                ring.loaded_at.map(|at| at.elapsed()),
            )
        };
        let limit = if found.is_some() {
            REFRESH
        } else {
            MISS_REFRESH
        };
        if age.is_some_and(|age| age <= limit) {
            return Ok(found);
        }
        self.reload().await?;
        Ok(self.read().by_hash.get(hash).cloned())
    }

    fn age(&self) -> Option<Duration> {
        self.read().loaded_at.map(|at| at.elapsed())
    }

    /// Reads the keys in use; a key whose description did not change keeps its limiter.
    async fn reload(&self) -> Result<(), Refusal> {
        let started = Instant::now();
        let _one_at_a_time = self.reloading.lock().await;
        if self.read().loaded_at.is_some_and(|at| at >= started) {
            return Ok(());
        }
        let active = self
            .keys
            .active()
            .await
            .map_err(|e| Refusal::Failed(format!("cannot read the API keys: {e}")))?;
        let mut ring = self.write();
        let by_hash = active
            .into_iter()
            .map(|(hash, key)| {
                let entry = match ring.by_hash.get(&hash) {
                    Some(old) if old.key == key => Arc::clone(old),
                    _ => Arc::new(Entry {
                        limiter: RateLimiter::direct(Quota::per_minute(key.per_minute)),
                        key,
                    }),
                };
                (hash, entry)
            })
            .collect();
        *ring = Ring {
            by_hash,
            loaded_at: Some(Instant::now()),
        };
        Ok(())
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Ring> {
        self.ring
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Ring> {
        self.ring
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
