//! Failed logins of an account, counted in the database so that every replica refuses
//! the same account after `ACCOUNT_FAILURES` (a guesser cannot multiply its tries by
//! spreading them over replicas). Counted in fixed windows of `WINDOW`; the current and
//! the previous window count together. Failures per client address stay in each
//! process's memory (`LoginThrottle`): no address is ever written.

use crate::error::AccountError;
use crate::throttle::{ACCOUNT_FAILURES, WINDOW};
use chrono::{DateTime, Utc};
use nabo_storage::Store;
use std::time::Duration;

/// Failed logins by account, shared.
#[derive(Debug, Clone)]
pub struct AccountFailures {
    store: Store,
}

impl AccountFailures {
    pub fn new(store: Store) -> Self {
        Self { store }
    }

    /// How long `account` must wait before trying again, when it failed too often lately.
    pub async fn wait(
        &self,
        account: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Duration>, AccountError> {
        let (window, length) = window_of(now);
        let total = self
            .store
            .window_total(&key(account), window - length)
            .await?;
        if total < i64::from(ACCOUNT_FAILURES) {
            return Ok(None);
        }
        let left = window + length - now.timestamp();
        Ok(Some(Duration::from_secs(
            u64::try_from(left.max(1)).unwrap_or(1),
        )))
    }

    /// Counts a failed login of `account`.
    pub async fn failed(&self, account: &str, now: DateTime<Utc>) -> Result<(), AccountError> {
        let (window, _) = window_of(now);
        self.store.add_to_window(&key(account), window, 1).await?;
        Ok(())
    }

    /// A successful login clears the account's failures.
    pub async fn succeeded(&self, account: &str) -> Result<(), AccountError> {
        Ok(self.store.clear_windows(&key(account)).await?)
    }
}

fn key(account: &str) -> String {
    format!("login:{}", account.trim().to_lowercase())
}

/// The start of `now`'s window and the window's length, in seconds.
fn window_of(now: DateTime<Utc>) -> (i64, i64) {
    let length = i64::try_from(WINDOW.as_secs()).unwrap_or(900);
    (now.timestamp().div_euclid(length) * length, length)
}
