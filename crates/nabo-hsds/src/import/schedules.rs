//! Opening hours from HSDS schedules. A schedule whose `description` is valid
//! OpenStreetMap `opening_hours` syntax (as Nabo's exports write it) gives the hours
//! whole; otherwise weekly schedules (`freq` `WEEKLY` or none, plain `byday`, `opens_at`,
//! `closes_at`) are turned into that syntax. Whatever restricts a schedule further
//! (`valid_from`, `byweekno`, `count`, ...) is reported, never silently widened.

use crate::hours::{Week, parse_clock};
use crate::import::fields::Fields;
use crate::import::place::Candidate;
use crate::import::walk::Walk;
use crate::report::FindingKind;
use nabo_domain::OpeningHours;
use serde_json::Value;

/// The notes Nabo's exports write: they say nothing the hours do not.
const EXPORT_NOTES: [&str; 3] = [
    "Not in freq/byday",
    "Times are local time",
    "No weekly form",
];

/// The opening hours of the first non-empty group of schedules (the service's, then
/// its service at location's, then its location's); the other groups are reported.
pub(crate) fn opening_hours(walk: &mut Walk, groups: Vec<Vec<Candidate>>) -> Option<String> {
    let mut groups = groups.into_iter().filter(|group| !group.is_empty());
    let chosen = groups.next()?;
    for candidate in groups.flatten() {
        walk.finding(
            &candidate.place,
            candidate.path,
            FindingKind::Extra(
                "Nabo keeps one set of opening hours: the schedules read first".to_owned(),
            ),
        );
    }
    let schedules: Vec<Fields> = chosen.into_iter().filter_map(|c| c.fields(walk)).collect();
    let written = schedules
        .iter()
        .filter_map(|schedule| schedule.get_str("description"))
        .find(|text| OpeningHours::parse(text).is_ok())
        .map(str::to_owned);
    match written {
        Some(text) => {
            for mut schedule in schedules {
                if schedule.get_str("description") == Some(text.as_str()) {
                    schedule.skip("description");
                }
                for key in ["freq", "byday", "opens_at", "closes_at"] {
                    schedule.skip(key);
                }
                skip_neutral(&mut schedule);
                schedule.finish(walk);
            }
            Some(text)
        }
        None => weekly(walk, schedules),
    }
}

fn weekly(walk: &mut Walk, schedules: Vec<Fields>) -> Option<String> {
    let mut week = Week::default();
    let mut path = None;
    for mut schedule in schedules {
        path.get_or_insert_with(|| (schedule.place.clone(), schedule.path.clone()));
        let weekly_freq = schedule
            .get_str("freq")
            .is_none_or(|freq| freq.eq_ignore_ascii_case("WEEKLY"));
        let times = (
            schedule.get_str("byday").map(str::to_owned),
            schedule.get_str("opens_at").and_then(parse_clock),
            schedule.get_str("closes_at").and_then(parse_clock),
        );
        let added = match times {
            (Some(byday), Some((opens, opens_zone)), Some((closes, closes_zone)))
                if weekly_freq =>
            {
                week.add(&byday, opens, closes).map(|()| {
                    [
                        opens_zone.map(str::to_owned),
                        closes_zone.map(str::to_owned),
                    ]
                })
            }
            _ => None,
        };
        let Some(zones) = added else {
            walk.finding(
                &schedule.place,
                schedule.path.clone(),
                FindingKind::Invalid(
                    "no weekly opening time Nabo can keep: it needs freq WEEKLY, plain byday days, opens_at and closes_at".to_owned(),
                ),
            );
            continue;
        };
        for (key, zone) in ["opens_at", "closes_at"].into_iter().zip(zones) {
            if let Some(zone) = zone {
                walk.finding(
                    &schedule.place,
                    schedule.field(key),
                    FindingKind::Invalid(format!(
                        "the UTC offset {zone:?} is not kept: Nabo's hours are the local time of the area"
                    )),
                );
            }
            schedule.skip(key);
        }
        schedule.skip("freq");
        schedule.skip("byday");
        skip_neutral(&mut schedule);
        schedule.finish(walk);
    }
    let text = week.to_osm()?;
    match OpeningHours::parse(&text) {
        Ok(_) => Some(text),
        Err(error) => {
            if let Some((place, path)) = path {
                walk.finding(&place, path, FindingKind::Invalid(error.to_string()));
            }
            None
        }
    }
}

/// Drops the links, an `interval` of 1 and notes Nabo wrote: they change nothing.
fn skip_neutral(schedule: &mut Fields) {
    let single = match schedule.get("interval") {
        Some(Value::Number(number)) => number.as_f64() == Some(1.0),
        Some(Value::String(text)) => text.trim() == "1",
        _ => false,
    };
    if single {
        schedule.skip("interval");
    }
    if schedule
        .get_str("notes")
        .is_some_and(|notes| EXPORT_NOTES.iter().any(|start| notes.starts_with(start)))
    {
        schedule.skip("notes");
    }
    schedule.skip_links();
}
