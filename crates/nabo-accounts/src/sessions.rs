//! Browser sessions: a random secret in the browser's cookie, only its hash stored, an
//! account and an expiry. Each form of a session carries a CSRF token derived from the
//! secret, so a page of another site cannot submit one.

use crate::error::AccountError;
use blake2::{Blake2b256, Digest};
use chrono::{DateTime, Duration, Utc};
use nabo_domain::{Account, UserId};
use nabo_storage::Store;
use std::fmt;

/// How long a session lasts after logging in.
pub const SESSION_HOURS: i64 = 12;
const SECRET_LENGTH: usize = 43;
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// A random secret for a cookie (a session's, or an anonymous visitor's for CSRF).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

/// A session just started: the secret goes into the cookie and is never stored.
#[derive(Debug, Clone)]
pub struct StartedSession {
    pub secret: Secret,
    pub expires_at: DateTime<Utc>,
}

/// Sessions over the store.
#[derive(Debug, Clone)]
pub struct Sessions {
    store: Store,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl Secret {
    /// A new secret from the operating system's generator (about 256 bits).
    pub fn generate() -> Result<Self, AccountError> {
        crate::random::text(ALPHABET, SECRET_LENGTH).map(Self)
    }

    /// The secret of a cookie; `None` when it cannot be one of ours.
    pub fn from_cookie(value: &str) -> Option<Self> {
        let ours = value.len() == SECRET_LENGTH && value.bytes().all(|b| ALPHABET.contains(&b));
        ours.then(|| Self(value.to_owned()))
    }

    /// The value to put into the cookie.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The CSRF token of forms made for the holder of this secret.
    pub fn csrf_token(&self) -> String {
        hex(&Blake2b256::new_with_prefix(b"nabo-csrf\0")
            .chain_update(self.0.as_bytes())
            .finalize())
    }

    /// Whether `token` is this secret's CSRF token (compared in constant time).
    pub fn accepts_csrf(&self, token: &str) -> bool {
        let expected = self.csrf_token();
        expected.len() == token.len()
            && expected
                .bytes()
                .zip(token.bytes())
                .fold(0_u8, |diff, (a, b)| diff | (a ^ b))
                == 0
    }

    fn stored_hash(&self) -> String {
        hex(&Blake2b256::digest(self.0.as_bytes()))
    }
}

impl Sessions {
    pub fn new(store: Store) -> Self {
        Self { store }
    }

    /// Starts a session for `account` at `now` (a new secret every time: logging in
    /// never keeps a session id the browser had before).
    pub async fn start(
        &self,
        account: &UserId,
        now: DateTime<Utc>,
    ) -> Result<StartedSession, AccountError> {
        let secret = Secret::generate()?;
        let expires_at = now + Duration::hours(SESSION_HOURS);
        self.store
            .create_session(&secret.stored_hash(), account, now, expires_at)
            .await?;
        Ok(StartedSession { secret, expires_at })
    }

    /// The account of the session `secret` at `now`; an unknown or expired session or a
    /// disabled account is `WrongCredentials`.
    pub async fn account(
        &self,
        secret: &Secret,
        now: DateTime<Utc>,
    ) -> Result<Account, AccountError> {
        let Some(id) = self
            .store
            .session_account(&secret.stored_hash(), now)
            .await?
        else {
            return Err(AccountError::WrongCredentials);
        };
        match self.store.account(&id).await? {
            Some((account, _)) if !account.disabled => Ok(account),
            _ => Err(AccountError::WrongCredentials),
        }
    }

    /// Ends the session `secret` (logging out).
    pub async fn end(&self, secret: &Secret) -> Result<(), AccountError> {
        Ok(self.store.end_session(&secret.stored_hash()).await?)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
