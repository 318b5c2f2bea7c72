//! Opening hours in OpenStreetMap `opening_hours` syntax, parsed by the `opening-hours`
//! crate and evaluated in the local time of the place, with its country's public holidays.

use chrono::{DateTime, Offset, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// How far ahead `OpeningHours::next_change` looks: a year holds every yearly rule.
const NEXT_CHANGE_DAYS: i64 = 366;

/// Opening hours known to parse. The text is parsed once, when the value is made;
/// evaluating it never parses again (cloning shares the parsed form).
#[derive(Clone, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OpeningHours {
    text: String,
    parsed: opening_hours::OpeningHours,
}

/// Whether a place is open at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    Open,
    Closed,
    /// The hours say nothing definite for that moment (e.g. `unknown`, or a comment).
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not valid opening_hours syntax: {reason}")]
pub struct OpeningHoursError {
    value: String,
    reason: String,
}

impl OpeningHours {
    pub fn parse(value: &str) -> Result<Self, OpeningHoursError> {
        let trimmed = value.trim();
        let error = |reason: String| OpeningHoursError {
            value: value.to_owned(),
            reason,
        };
        if trimmed.is_empty() {
            return Err(error("it is empty".to_owned()));
        }
        if trimmed.len() > 1000 {
            return Err(error("it is longer than 1000 characters".to_owned()));
        }
        let parsed = opening_hours::OpeningHours::from_str(trimmed)
            .map_err(|e| error(describe_parse_error(&e.to_string())))?;
        Ok(Self {
            text: trimmed.to_owned(),
            parsed,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The state at `now` for a place in time zone `timezone` (IANA name) in `country`
    /// (ISO 3166-1 alpha-2, for public holidays). Unknown zones are read as UTC.
    pub fn state_at(
        &self,
        now: DateTime<Utc>,
        timezone: Option<&str>,
        country: Option<&str>,
    ) -> OpenState {
        let local = local_time(now, timezone);
        // The syntax speaks of the years 1900 to 9999; the parser's evaluation overflows
        // at the last moment chrono can write.
        if local >= opening_hours::DATE_END {
            return OpenState::Unknown;
        }
        let state = self.evaluator(country).state(local).0;
        match state {
            opening_hours::RuleKind::Open => OpenState::Open,
            opening_hours::RuleKind::Closed => OpenState::Closed,
            opening_hours::RuleKind::Unknown => OpenState::Unknown,
        }
    }

    /// The parsed hours with `country`'s public holidays.
    fn evaluator(
        &self,
        country: Option<&str>,
    ) -> opening_hours::OpeningHours<opening_hours::localization::NoLocation> {
        let parsed = self.parsed.clone();
        match country.and_then(|c| opening_hours::localization::Country::from_str(c).ok()) {
            Some(country) => parsed
                .with_context(opening_hours::Context::default().with_holidays(country.holidays())),
            None => parsed,
        }
    }

    /// The open times of the seven days starting at `from`, public holidays of
    /// `country` applied.
    pub fn week(&self, from: chrono::NaiveDate, country: Option<&str>) -> Vec<DayHours> {
        let evaluator = self.evaluator(country);
        from.iter_days()
            .take(7)
            .map(|date| {
                let open = evaluator
                    .schedule_at(date)
                    .into_iter()
                    .filter(|range| range.kind == opening_hours::RuleKind::Open)
                    .map(|range| {
                        let (start, end) = (range.range.start, range.range.end);
                        (
                            format!("{:02}:{:02}", start.hour(), start.minute()),
                            format!("{:02}:{:02}", end.hour(), end.minute()),
                        )
                    })
                    .collect();
                DayHours { date, open }
            })
            .collect()
    }

    /// When the state next changes after `now`, as local time in `timezone`; `None` when
    /// it does not change within a year.
    pub fn next_change(
        &self,
        now: DateTime<Utc>,
        timezone: Option<&str>,
        country: Option<&str>,
    ) -> Option<chrono::NaiveDateTime> {
        // The parser's own `next_change` walks day by day up to the year 10000 when
        // nothing changes (`Mo-Fr 10:00-12:00 off`: seconds of work for one page).
        let from = local_time(now, timezone);
        let until = from
            .checked_add_signed(chrono::TimeDelta::days(NEXT_CHANGE_DAYS))
            .map_or(opening_hours::DATE_END, |until| {
                until.min(opening_hours::DATE_END)
            });
        let first = self.evaluator(country).iter_range(from, until).next()?;
        (first.range.end < until).then_some(first.range.end)
    }
}

/// Turns the parser's multi-line report (`--> 1:3`, a caret line, `= expected ...`)
/// into one line: where, and what was expected.
fn describe_parse_error(report: &str) -> String {
    let position = report
        .lines()
        .find_map(|l| l.trim().strip_prefix("--> "))
        .and_then(|p| p.split(':').nth(1))
        .map(|column| format!("at character {column}"));
    let expected = report
        .lines()
        .find_map(|l| l.trim().strip_prefix("= "))
        .map(str::to_owned);
    match (position, expected) {
        (Some(position), Some(expected)) => format!("{position}: {expected}"),
        (Some(position), None) => position,
        (None, Some(expected)) => expected,
        (None, None) => report
            .lines()
            .next()
            .unwrap_or("unreadable")
            .trim()
            .to_owned(),
    }
}

/// `now` as the clock shows it in `timezone` (IANA name; unknown zones read as UTC, and
/// so does a moment whose local time chrono cannot write).
pub fn local_time(now: DateTime<Utc>, timezone: Option<&str>) -> chrono::NaiveDateTime {
    let utc = now.naive_utc();
    match timezone.and_then(|tz| chrono_tz::Tz::from_str(tz).ok()) {
        Some(tz) => utc
            .checked_add_offset(tz.offset_from_utc_datetime(&utc).fix())
            .unwrap_or(utc),
        None => utc,
    }
}

/// Whether `name` is an IANA time zone this build knows (`Europe/Copenhagen`).
pub fn is_known_timezone(name: &str) -> bool {
    chrono_tz::Tz::from_str(name).is_ok()
}

/// One day's opening times, as local clock times ("09:00", "15:00"); `24:00` ends a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayHours {
    pub date: chrono::NaiveDate,
    pub open: Vec<(String, String)>,
}

impl DayHours {
    /// Closed the whole day.
    pub fn is_closed(&self) -> bool {
        self.open.is_empty()
    }

    /// Open from midnight to midnight.
    pub fn is_all_day(&self) -> bool {
        matches!(self.open.as_slice(), [(from, to)] if from == "00:00" && to == "24:00")
    }
}

impl TryFrom<String> for OpeningHours {
    type Error = OpeningHoursError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<OpeningHours> for String {
    fn from(hours: OpeningHours) -> String {
        hours.text
    }
}

impl PartialEq for OpeningHours {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for OpeningHours {}

impl std::fmt::Debug for OpeningHours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("OpeningHours").field(&self.text).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .expect("valid time")
    }

    #[test]
    fn parses_real_syntax_and_rejects_nonsense() {
        for good in [
            "Mo-Fr 09:00-15:00; PH off",
            "24/7",
            "Mo,Th 13:00-16:00",
            "Mo-Fr 16:00-08:00; Sa,Su,PH 00:00-24:00",
        ] {
            assert!(OpeningHours::parse(good).is_ok(), "{good:?}");
        }
        for bad in ["", "Monday 9-5", "Mo-Fr 25:00-26:00", "Mo-Fx 09:00-15:00"] {
            let error = OpeningHours::parse(bad).expect_err(bad).to_string();
            assert!(
                error.contains("is not valid opening_hours syntax"),
                "{error}"
            );
        }
    }

    #[test]
    fn a_week_of_hours_with_holidays() {
        let hours =
            OpeningHours::parse("Mo-Fr 09:00-15:00; Th 09:00-17:30; PH off").expect("valid");
        // Monday 21 December 2026; Christmas Day (Friday 25th) is a Danish public holiday.
        let from = chrono::NaiveDate::from_ymd_opt(2026, 12, 21).expect("date");
        let week = hours.week(from, Some("DK"));
        assert_eq!(week.len(), 7);
        assert_eq!(week[0].open, vec![("09:00".to_owned(), "15:00".to_owned())]);
        assert_eq!(week[3].open, vec![("09:00".to_owned(), "17:30".to_owned())]);
        assert!(week[4].open.is_empty(), "Christmas Day: {:?}", week[4]);
        assert!(week[5].open.is_empty() && week[6].open.is_empty());
        let change = hours.next_change(
            at(2026, 12, 21, 9, 0),
            Some("Europe/Copenhagen"),
            Some("DK"),
        );
        assert_eq!(
            change.map(|t| t.to_string()),
            Some("2026-12-21 15:00:00".to_owned())
        );
    }

    #[test]
    fn hours_that_never_change_have_no_next_change_and_take_no_time() {
        // Found by tests/fuzz.rs: the parser's own next change walked day by day to the
        // year 10000 (seconds) for hours closed at every time they name.
        for never in ["Mo-Fr 10:00-12:00 off", "01:14+ off"] {
            let hours = OpeningHours::parse(never).expect("valid");
            let start = std::time::Instant::now();
            let change = hours.next_change(at(2026, 5, 28, 8, 32), Some("Europe/Copenhagen"), None);
            assert_eq!(change, None, "{never}");
            assert!(
                start.elapsed() < std::time::Duration::from_millis(100),
                "{never}"
            );
        }
        // A yearly rule still says when it next opens.
        let christmas_eve = OpeningHours::parse("Dec 24 10:00-12:00").expect("valid");
        assert_eq!(
            christmas_eve
                .next_change(at(2026, 5, 28, 8, 32), None, None)
                .map(|t| t.to_string()),
            Some("2026-12-24 10:00:00".to_owned())
        );
    }

    #[test]
    fn the_last_moments_chrono_can_write_are_unknown_not_a_panic() {
        // Found by tests/fuzz.rs: local time overflowed in chrono, the state in the parser.
        let hours = OpeningHours::parse("off").expect("valid");
        for zone in [None, Some("Pacific/Kiritimati"), Some("Etc/GMT+12")] {
            for now in [DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC] {
                let state = hours.state_at(now, zone, Some("DK"));
                assert!(state != OpenState::Open, "{now} in {zone:?}");
                assert_eq!(hours.next_change(now, zone, Some("DK")), None);
                assert!(hours.week(local_time(now, zone).date(), Some("DK")).len() <= 7);
            }
        }
        assert_eq!(
            hours.state_at(DateTime::<Utc>::MAX_UTC, None, None),
            OpenState::Unknown
        );
    }

    #[test]
    fn evaluates_in_local_time_with_public_holidays() {
        let hours = OpeningHours::parse("Mo-Fr 09:00-15:00; PH off").expect("valid");
        let tz = Some("Europe/Copenhagen");
        let dk = Some("DK");
        // Wednesday 2026-11-25 08:30 UTC is 09:30 in Copenhagen: open.
        assert_eq!(
            hours.state_at(at(2026, 11, 25, 8, 30), tz, dk),
            OpenState::Open
        );
        // 07:30 UTC is 08:30 local: closed, though 08:30 UTC would be open in UTC.
        assert_eq!(
            hours.state_at(at(2026, 11, 25, 7, 30), tz, dk),
            OpenState::Closed
        );
        // Christmas Day 2026 is a Friday and a Danish public holiday.
        assert_eq!(
            hours.state_at(at(2026, 12, 25, 10, 0), tz, dk),
            OpenState::Closed
        );
        assert_eq!(
            hours.state_at(at(2026, 12, 25, 10, 0), tz, None),
            OpenState::Open
        );
    }
}
