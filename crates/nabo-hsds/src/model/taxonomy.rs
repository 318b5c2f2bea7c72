//! HSDS `taxonomy`, `taxonomy_term` and `attribute`: Nabo's categories and access
//! attributes as two taxonomies, linked to services through attributes.

use crate::ids::HsdsId;
use crate::model::TermExtension;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Taxonomy {
    pub id: HsdsId,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaxonomyTerm {
    pub id: HsdsId,
    /// The Nabo id (`jobcentre`, `women-only-hours`).
    pub code: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<HsdsId>,
    /// `nabo-categories` or `nabo-attributes`.
    pub taxonomy: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taxonomy_detail: Option<Taxonomy>,
    /// BCP 47 tag of `name` and `description`.
    pub language: String,
    pub taxonomy_id: HsdsId,
    #[serde(rename = "x-nabo", skip_serializing_if = "Option::is_none")]
    pub nabo: Option<TermExtension>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribute {
    pub id: HsdsId,
    /// The service's id.
    pub link_id: HsdsId,
    pub taxonomy_term_id: HsdsId,
    /// Always `service`.
    pub link_entity: String,
    pub taxonomy_term: TaxonomyTerm,
}
