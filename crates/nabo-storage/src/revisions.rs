//! Revisions: every version of every resource, with who made it, how and when. A
//! revision row keeps the document its version replaced, so the document of any version
//! is the next revision's `previous` (or the current document for the last one).

use crate::changes::Operation;
use crate::connect::Store;
use crate::error::StorageError;
use crate::reference::decode;
use crate::resources::log_change;
use nabo_domain::{Resource, ResourceId, UserId};
use sqlx::{Any, Row, Transaction};

/// How a version came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevisionKind {
    Import,
    Edit,
    Archive,
    Restore,
    /// An earlier version brought back as a new one.
    Revert,
    Delete,
    /// Someone confirmed the resource is right (its `verified_at` is today).
    Verify,
}

/// Who makes a change and how: `account` is `None` for imports.
#[derive(Debug, Clone, Copy)]
pub struct Author<'a> {
    pub kind: RevisionKind,
    pub account: Option<&'a UserId>,
}

/// One version of a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub version: i64,
    pub kind: RevisionKind,
    pub author: Option<UserId>,
    pub created_at: String,
    /// The resource as of this version; `None` where it is not known (a deletion, or a
    /// version older than the history).
    pub document: Option<Resource>,
}

impl<'a> Author<'a> {
    pub fn new(kind: RevisionKind, account: &'a UserId) -> Self {
        Self {
            kind,
            account: Some(account),
        }
    }
}

impl RevisionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RevisionKind::Import => "import",
            RevisionKind::Edit => "edit",
            RevisionKind::Archive => "archive",
            RevisionKind::Restore => "restore",
            RevisionKind::Revert => "revert",
            RevisionKind::Delete => "delete",
            RevisionKind::Verify => "verify",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [
            RevisionKind::Import,
            RevisionKind::Edit,
            RevisionKind::Archive,
            RevisionKind::Restore,
            RevisionKind::Revert,
            RevisionKind::Delete,
            RevisionKind::Verify,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == text)
    }
}

impl Store {
    /// Every revision of the resource `id`, newest first, each with its document (for the
    /// newest, the resource as it is now, in the directory or the archive).
    pub async fn revisions(&self, id: &ResourceId) -> Result<Vec<Revision>, StorageError> {
        let rows = sqlx::query(
            "SELECT version, kind, author, created_at, previous FROM revisions \
             WHERE resource_id = $1 ORDER BY version DESC",
        )
        .bind(id.as_str())
        .fetch_all(&self.pool)
        .await?;
        let corrupt = |reason: String| StorageError::Corrupt {
            kind: "revision",
            id: id.to_string(),
            reason,
        };
        let mut document = match self.resource(id).await? {
            Some(stored) => Some(stored.resource),
            None => self.archived_resource(id).await?.map(|s| s.resource),
        };
        let mut revisions = Vec::with_capacity(rows.len());
        for row in rows {
            let kind: String = row.try_get("kind")?;
            let kind = RevisionKind::parse(&kind)
                .ok_or_else(|| corrupt(format!("unknown revision kind {kind:?}")))?;
            let author = row
                .try_get::<Option<String>, _>("author")?
                .map(|a| UserId::parse(&a).map_err(|e| corrupt(e.to_string())))
                .transpose()?;
            let previous = row
                .try_get::<Option<String>, _>("previous")?
                .map(|text| decode::<Resource>("revision", id.as_str(), &text))
                .transpose()?;
            let shown = if kind == RevisionKind::Delete {
                None
            } else {
                document.take()
            };
            revisions.push(Revision {
                version: row.try_get("version")?,
                kind,
                author,
                created_at: row.try_get("created_at")?,
                document: shown,
            });
            document = previous;
        }
        Ok(revisions)
    }
}

/// Records a write of `id` at `version` twice, in its transaction: as a revision by
/// `author` replacing `previous` (`None`: it was new), and in the change log.
pub(crate) async fn log_write(
    transaction: &mut Transaction<'static, Any>,
    id: &ResourceId,
    version: i64,
    author: Author<'_>,
    at: &str,
    previous: Option<&str>,
    operation: Operation,
) -> Result<(), StorageError> {
    record_revision(transaction, id, version, author, at, previous).await?;
    if let (RevisionKind::Verify, Some(by)) = (author.kind, author.account) {
        sqlx::query(
            "INSERT INTO verifications (resource_id, verified_by, verified_at) VALUES ($1, $2, $3) \
             ON CONFLICT (resource_id) DO UPDATE SET verified_by = excluded.verified_by, \
             verified_at = excluded.verified_at",
        )
        .bind(id.as_str())
        .bind(by.as_str())
        .bind(at)
        .execute(&mut **transaction)
        .await?;
    }
    log_change(transaction, id, operation, version, at).await
}

/// Records the revision `version` of `id`, replacing `previous` (`None`: it was new).
async fn record_revision(
    transaction: &mut Transaction<'static, Any>,
    id: &ResourceId,
    version: i64,
    author: Author<'_>,
    at: &str,
    previous: Option<&str>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO revisions (resource_id, version, kind, author, created_at, previous) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id.as_str())
    .bind(version)
    .bind(author.kind.as_str())
    .bind(author.account.map(UserId::as_str))
    .bind(at)
    .bind(previous)
    .execute(&mut **transaction)
    .await?;
    Ok(())
}
