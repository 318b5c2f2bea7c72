//! One resource as an HSDS service, with the entities around it: organization,
//! location and address, service at location, phone, schedules, languages, service area
//! and the attributes that link it to Nabo's taxonomy terms.

use crate::export::Exporter;
use crate::export::terms::others;
use crate::hours;
use crate::ids::{HsdsId, NaboTaxonomy};
use crate::model::{
    Address, Attribute, Language, Location, NaboExtension, Organization, Phone, Schedule, Service,
    ServiceArea, ServiceAtLocation, TaxonomyTerm, Translations,
};
use nabo_domain::{Area, LocalizedText, OpeningHours, Resource};

/// How much of its services an organization carries (`/organizations/{id}` gives list
/// items unless asked for `full_service`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceDetail {
    ListItem,
    Full,
}

impl Exporter<'_> {
    /// The full service, as `/services/{id}` returns it.
    pub fn service(&self, resource: &Resource) -> Service {
        let id = HsdsId::service(&resource.id);
        let source = |text: &LocalizedText| text.get(&resource.source_language).map(str::to_owned);
        Service {
            id: id.clone(),
            organization_id: HsdsId::organization(&resource.id),
            name: source_name(resource),
            description: source(&resource.description),
            url: resource.website.as_ref().map(|w| w.as_str().to_owned()),
            email: resource.email.as_ref().map(|e| e.as_str().to_owned()),
            status: "active".to_owned(),
            application_process: source(&resource.access),
            assured_date: resource
                .verified_at
                .map(|date| date.format("%Y-%m-%d").to_string()),
            phones: resource
                .phone
                .iter()
                .map(|phone| Phone {
                    id: HsdsId::phone(&resource.id),
                    service_id: id.clone(),
                    number: phone.display().to_owned(),
                    kind: "voice".to_owned(),
                })
                .collect(),
            schedules: resource
                .opening_hours
                .as_ref()
                .map(|hours| self.schedules(resource, hours))
                .unwrap_or_default(),
            service_areas: vec![ServiceArea {
                id: HsdsId::service_area(&resource.id, &resource.area),
                service_id: id.clone(),
                name: self.area_name(self.reference.area(&resource.area), resource),
            }],
            service_at_locations: self.place(resource).into_iter().collect(),
            languages: resource
                .languages_spoken
                .iter()
                .map(|tag| Language {
                    id: HsdsId::language(&resource.id, tag),
                    service_id: id.clone(),
                    name: self
                        .reference
                        .languages
                        .resolve(tag)
                        .map_or_else(|| tag.to_string(), |l| l.english_name.clone()),
                    code: tag.to_string(),
                })
                .collect(),
            organization: Some(Box::new(self.organization_list_item(resource))),
            attributes: self.attributes(resource),
            nabo: extension(resource),
        }
    }

    /// The list form of a service, as the contents of `/services`.
    pub fn service_list_item(&self, resource: &Resource) -> Service {
        self.service(resource).into_list_item()
    }

    /// The organization Nabo derives for a resource — the resource as its own provider —
    /// with its one service nested (`/organizations/{id}`: as a list item;
    /// `?full_service=true`: in full).
    pub fn organization(&self, resource: &Resource, detail: ServiceDetail) -> Organization {
        let mut service = match detail {
            ServiceDetail::ListItem => self.service_list_item(resource),
            ServiceDetail::Full => self.service(resource),
        };
        service.organization = None;
        let mut organization = self.organization_list_item(resource);
        organization.services = vec![service];
        organization
    }

    /// The organization without services: the contents of `/organizations`, and the
    /// organization nested in a service.
    pub fn organization_list_item(&self, resource: &Resource) -> Organization {
        let source = |text: &LocalizedText| text.get(&resource.source_language).map(str::to_owned);
        Organization {
            id: HsdsId::organization(&resource.id),
            name: source_name(resource),
            description: source(&resource.summary)
                .or_else(|| source(&resource.description))
                .unwrap_or_else(|| source_name(resource)),
            email: resource.email.as_ref().map(|e| e.as_str().to_owned()),
            website: resource.website.as_ref().map(|w| w.as_str().to_owned()),
            services: Vec::new(),
        }
    }

    /// The full service at location (`/service_at_locations/{id}`); `None` for a resource
    /// without address and coordinates (a women's shelter, whose address is secret).
    pub fn service_at_location(&self, resource: &Resource) -> Option<ServiceAtLocation> {
        let mut place = self.place(resource)?;
        let mut service = self.service(resource);
        service.service_at_locations.clear();
        place.service = Some(Box::new(service));
        Some(place)
    }

    /// The list form (`/service_at_locations` contents): one-to-one fields only.
    pub fn service_at_location_list_item(&self, resource: &Resource) -> Option<ServiceAtLocation> {
        let mut place = self.place(resource)?;
        place.location.addresses.clear();
        place.service = Some(Box::new(self.service_list_item(resource)));
        Some(place)
    }

    /// The resource's place, without the service.
    fn place(&self, resource: &Resource) -> Option<ServiceAtLocation> {
        if resource.address.is_none() && resource.geo.is_none() {
            return None;
        }
        let location_id = HsdsId::location(&resource.id);
        let area = self.reference.area(&resource.area);
        let addresses = resource
            .address
            .iter()
            .map(|address| Address {
                id: HsdsId::address(&resource.id),
                location_id: location_id.clone(),
                address_1: address.street.clone().unwrap_or_default(),
                city: address.city.clone().unwrap_or_default(),
                state_province: self.region_name(area, resource),
                postal_code: address.postcode.clone().unwrap_or_default(),
                country: address
                    .country
                    .clone()
                    .or_else(|| area.map(|a| a.country.clone()))
                    .unwrap_or_default(),
                address_type: "physical".to_owned(),
            })
            .collect();
        Some(ServiceAtLocation {
            id: HsdsId::service_at_location(&resource.id),
            service_id: HsdsId::service(&resource.id),
            location_id: location_id.clone(),
            location: Location {
                id: location_id,
                location_type: "physical".to_owned(),
                latitude: resource.geo.map(|geo| geo.lat),
                longitude: resource.geo.map(|geo| geo.lon),
                addresses,
            },
            service: None,
        })
    }

    fn schedules(&self, resource: &Resource, hours: &OpeningHours) -> Vec<Schedule> {
        let service_id = HsdsId::service(&resource.id);
        let timezone = self
            .reference
            .timezone(&resource.area)
            .map(|zone| format!("Times are local time in {zone}."));
        let schedule = |index, rule: Option<hours::WeeklyRule>, notes: Option<String>| {
            let (freq, byday, opens_at, closes_at) = match rule {
                Some(rule) => (
                    Some("WEEKLY".to_owned()),
                    Some(rule.byday),
                    Some(rule.opens_at),
                    Some(rule.closes_at),
                ),
                None => (None, None, None, None),
            };
            Schedule {
                id: HsdsId::schedule(&resource.id, index),
                service_id: service_id.clone(),
                freq,
                byday,
                opens_at,
                closes_at,
                description: hours.as_str().to_owned(),
                notes,
            }
        };
        match hours::weekly(hours.as_str()) {
            Some(weekly) => {
                let exceptions = (!weekly.exceptions.is_empty()).then(|| {
                    format!(
                        "Not in freq/byday/opens_at/closes_at (see description): {}.",
                        weekly.exceptions.join("; ")
                    )
                });
                let notes = join_notes([exceptions, timezone]);
                weekly
                    .week
                    .rules()
                    .into_iter()
                    .enumerate()
                    .map(|(index, rule)| schedule(index, Some(rule), notes.clone()))
                    .collect()
            }
            None => {
                let only = "No weekly form: the hours are in description only (OpenStreetMap opening_hours syntax).";
                let notes = join_notes([Some(only.to_owned()), timezone]);
                vec![schedule(0, None, notes)]
            }
        }
    }

    fn attributes(&self, resource: &Resource) -> Vec<Attribute> {
        let service_id = HsdsId::service(&resource.id);
        // The term's translations are in `/taxonomy_terms`, not in every service.
        let link = |kind: NaboTaxonomy, code: &str, mut term: TaxonomyTerm| {
            term.nabo = None;
            Attribute {
                id: HsdsId::attribute(&resource.id, kind, code),
                link_id: service_id.clone(),
                taxonomy_term_id: term.id.clone(),
                link_entity: "service".to_owned(),
                taxonomy_term: term,
            }
        };
        let categories = resource.categories.iter().filter_map(|id| {
            let category = self.reference.category(id)?;
            Some(link(
                NaboTaxonomy::Categories,
                id.as_str(),
                self.category_term(category),
            ))
        });
        let attributes = resource.attributes.iter().filter_map(|id| {
            let attribute = self.reference.attribute(id)?;
            Some(link(
                NaboTaxonomy::Attributes,
                id.as_str(),
                self.attribute_term(attribute),
            ))
        });
        categories.chain(attributes).collect()
    }

    fn area_name(&self, area: Option<&Area>, resource: &Resource) -> String {
        area.and_then(|area| self.pick(&area.name))
            .map_or_else(|| resource.area.to_string(), |(_, name)| name.to_owned())
    }

    /// The name of the region the area lies in, else of the area itself.
    fn region_name(&self, area: Option<&Area>, resource: &Resource) -> String {
        let mut current = area
            .and_then(|a| a.parent.as_ref())
            .and_then(|p| self.reference.area(p));
        // Bounded walk: a cycle in content must not hang an export.
        for _ in 0..16 {
            let Some(candidate) = current else { break };
            if candidate.kind.as_deref() == Some("region") {
                return self.area_name(Some(candidate), resource);
            }
            current = candidate
                .parent
                .as_ref()
                .and_then(|p| self.reference.area(p));
        }
        self.area_name(area, resource)
    }
}

fn source_name(resource: &Resource) -> String {
    resource
        .name
        .get(&resource.source_language)
        .or_else(|| resource.name.pick(&[], None).map(|picked| picked.text))
        .unwrap_or(resource.id.as_str())
        .to_owned()
}

fn extension(resource: &Resource) -> NaboExtension {
    let source = Some(&resource.source_language);
    NaboExtension {
        id: resource.id.to_string(),
        area: resource.area.to_string(),
        source_language: resource.source_language.to_string(),
        translations: Translations {
            name: others(&resource.name, source),
            summary: others(&resource.summary, None),
            description: others(&resource.description, source),
            access: others(&resource.access, source),
        },
    }
}

fn join_notes(parts: [Option<String>; 2]) -> Option<String> {
    let parts: Vec<String> = parts.into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}
