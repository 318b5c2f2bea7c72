//! Nabo's user-interface text. Every string a person reads in the web app comes from a
//! Fluent message in `locales/<tag>/*.ftl`; this crate loads them, negotiates the
//! reader's language and formats messages (with plural rules) along a fallback to the
//! default locale.
//!
//! Architecture invariant: the default locale (`en`) has every message; a message missing
//! in another locale is a test failure (`tests/locales.rs`), and at run time it falls
//! back to the default rather than showing an id.

mod catalog;
mod error;
mod negotiate;

pub use catalog::{Arg, Catalog, DEFAULT_LOCALE};
pub use error::I18nError;
pub use negotiate::{negotiate, parse_accept_language};
