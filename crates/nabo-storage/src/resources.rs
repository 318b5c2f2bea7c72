//! Storing resources. Every write records its change in the change log, in the same
//! transaction.

use crate::changes::Operation;
use crate::connect::Store;
use crate::error::StorageError;
use crate::reference::{decode, encode, timestamp};
use crate::revisions::{Author, RevisionKind, log_write};
use crate::translations::move_bases;
use nabo_domain::{Area, AreaId, Resource, ResourceId};
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
    Created(i64),
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

    /// Saves one resource as a revision by `author`. With `expected_version`, fails with
    /// `VersionConflict` when the stored version differs (someone else saved in between).
    pub async fn save_resource(
        &self,
        resource: &Resource,
        expected_version: Option<i64>,
        author: Author<'_>,
    ) -> Result<StoredResource, StorageError> {
        let mut transaction = self.begin_write().await?;
        let at = timestamp();
        write_resource(&mut transaction, resource, expected_version, author, &at).await?;
        transaction.commit().await?;
        self.resource(&resource.id)
            .await?
            .ok_or_else(|| StorageError::Corrupt {
                kind: "resource",
                id: resource.id.to_string(),
                reason: "not found right after it was saved".to_owned(),
            })
    }

    /// Deletes a resource for good (its history stays); returns whether it existed.
    pub async fn delete_resource(&self, id: &ResourceId) -> Result<bool, StorageError> {
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
        sqlx::query("DELETE FROM resources WHERE id = $1")
            .bind(id.as_str())
            .execute(&mut *transaction)
            .await?;
        let at = timestamp();
        let author = Author {
            kind: RevisionKind::Delete,
            account: None,
        };
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

    /// At most `limit` resources of the areas `areas`, in id order after the id `after`
    /// (from the first when `None`): an area's resources a page at a time.
    pub async fn resources_in(
        &self,
        areas: &[AreaId],
        after: Option<&ResourceId>,
        limit: usize,
    ) -> Result<Vec<StoredResource>, StorageError> {
        if areas.is_empty() {
            return Ok(Vec::new());
        }
        let placeholders: Vec<String> = (3..areas.len() + 3).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT id, document, version, updated_at FROM resources \
             WHERE id > $1 AND area_id IN ({}) ORDER BY id LIMIT $2",
            placeholders.join(", ")
        );
        // Only numbered placeholders are formatted into the statement; values are bound.
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(after.map_or("", ResourceId::as_str))
            .bind(i64::try_from(limit).unwrap_or(i64::MAX));
        for area in areas {
            query = query.bind(area.as_str());
        }
        let rows = query.fetch_all(&self.pool).await?;
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

    /// At most `limit` resources in id order, skipping the first `offset` (a numbered
    /// page, for exchange formats that page by number).
    pub async fn resources_page(
        &self,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<StoredResource>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, document, version, updated_at FROM resources ORDER BY id LIMIT $1 OFFSET $2",
        )
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(stored).collect()
    }

    /// The ids of every resource, in order.
    pub async fn resource_ids(&self) -> Result<Vec<ResourceId>, StorageError> {
        let rows = sqlx::query("SELECT id FROM resources ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                ResourceId::parse(&id).map_err(|e| StorageError::Corrupt {
                    kind: "resource",
                    id: id.clone(),
                    reason: e.to_string(),
                })
            })
            .collect()
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
    author: Author<'_>,
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
    let mut archived = None;
    let written = match &current {
        Some((stored_document, _)) if *stored_document == document => {
            return Ok(Written::Unchanged);
        }
        Some((_, version)) => {
            let version = *version;
            sqlx::query(
                "UPDATE resources SET document = $1, version = $2, updated_at = $3, area_id = $4 \
                 WHERE id = $5",
            )
            .bind(&document)
            .bind(version + 1)
            .bind(at)
            .bind(resource.area.as_str())
            .bind(resource.id.as_str())
            .execute(&mut **transaction)
            .await?;
            Written::Updated(version + 1)
        }
        None => {
            archived = take_archived(transaction, &resource.id).await?;
            let version = next_version(transaction, &resource.id).await?;
            sqlx::query(
                "INSERT INTO resources (id, document, version, updated_at, area_id) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(resource.id.as_str())
            .bind(&document)
            .bind(version)
            .bind(at)
            .bind(resource.area.as_str())
            .execute(&mut **transaction)
            .await?;
            Written::Created(version)
        }
    };
    let (Written::Updated(version) | Written::Created(version)) = written else {
        return Ok(written);
    };
    let previous = current
        .as_ref()
        .map(|(document, _)| document.as_str())
        .or(archived.as_deref());
    move_bases(transaction, &resource.id, previous, resource).await?;
    log_write(
        transaction,
        &resource.id,
        version,
        author,
        at,
        previous,
        Operation::Upsert,
    )
    .await?;
    Ok(written)
}

/// Removes the archived copy of `id`, if any, and returns its document: a resource that
/// comes back under an archived id replaces the archived copy (kept in its history).
pub(crate) async fn take_archived(
    transaction: &mut Transaction<'static, Any>,
    id: &ResourceId,
) -> Result<Option<String>, StorageError> {
    let row = sqlx::query("SELECT document FROM archived_resources WHERE id = $1")
        .bind(id.as_str())
        .fetch_optional(&mut **transaction)
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    sqlx::query("DELETE FROM archived_resources WHERE id = $1")
        .bind(id.as_str())
        .execute(&mut **transaction)
        .await?;
    Ok(Some(row.try_get("document")?))
}

/// The version a resource of `id` that is not in the directory starts at: after every
/// version it had before (archived or deleted), so a version never repeats.
async fn next_version(
    transaction: &mut Transaction<'static, Any>,
    id: &ResourceId,
) -> Result<i64, StorageError> {
    let row = sqlx::query("SELECT MAX(version) AS v FROM revisions WHERE resource_id = $1")
        .bind(id.as_str())
        .fetch_one(&mut **transaction)
        .await?;
    let last: Option<i64> = row.try_get("v")?;
    Ok(last.unwrap_or(0) + 1)
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
