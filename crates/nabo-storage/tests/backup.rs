//! Backups of a SQLite database (`Store::backup_to`), the checks a file passes before it
//! may be restored (`Backup::check`), and putting one in place (`Backup::replace`).

use nabo_storage::{Backend, Backup, IfExists, StorageError, Store};
use sqlx::Executor;
use std::path::Path;

async fn store_in(folder: &Path) -> Store {
    Store::connect(&format!("sqlite://{}/nabo.db", folder.display()))
        .await
        .expect("sqlite")
}

/// A plain SQLite database at `path` with the statements given.
async fn sqlite_file(path: &Path, statements: &[&'static str]) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .expect("sqlite");
    for statement in statements {
        pool.execute(*statement).await.expect("statement");
    }
    pool.close().await;
}

fn refusal(result: Result<Backup, StorageError>) -> String {
    match result {
        Err(error @ StorageError::NotABackup { .. }) => error.to_string(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_backup_is_a_whole_database_that_passes_the_checks_and_is_never_overwritten_unasked() {
    let folder = tempfile::tempdir().expect("tempdir");
    let store = store_in(folder.path()).await;
    let file = folder.path().join("nabo-backup.db");
    store
        .backup_to(&file, IfExists::Refuse)
        .await
        .expect("backup");
    assert!(!folder.path().join("nabo-backup.db.partial").exists());

    let backup = Backup::check(&file).await.expect("a good backup");
    assert_eq!(backup.path(), file);
    assert!(backup.schema_version() >= 9, "{}", backup.schema_version());

    let again = store.backup_to(&file, IfExists::Refuse).await;
    assert!(
        matches!(again, Err(StorageError::BackupExists(_))),
        "{again:?}"
    );
    store
        .backup_to(&file, IfExists::Replace)
        .await
        .expect("replaced with --force");
    Backup::check(&file).await.expect("still a good backup");
    store.close().await;
}

#[tokio::test]
async fn files_that_are_not_backups_of_this_nabo_are_refused() {
    let folder = tempfile::tempdir().expect("tempdir");

    let missing = refusal(Backup::check(&folder.path().join("none.db")).await);
    assert!(missing.contains("there is no such file"), "{missing}");

    let text = folder.path().join("notes.db");
    std::fs::write(&text, "not a database\n".repeat(200)).expect("write");
    let garbage = refusal(Backup::check(&text).await);
    assert!(
        garbage.contains("not a readable SQLite database"),
        "{garbage}"
    );

    let other = folder.path().join("other.db");
    sqlite_file(&other, &["CREATE TABLE notes (text TEXT)"]).await;
    let foreign = refusal(Backup::check(&other).await);
    assert!(foreign.contains("no schema history"), "{foreign}");

    let store = store_in(folder.path()).await;
    let newer = folder.path().join("newer.db");
    store
        .backup_to(&newer, IfExists::Refuse)
        .await
        .expect("backup");
    store.close().await;
    sqlite_file(
        &newer,
        &["INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
           VALUES (9999, 'from the future', TRUE, X'00', 0)"],
    )
    .await;
    let future = refusal(Backup::check(&newer).await);
    assert!(
        future.contains("newer than this binary's") && future.contains("9999"),
        "{future}"
    );
}

#[tokio::test]
async fn a_restored_file_replaces_the_database_and_its_stale_log() {
    let folder = tempfile::tempdir().expect("tempdir");
    let store = store_in(folder.path()).await;
    let file = folder.path().join("backup.db");
    store
        .backup_to(&file, IfExists::Refuse)
        .await
        .expect("backup");
    store.close().await;

    let target = tempfile::tempdir().expect("tempdir");
    let database = target.path().join("data/nabo.db");
    std::fs::create_dir_all(database.parent().expect("folder")).expect("folder");
    std::fs::write(&database, "old").expect("old database");
    std::fs::write(target.path().join("data/nabo.db-wal"), "old log").expect("wal");
    std::fs::write(target.path().join("data/nabo.db-shm"), "old index").expect("shm");

    let backup = Backup::check(&file).await.expect("checked");
    backup.replace(&database).expect("replaced");
    assert_eq!(
        std::fs::read(&database).expect("read"),
        std::fs::read(&file).expect("read")
    );
    assert!(!target.path().join("data/nabo.db-wal").exists());
    assert!(!target.path().join("data/nabo.db-shm").exists());
    assert!(!target.path().join("data/nabo.db.restoring").exists());
    let restored = Store::connect(&format!("sqlite://{}", database.display()))
        .await
        .expect("the restored database opens");
    assert_eq!(restored.backend(), Backend::Sqlite);
    restored.close().await;
}

#[tokio::test]
async fn a_backup_leaves_the_database_schema_as_it_is() {
    // A database of an older schema (here: none at all) that servers still use: a newer
    // binary backing it up must not migrate it under them.
    let folder = tempfile::tempdir().expect("tempdir");
    let database = folder.path().join("nabo.db");
    sqlite_file(&database, &["CREATE TABLE kept (x INTEGER)"]).await;
    let url = format!("sqlite://{}", database.display());
    let store = Store::connect_as_is(&url).await.expect("open as it is");
    store
        .backup_to(&folder.path().join("copy.db"), IfExists::Refuse)
        .await
        .expect("backup");
    let tables = store.schema().await.expect("schema");
    store.close().await;
    assert_eq!(tables, [("kept".to_owned(), vec!["x".to_owned()])]);
    // (Whereas connecting for work brings the schema up to date.)
    let store = Store::connect(&url).await.expect("connect");
    assert!(store.schema().await.expect("schema").len() > 1);
    store.close().await;
}
