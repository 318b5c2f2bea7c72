//! Counters of fixed time windows shared by every replica (`rate_windows`): what several
//! processes must limit together (a partner key's requests a minute, an account's failed
//! logins) without sticky sessions.

use crate::connect::Store;
use crate::error::StorageError;
use sqlx::Row;

impl Store {
    /// Adds `used` to the counter of (`key`, `window_start`) and returns its new total.
    pub async fn add_to_window(
        &self,
        key: &str,
        window_start: i64,
        used: i64,
    ) -> Result<i64, StorageError> {
        let row = sqlx::query(
            "INSERT INTO rate_windows (key, window_start, used) VALUES ($1, $2, $3) \
             ON CONFLICT (key, window_start) DO UPDATE SET used = rate_windows.used + excluded.used \
             RETURNING used",
        )
        .bind(key)
        .bind(window_start)
        .bind(used)
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get("used")?)
    }

    /// The total of `key`'s windows starting at `from` or later.
    pub async fn window_total(&self, key: &str, from: i64) -> Result<i64, StorageError> {
        let row = sqlx::query(
            "SELECT CAST(COALESCE(SUM(used), 0) AS BIGINT) AS total FROM rate_windows \
             WHERE key = $1 AND window_start >= $2",
        )
        .bind(key)
        .bind(from)
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get("total")?)
    }

    /// Forgets `key`'s counters (a successful login clears the account's failures).
    pub async fn clear_windows(&self, key: &str) -> Result<(), StorageError> {
        sqlx::query("DELETE FROM rate_windows WHERE key = $1")
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deletes windows that started before `before`; returns how many.
    pub async fn forget_windows_before(&self, before: i64) -> Result<u64, StorageError> {
        let done = sqlx::query("DELETE FROM rate_windows WHERE window_start < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}
