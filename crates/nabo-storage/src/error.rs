//! Errors of the storage crate.

/// Why a storage operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("unsupported database url {0:?}: use sqlite://PATH or postgres://...")]
    UnsupportedUrl(String),
    #[error("cannot create the folder for the database file {path}: {source}")]
    CreateFolder {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot open the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("cannot bring the database schema up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{0} works on SQLite databases only")]
    SqliteOnly(&'static str),
    #[error("the backup file {0} exists already")]
    BackupExists(String),
    #[error("cannot write the backup {path}: {source}")]
    Backup {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} cannot be restored: {reason}")]
    NotABackup { path: String, reason: String },
    #[error("cannot put the backup in place of the database {path}: {source}")]
    Restore {
        path: String,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("stored {kind} {id:?} cannot be read: {reason}")]
    Corrupt {
        kind: &'static str,
        id: String,
        reason: String,
    },
    #[error("an account {0:?} exists already")]
    AccountExists(String),
    #[error("there is no account {0:?}")]
    NoAccount(String),
    #[error("a resource {0:?} is in the directory already")]
    ResourceExists(String),
    #[error("resource {id:?} was changed by someone else (version {actual}, expected {expected})")]
    VersionConflict {
        id: String,
        expected: i64,
        actual: i64,
    },
}
