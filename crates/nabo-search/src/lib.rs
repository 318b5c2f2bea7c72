//! Nabo's search index: a tantivy index derived from the database, never the source of
//! truth. It can be deleted and rebuilt at any time.
//!
//! Architecture invariant: the index's commit payload records the last change-log
//! sequence it contains and the version of its schema and analysis. An index whose
//! version differs is rebuilt; one whose sequence is behind is caught up by the caller
//! (see `nabo-directory`) from the change log.

mod analysis;
mod categories;
mod error;
mod facets;
mod index;
mod query;
mod scan;
mod schema;

pub use analysis::{ANALYZER, Terms, analyze};
pub use categories::{CategoryMatcher, VocabularyMatcher};
pub use error::SearchError;
pub use index::{IndexState, SearchIndex};
pub use query::{Facets, Hit, Query, Results};
pub use scan::{OpenAt, Zone};
