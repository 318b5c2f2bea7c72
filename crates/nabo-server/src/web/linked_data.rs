//! schema.org JSON-LD for a resource page, so that search engines and other directories
//! read the service as data: its kind, address, position, the coming week's opening
//! hours, and the languages spoken there.

use chrono::Datelike;
use nabo_directory::Opening;
use nabo_domain::{LanguageTag, ReferenceData, Resource};
use serde_json::{Map, Value, json};

/// The JSON-LD of `resource`, its texts chosen along `chain`, ready to stand inside a
/// `<script type="application/ld+json">` element (`<`, `>` and `&` escaped).
pub fn resource(
    resource: &Resource,
    reference: &ReferenceData,
    chain: &[LanguageTag],
    opening: &Opening,
) -> String {
    let source = Some(&resource.source_language);
    let mut node = Map::new();
    node.insert("@context".into(), json!("https://schema.org"));
    node.insert("@type".into(), json!(kind(resource)));
    if let Some(name) = resource.name.pick(chain, source) {
        node.insert("name".into(), json!(name.text));
    }
    if let Some(summary) = resource.summary.pick(chain, source) {
        node.insert("description".into(), json!(summary.text));
    }
    if let Some(address) = &resource.address {
        node.insert(
            "address".into(),
            json!({
                "@type": "PostalAddress",
                "streetAddress": address.street,
                "postalCode": address.postcode,
                "addressLocality": address.city,
                "addressCountry": address.country,
            }),
        );
    }
    if let Some(geo) = resource.geo {
        node.insert(
            "geo".into(),
            json!({"@type": "GeoCoordinates", "latitude": geo.lat, "longitude": geo.lon}),
        );
    }
    if let Some(area) = reference.area(&resource.area)
        && let Some(name) = area.name.pick(chain, None)
    {
        node.insert(
            "areaServed".into(),
            json!({"@type": "AdministrativeArea", "name": name.text}),
        );
    }
    if let Some(website) = &resource.website {
        node.insert("url".into(), json!(website.as_str()));
    }
    let hours = hours(opening);
    if !hours.is_empty() {
        node.insert("openingHoursSpecification".into(), Value::Array(hours));
    }
    let spoken: Vec<&str> = resource
        .languages_spoken
        .iter()
        .map(LanguageTag::as_str)
        .collect();
    if !spoken.is_empty() {
        node.insert("knowsLanguage".into(), json!(spoken));
    }
    if resource.phone.is_some() || resource.email.is_some() || !spoken.is_empty() {
        let mut contact = Map::new();
        contact.insert("@type".into(), json!("ContactPoint"));
        if let Some(phone) = &resource.phone {
            node.insert("telephone".into(), json!(phone.e164()));
            contact.insert("telephone".into(), json!(phone.e164()));
        }
        if let Some(email) = &resource.email {
            node.insert("email".into(), json!(email.as_str()));
            contact.insert("email".into(), json!(email.as_str()));
        }
        if !spoken.is_empty() {
            contact.insert("availableLanguage".into(), json!(spoken));
        }
        node.insert("contactPoint".into(), Value::Object(contact));
    }
    let text = Value::Object(without_nulls(node)).to_string();
    text.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The schema.org type of the resource's first category with a fitting one.
fn kind(resource: &Resource) -> &'static str {
    resource
        .categories
        .iter()
        .find_map(|category| match category.as_str() {
            "citizen-service" | "jobcentre" | "social-services" | "housing" => {
                Some("GovernmentOffice")
            }
            "general-practitioner"
            | "emergency-doctor"
            | "midwife"
            | "health-visitor"
            | "mental-health" => Some("MedicalClinic"),
            "dental-care" => Some("Dentist"),
            "language-school" | "adult-education" | "school" => Some("School"),
            "day-care" => Some("ChildCare"),
            "library" => Some("Library"),
            "sports-club" => Some("SportsClub"),
            "swimming-pool" => Some("PublicSwimmingPool"),
            "police" => Some("PoliceStation"),
            "legal-aid" => Some("LegalService"),
            _ => None,
        })
        .unwrap_or("LocalBusiness")
}

/// The coming week, day by day (each valid on its date only, so that holidays are right).
fn hours(opening: &Opening) -> Vec<Value> {
    opening
        .week
        .iter()
        .flat_map(|day| {
            let weekday = format!("https://schema.org/{}", day_name(day.date.weekday()));
            let date = day.date.format("%Y-%m-%d").to_string();
            day.open.iter().map(move |(opens, closes)| {
                json!({
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": weekday,
                    "opens": opens,
                    "closes": if closes == "24:00" { "23:59" } else { closes.as_str() },
                    "validFrom": date,
                    "validThrough": date,
                })
            })
        })
        .collect()
}

fn day_name(day: chrono::Weekday) -> &'static str {
    match day {
        chrono::Weekday::Mon => "Monday",
        chrono::Weekday::Tue => "Tuesday",
        chrono::Weekday::Wed => "Wednesday",
        chrono::Weekday::Thu => "Thursday",
        chrono::Weekday::Fri => "Friday",
        chrono::Weekday::Sat => "Saturday",
        chrono::Weekday::Sun => "Sunday",
    }
}

fn without_nulls(map: Map<String, Value>) -> Map<String, Value> {
    map.into_iter()
        .filter(|(_, value)| !value.is_null())
        .map(|(key, value)| match value {
            Value::Object(inner) => (key, Value::Object(without_nulls(inner))),
            other => (key, other),
        })
        .collect()
}
