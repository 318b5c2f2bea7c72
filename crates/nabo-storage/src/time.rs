//! How moments are stored: fixed-width RFC 3339 UTC text with milliseconds, which
//! compares correctly as text in both backends.

use chrono::{DateTime, SecondsFormat, Utc};

pub(crate) fn text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A stored moment read back; the reason when it is not one.
pub(crate) fn parse(text: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|e| e.to_string())
}
