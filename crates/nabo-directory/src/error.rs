//! Errors of the application service.

use nabo_content::ContentError;
use nabo_search::SearchError;
use nabo_storage::StorageError;

/// Why an operation on the directory failed.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// Input (content files, an import) is invalid; nothing was written.
    #[error(transparent)]
    Invalid(#[from] ContentError),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error("the search index is not open in this process")]
    NoIndex,
    #[error("a background task failed: {0}")]
    Task(String),
}
