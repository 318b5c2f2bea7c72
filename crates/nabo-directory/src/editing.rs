//! Editing one resource on someone's behalf: validated as an import is, checked against
//! the account's role and areas, saved with optimistic concurrency, searchable when the
//! call returns.

use crate::directory::Directory;
use crate::error::DirectoryError;
use nabo_domain::{Account, AreaId, ResourceId, ResourceRecord};
use nabo_storage::{Author, Revision, RevisionKind, StorageError, StoredResource};

/// Archived resources listed at most.
const ARCHIVED_SHOWN: usize = 200;

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
        let translating = current
            .as_ref()
            .is_some_and(|c| self.only_translations(editor, c, &ResourceRecord::from(&resource)));
        let areas =
            std::iter::once(&resource.area).chain(current.as_ref().map(|c| &c.resource.area));
        for area in areas.filter(|_| !translating) {
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
        let author = Author {
            kind: RevisionKind::Edit,
            account: Some(&editor.id),
        };
        self.write(resource, version, author).await
    }

    /// Writes a checked `resource` over `version` and catches the index up.
    pub(crate) async fn write(
        &self,
        resource: nabo_domain::Resource,
        version: i64,
        author: Author<'_>,
    ) -> Result<StoredResource, DirectoryError> {
        let saved = match self
            .store
            .save_resource(&resource, Some(version), author)
            .await
        {
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
        match self.store.archive_resource(id, expected, &editor.id).await {
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
        let restored = match self.store.restore_resource(id, &editor.id).await {
            Err(StorageError::ResourceExists(id)) => return Err(DirectoryError::Exists(id)),
            other => other?,
        };
        let restored = restored.ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        self.sync().await?;
        Ok(restored)
    }

    /// The resource `id` as `editor` may change it: in the directory, or archived
    /// (`true`); refused when it is in an area the editor does not edit.
    pub async fn editable(
        &self,
        editor: &Account,
        id: &ResourceId,
    ) -> Result<(StoredResource, bool), DirectoryError> {
        let found = match self.resource(id).await? {
            Some(current) => (current, false),
            None => match self.store.archived_resource(id).await? {
                Some(archived) => (archived, true),
                None => return Err(DirectoryError::NotFound(id.to_string())),
            },
        };
        self.check_area(editor, &found.0.resource.area)?;
        Ok(found)
    }

    /// Archived resources `reader` may restore (in its areas), most recent first, each
    /// with who archived it.
    pub async fn archived(
        &self,
        reader: &Account,
    ) -> Result<Vec<(StoredResource, nabo_domain::UserId)>, DirectoryError> {
        let reference = self.reference();
        let mut archived = self.store.archived_resources(ARCHIVED_SHOWN).await?;
        archived
            .retain(|(stored, _)| reader.may_edit_resources_in(&stored.resource.area, &reference));
        Ok(archived)
    }

    /// Every version of the resource `id`, newest first, for an account that may edit
    /// it or verifies (coordinators, admins).
    pub async fn history(
        &self,
        reader: &Account,
        id: &ResourceId,
    ) -> Result<Vec<Revision>, DirectoryError> {
        let revisions = self.store.revisions(id).await?;
        let area = revisions
            .iter()
            .find_map(|r| r.document.as_ref().map(|d| d.area.clone()))
            .ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        if !reader.may_verify() {
            self.check_area(reader, &area)?;
        }
        Ok(revisions)
    }

    /// Brings back the resource `id` as it was at `version`, as a new version over
    /// `expected`, for `editor` (checked as any save).
    pub async fn revert_resource(
        &self,
        editor: &Account,
        id: &ResourceId,
        version: i64,
        expected: i64,
    ) -> Result<StoredResource, DirectoryError> {
        let current = self.resource(id).await?;
        let current = current.ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        let revisions = self.store.revisions(id).await?;
        let old = revisions
            .into_iter()
            .find(|r| r.version == version)
            .and_then(|r| r.document)
            .ok_or_else(|| DirectoryError::NotFound(format!("{id} version {version}")))?;
        for area in [&old.area, &current.resource.area] {
            self.check_area(editor, area)?;
        }
        let author = Author {
            kind: RevisionKind::Revert,
            account: Some(&editor.id),
        };
        self.write(old, expected, author).await
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
