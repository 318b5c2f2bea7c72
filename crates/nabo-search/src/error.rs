//! Errors of the search crate.

/// Why an index operation failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error(
        "the search index at {path} is in use by another process (is `nabo serve` running on it?)"
    )]
    Locked { path: String },
    #[error("cannot open the search index at {path}: {reason}")]
    Open { path: String, reason: String },
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("stored document {id:?} in the index cannot be read: {reason}")]
    Corrupt { id: String, reason: String },
}
