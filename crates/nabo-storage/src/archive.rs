//! Archiving resources: moved whole out of `resources` into `archived_resources` (the
//! change log records a delete, so the index drops them), and back again on restore (an
//! upsert). Versions go on counting across both moves.

use crate::changes::Operation;
use crate::connect::Store;
use crate::error::StorageError;
use crate::reference::{decode, timestamp};
use crate::resources::{StoredResource, stored};
use crate::revisions::{Author, RevisionKind, log_write};
use nabo_domain::{ResourceId, UserId};
use sqlx::Row;

impl Store {
    /// Archives the resource `id` at `expected_version` for `by` (an account id).
    /// `Ok(false)`: there is no such resource; a stale version is a `VersionConflict`.
    pub async fn archive_resource(
        &self,
        id: &ResourceId,
        expected_version: i64,
        by: &UserId,
    ) -> Result<bool, StorageError> {
        let mut transaction = self.begin_write().await?;
        let row = sqlx::query("SELECT document, version FROM resources WHERE id = $1")
            .bind(id.as_str())
            .fetch_optional(&mut *transaction)
            .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        let (document, version): (String, i64) =
            (row.try_get("document")?, row.try_get("version")?);
        if version != expected_version {
            return Err(StorageError::VersionConflict {
                id: id.to_string(),
                expected: expected_version,
                actual: version,
            });
        }
        let at = timestamp();
        sqlx::query(
            "INSERT INTO archived_resources (id, document, version, archived_at, archived_by) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET document = excluded.document, \
             version = excluded.version, archived_at = excluded.archived_at, archived_by = excluded.archived_by",
        )
        .bind(id.as_str())
        .bind(&document)
        .bind(version + 1)
        .bind(&at)
        .bind(by.as_str())
        .execute(&mut *transaction)
        .await?;
        sqlx::query("DELETE FROM resources WHERE id = $1")
            .bind(id.as_str())
            .execute(&mut *transaction)
            .await?;
        let author = Author::new(RevisionKind::Archive, by);
        let previous = Some(document.as_str());
        log_write(
            &mut transaction,
            id,
            version + 1,
            author,
            &at,
            previous,
            Operation::Delete,
        )
        .await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// The archived resource `id` (its version is the archiving's), if any.
    pub async fn archived_resource(
        &self,
        id: &ResourceId,
    ) -> Result<Option<StoredResource>, StorageError> {
        let row = sqlx::query(
            "SELECT id, document, version, archived_at AS updated_at FROM archived_resources WHERE id = $1",
        )
        .bind(id.as_str())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| stored(&row)).transpose()
    }

    /// Archived resources, most recently archived first, at most `limit`, each with the
    /// account that archived it.
    pub async fn archived_resources(
        &self,
        limit: usize,
    ) -> Result<Vec<(StoredResource, UserId)>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, document, version, archived_at AS updated_at, archived_by \
             FROM archived_resources ORDER BY archived_at DESC, id LIMIT $1",
        )
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let stored = stored(row)?;
                let by: String = row.try_get("archived_by")?;
                let by = UserId::parse(&by).map_err(|e| StorageError::Corrupt {
                    kind: "archived resource",
                    id: stored.resource.id.to_string(),
                    reason: e.to_string(),
                })?;
                Ok((stored, by))
            })
            .collect()
    }

    /// Brings the archived resource `id` back into the directory as a new version, for
    /// `by`. `Ok(None)`: nothing of that id is archived; a resource of that id in the
    /// directory already is a `ResourceExists`.
    pub async fn restore_resource(
        &self,
        id: &ResourceId,
        by: &UserId,
    ) -> Result<Option<StoredResource>, StorageError> {
        let mut transaction = self.begin_write().await?;
        let archived =
            sqlx::query("SELECT document, version FROM archived_resources WHERE id = $1")
                .bind(id.as_str())
                .fetch_optional(&mut *transaction)
                .await?;
        let Some(archived) = archived else {
            return Ok(None);
        };
        let taken = sqlx::query("SELECT id FROM resources WHERE id = $1")
            .bind(id.as_str())
            .fetch_optional(&mut *transaction)
            .await?;
        if taken.is_some() {
            return Err(StorageError::ResourceExists(id.to_string()));
        }
        let (document, version): (String, i64) =
            (archived.try_get("document")?, archived.try_get("version")?);
        let at = timestamp();
        let resource: nabo_domain::Resource = decode("resource", id.as_str(), &document)?;
        sqlx::query(
            "INSERT INTO resources (id, document, version, updated_at, area_id) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id.as_str())
        .bind(&document)
        .bind(version + 1)
        .bind(&at)
        .bind(resource.area.as_str())
        .execute(&mut *transaction)
        .await?;
        sqlx::query("DELETE FROM archived_resources WHERE id = $1")
            .bind(id.as_str())
            .execute(&mut *transaction)
            .await?;
        let author = Author::new(RevisionKind::Restore, by);
        let previous = Some(document.as_str());
        log_write(
            &mut transaction,
            id,
            version + 1,
            author,
            &at,
            previous,
            Operation::Upsert,
        )
        .await?;
        transaction.commit().await?;
        self.resource(id).await
    }
}
