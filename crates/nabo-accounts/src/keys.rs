//! Partner sites' API keys: issued with a name, the browser origins allowed to use them
//! and a rate, shown once, stored only as a hash, revocable. A key is
//! `nabo_key_<id>_<secret>`; the id lists and revokes it, the whole key is what a partner
//! sends (`Authorization: Bearer` or, from the widget, `?key=`).

use crate::error::AccountError;
use crate::tokens::hash;
use chrono::{DateTime, Utc};
use nabo_domain::{KeyId, MAX_KEY_RATE, Origin, PartnerKey};
use nabo_storage::Store;
use std::fmt;
use std::num::NonZeroU32;

const PREFIX: &str = "nabo_key_";
const ID_LENGTH: usize = 8;
const SECRET_LENGTH: usize = 32;
const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyz23456789";
const MAX_NAME_LENGTH: usize = 120;
/// The most origins one key may list.
pub const MAX_KEY_ORIGINS: usize = 20;

/// A key just issued: the only time its secret is seen.
pub struct IssuedKey {
    pub info: PartnerKey,
    pub key: String,
}

impl fmt::Debug for IssuedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssuedKey")
            .field("info", &self.info)
            .field("key", &"***")
            .finish()
    }
}

/// Partner keys over the store.
#[derive(Debug, Clone)]
pub struct PartnerKeys {
    store: Store,
}

impl PartnerKeys {
    pub fn new(store: Store) -> Self {
        Self { store }
    }

    /// A counter of the keys' requests shared with every replica (one per process).
    pub fn usage(&self) -> crate::KeyUsage {
        crate::KeyUsage::new(self.store.clone())
    }

    /// Whether `text` has the shape of a partner key (not whether it is valid).
    pub fn looks_like_key(text: &str) -> bool {
        text.starts_with(PREFIX)
    }

    /// The hash a key is stored and looked up by; `None` for text that cannot be a key.
    pub fn lookup_hash(text: &str) -> Option<String> {
        let valid = text.len() == PREFIX.len() + ID_LENGTH + 1 + SECRET_LENGTH
            && text.starts_with(PREFIX)
            && text[PREFIX.len()..]
                .bytes()
                .all(|b| b == b'_' || ALPHABET.contains(&b));
        valid.then(|| hash(text))
    }

    /// Issues a key for the partner `name`, usable from `origins` (browser origins, as
    /// written: each is checked), at `per_minute` requests per minute.
    pub async fn issue(
        &self,
        name: &str,
        origins: &[String],
        per_minute: u32,
        now: DateTime<Utc>,
    ) -> Result<IssuedKey, AccountError> {
        let name = name.trim();
        if name.is_empty()
            || name.chars().count() > MAX_NAME_LENGTH
            || name.chars().any(char::is_control)
        {
            return Err(AccountError::Invalid(format!(
                "a key's name is 1 to {MAX_NAME_LENGTH} printable characters"
            )));
        }
        let per_minute = NonZeroU32::new(per_minute)
            .filter(|rate| rate.get() <= MAX_KEY_RATE)
            .ok_or_else(|| {
                AccountError::Invalid(format!(
                    "a key's rate is 1 to {MAX_KEY_RATE} requests per minute, not {per_minute}"
                ))
            })?;
        let mut parsed = Vec::new();
        for origin in origins.iter().flat_map(|o| o.split([',', ' ', '\n'])) {
            if origin.trim().is_empty() {
                continue;
            }
            let origin = Origin::parse(origin).map_err(|e| AccountError::Invalid(e.to_string()))?;
            if !parsed.contains(&origin) {
                parsed.push(origin);
            }
        }
        if parsed.len() > MAX_KEY_ORIGINS {
            return Err(AccountError::Invalid(format!(
                "a key lists at most {MAX_KEY_ORIGINS} origins, not {}",
                parsed.len()
            )));
        }
        let id = crate::random::text(ALPHABET, ID_LENGTH)?;
        let key = format!(
            "{PREFIX}{id}_{}",
            crate::random::text(ALPHABET, SECRET_LENGTH)?
        );
        let info = PartnerKey {
            id: KeyId::parse(&id).map_err(|e| AccountError::Invalid(e.to_string()))?,
            name: name.to_owned(),
            origins: parsed,
            per_minute,
            created_at: now,
            revoked_at: None,
        };
        self.store.create_partner_key(&info, &hash(&key)).await?;
        Ok(IssuedKey { info, key })
    }

    /// Every key, newest first (without secrets, which are not kept).
    pub async fn all(&self) -> Result<Vec<PartnerKey>, AccountError> {
        Ok(self.store.partner_keys().await?)
    }

    /// The keys in use, by the hash a request's key is looked up with.
    pub async fn active(&self) -> Result<Vec<(String, PartnerKey)>, AccountError> {
        Ok(self.store.active_partner_keys().await?)
    }

    /// Revokes key `id`: it is refused from now on.
    pub async fn revoke(&self, id: &KeyId, now: DateTime<Utc>) -> Result<(), AccountError> {
        match self.store.revoke_partner_key(id, now).await? {
            true => Ok(()),
            false => Err(AccountError::Invalid(format!("there is no key {id}"))),
        }
    }
}
