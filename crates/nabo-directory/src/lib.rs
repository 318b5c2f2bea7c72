//! Nabo's application service: the directory as the server and the command line see it.
//! It joins the database (source of truth), the search index (derived) and the content
//! folder (reference data), and keeps the index in step with the database.
//!
//! Architecture invariant: nothing is written to the index that is not first committed
//! to the database; the index follows the change log and can always be rebuilt.

mod backup;
mod directory;
mod editing;
mod error;
mod hsds;
mod indexer;
mod insights;
mod login;
mod memory;
mod partners;
mod people;
mod reports;
mod search;
mod status;
mod translations;
mod unmet_log;
mod upkeep;
mod xliff;

pub use backup::backup;
pub use directory::{Config, Directory, IndexMode};
pub use editing::Expected;
pub use error::DirectoryError;
pub use insights::UnmetSignal;
pub use nabo_accounts::{
    ACCOUNT_FAILURES, AccountError, Accounts, Admission, IssuedKey, IssuedToken, KeyUsage,
    PartnerKeys, Password, SESSION_HOURS, Secret, Sessions, StartedSession, Tokens, event_id,
};
pub use nabo_insights::{Figure, Protected, bar_chart};
pub use nabo_search::{
    Facets, Hit, HitExplanation, Listing, Query, QueryExplanation, Results, Suggestions,
};
pub use nabo_storage::{
    Backend, Backup, ChangeWatch, DatabaseUrl, FieldReport, IfExists, ImportSummary, Revision,
    RevisionKind, StorageError, StoredResource, StoredToken,
};
pub use reports::{
    Breakdown, InsightReport, InsightTable, REFERRAL_BREAKDOWNS, Row, UNMET_BREAKDOWNS,
};
pub use search::{Opening, open_state, opening};
pub use status::{ImportCounts, IndexCheck, IndexStatus};
pub use translations::{FieldStatus, TranslationTask};
pub use upkeep::{NeedsChecking, VERIFY_EVERY_MONTHS};
pub use xliff::XliffImport;
