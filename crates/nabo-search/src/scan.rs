//! The slow path of a query, taken when hits must be filtered or ordered by something
//! the text score does not know: distance from a point (`near`, `radius_km`) or whether
//! a place is open now. It visits every match once, reading coordinates, opening hours
//! and area from fast fields; opening hours are evaluated once per distinct
//! (hours, area) pair and segment, not once per document.

use crate::facets::{FieldCounts, SegmentCounts};
use chrono::{DateTime, Utc};
use nabo_domain::{Geo, OpenState, OpeningHours};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// Where and when an area's clocks and holidays are.
#[derive(Debug, Clone, Default)]
pub struct Zone {
    pub timezone: Option<String>,
    pub country: Option<String>,
}

/// "Open now" as a filter: the moment, and each area's zone.
#[derive(Debug, Clone)]
pub struct OpenAt {
    pub now: DateTime<Utc>,
    pub zones: HashMap<String, Zone>,
}

/// Open states by (opening hours, time zone, country), shared by a search's segments.
pub type Evaluated = Arc<Mutex<HashMap<(String, Option<String>, Option<String>), OpenState>>>;

/// A match that passed the filters.
#[derive(Debug, Clone, Copy)]
pub struct Candidate {
    pub address: DocAddress,
    pub score: Score,
    pub distance_m: Option<f64>,
    pub open: Option<OpenState>,
}

/// Collects candidates with their distance and open state, and counts facets over
/// exactly the candidates kept.
pub struct Scan {
    pub near: Option<Geo>,
    pub radius_m: Option<f64>,
    pub open_at: Option<OpenAt>,
    pub facets: FieldCounts,
    /// Open states already evaluated in this search, by (hours, time zone, country):
    /// shared by all segments, since most places share a handful of schedules.
    pub evaluated: Evaluated,
}

pub struct SegmentScan {
    segment: SegmentOrdinal,
    near: Option<Geo>,
    radius_m: Option<f64>,
    open_at: Option<OpenAt>,
    lat: Option<Column<f64>>,
    lon: Option<Column<f64>>,
    hours: Option<StrColumn>,
    area: Option<StrColumn>,
    states: HashMap<(u64, u64), OpenState>,
    evaluated: Evaluated,
    candidates: Vec<Candidate>,
    counts: SegmentCounts,
}

impl Collector for Scan {
    type Fruit = (Vec<Candidate>, Vec<BTreeMap<String, u64>>);
    type Child = SegmentScan;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentScan> {
        let fast = reader.fast_fields();
        Ok(SegmentScan {
            segment,
            near: self.near,
            radius_m: self.radius_m,
            open_at: self.open_at.clone(),
            lat: fast.f64("lat").ok(),
            lon: fast.f64("lon").ok(),
            hours: fast.str("hours")?,
            area: fast.str("area")?,
            states: HashMap::new(),
            evaluated: Arc::clone(&self.evaluated),
            candidates: Vec::new(),
            counts: self.facets.for_segment(segment, reader)?,
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut candidates = Vec::new();
        let mut counts = Vec::new();
        for (segment_candidates, segment_counts) in fruits {
            candidates.extend(segment_candidates);
            counts.push(segment_counts);
        }
        Ok((candidates, self.facets.merge_fruits(counts)?))
    }
}

impl SegmentScan {
    fn position(&self, doc: DocId) -> Option<Geo> {
        let lat = self.lat.as_ref()?.first(doc)?;
        let lon = self.lon.as_ref()?.first(doc)?;
        Some(Geo { lat, lon })
    }

    fn open_state(&mut self, doc: DocId) -> Option<OpenState> {
        let open_at = self.open_at.as_ref()?;
        let Some(hours_ord) = self.hours.as_ref().and_then(|c| c.term_ords(doc).next()) else {
            return Some(OpenState::Unknown);
        };
        let area_ord = self
            .area
            .as_ref()
            .and_then(|c| c.term_ords(doc).next())
            .unwrap_or(u64::MAX);
        if let Some(state) = self.states.get(&(hours_ord, area_ord)) {
            return Some(*state);
        }
        let mut text = String::new();
        let mut area = String::new();
        let state = match self
            .hours
            .as_ref()
            .map(|c| c.ord_to_str(hours_ord, &mut text))
        {
            Some(Ok(true)) => {
                if let Some(column) = &self.area {
                    let _ = column.ord_to_str(area_ord, &mut area);
                }
                let zone = open_at.zones.get(&area).cloned().unwrap_or_default();
                let key = (text, zone.timezone, zone.country);
                let mut evaluated = self.evaluated.lock().unwrap_or_else(|p| p.into_inner());
                *evaluated
                    .entry(key)
                    .or_insert_with_key(|(text, timezone, country)| {
                        OpeningHours::parse(text).map_or(OpenState::Unknown, |hours| {
                            hours.state_at(open_at.now, timezone.as_deref(), country.as_deref())
                        })
                    })
            }
            _ => OpenState::Unknown,
        };
        self.states.insert((hours_ord, area_ord), state);
        Some(state)
    }
}

impl SegmentCollector for SegmentScan {
    type Fruit = (Vec<Candidate>, Vec<BTreeMap<String, u64>>);

    fn collect(&mut self, doc: DocId, score: Score) {
        let distance_m = match (self.near, self.position(doc)) {
            (Some(near), Some(position)) => Some(near.distance_m(&position)),
            _ => None,
        };
        if let Some(radius) = self.radius_m
            && distance_m.is_none_or(|d| d > radius)
        {
            return;
        }
        let open = self.open_state(doc);
        // Only places known to be closed are left out; unknown hours stay.
        if open == Some(OpenState::Closed) {
            return;
        }
        self.counts.collect(doc, score);
        self.candidates.push(Candidate {
            address: DocAddress::new(self.segment, doc),
            score,
            distance_m,
            open,
        });
    }

    fn harvest(self) -> Self::Fruit {
        (self.candidates, self.counts.harvest())
    }
}

/// Orders candidates: by distance when a point is given (places without coordinates
/// last), else open places before those with unknown hours; then by score. Only the
/// first `needed` are put in order (and kept).
pub fn order(candidates: &mut Vec<Candidate>, by_distance: bool, needed: usize) {
    let compare = |a: &Candidate, b: &Candidate| {
        let primary = if by_distance {
            match (a.distance_m, b.distance_m) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
        } else {
            let rank = |c: &Candidate| u8::from(c.open != Some(OpenState::Open));
            rank(a).cmp(&rank(b))
        };
        primary
            .then_with(|| b.score.total_cmp(&a.score))
            .then_with(|| a.address.cmp(&b.address))
    };
    if needed < candidates.len() {
        candidates.select_nth_unstable_by(needed, compare);
        candidates.truncate(needed);
    }
    candidates.sort_by(compare);
}
