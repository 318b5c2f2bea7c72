//! Editing one resource on someone's behalf: validated as an import is, checked against
//! the account's role and areas, saved with optimistic concurrency, searchable when the
//! call returns.

use crate::directory::Directory;
use crate::error::DirectoryError;
use nabo_domain::{Account, ResourceRecord};
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
            if !editor.may_edit_resources_in(area, &reference) {
                return Err(DirectoryError::Forbidden(format!(
                    "account {:?} may not edit resources in {:?}",
                    editor.id.as_str(),
                    area.as_str()
                )));
            }
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
}
