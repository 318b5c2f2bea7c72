//! The periods insight is counted in: ISO 8601 weeks (what is stored) and calendar
//! months (what is reported). A week belongs to the month its Thursday falls in — the
//! rule by which ISO 8601 gives a week to a year — so a week's count never moves
//! between months, whether it is read from raw events or from weekly aggregates.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::fmt;

/// Why a text is not a week or a month.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("{0:?} is not a week: write it as 2026-W49")]
    Week(String),
    #[error("{0:?} is not a month: write it as 2026-11")]
    Month(String),
    #[error("{0:?} is not a day: write it as 2026-12-07")]
    Day(String),
}

/// An ISO 8601 week, e.g. `2026-W49`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week {
    /// Its Monday.
    monday: NaiveDate,
}

/// A calendar month, e.g. `2026-11`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i32,
    month: u32,
}

/// Parses a day written `YYYY-MM-DD`.
pub fn parse_day(text: &str) -> Result<NaiveDate, PeriodError> {
    let well_formed = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    well_formed
        .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| PeriodError::Day(text.chars().take(40).collect()))
}

impl Week {
    /// The week `day` is in.
    pub fn of(day: NaiveDate) -> Self {
        let back = day.weekday().num_days_from_monday();
        Self {
            monday: day - Duration::days(i64::from(back)),
        }
    }

    pub fn monday(self) -> NaiveDate {
        self.monday
    }

    pub fn sunday(self) -> NaiveDate {
        self.monday + Duration::days(6)
    }

    /// The month the week is reported in: its Thursday's.
    pub fn month(self) -> Month {
        Month::of(self.monday + Duration::days(3))
    }

    pub fn parse(text: &str) -> Result<Self, PeriodError> {
        let refused = || PeriodError::Week(text.chars().take(40).collect());
        let (year, week) = text.split_once("-W").ok_or_else(refused)?;
        let well_formed = year.len() == 4
            && week.len() == 2
            && year.bytes().chain(week.bytes()).all(|b| b.is_ascii_digit());
        if !well_formed {
            return Err(refused());
        }
        let year = year.parse().map_err(|_| refused())?;
        let week = week.parse().map_err(|_| refused())?;
        NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)
            .map(|monday| Self { monday })
            .ok_or_else(refused)
    }
}

impl fmt::Display for Week {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let iso = self.monday.iso_week();
        write!(f, "{:04}-W{:02}", iso.year(), iso.week())
    }
}

impl Month {
    pub fn of(day: NaiveDate) -> Self {
        Self {
            year: day.year(),
            month: day.month(),
        }
    }

    /// January to December of `year`.
    pub fn of_year(year: i32) -> Vec<Self> {
        (1..=12).map(|month| Self { year, month }).collect()
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 to 12.
    pub fn number(self) -> u32 {
        self.month
    }

    /// Whether every week reported in this month has ended by `today` (the month's last
    /// week may end up to three days into the next month): only then is a month's count
    /// final, and only final counts are reported, so that two reports a day apart do not
    /// tell one day's events by their difference.
    pub fn is_over(self, today: NaiveDate) -> bool {
        let Some(last) = self.last_day() else {
            return false;
        };
        let last_week = Week::of(last);
        let last_reported = if last_week.month() == self {
            last_week
        } else {
            Week::of(last - Duration::days(7))
        };
        last_reported.sunday() < today
    }

    fn last_day(self) -> Option<NaiveDate> {
        let (year, month) = if self.month == 12 {
            (self.year + 1, 1)
        } else {
            (self.year, self.month + 1)
        };
        NaiveDate::from_ymd_opt(year, month, 1).map(|first| first - Duration::days(1))
    }

    pub fn parse(text: &str) -> Result<Self, PeriodError> {
        let refused = || PeriodError::Month(text.chars().take(40).collect());
        let (year, month) = text.split_once('-').ok_or_else(refused)?;
        if year.len() != 4 || month.len() != 2 {
            return Err(refused());
        }
        let (year, month): (i32, u32) = (
            year.parse().map_err(|_| refused())?,
            month.parse().map_err(|_| refused())?,
        );
        if (1..=12).contains(&month) && year > 0 {
            Ok(Self { year, month })
        } else {
            Err(refused())
        }
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        parse_day(text).expect("a day")
    }

    #[test]
    fn a_week_is_reported_in_the_month_of_its_thursday() {
        // Monday 30 November 2026 to Sunday 6 December: Thursday is 3 December.
        let week = Week::of(day("2026-12-06"));
        assert_eq!(week.to_string(), "2026-W49");
        assert_eq!(week.monday(), day("2026-11-30"));
        assert_eq!(week.month().to_string(), "2026-12");
        // Monday 29 December 2025: Thursday 1 January 2026, ISO week 2026-W01.
        let week = Week::of(day("2025-12-31"));
        assert_eq!(week.to_string(), "2026-W01");
        assert_eq!(week.month().to_string(), "2026-01");
        assert_eq!(Week::parse("2026-W01"), Ok(week));
    }

    #[test]
    fn a_month_is_over_when_its_last_week_has_ended() {
        let november = Month::parse("2026-11").expect("a month");
        // November's last week is 2026-W48 (23-29 November).
        assert!(!november.is_over(day("2026-11-29")));
        assert!(november.is_over(day("2026-11-30")));
        let january = Month::parse("2026-01").expect("a month");
        // 2026-W05 (26 January - 1 February) has its Thursday on 29 January.
        assert!(!january.is_over(day("2026-02-01")));
        assert!(january.is_over(day("2026-02-02")));
    }

    #[test]
    fn refuses_malformed_periods() {
        for bad in ["2026-W1", "2026-W54", "26-W01", "2026W01", "2026-W0a"] {
            assert!(Week::parse(bad).is_err(), "{bad}");
        }
        for bad in ["2026-13", "2026-1", "2026/11", "x"] {
            assert!(Month::parse(bad).is_err(), "{bad}");
        }
        for bad in ["2026-02-30", "2026-2-1", "yesterday"] {
            assert!(parse_day(bad).is_err(), "{bad}");
        }
    }
}
