//! Storing browser sessions: a hash of each session's secret, its account and expiry.

use crate::connect::Store;
use crate::error::StorageError;
use chrono::{DateTime, Utc};
use nabo_domain::UserId;
use sqlx::Row;

impl Store {
    /// Starts a session of `account` stored under `secret_hash`, valid until `expires`;
    /// sessions that have expired by `now` are removed.
    pub async fn create_session(
        &self,
        secret_hash: &str,
        account: &UserId,
        now: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(crate::time::text(now))
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO sessions (secret_hash, account_id, created_at, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(secret_hash)
        .bind(account.as_str())
        .bind(crate::time::text(now))
        .bind(crate::time::text(expires))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The account of the session stored under `secret_hash`, if it has not expired by
    /// `now`.
    pub async fn session_account(
        &self,
        secret_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<UserId>, StorageError> {
        let row = sqlx::query(
            "SELECT account_id FROM sessions WHERE secret_hash = $1 AND expires_at > $2",
        )
        .bind(secret_hash)
        .bind(crate::time::text(now))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: String = row.try_get("account_id")?;
        UserId::parse(&id)
            .map(Some)
            .map_err(|e| StorageError::Corrupt {
                kind: "session",
                id,
                reason: e.to_string(),
            })
    }

    /// Ends the session stored under `secret_hash` (nothing happens if there is none).
    pub async fn end_session(&self, secret_hash: &str) -> Result<(), StorageError> {
        sqlx::query("DELETE FROM sessions WHERE secret_hash = $1")
            .bind(secret_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends every session of `account` (its password changed, or it was disabled).
    pub async fn end_sessions_of(&self, account: &UserId) -> Result<(), StorageError> {
        sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account.as_str())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
