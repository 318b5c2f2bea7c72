//! HSDS `service_at_location`: the link of a service to its location.

use crate::ids::HsdsId;
use crate::model::{Location, Service};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceAtLocation {
    pub id: HsdsId,
    pub service_id: HsdsId,
    pub location_id: HsdsId,
    pub location: Location,
    /// Only in the `/service_at_locations` forms (not inside a service).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<Box<Service>>,
}
