//! Whether places are open: opening hours read from the index's `hours` fast field,
//! parsed once per distinct text for the life of the index and evaluated once per
//! distinct (hours, area) in a search, in the area's local time with its holidays.

use crate::context::{Context, Zone};
use chrono::{DateTime, Utc};
use nabo_domain::{OpenState, OpeningHours};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Distinct opening-hours texts kept parsed; directories share a few hundred schedules,
/// so this bound is only reached by unusual data (then the cache starts again).
const MAX_PARSED: usize = 10_000;

/// Parsed opening hours by text, and recent open states by (hours, area), shared by all
/// searches of an index. A state is good for the minute it was computed in: opening
/// hours are given to the minute.
#[derive(Debug, Default)]
pub struct ParsedHours {
    parsed: Mutex<HashMap<String, Option<OpeningHours>>>,
    states: Mutex<HashMap<(String, String), (i64, OpenState)>>,
}

impl ParsedHours {
    /// The state of `hours` in `area` at `now` (of the minute `now` falls in).
    fn state(&self, hours: &str, area: &str, now: DateTime<Utc>, zone: &Zone) -> OpenState {
        let minute = now.timestamp().div_euclid(60);
        let key = (hours.to_owned(), area.to_owned());
        let mut states = self.states.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(&(at, state)) = states.get(&key)
            && at == minute
        {
            return state;
        }
        let state = self.get(hours).map_or(OpenState::Unknown, |parsed| {
            parsed.state_at(now, zone.timezone.as_deref(), zone.country.as_deref())
        });
        if states.len() >= MAX_PARSED {
            states.clear();
        }
        states.insert(key, (minute, state));
        state
    }

    fn get(&self, text: &str) -> Option<OpeningHours> {
        let mut parsed = self.parsed.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(hours) = parsed.get(text) {
            return hours.clone();
        }
        if parsed.len() >= MAX_PARSED {
            parsed.clear();
        }
        let hours = OpeningHours::parse(text).ok();
        parsed.insert(text.to_owned(), hours.clone());
        hours
    }
}

/// Open states at one moment (one search's), through the shared per-minute states.
#[derive(Debug, Clone)]
pub struct OpenStates {
    parsed: Arc<ParsedHours>,
    context: Arc<Context>,
    now: DateTime<Utc>,
}

impl OpenStates {
    pub fn new(parsed: Arc<ParsedHours>, context: Arc<Context>, now: DateTime<Utc>) -> Self {
        Self {
            parsed,
            context,
            now,
        }
    }

    /// The state of a place with opening hours `hours` in `area`.
    pub fn state(&self, hours: &str, area: &str) -> OpenState {
        let zone = self.context.zone(area).unwrap_or(&NO_ZONE);
        self.parsed.state(hours, area, self.now, zone)
    }
}

/// The zone of an area the reference data does not know: UTC, no holidays.
static NO_ZONE: Zone = Zone {
    timezone: None,
    country: None,
};
