//! Slowing down password guessing: failed logins are counted per account and per
//! client address in a window; past the limit, logins are refused until the window ends.
//! Counts live in memory (one process); a success clears the account's count.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed logins allowed per account in a window.
pub const ACCOUNT_FAILURES: u32 = 5;
/// Failed logins allowed per client address in a window.
pub const CLIENT_FAILURES: u32 = 20;
/// How long failures are remembered.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Entries kept at most; older windows are dropped first when there are more.
const MAX_ENTRIES: usize = 100_000;

/// Failed-login counts.
#[derive(Debug, Default)]
pub struct LoginThrottle {
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

impl LoginThrottle {
    /// `Err(wait)` when `account` or `client` has failed too often by `now`.
    pub fn check(&self, account: &str, client: &str, now: Instant) -> Result<(), Duration> {
        let failures = self.lock();
        let waits = [
            (account_key(account), ACCOUNT_FAILURES),
            (client_key(client), CLIENT_FAILURES),
        ]
        .into_iter()
        .filter_map(|(key, limit)| {
            let (count, started) = failures.get(&key)?;
            let ends = *started + WINDOW;
            (*count >= limit && ends > now).then(|| ends - now)
        });
        waits.max().map_or(Ok(()), Err)
    }

    /// Counts a failed login of `account` from `client`.
    pub fn failed(&self, account: &str, client: &str, now: Instant) {
        let mut failures = self.lock();
        if failures.len() >= MAX_ENTRIES {
            failures.retain(|_, (_, started)| *started + WINDOW > now);
        }
        for key in [account_key(account), client_key(client)] {
            let entry = failures.entry(key).or_insert((0, now));
            if entry.1 + WINDOW <= now {
                *entry = (0, now);
            }
            entry.0 += 1;
        }
    }

    /// A successful login of `account` clears its failures (not the client's).
    pub fn succeeded(&self, account: &str) {
        self.lock().remove(&account_key(account));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (u32, Instant)>> {
        self.failures
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

fn account_key(account: &str) -> String {
    format!("account:{}", account.trim().to_lowercase())
}

fn client_key(client: &str) -> String {
    format!("client:{client}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_refused_after_its_failures_until_the_window_ends() {
        let throttle = LoginThrottle::default();
        let start = Instant::now();
        for n in 0..ACCOUNT_FAILURES {
            assert!(
                throttle
                    .check("amina", &format!("10.0.0.{n}"), start)
                    .is_ok()
            );
            throttle.failed("amina", &format!("10.0.0.{n}"), start);
        }
        let wait = throttle
            .check("Amina", "10.9.9.9", start)
            .expect_err("limited");
        assert_eq!(wait, WINDOW);
        assert!(
            throttle.check("hodan", "10.9.9.9", start).is_ok(),
            "others may"
        );
        assert!(throttle.check("amina", "10.9.9.9", start + WINDOW).is_ok());
    }

    #[test]
    fn a_client_is_refused_after_its_failures_across_accounts() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for n in 0..CLIENT_FAILURES {
            throttle.failed(&format!("user{n}"), "10.0.0.1", now);
        }
        assert!(throttle.check("someone-else", "10.0.0.1", now).is_err());
        assert!(throttle.check("someone-else", "10.0.0.2", now).is_ok());
    }

    #[test]
    fn success_clears_the_account_but_not_the_client() {
        let throttle = LoginThrottle::default();
        let now = Instant::now();
        for _ in 0..ACCOUNT_FAILURES - 1 {
            throttle.failed("amina", "10.0.0.1", now);
        }
        throttle.succeeded("amina");
        throttle.failed("amina", "10.0.0.1", now);
        assert!(throttle.check("amina", "10.0.0.2", now).is_ok());
    }
}
