//! Bearer tokens for the API: issued for an account with a name and an expiry, shown
//! once, stored only as a hash, revocable. A token is `nabo_<id>_<secret>`; the id lists
//! and revokes it, the whole token is what a client sends.

use crate::error::AccountError;
use blake2::{Blake2b256, Digest};
use chrono::{DateTime, Duration, Utc};
use nabo_domain::{Account, UserId};
use nabo_storage::{Store, StoredToken};
use std::fmt;

const ID_LENGTH: usize = 8;
const SECRET_LENGTH: usize = 32;
const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyz23456789";
/// The longest a token may live.
pub const MAX_TOKEN_DAYS: i64 = 366;
const MAX_NAME_LENGTH: usize = 80;

/// A token just issued: the only time its secret is seen.
pub struct IssuedToken {
    pub info: StoredToken,
    pub token: String,
}

impl fmt::Debug for IssuedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssuedToken")
            .field("info", &self.info)
            .field("token", &"***")
            .finish()
    }
}

/// API tokens over the store.
#[derive(Debug, Clone)]
pub struct Tokens {
    store: Store,
}

impl Tokens {
    pub fn new(store: Store) -> Self {
        Self { store }
    }

    /// Issues a token named `name` for `account`, valid from `now` for `days` days.
    pub async fn issue(
        &self,
        account: &UserId,
        name: &str,
        days: i64,
        now: DateTime<Utc>,
    ) -> Result<IssuedToken, AccountError> {
        let name = name.trim();
        if name.is_empty()
            || name.chars().count() > MAX_NAME_LENGTH
            || name.chars().any(char::is_control)
        {
            return Err(AccountError::Invalid(format!(
                "a token's name is 1 to {MAX_NAME_LENGTH} printable characters"
            )));
        }
        if !(1..=MAX_TOKEN_DAYS).contains(&days) {
            return Err(AccountError::Invalid(format!(
                "a token lives 1 to {MAX_TOKEN_DAYS} days, not {days}"
            )));
        }
        if self.store.account(account).await?.is_none() {
            return Err(AccountError::NoAccount(account.to_string()));
        }
        let id = crate::random::text(ALPHABET, ID_LENGTH)?;
        let token = format!(
            "nabo_{id}_{}",
            crate::random::text(ALPHABET, SECRET_LENGTH)?
        );
        let info = StoredToken {
            id,
            account: account.clone(),
            name: name.to_owned(),
            created_at: now,
            expires_at: now + Duration::days(days),
            revoked_at: None,
        };
        self.store.create_token(&info, &hash(&token)).await?;
        Ok(IssuedToken { info, token })
    }

    /// The account a request's token stands for at `now`. Unknown, malformed, revoked
    /// and expired tokens and disabled accounts are all the same `WrongCredentials`.
    pub async fn account(&self, token: &str, now: DateTime<Utc>) -> Result<Account, AccountError> {
        if token.len() != 5 + ID_LENGTH + 1 + SECRET_LENGTH || !token.starts_with("nabo_") {
            return Err(AccountError::WrongCredentials);
        }
        let stored = self.store.token_by_hash(&hash(token)).await?;
        let Some(stored) = stored.filter(|t| t.revoked_at.is_none() && t.expires_at > now) else {
            return Err(AccountError::WrongCredentials);
        };
        match self.store.account(&stored.account).await? {
            Some((account, _)) if !account.disabled => Ok(account),
            _ => Err(AccountError::WrongCredentials),
        }
    }

    /// The tokens of `account`, newest first (without secrets, which are not kept).
    pub async fn of(&self, account: &UserId) -> Result<Vec<StoredToken>, AccountError> {
        Ok(self.store.tokens_of(account).await?)
    }

    /// Revokes the token with the public id `id`: it is refused from now on.
    pub async fn revoke(&self, id: &str) -> Result<(), AccountError> {
        match self.store.revoke_token(id).await? {
            true => Ok(()),
            false => Err(AccountError::Invalid(format!("there is no token {id:?}"))),
        }
    }
}

/// The stored form of a token or key: its BLAKE2b-256 digest in hex (random secrets need
/// no slow hash).
pub(crate) fn hash(token: &str) -> String {
    Blake2b256::digest(token.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}
