//! Opening a database by URL, choosing the backend, and running its migrations.

use crate::error::StorageError;
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};
use std::path::Path;
use std::sync::Once;

/// Which database is behind the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A handle to the database: cheap to clone, safe to share.
#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
    pub(crate) backend: Backend,
    /// Where the pool connects (a change watch opens a connection of its own).
    pub(crate) url: crate::DatabaseUrl,
}

static DRIVERS: Once = Once::new();

impl Store {
    /// Opens the database at `url` (`sqlite://PATH`, `sqlite::memory:`, `postgres://...`),
    /// creating a SQLite file and its folder when missing, and migrates it.
    pub async fn connect(url: &str) -> Result<Self, StorageError> {
        let store = Self::open(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Opens the database at `url` as it is: its schema is not brought up to date. For
    /// copying a live database (`backup_to`), which a newer binary must not migrate under
    /// the servers that use it.
    pub async fn connect_as_is(url: &str) -> Result<Self, StorageError> {
        Self::open(url).await
    }

    async fn open(url: &str) -> Result<Self, StorageError> {
        DRIVERS.call_once(install_default_drivers);
        let backend = crate::DatabaseUrl::new(url).backend()?;
        let url = match backend {
            Backend::Sqlite => sqlite_url(url)?,
            Backend::Postgres => url.to_owned(),
        };
        let database_url = crate::DatabaseUrl::new(url.clone());
        let options = AnyPoolOptions::new()
            .max_connections(match backend {
                // Each connection to `:memory:` would open a database of its own.
                Backend::Sqlite if url.contains(":memory:") => 1,
                Backend::Sqlite => 4,
                Backend::Postgres => 8,
            })
            .acquire_timeout(std::time::Duration::from_secs(10));
        let pool = options.connect(&url).await.map_err(StorageError::Connect)?;
        if backend == Backend::Sqlite && !url.contains(":memory:") {
            // WAL lets readers go on while one writer writes; it persists in the file.
            pool.execute("PRAGMA journal_mode = WAL").await?;
        }
        Ok(Self {
            pool,
            backend,
            url: database_url,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Every table of the schema with its columns, in name order (what the privacy test
    /// walks).
    pub async fn schema(&self) -> Result<Vec<(String, Vec<String>)>, StorageError> {
        use sqlx::Row;
        let sql = match self.backend {
            Backend::Sqlite => {
                "SELECT m.name AS table_name, p.name AS column_name \
                 FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'"
            }
            Backend::Postgres => {
                "SELECT CAST(table_name AS TEXT) AS table_name, CAST(column_name AS TEXT) AS column_name \
                 FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%'"
            }
        };
        let rows = sqlx::query(sql).fetch_all(&self.pool).await?;
        let mut tables: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        for row in rows {
            let table: String = row.try_get("table_name")?;
            tables
                .entry(table)
                .or_default()
                .push(row.try_get("column_name")?);
        }
        for columns in tables.values_mut() {
            columns.sort();
        }
        Ok(tables.into_iter().collect())
    }

    async fn migrate(&self) -> Result<(), StorageError> {
        match self.backend {
            Backend::Sqlite => sqlite_migrations().run(&self.pool).await?,
            Backend::Postgres => {
                sqlx::migrate!("./migrations/postgres")
                    .run(&self.pool)
                    .await?
            }
        }
        Ok(())
    }

    /// Closes the pool, waiting for connections in use.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Begins a transaction that writes. On SQLite it is IMMEDIATE: it takes the write
    /// lock at once (waiting for it up to the busy timeout), as a deferred one that read
    /// first could not be upgraded once another writer committed and would fail with
    /// "database is locked".
    pub(crate) async fn begin(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, StorageError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// Begins a write transaction in which change-log order is commit order. On
    /// PostgreSQL its commit also wakes every replica's change watch (`NOTIFY`, delivered
    /// only on commit, once per transaction).
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, StorageError> {
        let mut transaction = self.begin().await?;
        if self.backend == Backend::Postgres {
            // Sequence numbers are drawn before commit; without this lock a writer that
            // commits late could publish a sequence below one the indexer already passed.
            transaction
                .execute("LOCK TABLE change_log IN SHARE ROW EXCLUSIVE MODE")
                .await?;
            transaction.execute(crate::watch::NOTIFY).await?;
        }
        Ok(transaction)
    }
}

/// The SQLite schema's migrations, as this binary knows them.
pub(crate) fn sqlite_migrations() -> sqlx::migrate::Migrator {
    sqlx::migrate!("./migrations/sqlite")
}

/// Adds `mode=rwc` (create when missing) and creates the file's folder.
fn sqlite_url(url: &str) -> Result<String, StorageError> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    if rest.starts_with(":memory:") {
        return Ok("sqlite::memory:".to_owned());
    }
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if let Some(parent) = Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent).map_err(|source| StorageError::CreateFolder {
            path: parent.display().to_string(),
            source,
        })?;
    }
    let mut query = query.to_owned();
    if !query.contains("mode=") {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str("mode=rwc");
    }
    Ok(format!("sqlite://{path}?{query}"))
}
