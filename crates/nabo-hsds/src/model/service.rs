//! HSDS `service`: one Nabo resource. The full form (`/services/{id}`) nests its phones,
//! schedules, service area, location, languages, organization and taxonomy terms; the
//! list form (`/services`) only the one-to-one fields and the organization.

use crate::ids::HsdsId;
use crate::model::{
    Attribute, Language, NaboExtension, Organization, Phone, Schedule, ServiceArea,
    ServiceAtLocation,
};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Service {
    pub id: HsdsId,
    pub organization_id: HsdsId,
    /// In the source language.
    pub name: String,
    /// In the source language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The website.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Always `active`: Nabo holds only services in use.
    pub status: String,
    /// Nabo's `access` (how to get help) in the source language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    /// Nabo's `verified_at`, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_areas: Vec<ServiceArea>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<Box<Organization>>,
    /// The resource's categories, then its access attributes, as terms of Nabo's two
    /// taxonomies.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
    #[serde(rename = "x-nabo")]
    pub nabo: NaboExtension,
}

impl Service {
    /// The list form: the same service without its one-to-many fields.
    pub fn into_list_item(mut self) -> Self {
        self.phones.clear();
        self.schedules.clear();
        self.service_areas.clear();
        self.service_at_locations.clear();
        self.languages.clear();
        self.attributes.clear();
        if let Some(organization) = &mut self.organization {
            organization.services.clear();
        }
        self
    }
}
