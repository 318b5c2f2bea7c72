//! A partner key's requests a minute, counted by every replica together. Each process
//! counts the requests it lets through and, once a second (`flush`), adds them to the
//! key's counter of the minute in the database and reads back the total of all
//! replicas; a request is refused when that total and this process's requests since
//! reach the key's rate. So a key's limit holds however a balancer spreads its requests,
//! give or take one second's requests per replica.

use crate::error::AccountError;
use chrono::{DateTime, Utc};
use nabo_domain::KeyId;
use nabo_storage::Store;
use std::collections::HashMap;
use std::sync::Mutex;

/// Seconds a key's rate is counted over.
const WINDOW_SECONDS: i64 = 60;
/// Counters older than this are deleted (the longest window counted there, failed
/// logins', is a quarter of an hour; two of them are read).
const KEEP_SECONDS: i64 = 30 * 60;

/// Whether a key's request may go on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Admitted,
    /// The key has made its requests of the minute; seconds until the next.
    Refused {
        retry_after: u64,
    },
}

/// This process's view of the keys' usage in the current minute.
#[derive(Debug)]
pub struct KeyUsage {
    store: Store,
    counts: Mutex<HashMap<KeyId, Count>>,
}

#[derive(Debug, Default, Clone, Copy)]
struct Count {
    window: i64,
    /// Requests let through here and not yet added to the database.
    pending: i64,
    /// The total of every replica as last read.
    known: i64,
}

impl KeyUsage {
    pub fn new(store: Store) -> Self {
        Self {
            store,
            counts: Mutex::default(),
        }
    }

    /// Counts a request of `key` at `now`, unless the key has made `per_minute` this
    /// minute (all replicas as last heard, and this process since). The first request of
    /// a key in a minute reads the shared count first.
    pub async fn admit(
        &self,
        key: &KeyId,
        per_minute: u32,
        now: DateTime<Utc>,
    ) -> Result<Admission, AccountError> {
        let window = window_of(now);
        let seen = self
            .lock()
            .get(key)
            .is_some_and(|count| count.window == window);
        if !seen {
            let known = self
                .store
                .window_total(&format!("partner:{key}"), window)
                .await?;
            let mut counts = self.lock();
            let count = counts.entry(key.clone()).or_default();
            if count.window != window {
                *count = Count {
                    window,
                    pending: 0,
                    known,
                };
            }
        }
        let mut counts = self.lock();
        let count = counts.entry(key.clone()).or_default();
        if count.known + count.pending >= i64::from(per_minute) {
            let left = window + WINDOW_SECONDS - now.timestamp();
            return Ok(Admission::Refused {
                retry_after: u64::try_from(left.max(1)).unwrap_or(1),
            });
        }
        count.pending += 1;
        Ok(Admission::Admitted)
    }

    /// Adds this process's requests to the shared counters and reads back every
    /// replica's totals for the keys in use this minute; deletes counters that ended.
    pub async fn flush(&self, now: DateTime<Utc>) -> Result<(), AccountError> {
        let window = window_of(now);
        let taken: Vec<(KeyId, i64)> = {
            let mut counts = self.lock();
            counts.retain(|_, count| count.window == window);
            counts
                .iter_mut()
                .map(|(key, count)| (key.clone(), std::mem::take(&mut count.pending)))
                .collect()
        };
        for (key, pending) in taken {
            let name = format!("partner:{key}");
            let total = match self.store.add_to_window(&name, window, pending).await {
                Ok(total) => total,
                Err(error) => {
                    // Not lost: counted again at the next flush.
                    self.restore(&key, window, pending);
                    return Err(error.into());
                }
            };
            if let Some(count) = self.lock().get_mut(&key)
                && count.window == window
            {
                count.known = total;
            }
        }
        if now.timestamp() % WINDOW_SECONDS == 0 {
            self.store
                .forget_windows_before(now.timestamp() - KEEP_SECONDS)
                .await?;
        }
        Ok(())
    }

    fn restore(&self, key: &KeyId, window: i64, pending: i64) {
        if let Some(count) = self.lock().get_mut(key)
            && count.window == window
        {
            count.pending += pending;
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<KeyId, Count>> {
        self.counts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

fn window_of(now: DateTime<Utc>) -> i64 {
    now.timestamp().div_euclid(WINDOW_SECONDS) * WINDOW_SECONDS
}
