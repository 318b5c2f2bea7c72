//! HSDS `location` and `address`: where a resource is.

use crate::ids::HsdsId;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Location {
    pub id: HsdsId,
    /// Always `physical`.
    pub location_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Address>,
}

/// HSDS requires `address_1`, `city`, `state_province`, `postal_code` and `country`;
/// a part Nabo does not have is an empty string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Address {
    pub id: HsdsId,
    pub location_id: HsdsId,
    pub address_1: String,
    pub city: String,
    /// The name of the region the resource's area lies in (or of the area itself).
    pub state_province: String,
    pub postal_code: String,
    /// ISO 3166-1 alpha-2; the area's country when the address has none.
    pub country: String,
    /// Always `physical`.
    pub address_type: String,
}
