//! Reading the records of an import from its files, one at a time: TOML content files
//! (`[[resource]]` and `[[area]]` tables; small, read whole) and JSON Lines files (read
//! line by line, so that a file of 100,000 resources is never held in memory).

use crate::error::{Located, line_of, toml_error};
use nabo_domain::{Area, ResourceRecord};
use serde::Deserialize;
use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// Reference files of a content folder: applied on start, never imported as data.
const REFERENCE_FILES: [&str; 3] = ["languages.toml", "attributes.toml", "taxonomy.toml"];

/// A file of an import.
#[derive(Debug, Clone)]
pub enum Source {
    Toml(PathBuf),
    AreaLines(PathBuf),
    ResourceLines(PathBuf),
}

/// A record read from a file, not yet validated.
#[derive(Debug)]
pub struct Pending<T> {
    pub file: PathBuf,
    pub line: usize,
    pub value: Result<T, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DataFile {
    #[serde(default)]
    resource: Vec<toml::Spanned<toml::Value>>,
    #[serde(default)]
    area: Vec<toml::Spanned<toml::Value>>,
}

/// The data files under `paths` (folders walked recursively, in name order; `.toml` and
/// `.jsonl` files are data, others are refused).
pub fn collect_sources(paths: &[PathBuf], problems: &mut Vec<Located>) -> Vec<Source> {
    let mut sources = Vec::new();
    for path in paths {
        collect(path, &mut sources, problems);
    }
    sources
}

fn collect(path: &Path, sources: &mut Vec<Source>, problems: &mut Vec<Located>) {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) => {
            problems.push(file_problem(path, format!("cannot be read: {error}")));
            return;
        }
    };
    if metadata.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(error) => {
                problems.push(file_problem(path, format!("cannot be listed: {error}")));
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
                collect(&entry, sources, problems);
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
        _ => problems.push(file_problem(
            path,
            "is neither a .toml nor a .jsonl file".to_owned(),
        )),
    }
}

/// Every area of the sources (areas are few: read at once).
pub fn read_areas(sources: &[Source], problems: &mut Vec<Located>) -> Vec<Pending<Area>> {
    let mut areas = Vec::new();
    for source in sources {
        match source {
            Source::Toml(path) => {
                if let Some(file) = read_toml(path, problems) {
                    areas.extend(file.areas);
                }
            }
            Source::AreaLines(path) => {
                let Some(file) = open(path, problems) else {
                    continue;
                };
                let mut lines = JsonLines::new(path, file);
                while let Some(pending) = lines.next_record(problems) {
                    areas.push(pending);
                }
            }
            Source::ResourceLines(_) => {}
        }
    }
    areas
}

/// The resource records of the sources, one at a time, in file order. Problems reading a
/// file (not its records) go to the problems given to `next`.
#[derive(Debug)]
pub struct ResourceRecords<'a> {
    sources: std::slice::Iter<'a, Source>,
    /// Records of the TOML file being read.
    queued: VecDeque<Pending<ResourceRecord>>,
    /// The JSON Lines file being read.
    lines: Option<JsonLines>,
}

impl<'a> ResourceRecords<'a> {
    pub fn new(sources: &'a [Source]) -> Self {
        Self {
            sources: sources.iter(),
            queued: VecDeque::new(),
            lines: None,
        }
    }

    pub fn next(&mut self, problems: &mut Vec<Located>) -> Option<Pending<ResourceRecord>> {
        loop {
            if let Some(record) = self.queued.pop_front() {
                return Some(record);
            }
            if let Some(lines) = &mut self.lines {
                match lines.next_record(problems) {
                    Some(record) => return Some(record),
                    None => self.lines = None,
                }
            }
            match self.sources.next()? {
                Source::Toml(path) => {
                    if let Some(file) = read_toml(path, problems) {
                        self.queued.extend(file.resources);
                    }
                }
                Source::ResourceLines(path) => {
                    self.lines = open(path, problems).map(|file| JsonLines::new(path, file));
                }
                Source::AreaLines(_) => {}
            }
        }
    }
}

/// The records of one TOML content file.
struct TomlRecords {
    areas: Vec<Pending<Area>>,
    resources: Vec<Pending<ResourceRecord>>,
}

fn read_toml(path: &Path, problems: &mut Vec<Located>) -> Option<TomlRecords> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            problems.push(file_problem(path, format!("cannot be read: {error}")));
            return None;
        }
    };
    let file: DataFile = match toml::from_str(&text) {
        Ok(file) => file,
        Err(error) => {
            let (line, message) = toml_error(&text, &error);
            problems.push(Located {
                line,
                ..file_problem(path, message)
            });
            return None;
        }
    };
    fn pending<T: serde::de::DeserializeOwned>(
        path: &Path,
        text: &str,
        spanned: toml::Spanned<toml::Value>,
    ) -> Pending<T> {
        let line = line_of(text, spanned.span().start);
        let value = spanned
            .into_inner()
            .try_into()
            .map_err(|e: toml::de::Error| e.message().to_owned());
        Pending {
            file: path.to_owned(),
            line,
            value,
        }
    }
    Some(TomlRecords {
        areas: file
            .area
            .into_iter()
            .map(|v| pending(path, &text, v))
            .collect(),
        resources: file
            .resource
            .into_iter()
            .map(|v| pending(path, &text, v))
            .collect(),
    })
}

fn open(path: &Path, problems: &mut Vec<Located>) -> Option<std::fs::File> {
    match std::fs::File::open(path) {
        Ok(file) => Some(file),
        Err(error) => {
            problems.push(file_problem(path, format!("cannot be read: {error}")));
            None
        }
    }
}

/// A JSON Lines file read line by line.
#[derive(Debug)]
struct JsonLines {
    path: PathBuf,
    reader: BufReader<std::fs::File>,
    line: usize,
    text: String,
}

impl JsonLines {
    fn new(path: &Path, file: std::fs::File) -> Self {
        Self {
            path: path.to_owned(),
            reader: BufReader::new(file),
            line: 0,
            text: String::new(),
        }
    }

    /// The next non-empty line's record; `None` at the end (or when the file cannot be
    /// read further, which is a problem).
    fn next_record<T: serde::de::DeserializeOwned>(
        &mut self,
        problems: &mut Vec<Located>,
    ) -> Option<Pending<T>> {
        loop {
            self.text.clear();
            self.line += 1;
            match self.reader.read_line(&mut self.text) {
                Ok(0) => return None,
                Ok(_) if self.text.trim().is_empty() => continue,
                Ok(_) => {
                    let value = serde_json::from_str(&self.text).map_err(|e| {
                        // serde_json names the column; the line is ours.
                        let message = e.to_string();
                        match message.rsplit_once(" at line ") {
                            Some((head, _)) => head.to_owned(),
                            None => message,
                        }
                    });
                    return Some(Pending {
                        file: self.path.clone(),
                        line: self.line,
                        value,
                    });
                }
                Err(error) => {
                    problems.push(Located {
                        line: Some(self.line),
                        ..file_problem(&self.path, format!("cannot be read: {error}"))
                    });
                    return None;
                }
            }
        }
    }
}

fn file_problem(path: &Path, message: String) -> Located {
    Located {
        file: path.to_owned(),
        line: None,
        record: None,
        field: String::new(),
        message,
    }
}
