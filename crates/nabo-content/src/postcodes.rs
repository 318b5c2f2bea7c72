//! Reading `postcodes.txt`: one line per postcode and area it covers,
//! `postcode|area id|town` (`8000|dk-0751|Aarhus C`); `#` starts a comment line. A
//! postcode spanning several areas has a line for each, all with the same town.

use crate::error::FileProblems;
use nabo_domain::{Area, AreaId, Postcode, PostcodePlace};
use std::collections::BTreeMap;

/// The postcodes of `text` (the file of `sink`), every line checked: its form, the
/// postcode, a known area, a town, and that a postcode keeps one town and names an area
/// once. Lines with a problem are left out and reported.
pub(crate) fn collect_postcodes(
    sink: &mut FileProblems<'_>,
    text: &str,
    areas: &BTreeMap<AreaId, Area>,
) -> BTreeMap<Postcode, PostcodePlace> {
    let mut postcodes: BTreeMap<Postcode, PostcodePlace> = BTreeMap::new();
    // The line each postcode was first seen on, for the messages.
    let mut first_lines: BTreeMap<Postcode, usize> = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((postcode, area, town)) = read_line(sink, number, line, areas) else {
            continue;
        };
        let record = Some(format!("postcode {postcode}"));
        match postcodes.get_mut(&postcode) {
            None => {
                first_lines.insert(postcode, number);
                postcodes.insert(
                    postcode,
                    PostcodePlace {
                        town: town.to_owned(),
                        areas: vec![area],
                    },
                );
            }
            Some(place) => {
                let first = first_lines.get(&postcode).copied().unwrap_or_default();
                if place.town != town {
                    let message = format!("is {:?} on line {first}, not {town:?}", place.town);
                    sink.push(Some(number), record, "town", message);
                } else if place.areas.contains(&area) {
                    let message =
                        format!("{area} is named for this postcode before (line {first})");
                    sink.push(Some(number), record, "area", message);
                } else {
                    place.areas.push(area);
                }
            }
        }
    }
    postcodes
}

/// One line's postcode, known area and town, or its problems reported.
fn read_line<'a>(
    sink: &mut FileProblems<'_>,
    number: usize,
    line: &'a str,
    areas: &BTreeMap<AreaId, Area>,
) -> Option<(Postcode, AreaId, &'a str)> {
    let fields: Vec<&str> = line.split('|').map(str::trim).collect();
    let [postcode, area, town] = fields[..] else {
        let message = format!(
            "expected postcode|area id|town, found {} field(s) in {line:?}",
            fields.len()
        );
        sink.push(Some(number), None, "", message);
        return None;
    };
    let postcode = match Postcode::parse(postcode) {
        Ok(postcode) => postcode,
        Err(error) => {
            sink.push(Some(number), None, "postcode", error.to_string());
            return None;
        }
    };
    let record = || Some(format!("postcode {postcode}"));
    let area = match AreaId::parse(area) {
        Ok(id) if areas.contains_key(&id) => id,
        Ok(id) => {
            let message = format!("unknown area {:?} (not in areas.toml)", id.as_str());
            sink.push(Some(number), record(), "area", message);
            return None;
        }
        Err(error) => {
            sink.push(Some(number), record(), "area", format!("area {error}"));
            return None;
        }
    };
    if town.is_empty() {
        sink.push(Some(number), record(), "town", "is empty");
        return None;
    }
    Some((postcode, area, town))
}
