//! Nabo's source of truth: resources, areas, reference data and the change log, in
//! SQLite (the default, embedded) or PostgreSQL (for several replicas), through sqlx.
//!
//! One implementation serves both backends: queries are written in the SQL both accept
//! (`$1` placeholders, `ON CONFLICT`), run through sqlx's `Any` driver, and the few
//! differences (schema, writer serialization) live in [`Backend`]. The same contract
//! suite (`tests/contract.rs`) runs against both.
//!
//! Architecture invariant: every write of a resource writes its change-log row in the
//! same transaction, and change-log sequence order is commit order.

mod accounts;
mod archive;
mod backup;
mod changes;
mod connect;
mod error;
mod import;
mod insights;
mod partner_keys;
mod reference;
mod reports;
mod resources;
mod revisions;
mod sessions;
mod time;
mod tokens;
mod translations;
mod url;
mod watch;
mod windows;

pub use backup::{Backup, IfExists};
pub use changes::{Change, Operation};
pub use connect::{Backend, Store};
pub use error::StorageError;
pub use import::Importer;
pub use insights::{ReferralCount, UnmetText, weeks_of_year};
pub use reports::FieldReport;
pub use resources::{ImportSummary, StoredResource};
pub use revisions::{Author, Revision, RevisionKind};
pub use tokens::StoredToken;
pub use url::DatabaseUrl;
pub use watch::ChangeWatch;
