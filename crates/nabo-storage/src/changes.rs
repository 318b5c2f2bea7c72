//! Reading the change log, which the search index follows.

use crate::connect::Store;
use crate::error::StorageError;
use nabo_domain::ResourceId;
use sqlx::Row;

/// What happened to a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Upsert,
    Delete,
}

impl Operation {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Operation::Upsert => "upsert",
            Operation::Delete => "delete",
        }
    }
}

/// One row of the change log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub resource_id: ResourceId,
    pub operation: Operation,
}

impl Store {
    /// Changes after `after`, oldest first, at most `limit`.
    pub async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>, StorageError> {
        let rows = sqlx::query(
            "SELECT seq, resource_id, operation FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let seq: i64 = row.try_get("seq")?;
                let id: String = row.try_get("resource_id")?;
                let operation: String = row.try_get("operation")?;
                let corrupt = |reason: String| StorageError::Corrupt {
                    kind: "change",
                    id: seq.to_string(),
                    reason,
                };
                Ok(Change {
                    seq,
                    resource_id: ResourceId::parse(&id).map_err(|e| corrupt(e.to_string()))?,
                    operation: match operation.as_str() {
                        "upsert" => Operation::Upsert,
                        "delete" => Operation::Delete,
                        other => return Err(corrupt(format!("unknown operation {other:?}"))),
                    },
                })
            })
            .collect()
    }

    /// The sequence of the newest change, or 0 when there is none.
    pub async fn last_change(&self) -> Result<i64, StorageError> {
        let row = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS last FROM change_log")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("last")?)
    }
}
