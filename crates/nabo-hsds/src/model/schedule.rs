//! HSDS `schedule`: one weekly rule (iCal `freq`/`byday`) with its opening times.

use crate::ids::HsdsId;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub id: HsdsId,
    pub service_id: HsdsId,
    /// `WEEKLY`, when the hours have a weekly form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// iCal days, `MO,TU,WE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    /// Local time `HH:MM` in the area's time zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    /// Local time `HH:MM`; `24:00` is the end of the day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    /// The whole opening hours in OpenStreetMap `opening_hours` syntax, the same on every
    /// schedule of a service.
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}
