//! Reading a batch to import: areas first (resources may refer to them), then resources,
//! from TOML content files and JSON Lines files.

use crate::error::{ContentError, FileProblems, Located, line_of, toml_error};
use crate::reference::check_area;
use nabo_domain::{Area, ReferenceData, Resource, ResourceRecord};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Everything one import brings, validated.
#[derive(Debug, Default)]
pub struct ImportBatch {
    pub areas: Vec<Area>,
    pub resources: Vec<Resource>,
}

/// Reference files of a content folder: applied on start, never imported as data.
const REFERENCE_FILES: [&str; 3] = ["languages.toml", "attributes.toml", "taxonomy.toml"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DataFile {
    #[serde(default)]
    resource: Vec<toml::Spanned<toml::Value>>,
    #[serde(default)]
    area: Vec<toml::Spanned<toml::Value>>,
}

enum Source {
    Toml(PathBuf),
    AreaLines(PathBuf),
    ResourceLines(PathBuf),
}

/// A record read from a file, not yet validated.
struct Pending<T> {
    file: PathBuf,
    line: usize,
    value: Result<T, String>,
}

/// Reads every file under `paths` (folders are walked recursively; `.toml` and `.jsonl`
/// files are read, others ignored) and validates it against `reference` plus the areas
/// the batch itself brings. Returns every problem found, or the whole batch.
pub fn read_batch(
    paths: &[PathBuf],
    reference: &ReferenceData,
) -> Result<ImportBatch, ContentError> {
    let mut problems = Vec::new();
    let mut sources = Vec::new();
    for path in paths {
        collect_sources(path, &mut sources, &mut problems);
    }

    let mut raw_areas: Vec<Pending<Area>> = Vec::new();
    let mut raw_resources: Vec<Pending<ResourceRecord>> = Vec::new();
    for source in &sources {
        match source {
            Source::Toml(path) => {
                read_toml_file(path, &mut raw_areas, &mut raw_resources, &mut problems)
            }
            Source::AreaLines(path) => read_lines(path, &mut raw_areas, &mut problems),
            Source::ResourceLines(path) => read_lines(path, &mut raw_resources, &mut problems),
        }
    }

    // Areas: parse errors are reported; valid ones join the reference for the resources.
    let mut batch = ImportBatch::default();
    let mut extended = reference.clone();
    let mut area_ids = BTreeSet::new();
    for pending in raw_areas {
        let mut sink = FileProblems {
            file: pending.file.clone(),
            sink: &mut problems,
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
                batch.areas.push(area);
            }
            Err(message) => sink.push(Some(pending.line), None, "", message),
        }
    }
    for area in &batch.areas {
        if let Some(parent) = &area.parent
            && !extended.areas.contains_key(parent)
        {
            problems.push(Located {
                file: PathBuf::from("(import)"),
                line: None,
                record: Some(format!("area {:?}", area.id.as_str())),
                field: "parent".to_owned(),
                message: format!("unknown area {:?}", parent.as_str()),
            });
        }
    }

    let mut resource_ids = BTreeSet::new();
    for pending in raw_resources {
        let mut sink = FileProblems {
            file: pending.file.clone(),
            sink: &mut problems,
        };
        let record = match pending.value {
            Ok(record) => record,
            Err(message) => {
                sink.push(Some(pending.line), None, "", message);
                continue;
            }
        };
        let label = record.id.as_ref().map(|id| format!("resource {id:?}"));
        match record.validate(&extended) {
            Ok(resource) => {
                if resource_ids.insert(resource.id.clone()) {
                    batch.resources.push(resource);
                } else {
                    sink.push(
                        Some(pending.line),
                        label,
                        "id",
                        "appears twice in this import",
                    );
                }
            }
            Err(found) => {
                for problem in found {
                    sink.push(
                        Some(pending.line),
                        label.clone(),
                        &problem.field,
                        problem.message,
                    );
                }
            }
        }
    }

    if problems.is_empty() {
        batch.resources.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(batch)
    } else {
        Err(ContentError::Invalid(problems))
    }
}

fn collect_sources(path: &Path, sources: &mut Vec<Source>, problems: &mut Vec<Located>) {
    let problem = |message: String| Located {
        file: path.to_owned(),
        line: None,
        record: None,
        field: String::new(),
        message,
    };
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) => {
            problems.push(problem(format!("cannot be read: {error}")));
            return;
        }
    };
    if metadata.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(error) => {
                problems.push(problem(format!("cannot be listed: {error}")));
                return;
            }
        };
        entries.sort();
        for entry in entries {
            let is_data = entry.is_dir()
                || matches!(
                    entry.extension().and_then(|e| e.to_str()),
                    Some("toml" | "jsonl")
                );
            if is_data {
                collect_sources(&entry, sources, problems);
            }
        }
        return;
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    match path.extension().and_then(|e| e.to_str()) {
        Some("toml") if REFERENCE_FILES.contains(&name) => {}
        Some("toml") => sources.push(Source::Toml(path.to_owned())),
        Some("jsonl") if name.starts_with("areas") => {
            sources.push(Source::AreaLines(path.to_owned()))
        }
        Some("jsonl") => sources.push(Source::ResourceLines(path.to_owned())),
        _ => problems.push(problem("is neither a .toml nor a .jsonl file".to_owned())),
    }
}

fn read_text(path: &Path, problems: &mut Vec<Located>) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(error) => {
            problems.push(Located {
                file: path.to_owned(),
                line: None,
                record: None,
                field: String::new(),
                message: format!("cannot be read: {error}"),
            });
            None
        }
    }
}

fn read_toml_file(
    path: &Path,
    areas: &mut Vec<Pending<Area>>,
    resources: &mut Vec<Pending<ResourceRecord>>,
    problems: &mut Vec<Located>,
) {
    let Some(text) = read_text(path, problems) else {
        return;
    };
    let file: DataFile = match toml::from_str(&text) {
        Ok(file) => file,
        Err(error) => {
            let (line, message) = toml_error(&text, &error);
            problems.push(Located {
                file: path.to_owned(),
                line,
                record: None,
                field: String::new(),
                message,
            });
            return;
        }
    };
    let pending = |spanned: toml::Spanned<toml::Value>| {
        let line = line_of(&text, spanned.span().start);
        (line, spanned.into_inner())
    };
    for value in file.area {
        let (line, value) = pending(value);
        areas.push(Pending {
            file: path.to_owned(),
            line,
            value: value
                .try_into()
                .map_err(|e: toml::de::Error| e.message().to_owned()),
        });
    }
    for value in file.resource {
        let (line, value) = pending(value);
        resources.push(Pending {
            file: path.to_owned(),
            line,
            value: value
                .try_into()
                .map_err(|e: toml::de::Error| e.message().to_owned()),
        });
    }
}

fn read_lines<T: serde::de::DeserializeOwned>(
    path: &Path,
    out: &mut Vec<Pending<T>>,
    problems: &mut Vec<Located>,
) {
    let Some(text) = read_text(path, problems) else {
        return;
    };
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value = serde_json::from_str(line).map_err(|e| {
            // serde_json names the column; the line is ours.
            let message = e.to_string();
            match message.rsplit_once(" at line ") {
                Some((head, _)) => head.to_owned(),
                None => message,
            }
        });
        out.push(Pending {
            file: path.to_owned(),
            line: index + 1,
            value,
        });
    }
}

/// The JSON Lines form of a resource: one line, stable field and key order.
pub fn resource_to_json_line(resource: &Resource) -> String {
    serde_json::to_string(resource).unwrap_or_default()
}

/// The JSON Lines form of an area.
pub fn area_to_json_line(area: &Area) -> String {
    serde_json::to_string(area).unwrap_or_default()
}
