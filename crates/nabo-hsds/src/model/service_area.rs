//! HSDS `service_area`: the Nabo area a resource serves.

use crate::ids::HsdsId;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceArea {
    pub id: HsdsId,
    pub service_id: HsdsId,
    /// The area's name in the export's reference language.
    pub name: String,
}
