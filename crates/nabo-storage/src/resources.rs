//! Storing resources. Every write records its change in the change log, in the same
//! transaction.

use crate::changes::Operation;
use crate::connect::Store;
use crate::error::StorageError;
use crate::reference::{decode, encode, timestamp};
use nabo_domain::{Area, Resource, ResourceId};
use sqlx::{Any, Row, Transaction};

/// A resource with what the database knows about it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredResource {
    pub resource: Resource,
    /// Starts at 1 and grows with every change, for optimistic concurrency.
    pub version: i64,
    pub updated_at: String,
}

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub areas_changed: usize,
}

enum Written {
    Created,
    Updated(i64),
    Unchanged,
}

impl Store {
    /// Writes a batch all-or-nothing: areas first, then resources. A resource whose
    /// document is unchanged is left alone, so importing the same data twice changes
    /// nothing, not even the change log. (`begin_import` writes one in chunks.)
    pub async fn import(
        &self,
        areas: &[Area],
        resources: &[Resource],
    ) -> Result<ImportSummary, StorageError> {
        let mut importer = self.begin_import().await?;
        importer.areas(areas).await?;
        importer.resources(resources).await?;
        importer.commit().await
    }

    /// Saves one resource. With `expected_version`, fails with `VersionConflict` when
    /// the stored version differs (someone else saved in between).
    pub async fn save_resource(
        &self,
        resource: &Resource,
        expected_version: Option<i64>,
    ) -> Result<StoredResource, StorageError> {
        let mut transaction = self.begin_write().await?;
        let at = timestamp();
        write_resource(&mut transaction, resource, expected_version, &at).await?;
        transaction.commit().await?;
        self.resource(&resource.id)
            .await?
            .ok_or_else(|| StorageError::Corrupt {
                kind: "resource",
                id: resource.id.to_string(),
                reason: "not found right after it was saved".to_owned(),
            })
    }

    /// Deletes a resource; returns whether it existed.
    pub async fn delete_resource(&self, id: &ResourceId) -> Result<bool, StorageError> {
        let mut transaction = self.begin_write().await?;
        let row = sqlx::query("SELECT version FROM resources WHERE id = $1")
            .bind(id.as_str())
            .fetch_optional(&mut *transaction)
            .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        let version: i64 = row.try_get("version")?;
        sqlx::query("DELETE FROM resources WHERE id = $1")
            .bind(id.as_str())
            .execute(&mut *transaction)
            .await?;
        log_change(
            &mut transaction,
            id,
            Operation::Delete,
            version + 1,
            &timestamp(),
        )
        .await?;
        transaction.commit().await?;
        Ok(true)
    }

    pub async fn resource(&self, id: &ResourceId) -> Result<Option<StoredResource>, StorageError> {
        let row =
            sqlx::query("SELECT id, document, version, updated_at FROM resources WHERE id = $1")
                .bind(id.as_str())
                .fetch_optional(&self.pool)
                .await?;
        row.map(|row| stored(&row)).transpose()
    }

    /// All resources, ordered by id.
    pub async fn resources(&self) -> Result<Vec<StoredResource>, StorageError> {
        let rows =
            sqlx::query("SELECT id, document, version, updated_at FROM resources ORDER BY id")
                .fetch_all(&self.pool)
                .await?;
        rows.iter().map(stored).collect()
    }

    /// At most `limit` resources in id order, after the id `after` (from the first when
    /// `None`): the whole directory a page at a time.
    pub async fn resources_after(
        &self,
        after: Option<&ResourceId>,
        limit: usize,
    ) -> Result<Vec<StoredResource>, StorageError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = match after {
            Some(after) => {
                sqlx::query(
                    "SELECT id, document, version, updated_at FROM resources WHERE id > $1 ORDER BY id LIMIT $2",
                )
                .bind(after.as_str())
                .bind(limit)
                .fetch_all(&self.pool)
                .await?
            }
            None => {
                sqlx::query(
                    "SELECT id, document, version, updated_at FROM resources ORDER BY id LIMIT $1",
                )
                .bind(limit)
                .fetch_all(&self.pool)
                .await?
            }
        };
        rows.iter().map(stored).collect()
    }

    /// The resources with these ids that exist, in no particular order.
    pub async fn resources_by_id(
        &self,
        ids: &[ResourceId],
    ) -> Result<Vec<StoredResource>, StorageError> {
        let mut found = Vec::with_capacity(ids.len());
        // Chunks keep the statement within every backend's parameter limit.
        for chunk in ids.chunks(200) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|n| format!("${n}")).collect();
            let sql = format!(
                "SELECT id, document, version, updated_at FROM resources WHERE id IN ({})",
                placeholders.join(", ")
            );
            // Only numbered placeholders are formatted into the statement; ids are bound.
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
            for id in chunk {
                query = query.bind(id.as_str());
            }
            for row in query.fetch_all(&self.pool).await? {
                found.push(stored(&row)?);
            }
        }
        Ok(found)
    }

    pub async fn count_resources(&self) -> Result<i64, StorageError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM resources")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("n")?)
    }
}

pub(crate) fn stored(row: &sqlx::any::AnyRow) -> Result<StoredResource, StorageError> {
    let id: String = row.try_get("id")?;
    let document: String = row.try_get("document")?;
    Ok(StoredResource {
        resource: decode("resource", &id, &document)?,
        version: row.try_get("version")?,
        updated_at: row.try_get("updated_at")?,
    })
}

async fn write_resource(
    transaction: &mut Transaction<'static, Any>,
    resource: &Resource,
    expected_version: Option<i64>,
    at: &str,
) -> Result<Written, StorageError> {
    let document = encode(resource);
    let existing = sqlx::query("SELECT document, version FROM resources WHERE id = $1")
        .bind(resource.id.as_str())
        .fetch_optional(&mut **transaction)
        .await?;
    let current = match &existing {
        Some(row) => Some((
            row.try_get::<String, _>("document")?,
            row.try_get::<i64, _>("version")?,
        )),
        None => None,
    };
    if let Some(expected) = expected_version {
        let actual = current.as_ref().map_or(0, |(_, version)| *version);
        if actual != expected {
            return Err(StorageError::VersionConflict {
                id: resource.id.to_string(),
                expected,
                actual,
            });
        }
    }
    let written = match current {
        Some((stored_document, _)) if stored_document == document => return Ok(Written::Unchanged),
        Some((_, version)) => {
            sqlx::query(
                "UPDATE resources SET document = $1, version = $2, updated_at = $3 WHERE id = $4",
            )
            .bind(&document)
            .bind(version + 1)
            .bind(at)
            .bind(resource.id.as_str())
            .execute(&mut **transaction)
            .await?;
            Written::Updated(version + 1)
        }
        None => {
            sqlx::query(
                "INSERT INTO resources (id, document, version, updated_at) VALUES ($1, $2, 1, $3)",
            )
            .bind(resource.id.as_str())
            .bind(&document)
            .bind(at)
            .execute(&mut **transaction)
            .await?;
            Written::Created
        }
    };
    let version = match written {
        Written::Updated(version) => version,
        _ => 1,
    };
    log_change(transaction, &resource.id, Operation::Upsert, version, at).await?;
    Ok(written)
}

pub(crate) async fn log_change(
    transaction: &mut Transaction<'static, Any>,
    id: &ResourceId,
    operation: Operation,
    version: i64,
    at: &str,
) -> Result<(), StorageError> {
    sqlx::query("INSERT INTO change_log (resource_id, operation, version, changed_at) VALUES ($1, $2, $3, $4)")
        .bind(id.as_str())
        .bind(operation.as_str())
        .bind(version)
        .bind(at)
        .execute(&mut **transaction)
        .await?;
    Ok(())
}
