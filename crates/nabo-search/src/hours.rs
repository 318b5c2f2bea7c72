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

/// Parsed opening hours by text, shared by all searches of an index.
#[derive(Debug, Default)]
pub struct ParsedHours {
    parsed: Mutex<HashMap<String, Option<OpeningHours>>>,
}

impl ParsedHours {
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

/// Open states within one search, by (hours, area); clones share what is known.
#[derive(Debug, Clone)]
pub struct OpenStates {
    parsed: Arc<ParsedHours>,
    context: Arc<Context>,
    now: DateTime<Utc>,
    known: Arc<Mutex<HashMap<(String, String), OpenState>>>,
}

impl OpenStates {
    pub fn new(parsed: Arc<ParsedHours>, context: Arc<Context>, now: DateTime<Utc>) -> Self {
        Self {
            parsed,
            context,
            now,
            known: Arc::default(),
        }
    }

    /// The state of a place with opening hours `hours` in `area`.
    pub fn state(&self, hours: &str, area: &str) -> OpenState {
        let key = (hours.to_owned(), area.to_owned());
        let mut known = self.known.lock().unwrap_or_else(|p| p.into_inner());
        *known.entry(key).or_insert_with(|| {
            let zone = self
                .context
                .zone(area)
                .cloned()
                .unwrap_or_else(Zone::default);
            self.parsed.get(hours).map_or(OpenState::Unknown, |parsed| {
                parsed.state_at(self.now, zone.timezone.as_deref(), zone.country.as_deref())
            })
        })
    }
}
