//! Reading a tabular HSDS package: the data package descriptor (`datapackage.json`)
//! and its CSV files, or the JSON form of the tables (`{"services.csv": [rows]}`). The
//! rows go to `tabular::assemble` with the file and line each came from.

use crate::error::HsdsError;
use crate::import::tabular::{Row, TABLES, Table, assemble};
use crate::import::walk::Walk;
use crate::report::{FindingKind, Place};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Reads the data package in `dir`.
pub(crate) fn read_datapackage(walk: &mut Walk, dir: &Path) -> Result<(), HsdsError> {
    let mut tables = Vec::new();
    for (entity, file) in descriptor(walk, dir)? {
        tables.push(read_csv(entity, &file)?);
    }
    assemble(walk, tables);
    Ok(())
}

/// Reads the JSON form of the tabular package.
pub(crate) fn from_json(walk: &mut Walk, value: Value, place: &Place) -> Result<(), HsdsError> {
    let Value::Object(files) = value else {
        return Ok(());
    };
    let mut tables = Vec::new();
    for (file, rows) in files {
        let Some(entity) = entity_of(None, &file) else {
            walk.finding(
                place,
                file,
                FindingKind::NotImported("not a table of HSDS 3.0".to_owned()),
            );
            continue;
        };
        let Value::Array(rows) = rows else {
            walk.problem(place, file, "must be an array of rows");
            continue;
        };
        let mut table = Table {
            entity,
            rows: Vec::new(),
        };
        for (index, row) in rows.into_iter().enumerate() {
            match row {
                Value::Object(values) => table.rows.push(Row {
                    place: place.clone(),
                    values,
                }),
                _ => walk.problem(place, format!("{file}[{index}]"), "must be an object"),
            }
        }
        tables.push(table);
    }
    assemble(walk, tables);
    Ok(())
}

/// The entity and file of every table the package has.
fn descriptor(walk: &mut Walk, dir: &Path) -> Result<Vec<(&'static str, PathBuf)>, HsdsError> {
    let path = dir.join("datapackage.json");
    let place = Place::file(&path);
    if !path.is_file() {
        return standard_tables(walk, dir, &place, "there is no datapackage.json");
    }
    let text = std::fs::read_to_string(&path).map_err(|source| HsdsError::Read {
        file: path.clone(),
        source,
    })?;
    let descriptor: Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(error) => {
            let target = text.trim();
            // Git writes a symbolic link it cannot make as a file holding the target.
            let is_link = !target.contains(['\n', '{', '[']) && target.ends_with(".json");
            if !is_link {
                return Err(HsdsError::Json {
                    place,
                    line: error.line(),
                    column: error.column(),
                    message: error.to_string(),
                });
            }
            let linked = dir.join(target);
            match std::fs::read_to_string(&linked)
                .ok()
                .and_then(|t| serde_json::from_str(&t).ok())
            {
                Some(value) => value,
                None => {
                    let reason =
                        format!("datapackage.json is a link to {target}, which is not here");
                    return standard_tables(walk, dir, &place, &reason);
                }
            }
        }
    };
    let Some(resources) = descriptor.get("resources").and_then(Value::as_array) else {
        return Err(HsdsError::Datapackage {
            place,
            message: "has no \"resources\" array: not a data package descriptor".to_owned(),
        });
    };
    let mut tables = Vec::new();
    for (index, resource) in resources.iter().enumerate() {
        let name = resource.get("name").and_then(Value::as_str);
        let Some(file) = resource.get("path").and_then(Value::as_str) else {
            return Err(HsdsError::Datapackage {
                place,
                message: format!("resources[{index}] has no \"path\" naming its file"),
            });
        };
        let table = name.unwrap_or(file).to_owned();
        let Some(entity) = entity_of(name, file) else {
            walk.finding(
                &place,
                format!("resources[{index}]"),
                FindingKind::NotImported(format!("the table {table:?} is not a table of HSDS 3.0")),
            );
            continue;
        };
        let file = dir.join(file);
        if !file.is_file() {
            return Err(HsdsError::MissingTable {
                datapackage: path,
                table,
                file,
            });
        }
        tables.push((entity, file));
    }
    Ok(tables)
}

/// The tables of HSDS 3.0 found under their standard names.
fn standard_tables(
    walk: &mut Walk,
    dir: &Path,
    place: &Place,
    reason: &str,
) -> Result<Vec<(&'static str, PathBuf)>, HsdsError> {
    let tables: Vec<(&'static str, PathBuf)> = TABLES
        .iter()
        .map(|(entity, file)| (*entity, dir.join(file)))
        .filter(|(_, file)| file.is_file())
        .collect();
    if !tables.iter().any(|(entity, _)| *entity == "service") {
        return Err(HsdsError::Datapackage {
            place: Place::file(dir),
            message: format!("{reason} and no services.csv: not an HSDS data package"),
        });
    }
    walk.finding(
        place,
        "datapackage.json",
        FindingKind::Notice(format!(
            "{reason}: the tables were read from the standard HSDS 3.0 file names"
        )),
    );
    Ok(tables)
}

fn entity_of(name: Option<&str>, file: &str) -> Option<&'static str> {
    let file_name = Path::new(file)
        .file_name()
        .and_then(|f| f.to_str())
        .unwrap_or(file);
    TABLES
        .iter()
        .find(|(entity, standard)| Some(*entity) == name || *standard == file_name)
        .map(|(entity, _)| *entity)
}

fn read_csv(entity: &'static str, file: &Path) -> Result<Table, HsdsError> {
    let place = Place::file(file);
    let bytes = std::fs::read(file).map_err(|source| HsdsError::Read {
        file: file.to_owned(),
        source,
    })?;
    // csv counts lines by `\n` only after a `\n` terminator, so files with `\r\n`
    // (as the HSDS examples are) would be off by one: lines come from byte offsets.
    let newlines: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter_map(|(offset, byte)| (*byte == b'\n').then_some(offset))
        .collect();
    let line_at =
        |byte: u64| newlines.partition_point(|&offset| (offset as u64) <= byte) as u64 + 1;
    let csv_error = |error: csv::Error| HsdsError::Csv {
        place: match error.position() {
            Some(position) => place.at_line(line_at(position.byte())),
            None => place.clone(),
        },
        message: match error.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => {
                format!("a row has {len} fields where the header has {expected_len}")
            }
            _ => error.to_string(),
        },
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(bytes.as_slice());
    let headers: Vec<String> = reader
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(|header| header.trim_start_matches('\u{feff}').trim().to_owned())
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        let line = record
            .position()
            .map_or(0, |position| line_at(position.byte()));
        let values = headers
            .iter()
            .zip(record.iter())
            .map(|(header, value)| (header.clone(), Value::String(value.to_owned())))
            .collect();
        rows.push(Row {
            place: place.at_line(line),
            values,
        });
    }
    Ok(Table { entity, rows })
}
