//! HSDS `organization`: Nabo has none; each resource is exported as its own provider
//! (see the crate documentation).

use crate::ids::HsdsId;
use crate::model::Service;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organization {
    pub id: HsdsId,
    pub name: String,
    /// HSDS requires one: the resource's summary, else its description, else its name,
    /// in the source language.
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Only in the `/organizations/{id}` form.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
}
