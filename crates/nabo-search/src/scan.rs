//! The slow path of a query, taken when hits must be filtered or ordered by something
//! the text score does not know: distance from a point (`near`, `radius_km`) or whether
//! a place is open now. It visits every match once, reading coordinates, opening hours
//! and area from fast fields; opening hours are evaluated once per distinct
//! (hours, area) pair (`hours.rs`), looked up by term ordinals within a segment.

use crate::facets::{FieldCounts, SegmentCounts};
use crate::hours::OpenStates;
use nabo_domain::{Geo, OpenState};
use std::collections::{BTreeMap, HashMap};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

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
    /// When places known to be closed are left out.
    pub open: Option<OpenStates>,
    pub facets: FieldCounts,
}

pub struct SegmentScan {
    segment: SegmentOrdinal,
    near: Option<Geo>,
    radius_m: Option<f64>,
    open: Option<OpenStates>,
    lat: Option<Column<f64>>,
    lon: Option<Column<f64>>,
    hours: Option<StrColumn>,
    area: Option<StrColumn>,
    /// Open states by (hours, area) term ordinals of this segment.
    states: HashMap<(u64, u64), OpenState>,
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
            open: self.open.clone(),
            lat: fast.f64("lat").ok(),
            lon: fast.f64("lon").ok(),
            hours: fast.str("hours")?,
            area: fast.str("area")?,
            states: HashMap::new(),
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
        let open = self.open.as_ref()?;
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
        let mut hours = String::new();
        let mut area = String::new();
        let found = self
            .hours
            .as_ref()
            .is_some_and(|c| c.ord_to_str(hours_ord, &mut hours).unwrap_or(false));
        if let Some(column) = &self.area {
            let _ = column.ord_to_str(area_ord, &mut area);
        }
        let state = if found {
            open.state(&hours, &area)
        } else {
            OpenState::Unknown
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
/// last), else open places before those with unknown hours; then by score, then by
/// `tie` (the resource id). Only the first `needed` are put in order (and kept).
pub fn order(
    candidates: &mut Vec<Candidate>,
    by_distance: bool,
    needed: usize,
    tie: impl Fn(DocAddress) -> String,
) {
    let primary = |a: &Candidate, b: &Candidate| {
        let first = if by_distance {
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
        first.then_with(|| b.score.total_cmp(&a.score))
    };
    if needed == 0 {
        candidates.clear();
        return;
    }
    if needed < candidates.len() {
        // The first `needed` in order, and those beyond that are equal to the last of
        // them: among equals the id decides.
        candidates.select_nth_unstable_by(needed - 1, primary);
        let last = candidates[needed - 1];
        let equal: Vec<Candidate> = candidates[needed..]
            .iter()
            .filter(|c| primary(c, &last).is_eq())
            .copied()
            .collect();
        candidates.truncate(needed);
        candidates.extend(equal);
    }
    let mut keyed: Vec<(Candidate, String)> =
        candidates.drain(..).map(|c| (c, tie(c.address))).collect();
    keyed.sort_by(|a, b| primary(&a.0, &b.0).then_with(|| a.1.cmp(&b.1)));
    candidates.extend(keyed.into_iter().map(|(c, _)| c).take(needed));
}
