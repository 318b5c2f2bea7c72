//! Storing reports from the field and verifications of resources.

use crate::connect::Store;
use crate::error::StorageError;
use crate::reference::timestamp;
use nabo_domain::{AreaId, ReportCategory, ReportInput, ResourceId, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::HashMap;

/// A stored report from the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldReport {
    pub id: i64,
    pub resource: ResourceId,
    pub area: AreaId,
    pub category: ReportCategory,
    pub note: String,
    /// The day it was sent (no time of day).
    pub reported_on: String,
    /// `open`, `resolved` or `dismissed`.
    pub status: String,
}

impl Store {
    /// Stores a report about `resource` (in `area`) on the day `day` (YYYY-MM-DD).
    pub async fn add_report(
        &self,
        resource: &ResourceId,
        area: &AreaId,
        report: &ReportInput,
        day: &str,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO field_reports (resource_id, area_id, category, note, reported_on, status) \
             VALUES ($1, $2, $3, $4, $5, 'open')",
        )
        .bind(resource.as_str())
        .bind(area.as_str())
        .bind(report.category.as_str())
        .bind(&report.note)
        .bind(day)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Open reports, oldest first.
    pub async fn open_reports(&self) -> Result<Vec<FieldReport>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, resource_id, area_id, category, note, reported_on, status FROM field_reports \
             WHERE status = 'open' ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(report).collect()
    }

    /// The report `id`, if it exists.
    pub async fn field_report(&self, id: i64) -> Result<Option<FieldReport>, StorageError> {
        let row = sqlx::query(
            "SELECT id, resource_id, area_id, category, note, reported_on, status FROM field_reports \
             WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(report).transpose()
    }

    /// Closes the open report `id` as `status` (`resolved` or `dismissed`) for `by`;
    /// whether it was open.
    pub async fn close_report(
        &self,
        id: i64,
        status: &str,
        by: &UserId,
    ) -> Result<bool, StorageError> {
        let closed = sqlx::query(
            "UPDATE field_reports SET status = $1, handled_by = $2, handled_at = $3 \
             WHERE id = $4 AND status = 'open'",
        )
        .bind(status)
        .bind(by.as_str())
        .bind(timestamp())
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(closed.rows_affected() == 1)
    }

    /// Who last verified each verified resource, and when.
    pub async fn verifications(
        &self,
    ) -> Result<HashMap<ResourceId, (UserId, String)>, StorageError> {
        let rows = sqlx::query("SELECT resource_id, verified_by, verified_at FROM verifications")
            .fetch_all(&self.pool)
            .await?;
        let mut found = HashMap::with_capacity(rows.len());
        for row in rows {
            let (id, by): (String, String) =
                (row.try_get("resource_id")?, row.try_get("verified_by")?);
            if let (Ok(id), Ok(by)) = (ResourceId::parse(&id), UserId::parse(&by)) {
                found.insert(id, (by, row.try_get("verified_at")?));
            }
        }
        Ok(found)
    }
}

fn report(row: &AnyRow) -> Result<FieldReport, StorageError> {
    let id: i64 = row.try_get("id")?;
    let corrupt = |reason: String| StorageError::Corrupt {
        kind: "field report",
        id: id.to_string(),
        reason,
    };
    let resource: String = row.try_get("resource_id")?;
    let area: String = row.try_get("area_id")?;
    let category: String = row.try_get("category")?;
    Ok(FieldReport {
        id,
        resource: ResourceId::parse(&resource).map_err(|e| corrupt(e.to_string()))?,
        area: AreaId::parse(&area).map_err(|e| corrupt(e.to_string()))?,
        category: ReportCategory::parse(&category).map_err(|e| corrupt(e.to_string()))?,
        note: row.try_get("note")?,
        reported_on: row.try_get("reported_on")?,
        status: row.try_get("status")?,
    })
}
