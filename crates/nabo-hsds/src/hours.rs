//! Opening hours between OpenStreetMap `opening_hours` syntax (Nabo) and HSDS schedules
//! (iCal-like `freq`/`byday` with `opens_at`/`closes_at`).
//!
//! The common forms — rules of weekdays and times separated by `;`, `off`/`closed`,
//! `24/7`, `PH` (public holiday) rules — have a weekly form: per weekday its opening
//! times, a later rule replacing what earlier ones said about its days, as in
//! OpenStreetMap. Public-holiday rules have no place in HSDS schedules and are named in
//! the notes. Anything else (months, week numbers, comments, fallback rules) has no
//! weekly form; the original text is always kept whole in every schedule's
//! `description`.

/// Minutes after midnight; 1440 is `24:00`.
type Minutes = u16;

const DAYS_OSM: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const DAYS_ICAL: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Per weekday (Monday first) its opening times, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Week {
    pub days: [Vec<(Minutes, Minutes)>; 7],
}

/// The weekly form of a text, with the rules it could not express.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WeeklyHours {
    pub week: Week,
    /// Rules about public or school holidays, verbatim.
    pub exceptions: Vec<String>,
}

/// One HSDS schedule's worth: days with the same opening time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WeeklyRule {
    /// iCal days, `MO,TU,WE`.
    pub byday: String,
    pub opens_at: String,
    pub closes_at: String,
}

/// The weekly form of OpenStreetMap opening hours, or `None` when the text uses more of
/// the syntax than weekdays, times, `off` and holiday rules.
pub(crate) fn weekly(text: &str) -> Option<WeeklyHours> {
    if text.contains("||") || text.contains('"') {
        return None;
    }
    let mut week = Week::default();
    let mut exceptions = Vec::new();
    for rule in text
        .split(';')
        .map(str::trim)
        .filter(|rule| !rule.is_empty())
    {
        if rule == "24/7" {
            week.days = std::array::from_fn(|_| vec![(0, 1440)]);
            continue;
        }
        let mut tokens = rule.split_whitespace();
        let selector = tokens.next()?;
        let (days, holidays) = day_selector(selector)?;
        let rest: String = tokens.collect();
        let times = match rest.as_str() {
            "off" | "closed" => Vec::new(),
            "" => return None,
            ranges => time_ranges(ranges)?,
        };
        if holidays {
            exceptions.push(rule.to_owned());
        }
        for day in days {
            week.days[day] = times.clone();
        }
    }
    Some(WeeklyHours { week, exceptions })
}

impl Week {
    /// Days with the same times grouped, in weekday order: one rule per opening time.
    pub fn rules(&self) -> Vec<WeeklyRule> {
        let mut rules = Vec::new();
        for (day, times) in self.days.iter().enumerate() {
            if times.is_empty() || self.days[..day].contains(times) {
                continue;
            }
            let byday = (day..7)
                .filter(|&other| &self.days[other] == times)
                .map(|other| DAYS_ICAL[other])
                .collect::<Vec<_>>()
                .join(",");
            for &(opens, closes) in times {
                rules.push(WeeklyRule {
                    byday: byday.clone(),
                    opens_at: clock(opens),
                    closes_at: clock(closes),
                });
            }
        }
        rules
    }

    /// The OpenStreetMap form (`Mo-We 10:00-14:00; Th 10:00-17:00`); `None` when no day
    /// has opening times.
    pub fn to_osm(&self) -> Option<String> {
        if self.days.iter().all(Vec::is_empty) {
            return None;
        }
        if self.days.iter().all(|times| times == &[(0, 1440)]) {
            return Some("24/7".to_owned());
        }
        let mut rules = Vec::new();
        for (day, times) in self.days.iter().enumerate() {
            if times.is_empty() || self.days[..day].contains(times) {
                continue;
            }
            let days: Vec<usize> = (day..7).filter(|&d| &self.days[d] == times).collect();
            let ranges = times
                .iter()
                .map(|&(opens, closes)| format!("{}-{}", clock(opens), clock(closes)))
                .collect::<Vec<_>>()
                .join(",");
            rules.push(format!("{} {ranges}", day_list(&days)));
        }
        Some(rules.join("; "))
    }

    /// Adds opening times to the given days (iCal `MO,TU`), or `None` when `byday` or
    /// the times are not plain weekdays and `HH:MM`.
    pub fn add(&mut self, byday: &str, opens: Minutes, closes: Minutes) -> Option<()> {
        let mut days = Vec::new();
        for code in byday.split(',').map(str::trim) {
            days.push(
                DAYS_ICAL
                    .iter()
                    .position(|d| d.eq_ignore_ascii_case(code))?,
            );
        }
        for day in days {
            let times = &mut self.days[day];
            if !times.contains(&(opens, closes)) {
                times.push((opens, closes));
                times.sort_unstable();
            }
        }
        Some(())
    }
}

/// Reads an HSDS time: `HH:MM`, `HH:MM:SS` (seconds must be zero), optionally with `Z`
/// or an offset, which is returned separately as it has no place in Nabo's local hours.
pub(crate) fn parse_clock(text: &str) -> Option<(Minutes, Option<&str>)> {
    let text = text.trim();
    let split = text
        .char_indices()
        .skip(4)
        .find(|&(_, c)| c == 'Z' || c == '+' || c == '-')
        .map_or(text.len(), |(index, _)| index);
    let (time, zone) = text.split_at(split);
    let mut parts = time.split(':');
    let hours: Minutes = parts.next()?.parse().ok()?;
    let minutes: Minutes = parts.next()?.parse().ok()?;
    if let Some(seconds) = parts.next()
        && seconds.parse::<u16>().ok()? != 0
    {
        return None;
    }
    if parts.next().is_some() || hours > 24 || minutes > 59 || (hours == 24 && minutes > 0) {
        return None;
    }
    Some((hours * 60 + minutes, (!zone.is_empty()).then_some(zone)))
}

fn clock(minutes: Minutes) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// `Mo-We,Fr` for the days 0, 1, 2, 4.
fn day_list(days: &[usize]) -> String {
    let mut parts = Vec::new();
    let mut index = 0;
    while index < days.len() {
        let start = days[index];
        let mut end = start;
        while index + 1 < days.len() && days[index + 1] == end + 1 {
            index += 1;
            end = days[index];
        }
        parts.push(match end - start {
            0 => DAYS_OSM[start].to_owned(),
            1 => format!("{},{}", DAYS_OSM[start], DAYS_OSM[end]),
            _ => format!("{}-{}", DAYS_OSM[start], DAYS_OSM[end]),
        });
        index += 1;
    }
    parts.join(",")
}

/// The weekdays of a selector such as `Mo-Fr,Su,PH`, and whether it names holidays.
fn day_selector(selector: &str) -> Option<(Vec<usize>, bool)> {
    let mut days = Vec::new();
    let mut holidays = false;
    for item in selector.split(',') {
        match item {
            "PH" | "SH" => holidays = true,
            _ => match item.split_once('-') {
                Some((from, to)) => {
                    let (from, to) = (weekday(from)?, weekday(to)?);
                    let mut day = from;
                    loop {
                        days.push(day);
                        if day == to {
                            break;
                        }
                        day = (day + 1) % 7;
                    }
                }
                None => days.push(weekday(item)?),
            },
        }
    }
    Some((days, holidays))
}

fn weekday(text: &str) -> Option<usize> {
    DAYS_OSM.iter().position(|day| *day == text)
}

/// `08:00-12:00,13:00-16:00`; times past midnight (`22:00-26:00`) have no weekly form.
fn time_ranges(text: &str) -> Option<Vec<(Minutes, Minutes)>> {
    let mut ranges = Vec::new();
    for range in text.split(',') {
        let (opens, closes) = range.split_once('-')?;
        let (opens, closes) = (osm_clock(opens)?, osm_clock(closes)?);
        ranges.push((opens, closes));
    }
    ranges.sort_unstable();
    Some(ranges)
}

fn osm_clock(text: &str) -> Option<Minutes> {
    let (hours, minutes) = text.split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes): (Minutes, Minutes) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours < 24 && minutes < 60 || hours == 24 && minutes == 0).then_some(hours * 60 + minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Per schedule: iCal days, opens, closes.
    type Rules<'a> = &'a [(&'a str, &'a str, &'a str)];

    fn check(text: &str, expected: Option<(Rules<'_>, &[&str])>) {
        let result = weekly(text).map(|hours| {
            let rules: Vec<(String, String, String)> = hours
                .week
                .rules()
                .into_iter()
                .map(|rule| (rule.byday, rule.opens_at, rule.closes_at))
                .collect();
            (rules, hours.exceptions)
        });
        let expected = expected.map(|(rules, exceptions)| {
            (
                rules
                    .iter()
                    .map(|(d, o, c)| ((*d).to_owned(), (*o).to_owned(), (*c).to_owned()))
                    .collect::<Vec<_>>(),
                exceptions
                    .iter()
                    .map(|e| (*e).to_owned())
                    .collect::<Vec<_>>(),
            )
        });
        assert_eq!(result, expected, "{text:?}");
    }

    #[test]
    fn weekly_forms_of_common_hours() {
        check(
            "Mo-Fr 08:00-15:00; Sa 10:00-12:00; PH off",
            Some((
                &[
                    ("MO,TU,WE,TH,FR", "08:00", "15:00"),
                    ("SA", "10:00", "12:00"),
                ],
                &["PH off"],
            )),
        );
        // A later rule replaces what an earlier one said about its days.
        check(
            "Mo-Fr 10:00-14:00; Th 10:00-17:00; PH off",
            Some((
                &[("MO,TU,WE,FR", "10:00", "14:00"), ("TH", "10:00", "17:00")],
                &["PH off"],
            )),
        );
        check(
            "Mo,Th 08:00-12:00,13:00-16:00; Th off",
            Some((&[("MO", "08:00", "12:00"), ("MO", "13:00", "16:00")], &[])),
        );
        check(
            "24/7",
            Some((&[("MO,TU,WE,TH,FR,SA,SU", "00:00", "24:00")], &[])),
        );
        check(
            "Sa,Su,PH 09:00-16:00",
            Some((&[("SA,SU", "09:00", "16:00")], &["Sa,Su,PH 09:00-16:00"])),
        );
        for other in [
            "Jun-Aug Mo-Fr 10:00-14:00",
            "Mo-Fr 09:00-17:00 \"by appointment\"",
            "Mo-Fr 22:00-26:00",
            "Mo[1] 10:00-12:00",
            "Mo-Fr 09:00-12:00 || unknown",
        ] {
            check(other, None);
        }
    }

    #[test]
    fn weeks_back_to_osm() {
        let week = |text: &str| weekly(text).expect("weekly").week;
        for text in [
            "Mo-We 10:00-14:00; Th 10:00-17:00; Fr 10:00-13:00",
            "Mo,Th 13:00-16:00",
            "Mo-Fr 06:00-21:00; Sa,Su 09:00-19:00",
            "Tu 16:00-19:00; Th 10:00-13:00",
            "24/7",
        ] {
            assert_eq!(week(text).to_osm().as_deref(), Some(text));
        }
        let mut built = Week::default();
        built.add("TH,FR", 600, 1080).expect("plain days");
        built.add("MO", 600, 720).expect("plain days");
        assert_eq!(
            built.to_osm().as_deref(),
            Some("Mo 10:00-12:00; Th,Fr 10:00-18:00")
        );
        assert!(built.add("2MO", 600, 720).is_none());
    }

    #[test]
    fn hsds_clock_times() {
        assert_eq!(parse_clock("10:00:00"), Some((600, None)));
        assert_eq!(parse_clock("09:30"), Some((570, None)));
        assert_eq!(parse_clock("09:00-05:00"), Some((540, Some("-05:00"))));
        assert_eq!(parse_clock("18:00Z"), Some((1080, Some("Z"))));
        assert_eq!(parse_clock("24:00"), Some((1440, None)));
        assert_eq!(parse_clock("10:00:30"), None);
        assert_eq!(parse_clock("25:00"), None);
    }
}
