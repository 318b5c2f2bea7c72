//! Nabo's data model: what a resource, an area, a category and a language are, and the
//! rules that make one valid.
//!
//! This crate is pure: no IO, no async. Every value that other crates hold has been built
//! by parsing (`ResourceId::parse`, `LanguageTag::parse`, `OpeningHours::parse`,
//! `Postcode::parse`, ...), so a function that takes one never checks it again.
//! Validation of whole records reports every problem at once, each with the field it
//! concerns.

mod account;
mod contact;
mod diff;
mod event_id;
mod geo;
mod hours;
mod ids;
mod language;
mod localized;
mod partner;
mod period;
mod postcode;
mod problem;
mod reference;
mod referral;
mod report;
mod resource;
mod searched_text;
mod translation;
mod unmet;

pub use account::{Account, Role, UnknownRole};
pub use contact::{Email, Phone, Website};
pub use diff::FieldChange;
pub use event_id::{EVENT_ID_MAX, EVENT_ID_MIN, EventId, EventIdError};
pub use geo::Geo;
pub use hours::{DayHours, OpenState, OpeningHours, is_known_timezone, local_time};
pub use ids::{AreaId, AttributeId, CategoryId, GroupId, IdError, KeyId, ResourceId, UserId};
pub use language::{Direction, Language, LanguageTag, LanguageTagError, Languages};
pub use localized::{Localized, LocalizedText};
pub use partner::{DEFAULT_KEY_RATE, MAX_KEY_RATE, Origin, OriginError, PartnerKey};
pub use period::{Month, PeriodError, Week, parse_day};
pub use postcode::{Postcode, PostcodeError};
pub use problem::{Problem, ProblemKind, Problems};
pub use reference::{Area, Attribute, Category, PostcodePlace, ReferenceData};
pub use referral::{RETENTION_DAYS, RecordedReferral, Referral, ReferralError};
pub use report::{REPORT_NOTE_MAX, ReportCategory, ReportError, ReportInput};
pub use resource::{Address, GeoRecord, Resource, ResourceRecord};
pub use searched_text::{QUERY_K, SEARCHED_TEXT_MAX, SearchedText};
pub use translation::{
    Basis, BasisChange, TRANSLATED_FIELDS, TranslationStatus, sentences, source_hash,
};
pub use unmet::{UnmetKind, UnmetNeed};
