//! Opening hours as the reader reads them: the directory's typed `Opening` in words.

use super::view::Translator;
use chrono::{Datelike, Weekday};
use nabo_directory::Opening;
use nabo_domain::OpenState;

/// One day of the week as shown.
pub struct DayView {
    pub name: String,
    pub times: String,
}

/// The seven days from today.
pub fn week(t: &Translator, opening: &Opening) -> Vec<DayView> {
    opening
        .week
        .iter()
        .map(|day| DayView {
            name: t.t(day_id(day.date.weekday())),
            times: if day.is_closed() {
                t.t("hours-closed-day")
            } else if day.is_all_day() {
                t.t("hours-always-open")
            } else {
                day.open
                    .iter()
                    .map(|(from, to)| format!("{from}–{to}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        })
        .collect()
}

/// "Open now · closes at 16:00", "Closed now · opens Monday at 08:00", or unknown.
pub fn status(t: &Translator, opening: &Opening) -> String {
    let at = |when: chrono::NaiveDateTime| when.format("%H:%M").to_string();
    match (opening.state, opening.next_change) {
        (Some(OpenState::Open), Some(next)) => format!(
            "{} · {}",
            t.t("hours-open-now"),
            t.with("hours-closes-at", "time", &at(next))
        ),
        (Some(OpenState::Open), None) => t.t("hours-open-now"),
        (Some(OpenState::Closed), Some(next)) => format!(
            "{} · {}",
            t.t("hours-closed-now"),
            t.with2(
                "hours-opens-at",
                ("day", &t.t(day_id(next.weekday()))),
                ("time", &at(next))
            )
        ),
        (Some(OpenState::Closed), None) => t.t("hours-closed-now"),
        _ => t.t("hours-unknown"),
    }
}

fn day_id(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "day-mo",
        Weekday::Tue => "day-tu",
        Weekday::Wed => "day-we",
        Weekday::Thu => "day-th",
        Weekday::Fri => "day-fr",
        Weekday::Sat => "day-sa",
        Weekday::Sun => "day-su",
    }
}
