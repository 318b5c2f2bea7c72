//! Nabo's search: a tantivy index derived from the database, never the source of
//! truth, and the ranking of queries against it. It can be deleted and rebuilt at any
//! time.
//!
//! API boundary: callers pass a typed `Query` (language, area, category, attributes,
//! place, moment) and get `Results` of `Hit`s; vocabulary matching, analysis and index
//! queries stay inside. `SearchIndex::use_reference` gives it the taxonomy and areas.
//!
//! Architecture invariant: the index's commit payload records the last change-log
//! sequence it contains and the version of its schema and analysis. An index whose
//! version differs is rebuilt; one whose sequence is behind is caught up by the caller
//! (see `nabo-directory`) from the change log.

mod analysis;
mod bits;
mod context;
mod digest;
mod error;
mod explain;
mod facets;
mod facts;
mod hit;
mod hours;
mod index;
mod listings;
mod plan;
mod query;
mod rank;
mod scan;
mod schema;
mod search;
mod suggest;
mod typo;
mod vocabulary;

pub use analysis::{ANALYZER, Terms, analyze};
pub use digest::of as digest_of;
pub use error::SearchError;
pub use explain::{HitExplanation, Pointed, QueryExplanation, WordReading};
pub use hit::{Facets, Hit, Listing, Results};
pub use index::{IndexState, SearchIndex};
pub use query::Query;
pub use suggest::Suggestions;
pub use vocabulary::{Match, QueryWords, Vocabulary};
