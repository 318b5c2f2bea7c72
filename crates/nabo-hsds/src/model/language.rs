//! HSDS `language`: a language spoken at a service.

use crate::ids::HsdsId;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Language {
    pub id: HsdsId,
    pub service_id: HsdsId,
    /// The language's English name where Nabo knows it, else its tag.
    pub name: String,
    /// BCP 47 tag (for most languages the ISO 639-1 code HSDS asks for).
    pub code: String,
}
