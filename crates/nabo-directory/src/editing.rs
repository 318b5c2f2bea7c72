//! Editing one resource on someone's behalf: validated as an import is, checked against
//! the account's role and areas, saved with optimistic concurrency, searchable when the
//! call returns.

use crate::directory::Directory;
use crate::error::DirectoryError;
use nabo_domain::{Account, AreaId, ResourceId, ResourceRecord};
use nabo_storage::{StorageError, StoredResource};

/// Which version a save expects to replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A new resource: its id must be free.
    New,
    /// The stored resource must be at this version.
    Version(i64),
}

impl Directory {
    /// Saves `record` for `editor`: refused when invalid (every problem, by field), when
    /// the editor may not edit in its area (or in the area it is in now), or when the
    /// stored version is not `expected`. The index is current on return.
    pub async fn save_resource(
        &self,
        editor: &Account,
        record: ResourceRecord,
        expected: Expected,
    ) -> Result<StoredResource, DirectoryError> {
        let reference = self.reference();
        let resource = record
            .validate(&reference)
            .map_err(DirectoryError::InvalidRecord)?;
        let current = self.resource(&resource.id).await?;
        let areas =
            std::iter::once(&resource.area).chain(current.as_ref().map(|c| &c.resource.area));
        for area in areas {
            self.check_area(editor, area)?;
        }
        if expected == Expected::New && self.store.archived_resource(&resource.id).await?.is_some()
        {
            let id = format!("{} (archived: restore it instead)", resource.id);
            return Err(DirectoryError::Exists(id));
        }
        let version = match (expected, &current) {
            (Expected::New, Some(_)) => {
                return Err(DirectoryError::Exists(resource.id.to_string()));
            }
            (Expected::Version(_), None) => {
                return Err(DirectoryError::NotFound(resource.id.to_string()));
            }
            (Expected::New, None) => 0,
            (Expected::Version(version), Some(_)) => version,
        };
        let saved = match self.store.save_resource(&resource, Some(version)).await {
            Err(StorageError::VersionConflict { actual, .. }) => {
                return Err(DirectoryError::Stale { current: actual });
            }
            other => other?,
        };
        self.sync().await?;
        Ok(saved)
    }

    /// Archives the resource `id` at version `expected` for `editor`: out of the
    /// directory and of search when this returns, kept to be restored.
    pub async fn archive_resource(
        &self,
        editor: &Account,
        id: &ResourceId,
        expected: i64,
    ) -> Result<(), DirectoryError> {
        let current = self.resource(id).await?;
        let current = current.ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        self.check_area(editor, &current.resource.area)?;
        match self
            .store
            .archive_resource(id, expected, editor.id.as_str())
            .await
        {
            Ok(true) => {}
            Ok(false) => return Err(DirectoryError::NotFound(id.to_string())),
            Err(StorageError::VersionConflict { actual, .. }) => {
                return Err(DirectoryError::Stale { current: actual });
            }
            Err(other) => return Err(other.into()),
        }
        self.sync().await?;
        Ok(())
    }

    /// Brings the archived resource `id` back for `editor`, as a new version.
    pub async fn restore_resource(
        &self,
        editor: &Account,
        id: &ResourceId,
    ) -> Result<StoredResource, DirectoryError> {
        let archived = self.store.archived_resource(id).await?;
        let archived =
            archived.ok_or_else(|| DirectoryError::NotFound(format!("{id} (archived)")))?;
        self.check_area(editor, &archived.resource.area)?;
        let restored = match self.store.restore_resource(id).await {
            Err(StorageError::ResourceExists(id)) => return Err(DirectoryError::Exists(id)),
            other => other?,
        };
        let restored = restored.ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        self.sync().await?;
        Ok(restored)
    }

    fn check_area(&self, editor: &Account, area: &AreaId) -> Result<(), DirectoryError> {
        if editor.may_edit_resources_in(area, &self.reference()) {
            return Ok(());
        }
        Err(DirectoryError::Forbidden(format!(
            "account {:?} may not edit resources in {:?}",
            editor.id.as_str(),
            area.as_str()
        )))
    }
}
