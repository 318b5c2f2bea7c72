//! Errors of the i18n crate.

/// Why translations could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("cannot read {path}: {reason}")]
    Read { path: String, reason: String },
    #[error("{path}: {reason}")]
    Syntax { path: String, reason: String },
    #[error("locale folder {0:?} is not a BCP 47 language tag")]
    BadTag(String),
    #[error("the default locale {0:?} is missing")]
    NoDefault(String),
}
