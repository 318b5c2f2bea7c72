//! Storing API tokens: a hash of each token, never the token.

use crate::connect::Store;
use crate::error::StorageError;
use crate::reference::timestamp;
use chrono::{DateTime, Utc};
use nabo_domain::UserId;
use sqlx::Row;
use sqlx::any::AnyRow;

/// A stored token: who it is for, what it is called, how long it lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredToken {
    /// Short public id, to list and revoke the token by.
    pub id: String,
    pub account: UserId,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl Store {
    /// Stores `token` under `token_hash`.
    pub async fn create_token(
        &self,
        token: &StoredToken,
        token_hash: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO api_tokens (id, token_hash, account_id, name, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&token.id)
        .bind(token_hash)
        .bind(token.account.as_str())
        .bind(&token.name)
        .bind(crate::time::text(token.created_at))
        .bind(crate::time::text(token.expires_at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The token stored under `token_hash`, revoked and expired ones included.
    pub async fn token_by_hash(
        &self,
        token_hash: &str,
    ) -> Result<Option<StoredToken>, StorageError> {
        let row = sqlx::query(
            "SELECT id, account_id, name, created_at, expires_at, revoked_at FROM api_tokens \
             WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(token).transpose()
    }

    /// The tokens of `account`, newest first.
    pub async fn tokens_of(&self, account: &UserId) -> Result<Vec<StoredToken>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, account_id, name, created_at, expires_at, revoked_at FROM api_tokens \
             WHERE account_id = $1 ORDER BY created_at DESC, id",
        )
        .bind(account.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(token).collect()
    }

    /// Revokes the token `id` (once: revoking again changes nothing). Whether it exists.
    pub async fn revoke_token(&self, id: &str) -> Result<bool, StorageError> {
        let exists = sqlx::query("SELECT id FROM api_tokens WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .is_some();
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(timestamp())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(exists)
    }
}

fn token(row: &AnyRow) -> Result<StoredToken, StorageError> {
    let id: String = row.try_get("id")?;
    let corrupt = |reason: String| StorageError::Corrupt {
        kind: "api token",
        id: id.clone(),
        reason,
    };
    let parse = |text: String| crate::time::parse(&text).map_err(corrupt);
    let account: String = row.try_get("account_id")?;
    Ok(StoredToken {
        account: UserId::parse(&account).map_err(|e| corrupt(e.to_string()))?,
        name: row.try_get("name")?,
        created_at: parse(row.try_get("created_at")?)?,
        expires_at: parse(row.try_get("expires_at")?)?,
        revoked_at: row
            .try_get::<Option<String>, _>("revoked_at")?
            .map(parse)
            .transpose()?,
        id,
    })
}
