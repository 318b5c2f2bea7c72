//! Errors of the application service.

use nabo_accounts::AccountError;
use nabo_content::ContentError;
use nabo_domain::Problem;
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
    /// A record to save is invalid: every problem, by field.
    #[error("the resource is invalid: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    InvalidRecord(Vec<Problem>),
    #[error("{0}")]
    Forbidden(String),
    #[error("resource {0:?} exists already")]
    Exists(String),
    #[error("there is no resource {0:?}")]
    NotFound(String),
    /// Too many failed logins (of the account or from the client): wait this long.
    #[error("too many failed logins; try again in {} s", .0.as_secs())]
    Throttled(std::time::Duration),
    /// Unknown account, wrong password, disabled account, or no live session.
    #[error("wrong account or password")]
    WrongCredentials,
    #[error(transparent)]
    Account(AccountError),
    /// An XLIFF document that cannot be read.
    #[error("the XLIFF document cannot be read: {0}")]
    Xliff(nabo_content::XliffError),
    /// Open Referral HSDS input that cannot be read or mapped, or an export that cannot
    /// be written.
    #[error(transparent)]
    Hsds(#[from] nabo_hsds::HsdsError),
    /// A referral that is not taken (its day).
    #[error(transparent)]
    Referral(#[from] nabo_domain::ReferralError),
    /// Someone saved the resource in between: it is now at version `current`.
    #[error("the resource was changed in between; it is now at version {current}")]
    Stale { current: i64 },
}

impl DirectoryError {
    /// Whether the search index is held by another process (a running server).
    pub fn is_index_locked(&self) -> bool {
        matches!(self, DirectoryError::Search(SearchError::Locked { .. }))
    }
}

impl From<AccountError> for DirectoryError {
    fn from(error: AccountError) -> Self {
        match error {
            AccountError::WrongCredentials => DirectoryError::WrongCredentials,
            AccountError::Storage(storage) => DirectoryError::Storage(storage),
            other => DirectoryError::Account(other),
        }
    }
}
