//! `nabo backup FILE` and `nabo restore FILE` for a directory on SQLite. PostgreSQL has
//! its own tools; both commands point to them (docs/operations.md).

use crate::{Global, open};
use anyhow::{Context, Result, bail};
use nabo_directory::{Backend, Backup, IfExists, IndexMode};
use std::path::{Path, PathBuf};

pub async fn backup(global: &Global, file: &Path, force: bool) -> Result<()> {
    let database = sqlite_file(global, "backup", "pg_dump --format=custom")?;
    if !database.is_file() {
        bail!(
            "there is no database at {} to back up (is --database-url right?)",
            database.display()
        );
    }
    if file.exists() && !force {
        bail!(
            "{} exists already: choose another file, or replace it with --force",
            file.display()
        );
    }
    if let Some(folder) = file.parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create the folder {}", folder.display()))?;
    }
    let if_exists = if force {
        IfExists::Replace
    } else {
        IfExists::Refuse
    };
    nabo_directory::backup(&global.database_url, file, if_exists)
        .await
        .with_context(|| format!("cannot back up {}", database.display()))?;
    println!("backed up {} to {}", database.display(), file.display());
    Ok(())
}

pub async fn restore(global: &Global, file: &Path) -> Result<()> {
    let database = sqlite_file(global, "restore", "pg_restore --single-transaction")?;
    let backup = Backup::check(file).await?;
    let directory = match open(global, IndexMode::Required).await {
        Err(error) if is_index_locked(&error) => bail!(
            "cannot restore while a server is running on the search index {}: stop it first (nothing was changed)",
            global.index.display()
        ),
        other => other?,
    };
    let (directory, indexed) = directory
        .restore(&backup)
        .await
        .with_context(|| format!("cannot restore {}", database.display()))?;
    directory.close().await;
    println!(
        "restored {} from {} (schema version {}); reindexed {indexed} resources",
        database.display(),
        file.display(),
        backup.schema_version()
    );
    Ok(())
}

/// The SQLite database file, or an error pointing PostgreSQL to its own tool; read from
/// the URL's scheme, without connecting.
fn sqlite_file(global: &Global, command: &str, tool: &str) -> Result<PathBuf> {
    let url = &global.database_url;
    if url.backend()? == Backend::Postgres {
        bail!(
            "`nabo {command}` works on SQLite databases only; {url} is PostgreSQL: use `{tool}` (see docs/operations.md, \"Backup and restore\")"
        );
    }
    url.sqlite_path()
        .with_context(|| format!("{url} is not a database file: there is nothing to {command}"))
}

fn is_index_locked(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<nabo_directory::DirectoryError>()
        .is_some_and(nabo_directory::DirectoryError::is_index_locked)
}
