//! Errors of the accounts crate.

use nabo_storage::StorageError;

/// Why an account operation was refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("the password is too short: at least {min} characters")]
    PasswordTooShort { min: usize },
    #[error("the password is too long: at most {max} characters")]
    PasswordTooLong { max: usize },
    /// Unknown account, wrong password or disabled account: the caller is not told which.
    #[error("wrong account or password")]
    WrongCredentials,
    #[error("{0}")]
    Invalid(String),
    #[error("there is no account {0:?}")]
    NoAccount(String),
    #[error("an account {0:?} exists already")]
    Exists(String),
    /// What an admin may do to other accounts but not to its own.
    #[error("an admin cannot {0}: another admin can")]
    OwnAccount(&'static str),
    #[error("cannot hash the password: {0}")]
    Hashing(String),
    #[error(transparent)]
    Storage(StorageError),
}

impl From<StorageError> for AccountError {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::AccountExists(id) => AccountError::Exists(id),
            StorageError::NoAccount(id) => AccountError::NoAccount(id),
            other => AccountError::Storage(other),
        }
    }
}
