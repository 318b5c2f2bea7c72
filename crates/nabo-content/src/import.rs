//! Checking a batch to import: areas first (resources may refer to them), then every
//! resource, validated one at a time as it is read. An import is read twice — once to
//! check all of it, once to write it — so that nothing but ids is held in memory,
//! whatever its size.

use crate::error::{ContentError, FileProblems, Located};
use crate::records::{Pending, ResourceRecords, Source, collect_sources, read_areas};
use crate::reference::check_area;
use nabo_domain::{Area, ReferenceData, Resource, ResourceId, ResourceRecord};
use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;

/// Everything one import brings, validated and held in memory (small imports).
#[derive(Debug, Default)]
pub struct ImportBatch {
    pub areas: Vec<Area>,
    pub resources: Vec<Resource>,
}

/// An import that was checked whole: its areas, how many resources it has, and where
/// to read them again to write them.
#[derive(Debug)]
pub struct ImportPlan {
    pub areas: Vec<Area>,
    /// How many resources it brings.
    pub resources: usize,
    sources: Vec<Source>,
    /// The reference data with the import's own areas added.
    reference: ReferenceData,
}

/// Reads every file under `paths` (folders are walked recursively; `.toml` and `.jsonl`
/// files are read) and validates it against `reference` plus the areas the batch itself
/// brings. Returns every problem found, or the plan to write it.
pub fn check_batch(
    paths: &[PathBuf],
    reference: &ReferenceData,
) -> Result<ImportPlan, ContentError> {
    let mut problems = Vec::new();
    let sources = collect_sources(paths, &mut problems);
    let (areas, reference) = check_areas(&sources, reference, &mut problems);
    let mut records = ResourceRecords::new(&sources);
    let mut ids: HashSet<ResourceId> = HashSet::new();
    let mut resources = 0;
    while let Some(pending) = records.next(&mut problems) {
        let place = (pending.file.clone(), pending.line);
        if let Some(resource) = validate(pending, &reference, &mut problems)
            && !duplicate(&resource, place, &mut ids, &mut problems)
        {
            resources += 1;
        }
    }
    if problems.is_empty() {
        Ok(ImportPlan {
            areas,
            resources,
            sources,
            reference,
        })
    } else {
        Err(ContentError::Invalid(problems))
    }
}

/// Reads and validates everything under `paths` into memory (see `check_batch`).
pub fn read_batch(
    paths: &[PathBuf],
    reference: &ReferenceData,
) -> Result<ImportBatch, ContentError> {
    let plan = check_batch(paths, reference)?;
    let mut resources = Vec::with_capacity(plan.resources);
    for chunk in plan.resources(1000) {
        resources.extend(chunk?);
    }
    resources.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(ImportBatch {
        areas: plan.areas,
        resources,
    })
}

impl ImportPlan {
    /// The resources, in chunks of `size`, read and validated again: a file changed since
    /// it was checked is an error, and writing must then be abandoned.
    pub fn resources(
        &self,
        size: usize,
    ) -> impl Iterator<Item = Result<Vec<Resource>, ContentError>> + '_ {
        let mut records = ResourceRecords::new(&self.sources);
        let mut failed = false;
        std::iter::from_fn(move || {
            if failed {
                return None;
            }
            let mut problems = Vec::new();
            let mut chunk = Vec::with_capacity(size);
            while chunk.len() < size {
                let Some(pending) = records.next(&mut problems) else {
                    break;
                };
                if let Some(resource) = validate(pending, &self.reference, &mut problems) {
                    chunk.push(resource);
                }
            }
            if !problems.is_empty() {
                failed = true;
                for problem in &mut problems {
                    problem.message = format!(
                        "{} (the file changed after it was checked)",
                        problem.message
                    );
                }
                return Some(Err(ContentError::Invalid(problems)));
            }
            (!chunk.is_empty()).then_some(Ok(chunk))
        })
    }
}

/// The import's areas, checked, and the reference data with them added.
fn check_areas(
    sources: &[Source],
    reference: &ReferenceData,
    problems: &mut Vec<Located>,
) -> (Vec<Area>, ReferenceData) {
    let mut areas = Vec::new();
    // Where each area was read (file, line), to place a problem with its parent.
    let mut places = Vec::new();
    let mut extended = reference.clone();
    let mut area_ids = BTreeSet::new();
    for pending in read_areas(sources, problems) {
        let mut sink = FileProblems {
            file: pending.file.clone(),
            sink: problems,
        };
        match pending.value {
            Ok(area) => {
                let record = Some(format!("area {:?}", area.id.as_str()));
                if !area_ids.insert(area.id.clone()) {
                    sink.push(
                        Some(pending.line),
                        record,
                        "id",
                        "appears twice in this import",
                    );
                    continue;
                }
                let before = sink.sink.len();
                check_area(&mut sink, record, &area);
                for problem in &mut sink.sink[before..] {
                    problem.line = Some(pending.line);
                }
                extended.areas.insert(area.id.clone(), area.clone());
                areas.push(area);
                places.push((pending.file, pending.line));
            }
            Err(message) => sink.push(Some(pending.line), None, "", message),
        }
    }
    for (area, (file, line)) in areas.iter().zip(places) {
        if let Some(parent) = &area.parent
            && !extended.areas.contains_key(parent)
        {
            problems.push(Located {
                file,
                line: Some(line),
                record: Some(format!("area {:?}", area.id.as_str())),
                field: "parent".to_owned(),
                message: format!("unknown area {:?}", parent.as_str()),
            });
        }
    }
    (areas, extended)
}

/// The resource a record describes, or its problems.
fn validate(
    pending: Pending<ResourceRecord>,
    reference: &ReferenceData,
    problems: &mut Vec<Located>,
) -> Option<Resource> {
    let mut sink = FileProblems {
        file: pending.file.clone(),
        sink: problems,
    };
    let record = match pending.value {
        Ok(record) => record,
        Err(message) => {
            sink.push(Some(pending.line), None, "", message);
            return None;
        }
    };
    let label = record.id.as_ref().map(|id| format!("resource {id:?}"));
    match record.validate(reference) {
        Ok(resource) => Some(resource),
        Err(found) => {
            for problem in found {
                sink.push(
                    Some(pending.line),
                    label.clone(),
                    &problem.field,
                    problem.message,
                );
            }
            None
        }
    }
}

/// Whether `resource` (read at `place`) has an id seen before in this import (a
/// problem).
fn duplicate(
    resource: &Resource,
    (file, line): (PathBuf, usize),
    ids: &mut HashSet<ResourceId>,
    problems: &mut Vec<Located>,
) -> bool {
    if ids.insert(resource.id.clone()) {
        return false;
    }
    problems.push(Located {
        file,
        line: Some(line),
        record: Some(format!("resource {:?}", resource.id.as_str())),
        field: "id".to_owned(),
        message: "appears twice in this import".to_owned(),
    });
    true
}

/// The JSON Lines form of a resource: one line, stable field and key order.
pub fn resource_to_json_line(resource: &Resource) -> String {
    serde_json::to_string(resource).unwrap_or_default()
}

/// The JSON Lines form of an area.
pub fn area_to_json_line(area: &Area) -> String {
    serde_json::to_string(area).unwrap_or_default()
}
