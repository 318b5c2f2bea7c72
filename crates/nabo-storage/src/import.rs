//! Writing an import: areas, then resources in chunks, all in one transaction (nothing
//! is written unless all of it is). Resources are written a chunk at a time: the
//! existing rows of a chunk are read with one query, new ones inserted with one
//! statement, and their change-log rows with another.

use crate::changes::Operation;
use crate::connect::Store;
use crate::error::StorageError;
use crate::reference::{encode, timestamp, upsert_area};
use crate::resources::ImportSummary;
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
        let mut logged: Vec<(&Resource, i64)> = Vec::new();
        for resource in resources {
            let document = encode(resource);
            match stored.get(resource.id.as_str()) {
                None => created.push((resource, document)),
                Some((current, _)) if *current == document => self.summary.unchanged += 1,
                Some((_, version)) => {
                    sqlx::query(
                        "UPDATE resources SET document = $1, version = $2, updated_at = $3 WHERE id = $4",
                    )
                    .bind(&document)
                    .bind(version + 1)
                    .bind(&self.at)
                    .bind(resource.id.as_str())
                    .execute(&mut *self.transaction)
                    .await?;
                    self.summary.updated += 1;
                    logged.push((resource, version + 1));
                }
            }
        }
        if !created.is_empty() {
            let rows = numbered_rows(created.len(), 3, |n| {
                format!("(${}, ${}, 1, ${})", n, n + 1, n + 2)
            });
            let sql =
                format!("INSERT INTO resources (id, document, version, updated_at) VALUES {rows}");
            // Only numbered placeholders are formatted into the statement; values are bound.
            let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql));
            for (resource, document) in &created {
                insert = insert
                    .bind(resource.id.as_str())
                    .bind(document)
                    .bind(&self.at);
            }
            insert.execute(&mut *self.transaction).await?;
            self.summary.created += created.len();
            logged.extend(created.iter().map(|(resource, _)| (*resource, 1)));
        }
        if !logged.is_empty() {
            let rows = numbered_rows(logged.len(), 3, |n| {
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
            for (resource, version) in &logged {
                insert = insert
                    .bind(resource.id.as_str())
                    .bind(*version)
                    .bind(&self.at);
            }
            insert.execute(&mut *self.transaction).await?;
        }
        Ok(())
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
