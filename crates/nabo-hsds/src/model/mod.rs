//! The HSDS 3.0 entities Nabo writes, as serde types whose field order follows the
//! official schemas. Only the fields Nabo fills are here; empty ones are left out of the
//! JSON. Shapes from the Human Services Data Specification: an Open Referral resource
//! (<https://openreferral.org/>), CC BY-SA 4.0.

mod extension;
mod language;
mod location;
mod organization;
mod page;
mod phone;
mod schedule;
mod service;
mod service_area;
mod service_at_location;
mod taxonomy;

pub use extension::{NaboExtension, TermExtension, TermTranslations, Translations};
pub use language::Language;
pub use location::{Address, Location};
pub use organization::Organization;
pub use page::{DEFAULT_PER_PAGE, MAX_PER_PAGE, Page, PageRequest};
pub use phone::Phone;
pub use schedule::Schedule;
pub use service::Service;
pub use service_area::ServiceArea;
pub use service_at_location::ServiceAtLocation;
pub use taxonomy::{Attribute, Taxonomy, TaxonomyTerm};

/// The name of the extension property Nabo adds to services and taxonomy terms.
pub const EXTENSION: &str = "x-nabo";
