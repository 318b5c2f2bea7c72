//! Accounts of the people who keep the directory — admins, coordinators, editors and
//! translators: creating them, their roles and where those apply, passwords hashed with
//! argon2id, and logging in. Nothing here is about the women the volunteers help.
//!
//! What an account may do is decided by `nabo_domain::Account` (`may_edit_resources_in`,
//! `may_translate`, ...); this crate keeps accounts valid and their secrets safe.

mod error;
mod failures;
mod key_usage;
mod keys;
mod password;
mod random;
mod service;
mod sessions;
mod throttle;
mod tokens;

pub use error::AccountError;
pub use failures::AccountFailures;
pub use key_usage::{Admission, KeyUsage};
pub use keys::{IssuedKey, MAX_KEY_ORIGINS, PartnerKeys};
pub use password::{MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, Password};
pub use random::event_id;
pub use service::Accounts;
pub use sessions::{SESSION_HOURS, Secret, Sessions, StartedSession};
pub use throttle::{ACCOUNT_FAILURES, CLIENT_FAILURES, LoginThrottle};
pub use tokens::{IssuedToken, MAX_TOKEN_DAYS, Tokens};
