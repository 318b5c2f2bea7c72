//! Storing partner sites' API keys: a hash of each key, never the key.

use crate::connect::Store;
use crate::error::StorageError;
use chrono::{DateTime, Utc};
use nabo_domain::{KeyId, Origin, PartnerKey};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::num::NonZeroU32;

impl Store {
    /// Stores `key` under `key_hash`.
    pub async fn create_partner_key(
        &self,
        key: &PartnerKey,
        key_hash: &str,
    ) -> Result<(), StorageError> {
        let origins: Vec<&str> = key.origins.iter().map(Origin::as_str).collect();
        sqlx::query(
            "INSERT INTO partner_keys (id, key_hash, name, origins, per_minute, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(key.id.as_str())
        .bind(key_hash)
        .bind(&key.name)
        .bind(origins.join("\n"))
        .bind(i64::from(key.per_minute.get()))
        .bind(crate::time::text(key.created_at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Every key, revoked ones included, newest first.
    pub async fn partner_keys(&self) -> Result<Vec<PartnerKey>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, name, origins, per_minute, created_at, revoked_at FROM partner_keys \
             ORDER BY created_at DESC, id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(partner_key).collect()
    }

    /// The keys that are not revoked, each with the hash it is found by.
    pub async fn active_partner_keys(&self) -> Result<Vec<(String, PartnerKey)>, StorageError> {
        let rows = sqlx::query(
            "SELECT key_hash, id, name, origins, per_minute, created_at, revoked_at \
             FROM partner_keys WHERE revoked_at IS NULL ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("key_hash")?, partner_key(row)?)))
            .collect()
    }

    /// Revokes key `id` at `at` (once: revoking again changes nothing). Whether it exists.
    pub async fn revoke_partner_key(
        &self,
        id: &KeyId,
        at: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let exists = sqlx::query("SELECT id FROM partner_keys WHERE id = $1")
            .bind(id.as_str())
            .fetch_optional(&self.pool)
            .await?
            .is_some();
        sqlx::query("UPDATE partner_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(crate::time::text(at))
            .bind(id.as_str())
            .execute(&self.pool)
            .await?;
        Ok(exists)
    }
}

fn partner_key(row: &AnyRow) -> Result<PartnerKey, StorageError> {
    let id: String = row.try_get("id")?;
    let corrupt = |reason: String| StorageError::Corrupt {
        kind: "partner key",
        id: id.clone(),
        reason,
    };
    let parse = |text: String| crate::time::parse(&text).map_err(corrupt);
    let origins: String = row.try_get("origins")?;
    let per_minute: i64 = row.try_get("per_minute")?;
    Ok(PartnerKey {
        origins: origins
            .lines()
            .map(|line| Origin::parse(line).map_err(|e| corrupt(e.to_string())))
            .collect::<Result<_, _>>()?,
        per_minute: u32::try_from(per_minute)
            .ok()
            .and_then(NonZeroU32::new)
            .ok_or_else(|| corrupt(format!("per_minute {per_minute}")))?,
        name: row.try_get("name")?,
        created_at: parse(row.try_get("created_at")?)?,
        revoked_at: row
            .try_get::<Option<String>, _>("revoked_at")?
            .map(parse)
            .transpose()?,
        id: KeyId::parse(&id).map_err(|e| corrupt(e.to_string()))?,
    })
}
