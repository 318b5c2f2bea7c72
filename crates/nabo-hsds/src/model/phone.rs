//! HSDS `phone`.

use crate::ids::HsdsId;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phone {
    pub id: HsdsId,
    pub service_id: HsdsId,
    /// As the editor wrote it, in international form (`+45 89 40 00 00`).
    pub number: String,
    #[serde(rename = "type")]
    pub kind: String,
}
