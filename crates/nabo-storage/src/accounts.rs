//! Storing accounts: the account as a JSON document beside its password hash.

use crate::connect::Store;
use crate::error::StorageError;
use crate::reference::{decode, encode, timestamp};
use nabo_domain::{Account, UserId};
use sqlx::Row;

impl Store {
    /// Stores a new account with its password hash; an existing id is refused
    /// (`AccountExists`) and nothing changes.
    pub async fn create_account(
        &self,
        account: &Account,
        password_hash: &str,
    ) -> Result<(), StorageError> {
        let at = timestamp();
        let inserted = sqlx::query(
            "INSERT INTO accounts (id, document, password_hash, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) ON CONFLICT (id) DO NOTHING",
        )
        .bind(account.id.as_str())
        .bind(encode(account))
        .bind(password_hash)
        .bind(&at)
        .execute(&self.pool)
        .await?;
        if inserted.rows_affected() == 0 {
            return Err(StorageError::AccountExists(account.id.to_string()));
        }
        Ok(())
    }

    /// Every account, ordered by id.
    pub async fn accounts(&self) -> Result<Vec<Account>, StorageError> {
        let rows = sqlx::query("SELECT id, document FROM accounts ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                decode("account", &id, &row.try_get::<String, _>("document")?)
            })
            .collect()
    }

    /// The account `id` with its password hash, if it exists.
    pub async fn account(&self, id: &UserId) -> Result<Option<(Account, String)>, StorageError> {
        let row = sqlx::query("SELECT document, password_hash FROM accounts WHERE id = $1")
            .bind(id.as_str())
            .fetch_optional(&self.pool)
            .await?;
        row.map(|row| {
            let account = decode(
                "account",
                id.as_str(),
                &row.try_get::<String, _>("document")?,
            )?;
            Ok((account, row.try_get("password_hash")?))
        })
        .transpose()
    }

    /// Replaces an account's role, areas, languages and state (its password stays).
    pub async fn update_account(&self, account: &Account) -> Result<(), StorageError> {
        let updated =
            sqlx::query("UPDATE accounts SET document = $1, updated_at = $2 WHERE id = $3")
                .bind(encode(account))
                .bind(timestamp())
                .bind(account.id.as_str())
                .execute(&self.pool)
                .await?;
        match updated.rows_affected() {
            0 => Err(StorageError::NoAccount(account.id.to_string())),
            _ => Ok(()),
        }
    }

    /// Replaces an account's password hash.
    pub async fn set_password_hash(&self, id: &UserId, hash: &str) -> Result<(), StorageError> {
        let updated =
            sqlx::query("UPDATE accounts SET password_hash = $1, updated_at = $2 WHERE id = $3")
                .bind(hash)
                .bind(timestamp())
                .bind(id.as_str())
                .execute(&self.pool)
                .await?;
        match updated.rows_affected() {
            0 => Err(StorageError::NoAccount(id.to_string())),
            _ => Ok(()),
        }
    }
}
