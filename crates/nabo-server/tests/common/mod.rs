//! What the server's test files share: the application state over a fresh database
//! holding the demo directory, and the repository's own folders.

use nabo_directory::{Config, Directory, IndexMode};
use nabo_server::AppState;
use std::path::PathBuf;
use std::sync::Arc;

pub fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The state of a server over a new SQLite database with the demo directory imported;
/// the folder holding database and index lives as long as the returned guard.
pub async fn demo_state() -> (AppState, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = Config {
        database_url: format!("sqlite://{}/nabo.db", dir.path().display()).into(),
        index_dir: dir.path().join("index"),
        content_dir: repository().join("content"),
    };
    let directory = Directory::open(config, IndexMode::Required)
        .await
        .expect("open");
    directory.import_demo_if_empty().await.expect("demo");
    let catalog = nabo_i18n::Catalog::load(&repository().join("locales")).expect("locales");
    (AppState::new(Arc::new(directory), Arc::new(catalog)), dir)
}
