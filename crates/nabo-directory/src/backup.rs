//! Backup and restore of a directory on SQLite. A backup is a consistent copy of the
//! database taken while servers and imports go on; a restore puts a checked backup in
//! place of the database and rebuilds the search index from it, while this process
//! holds the index, so no server runs on the database meanwhile.

use crate::directory::Directory;
use crate::error::DirectoryError;
use nabo_storage::{Backup, DatabaseUrl, IfExists, StorageError, Store};
use std::path::Path;

/// Writes a consistent copy of the SQLite database at `url` to `path`, leaving the
/// database's schema as it is.
pub async fn backup(
    url: &DatabaseUrl,
    path: &Path,
    if_exists: IfExists,
) -> Result<(), DirectoryError> {
    let store = Store::connect_as_is(url.expose()).await?;
    let written = store.backup_to(path, if_exists).await;
    store.close().await;
    Ok(written?)
}

impl Directory {
    /// Replaces the SQLite database with `backup` and rebuilds the search index from it.
    /// The directory must hold the index (opened with `IndexMode::Required`). Returns the
    /// directory on the restored database and the number of resources indexed.
    pub async fn restore(self, backup: &Backup) -> Result<(Directory, usize), DirectoryError> {
        let index = self.index.clone().ok_or(DirectoryError::NoIndex)?;
        let database = self
            .config()
            .database_url
            .sqlite_path()
            .ok_or(StorageError::SqliteOnly("restore"))?;
        let config = self.config().clone();
        // No connection may be open on the file while it is replaced.
        self.close().await;
        drop(self);
        backup.replace(&database)?;
        tracing::info!(backup = %backup.path().display(), database = %database.display(), "database restored; rebuilding the search index");
        Directory::reopen_and_reindex(config, index).await
    }
}
