//! Where a service is: its (first) service at location, with the location's
//! coordinates and (first) address. Phones and schedules found there are passed on, in
//! case the service itself has none.

use crate::import::fields::Fields;
use crate::import::walk::Walk;
use crate::report::{FindingKind, Place};
use nabo_domain::{Address, Geo, GeoRecord};
use serde_json::Value;

/// An HSDS object not read yet, with where it is.
#[derive(Debug)]
pub(crate) struct Candidate {
    pub value: Value,
    pub path: String,
    pub place: Place,
}

impl Candidate {
    pub fn list(items: Vec<Value>, path: &str, place: &Place) -> Vec<Candidate> {
        items
            .into_iter()
            .enumerate()
            .map(|(index, value)| Candidate {
                value,
                path: format!("{path}[{index}]"),
                place: place.clone(),
            })
            .collect()
    }

    pub fn fields(self, walk: &mut Walk) -> Option<Fields> {
        Fields::object(self.value, self.path, &self.place, walk)
    }
}

/// A text of the address that may name the area (`city`, `state_province`, `region`).
#[derive(Debug)]
pub(crate) struct AreaHint {
    pub text: String,
    pub path: String,
    pub place: Place,
    /// Whether the text went into the record anyway (the city does).
    pub kept: bool,
}

#[derive(Debug, Default)]
pub(crate) struct PlaceParts {
    pub address: Option<Address>,
    pub geo: Option<GeoRecord>,
    /// Phones of the service at location, then of the location.
    pub phones: Vec<Candidate>,
    /// Schedules of the service at location, and of the location.
    pub schedules: Vec<Vec<Candidate>>,
    pub area_hints: Vec<AreaHint>,
}

/// Reads a service at location.
pub(crate) fn read(walk: &mut Walk, mut link: Fields) -> PlaceParts {
    let mut parts = PlaceParts::default();
    let phones = link.take_list("phones", walk);
    parts.phones = Candidate::list(phones, &link.field("phones"), &link.place);
    let schedules = link.take_list("schedules", walk);
    parts.schedules.push(Candidate::list(
        schedules,
        &link.field("schedules"),
        &link.place,
    ));
    if let Some(location) = link.take("location")
        && let Some(location) = Fields::object(location, link.field("location"), &link.place, walk)
    {
        read_location(walk, location, &mut parts);
    }
    link.skip_links();
    link.finish(walk);
    parts
}

fn read_location(walk: &mut Walk, mut location: Fields, parts: &mut PlaceParts) {
    location.skip("location_type");
    let latitude = location.take_number("latitude", walk);
    let longitude = location.take_number("longitude", walk);
    match (latitude, longitude) {
        (Some(lat), Some(lon)) => match Geo::new(lat, lon) {
            Ok(_) => parts.geo = Some(GeoRecord { lat, lon }),
            Err(reason) => walk.finding(
                &location.place,
                location.field("latitude"),
                FindingKind::Invalid(format!(
                    "the coordinates {lat}, {lon} are no place on Earth: {reason}"
                )),
            ),
        },
        (Some(_), None) | (None, Some(_)) => walk.finding(
            &location.place,
            location.field(if latitude.is_some() {
                "latitude"
            } else {
                "longitude"
            }),
            FindingKind::Invalid("a latitude needs a longitude and the other way round".to_owned()),
        ),
        (None, None) => {}
    }
    let addresses = location.take_list("addresses", walk);
    let addresses = Candidate::list(addresses, &location.field("addresses"), &location.place);
    let chosen = addresses
        .iter()
        .position(|a| a.value.get("address_type").and_then(Value::as_str) == Some("physical"))
        .unwrap_or(0);
    for (index, address) in addresses.into_iter().enumerate() {
        if index == chosen {
            if let Some(fields) = address.fields(walk) {
                read_address(walk, fields, parts);
            }
        } else {
            walk.finding(
                &address.place,
                address.path,
                FindingKind::Extra("Nabo keeps one address per resource".to_owned()),
            );
        }
    }
    let phones = location.take_list("phones", walk);
    parts.phones.extend(Candidate::list(
        phones,
        &location.field("phones"),
        &location.place,
    ));
    let schedules = location.take_list("schedules", walk);
    parts.schedules.push(Candidate::list(
        schedules,
        &location.field("schedules"),
        &location.place,
    ));
    location.skip_links();
    location.finish(walk);
}

fn read_address(walk: &mut Walk, mut fields: Fields, parts: &mut PlaceParts) {
    fields.skip("address_type");
    let street = match (
        fields.take_str("address_1", walk),
        fields.take_str("address_2", walk),
    ) {
        (Some(first), Some(second)) => Some(format!("{first}, {second}")),
        (first, second) => first.or(second),
    };
    let city = fields.take_str("city", walk);
    let postcode = fields.take_str("postal_code", walk);
    let country = fields.take_str("country", walk).and_then(|country| {
        let code = country.to_ascii_uppercase();
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            Some(code)
        } else {
            walk.finding(
                &fields.place,
                fields.field("country"),
                FindingKind::Invalid(format!("{country:?} is no ISO 3166-1 alpha-2 country code")),
            );
            None
        }
    });
    if let Some(city) = &city {
        parts.area_hints.push(AreaHint {
            text: city.clone(),
            path: fields.field("city"),
            place: fields.place.clone(),
            kept: true,
        });
    }
    for key in ["state_province", "region"] {
        if let Some(text) = fields.take_str(key, walk) {
            parts.area_hints.push(AreaHint {
                text,
                path: fields.field(key),
                place: fields.place.clone(),
                kept: false,
            });
        }
    }
    if street.is_some() || city.is_some() || postcode.is_some() || country.is_some() {
        parts.address = Some(Address {
            street,
            postcode,
            city,
            country,
        });
    }
    fields.skip_links();
    fields.finish(walk);
}
