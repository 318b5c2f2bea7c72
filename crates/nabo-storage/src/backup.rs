//! Backups of a SQLite database and the file work of a restore.
//!
//! A backup is taken online with `VACUUM INTO`: one read transaction, so the copy is a
//! consistent snapshot while other connections (a running server, an import) go on
//! reading and writing. It is written beside its final name and renamed, so a backup
//! file is never seen half written. A restore takes only a [`Backup`], which can be had
//! only by checking a file ([`Backup::check`]): a readable SQLite database whose schema
//! this binary's migrations made (or can bring up to date).
//!
//! PostgreSQL has its own tools (`pg_dump`, `pg_restore`); both operations refuse it.

use crate::connect::{Backend, Store, sqlite_migrations};
use crate::error::StorageError;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{ConnectOptions, Connection, Row};
use std::fs::File;
use std::path::{Path, PathBuf};

/// What a backup does when its file exists already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfExists {
    /// Leave the existing file alone and fail.
    Refuse,
    /// Replace it (atomically: the old file stays whole until the new one is complete).
    Replace,
}

impl Store {
    /// Writes a consistent copy of the SQLite database to `path` while other connections
    /// go on reading and writing. The copy is written to a temporary file beside `path`,
    /// synced, and then moved into place.
    pub async fn backup_to(&self, path: &Path, if_exists: IfExists) -> Result<(), StorageError> {
        if self.backend != Backend::Sqlite {
            return Err(StorageError::SqliteOnly("backup"));
        }
        let failed = |source| StorageError::Backup {
            path: path.display().to_string(),
            source,
        };
        if if_exists == IfExists::Refuse && path.exists() {
            return Err(StorageError::BackupExists(path.display().to_string()));
        }
        let partial = beside(path, "partial");
        remove_if_present(&partial).map_err(failed)?;
        let target = partial
            .to_str()
            .ok_or_else(|| failed(std::io::Error::other("the file name is not valid UTF-8")))?;
        let copied = sqlx::query("VACUUM INTO $1")
            .bind(target.to_owned())
            .execute(&self.pool)
            .await;
        if let Err(error) = copied {
            let _ = remove_if_present(&partial);
            return Err(error.into());
        }
        let moved = sync_file(&partial).and_then(|()| match if_exists {
            // A hard link fails when `path` exists: no backup is overwritten by a race.
            IfExists::Refuse => std::fs::hard_link(&partial, path),
            IfExists::Replace => std::fs::rename(&partial, path),
        });
        let _ = remove_if_present(&partial);
        match moved {
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(StorageError::BackupExists(path.display().to_string()))
            }
            other => other.and_then(|()| sync_folder(path)).map_err(failed),
        }
    }
}

/// A file checked to be a SQLite database of Nabo that this binary can restore.
#[derive(Debug, Clone)]
pub struct Backup {
    path: PathBuf,
    /// The newest migration applied to it.
    schema_version: i64,
}

impl Backup {
    /// Checks that `path` is a whole SQLite database (`PRAGMA integrity_check`) whose
    /// schema was made by this binary's migrations, none newer than it knows. The file
    /// is opened read-only and left as it is.
    pub async fn check(path: &Path) -> Result<Self, StorageError> {
        let refused = |reason: String| StorageError::NotABackup {
            path: path.display().to_string(),
            reason,
        };
        if !path.is_file() {
            return Err(refused("there is no such file".to_owned()));
        }
        if std::fs::metadata(beside(path, "wal")).is_ok_and(|wal| wal.len() > 0) {
            return Err(refused(
                "a write-ahead log lies beside it: it is a live database, not a backup (take one with `nabo backup`)".to_owned(),
            ));
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .read_only(true)
            .immutable(true);
        let mut connection = options
            .connect()
            .await
            .map_err(|e| refused(format!("cannot open it as SQLite: {e}")))?;
        let checked = check_open(&mut connection).await.map_err(refused);
        let _ = connection.close().await;
        Ok(Self {
            path: path.to_owned(),
            schema_version: checked?,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The newest migration applied to the backup.
    pub fn schema_version(&self) -> i64 {
        self.schema_version
    }

    /// Puts the backup in place of the SQLite database file `database`, which no
    /// connection may have open: copied to a temporary file in the same folder and
    /// synced, the stale write-ahead log and shared-memory files removed, then renamed
    /// over the database (a crash leaves the old database or the new one, never half).
    pub fn replace(&self, database: &Path) -> Result<(), StorageError> {
        let failed = |source| StorageError::Restore {
            path: database.display().to_string(),
            source,
        };
        if let Some(folder) = database.parent().filter(|f| !f.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(failed)?;
        }
        let restoring = beside(database, "restoring");
        std::fs::copy(&self.path, &restoring)
            .and_then(|_| sync_file(&restoring))
            .map_err(failed)?;
        // The old database's log must not be replayed onto the new file.
        for stale in [beside(database, "wal"), beside(database, "shm")] {
            remove_if_present(&stale).map_err(failed)?;
        }
        std::fs::rename(&restoring, database)
            .and_then(|()| sync_folder(database))
            .map_err(failed)
    }
}

/// The integrity check and the schema version of an open database, or why it is not
/// one of Nabo's that this binary can restore.
async fn check_open(connection: &mut SqliteConnection) -> Result<i64, String> {
    let not_sqlite = |e: sqlx::Error| format!("it is not a readable SQLite database ({e})");
    let findings: Vec<String> = sqlx::query("PRAGMA integrity_check")
        .fetch_all(&mut *connection)
        .await
        .map_err(not_sqlite)?
        .iter()
        .map(|row| row.try_get::<String, _>(0).unwrap_or_default())
        .collect();
    if findings != ["ok"] {
        return Err(format!(
            "the integrity check failed: {}",
            findings.join("; ")
        ));
    }
    let has_migrations: Option<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_optional(&mut *connection)
    .await
    .map_err(not_sqlite)?;
    if has_migrations.is_none() {
        return Err(
            "it has no schema history (table _sqlx_migrations): not a Nabo database".to_owned(),
        );
    }
    let applied: Vec<(i64, Vec<u8>, bool)> =
        sqlx::query_as("SELECT version, checksum, success FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut *connection)
            .await
            .map_err(not_sqlite)?;
    compare_migrations(&applied)
}

/// The newest applied version, if every applied migration is one of this binary's.
fn compare_migrations(applied: &[(i64, Vec<u8>, bool)]) -> Result<i64, String> {
    let known = sqlite_migrations();
    let newest_known = known.iter().map(|m| m.version).max().unwrap_or(0);
    for (version, checksum, success) in applied {
        let Some(migration) = known.iter().find(|m| m.version == *version) else {
            return Err(if *version > newest_known {
                format!(
                    "its schema (version {version}) is newer than this binary's (version {newest_known}): restore it with a newer Nabo"
                )
            } else {
                format!("its schema has a migration {version} that this binary does not know")
            });
        };
        if !success {
            return Err(format!("its migration {version} did not complete"));
        }
        if migration.checksum.as_ref() != checksum.as_slice() {
            return Err(format!(
                "its migration {version} differs from this binary's: not made by this Nabo"
            ));
        }
    }
    Ok(applied.last().map_or(0, |(version, ..)| *version))
}

/// `path` with `.suffix` added to its file name (`nabo.db` → `nabo.db-wal` for the
/// SQLite files, `nabo.db.partial` for ours).
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(if matches!(suffix, "wal" | "shm") {
        "-"
    } else {
        "."
    });
    name.push(suffix);
    path.with_file_name(name)
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

fn sync_file(path: &Path) -> std::io::Result<()> {
    File::open(path)?.sync_all()
}

/// Makes a rename in the folder of `path` durable.
fn sync_folder(path: &Path) -> std::io::Result<()> {
    match path.parent().filter(|f| !f.as_os_str().is_empty()) {
        Some(folder) => File::open(folder)?.sync_all(),
        None => File::open(".")?.sync_all(),
    }
}

#[cfg(test)]
mod tests {
    use super::{beside, compare_migrations, sqlite_migrations};
    use std::path::Path;

    #[test]
    fn files_beside_a_database_are_named_as_sqlite_names_them() {
        let db = Path::new("/var/lib/nabo/nabo.db");
        assert_eq!(beside(db, "wal"), Path::new("/var/lib/nabo/nabo.db-wal"));
        assert_eq!(beside(db, "shm"), Path::new("/var/lib/nabo/nabo.db-shm"));
        assert_eq!(
            beside(db, "partial"),
            Path::new("/var/lib/nabo/nabo.db.partial")
        );
    }

    #[test]
    fn a_schema_is_restorable_only_when_every_migration_is_this_binarys() {
        let ours: Vec<(i64, Vec<u8>, bool)> = sqlite_migrations()
            .iter()
            .map(|m| (m.version, m.checksum.to_vec(), true))
            .collect();
        let newest = ours.last().map(|(v, ..)| *v).expect("migrations");
        assert_eq!(compare_migrations(&ours), Ok(newest));
        assert_eq!(compare_migrations(&ours[..2]), Ok(ours[1].0));

        let mut newer = ours.clone();
        newer.push((newest + 1, vec![0; 48], true));
        let refused = compare_migrations(&newer).expect_err("newer");
        assert!(refused.contains("newer than this binary's"), "{refused}");

        let mut changed = ours.clone();
        changed[0].1 = vec![0; 48];
        let refused = compare_migrations(&changed).expect_err("changed");
        assert!(refused.contains("differs"), "{refused}");

        let mut failed = ours;
        failed[0].2 = false;
        assert!(compare_migrations(&failed).is_err());
    }
}
