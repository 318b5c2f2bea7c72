//! Writing an import: areas, then resources in chunks, all in one transaction (nothing
//! is written unless all of it is). Resources are written a chunk at a time: the
//! existing rows of a chunk are read with one query, new ones inserted with one
//! statement, and their change-log rows with another.

use crate::changes::Operation;
use crate::connect::Store;
use crate::error::StorageError;
use crate::reference::{encode, timestamp, upsert_area};
use crate::resources::{ImportSummary, take_archived};
use crate::revisions::RevisionKind;
use crate::translations::move_bases;
use nabo_domain::{Area, Resource};
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

/// Rows written per statement: within every backend's limit on bound parameters.
const ROWS: usize = 200;

/// An import being written. Dropped without `commit`, it writes nothing.
#[derive(Debug)]
pub struct Importer {
    transaction: Transaction<'static, Any>,
    at: String,
    summary: ImportSummary,
}

impl Store {
    /// Begins an import (one write transaction).
    pub async fn begin_import(&self) -> Result<Importer, StorageError> {
        Ok(Importer {
            transaction: self.begin_write().await?,
            at: timestamp(),
            summary: ImportSummary::default(),
        })
    }
}

impl Importer {
    pub async fn areas(&mut self, areas: &[Area]) -> Result<(), StorageError> {
        for area in areas {
            if upsert_area(&mut self.transaction, area, &self.at).await? {
                self.summary.areas_changed += 1;
            }
        }
        Ok(())
    }

    /// Writes `resources`: new ones are created, changed ones updated (version + 1),
    /// unchanged ones left alone (no change-log row).
    pub async fn resources(&mut self, resources: &[Resource]) -> Result<(), StorageError> {
        for chunk in resources.chunks(ROWS) {
            self.chunk(chunk).await?;
        }
        Ok(())
    }

    async fn chunk(&mut self, resources: &[Resource]) -> Result<(), StorageError> {
        let stored = self.stored(resources).await?;
        let mut created: Vec<(&Resource, String)> = Vec::new();
        // Each written resource with its new version and the document it replaced.
        let mut written: Vec<(&Resource, i64, Option<String>)> = Vec::new();
        for resource in resources {
            let document = encode(resource);
            match stored.get(resource.id.as_str()) {
                None => created.push((resource, document)),
                Some((current, _)) if *current == document => self.summary.unchanged += 1,
                Some((current, version)) => {
                    sqlx::query(
                        "UPDATE resources SET document = $1, version = $2, updated_at = $3, area_id = $4 \
                         WHERE id = $5",
                    )
                    .bind(&document)
                    .bind(version + 1)
                    .bind(&self.at)
                    .bind(resource.area.as_str())
                    .bind(resource.id.as_str())
                    .execute(&mut *self.transaction)
                    .await?;
                    self.summary.updated += 1;
                    move_bases(&mut self.transaction, &resource.id, Some(current), resource)
                        .await?;
                    written.push((resource, version + 1, Some(current.clone())));
                }
            }
        }
        if !created.is_empty() {
            let earlier = self.earlier_versions(&created).await?;
            let mut versions = Vec::with_capacity(created.len());
            for (resource, _) in &created {
                let (version, previous) = match earlier.get(resource.id.as_str()) {
                    None => (1, None),
                    Some(last) => (
                        last + 1,
                        take_archived(&mut self.transaction, &resource.id).await?,
                    ),
                };
                versions.push(version);
                written.push((resource, version, previous));
            }
            let rows = numbered_rows(created.len(), 5, |n| {
                format!("(${}, ${}, ${}, ${}, ${})", n, n + 1, n + 2, n + 3, n + 4)
            });
            let sql = format!(
                "INSERT INTO resources (id, document, version, updated_at, area_id) VALUES {rows}"
            );
            // Only numbered placeholders are formatted into the statement; values are bound.
            let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql));
            for ((resource, document), version) in created.iter().zip(&versions) {
                insert = insert
                    .bind(resource.id.as_str())
                    .bind(document)
                    .bind(*version)
                    .bind(&self.at)
                    .bind(resource.area.as_str());
            }
            insert.execute(&mut *self.transaction).await?;
            self.summary.created += created.len();
        }
        if !written.is_empty() {
            self.log(&written).await?;
        }
        Ok(())
    }

    /// The change-log rows and revisions of `written`.
    async fn log(
        &mut self,
        written: &[(&Resource, i64, Option<String>)],
    ) -> Result<(), StorageError> {
        let rows = numbered_rows(written.len(), 3, |n| {
            format!(
                "(${}, '{}', ${}, ${})",
                n,
                Operation::Upsert.as_str(),
                n + 1,
                n + 2
            )
        });
        let sql = format!(
            "INSERT INTO change_log (resource_id, operation, version, changed_at) VALUES {rows}"
        );
        let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (resource, version, _) in written {
            insert = insert
                .bind(resource.id.as_str())
                .bind(*version)
                .bind(&self.at);
        }
        insert.execute(&mut *self.transaction).await?;
        let rows = numbered_rows(written.len(), 4, |n| {
            format!(
                "(${}, ${}, '{}', NULL, ${}, ${})",
                n,
                n + 1,
                RevisionKind::Import.as_str(),
                n + 2,
                n + 3
            )
        });
        let sql = format!(
            "INSERT INTO revisions (resource_id, version, kind, author, created_at, previous) VALUES {rows}"
        );
        let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (resource, version, previous) in written {
            insert = insert
                .bind(resource.id.as_str())
                .bind(*version)
                .bind(&self.at)
                .bind(previous.as_deref());
        }
        insert.execute(&mut *self.transaction).await?;
        Ok(())
    }

    /// The last version of each of `created` that had a history (archived or deleted).
    async fn earlier_versions(
        &mut self,
        created: &[(&Resource, String)],
    ) -> Result<HashMap<String, i64>, StorageError> {
        let placeholders = numbered_rows(created.len(), 1, |n| format!("${n}"));
        let sql = format!(
            "SELECT resource_id, MAX(version) AS v FROM revisions \
             WHERE resource_id IN ({placeholders}) GROUP BY resource_id"
        );
        let mut select = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (resource, _) in created {
            select = select.bind(resource.id.as_str());
        }
        let mut earlier = HashMap::new();
        for row in select.fetch_all(&mut *self.transaction).await? {
            earlier.insert(row.try_get("resource_id")?, row.try_get("v")?);
        }
        Ok(earlier)
    }

    /// The stored document and version of those of `resources` that exist.
    async fn stored(
        &mut self,
        resources: &[Resource],
    ) -> Result<HashMap<String, (String, i64)>, StorageError> {
        let placeholders = numbered_rows(resources.len(), 1, |n| format!("${n}"));
        let sql =
            format!("SELECT id, document, version FROM resources WHERE id IN ({placeholders})");
        let mut select = sqlx::query(sqlx::AssertSqlSafe(sql));
        for resource in resources {
            select = select.bind(resource.id.as_str());
        }
        let mut stored = HashMap::new();
        for row in select.fetch_all(&mut *self.transaction).await? {
            let id: String = row.try_get("id")?;
            stored.insert(id, (row.try_get("document")?, row.try_get("version")?));
        }
        Ok(stored)
    }

    /// Makes the import visible (all of it).
    pub async fn commit(self) -> Result<ImportSummary, StorageError> {
        self.transaction.commit().await?;
        Ok(self.summary)
    }
}

/// `count` rows of `width` placeholders each, numbered from 1, joined by commas.
fn numbered_rows(count: usize, width: usize, row: impl Fn(usize) -> String) -> String {
    (0..count)
        .map(|index| row(index * width + 1))
        .collect::<Vec<_>>()
        .join(", ")
}
