//! Import: HSDS 3.0 JSON (any document of the HSDS API, arrays of them, the JSON
//! tabular form) and tabular data packages (CSV) as Nabo resource records, with a
//! report of everything that did not become part of a record.
//!
//! The records are not validated here: `Imported::into_resources` validates them all
//! against the reference data (or pass them to Nabo's own import, e.g. as JSON Lines
//! from `Imported::to_json_lines`), so that an import stays all or nothing.

mod datapackage;
mod document;
mod extension;
mod fields;
mod matching;
mod place;
mod schedules;
mod service;
mod slug;
mod tabular;
mod terms;
mod walk;

use crate::error::{HsdsError, InputProblem};
use crate::export::SERVICES_FILE;
use crate::report::{Place, Report};
use nabo_domain::{AreaId, CategoryId, LanguageTag, ReferenceData, Resource, ResourceRecord};
use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;
use walk::Walk;

/// What the input does not say, given by the person importing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// The language of the texts of services that do not say (no `x-nabo`). HSDS has no
    /// field for it; a service's `languages` are the languages spoken there, which need
    /// not be the language its texts are written in.
    pub source_language: LanguageTag,
    /// The category of services none of whose taxonomy terms matches a Nabo category.
    /// Without it, such a record gets no category, is reported, and fails validation.
    pub default_category: Option<CategoryId>,
    /// The area of services whose service areas and address match no Nabo area.
    /// Without it, such a record gets no area, is reported, and fails validation.
    pub default_area: Option<AreaId>,
}

impl ImportOptions {
    pub fn new(source_language: LanguageTag) -> Self {
        Self {
            source_language,
            default_category: None,
            default_area: None,
        }
    }
}

/// Reads HSDS input against one set of reference data.
#[derive(Debug, Clone)]
pub struct Importer<'a> {
    reference: &'a ReferenceData,
    options: ImportOptions,
}

/// One imported service as a Nabo record.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedRecord {
    /// The service's HSDS id.
    pub hsds_id: String,
    /// The file (and line, for CSV) of the service.
    pub place: Place,
    pub record: ResourceRecord,
}

/// The records of an import, in input order, and what did not go into them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Imported {
    pub records: Vec<ImportedRecord>,
    pub report: Report,
}

impl<'a> Importer<'a> {
    pub fn new(reference: &'a ReferenceData, options: ImportOptions) -> Self {
        Self { reference, options }
    }

    /// A JSON document held in memory.
    pub fn json_str(&self, text: &str) -> Result<Imported, HsdsError> {
        self.json_text(text, &Place::default())
    }

    /// A parsed JSON document.
    pub fn json_value(&self, value: Value) -> Result<Imported, HsdsError> {
        let mut walk = Walk::new(self.reference, &self.options);
        document::document(&mut walk, value, &Place::default())?;
        walk.finish()
    }

    /// A JSON file.
    pub fn json_file(&self, path: &Path) -> Result<Imported, HsdsError> {
        let text = std::fs::read_to_string(path).map_err(|source| HsdsError::Read {
            file: path.to_owned(),
            source,
        })?;
        self.json_text(&text, &Place::file(path))
    }

    /// A tabular data package: the folder of its `datapackage.json` and CSV files. The
    /// tables are those the descriptor lists (each must exist); without a descriptor,
    /// or when it is a link to a file that is not there (as in the HSDS examples), the
    /// standard HSDS 3.0 file names are read, and the report says so.
    pub fn datapackage(&self, dir: &Path) -> Result<Imported, HsdsError> {
        let mut walk = Walk::new(self.reference, &self.options);
        datapackage::read_datapackage(&mut walk, dir)?;
        walk.finish()
    }

    /// A `.json` file, a data package (its folder, its `datapackage.json` or one of its
    /// CSV files), or a folder written by `DirectoryExport::write_to` (its
    /// `services.json`).
    pub fn path(&self, path: &Path) -> Result<Imported, HsdsError> {
        if !path.is_dir() {
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or_default();
            let tabular = name == "datapackage.json" || name.ends_with(".csv");
            return match path.parent() {
                Some(dir) if tabular => self.datapackage(dir),
                _ => self.json_file(path),
            };
        }
        if path.join("datapackage.json").exists() || path.join("services.csv").exists() {
            self.datapackage(path)
        } else {
            self.json_file(&path.join(SERVICES_FILE))
        }
    }

    fn json_text(&self, text: &str, place: &Place) -> Result<Imported, HsdsError> {
        // A byte order mark is no JSON, but editors write one.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: Value = serde_json::from_str(text).map_err(|error| HsdsError::Json {
            place: place.clone(),
            line: error.line(),
            column: error.column(),
            message: error.to_string(),
        })?;
        let mut walk = Walk::new(self.reference, &self.options);
        document::document(&mut walk, value, place)?;
        walk.finish()
    }
}

impl Imported {
    /// Validates every record; the resources in input order, or every problem of every
    /// record (an id given twice included).
    pub fn into_resources(self, reference: &ReferenceData) -> Result<Vec<Resource>, HsdsError> {
        let mut problems = Vec::new();
        let mut resources = Vec::new();
        let mut ids = HashSet::new();
        for imported in self.records {
            let label = format!(
                "service[{}] (resource {:?})",
                imported.hsds_id,
                imported.record.id.as_deref().unwrap_or("?")
            );
            match imported.record.validate(reference) {
                Ok(resource) if ids.insert(resource.id.clone()) => resources.push(resource),
                Ok(_) => problems.push(InputProblem {
                    place: imported.place,
                    path: format!("{label}.id"),
                    message: "appears twice in this import".to_owned(),
                }),
                Err(found) => problems.extend(found.into_iter().map(|problem| InputProblem {
                    place: imported.place.clone(),
                    path: format!("{label}.{}", problem.field),
                    message: problem.message,
                })),
            }
        }
        if problems.is_empty() {
            Ok(resources)
        } else {
            Err(HsdsError::Records(problems))
        }
    }

    /// The records as JSON Lines, one record a line, in the form `nabo import` reads
    /// (`resources.jsonl`).
    pub fn to_json_lines(&self) -> Result<String, HsdsError> {
        let mut lines = String::new();
        for imported in &self.records {
            let line =
                serde_json::to_string(&imported.record).map_err(|error| HsdsError::Serialize {
                    what: format!("service[{}]", imported.hsds_id),
                    message: error.to_string(),
                })?;
            lines.push_str(&line);
            lines.push('\n');
        }
        Ok(lines)
    }
}
