//! The whole directory as a folder of JSON files (`nabo export --format hsds --out DIR`):
//! one file per entity type, each an array in a fixed order, pretty-printed.
//!
//! - `services.json` — every service in full (as `/services/{id}`), by Nabo id. This
//!   file alone carries everything; it is the one `Importer::path` reads back.
//! - `organizations.json` — the derived organizations, each with its service as a list
//!   item (as `/organizations/{id}`).
//! - `service_at_locations.json` — in full (as `/service_at_locations/{id}`), for the
//!   resources that have a place.
//! - `taxonomies.json`, `taxonomy_terms.json` — Nabo's categories and access attributes.

use crate::error::HsdsError;
use crate::export::{Exporter, ServiceDetail};
use crate::model::{Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm};
use nabo_domain::Resource;
use serde::Serialize;
use std::path::Path;

/// Every entity of an export, ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryExport {
    pub services: Vec<Service>,
    pub organizations: Vec<Organization>,
    pub service_at_locations: Vec<ServiceAtLocation>,
    pub taxonomies: Vec<Taxonomy>,
    pub taxonomy_terms: Vec<TaxonomyTerm>,
}

/// One file of an export: its name in the folder and its JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub name: &'static str,
    pub contents: String,
}

/// The name of the file that carries the whole directory.
pub const SERVICES_FILE: &str = "services.json";

impl Exporter<'_> {
    /// The export of `resources` (in any order: they are sorted by id).
    pub fn directory(&self, resources: &[Resource]) -> DirectoryExport {
        let mut sorted: Vec<&Resource> = resources.iter().collect();
        sorted.sort_by(|a, b| a.id.cmp(&b.id));
        DirectoryExport {
            services: sorted.iter().map(|r| self.service(r)).collect(),
            organizations: sorted
                .iter()
                .map(|r| self.organization(r, ServiceDetail::ListItem))
                .collect(),
            service_at_locations: sorted
                .iter()
                .filter_map(|r| self.service_at_location(r))
                .collect(),
            taxonomies: self.taxonomies(),
            taxonomy_terms: self.taxonomy_terms(),
        }
    }
}

impl DirectoryExport {
    /// The files of the export, in a fixed order; the text is byte-stable.
    pub fn files(&self) -> Result<Vec<ExportFile>, HsdsError> {
        Ok(vec![
            file(SERVICES_FILE, &self.services)?,
            file("organizations.json", &self.organizations)?,
            file("service_at_locations.json", &self.service_at_locations)?,
            file("taxonomies.json", &self.taxonomies)?,
            file("taxonomy_terms.json", &self.taxonomy_terms)?,
        ])
    }

    /// Writes the files into `dir`, creating it when missing.
    pub fn write_to(&self, dir: &Path) -> Result<(), HsdsError> {
        std::fs::create_dir_all(dir).map_err(|source| HsdsError::Write {
            file: dir.to_owned(),
            source,
        })?;
        for file in self.files()? {
            let path = dir.join(file.name);
            std::fs::write(&path, file.contents)
                .map_err(|source| HsdsError::Write { file: path, source })?;
        }
        Ok(())
    }
}

fn file(name: &'static str, entities: &impl Serialize) -> Result<ExportFile, HsdsError> {
    let mut contents =
        serde_json::to_string_pretty(entities).map_err(|error| HsdsError::Serialize {
            what: name.to_owned(),
            message: error.to_string(),
        })?;
    contents.push('\n');
    Ok(ExportFile { name, contents })
}
