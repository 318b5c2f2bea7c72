//! Errors of this crate: input that cannot be read as HSDS at all, each naming the file,
//! the line or record, and the field. What can be read but does not fit Nabo is no error:
//! it goes into the import's `Report`.

use crate::report::Place;
use std::fmt;
use std::path::PathBuf;

/// Why HSDS input could not be read, or an export not written.
#[derive(Debug, thiserror::Error)]
pub enum HsdsError {
    #[error("{}: cannot be read: {source}", file.display())]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: cannot be written: {source}", file.display())]
    Write {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{place}line {line}, column {column}: not valid JSON: {message}")]
    Json {
        place: Place,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{place}not valid CSV: {message}")]
    Csv { place: Place, message: String },
    #[error(
        "{}: the data package lists the table {table:?} in {}, which does not exist",
        datapackage.display(),
        file.display()
    )]
    MissingTable {
        datapackage: PathBuf,
        table: String,
        file: PathBuf,
    },
    #[error("{place}{message}")]
    Datapackage { place: Place, message: String },
    #[error("{place}not an HSDS document: {message}")]
    UnknownDocument { place: Place, message: String },
    /// The input breaks rules of HSDS that the mapping needs (a service without a name,
    /// a field of the wrong type); all of them are listed.
    #[error("{} problem(s) in the HSDS input:\n{}", .0.len(), list(.0))]
    Invalid(Vec<InputProblem>),
    /// Imported records that are not valid Nabo resources; all of them are listed.
    #[error("{} problem(s) in the imported records:\n{}", .0.len(), list(.0))]
    Records(Vec<InputProblem>),
    #[error("page must be 1 or more, not {0}")]
    PageNumber(u64),
    #[error("per_page must be between 1 and {max}, not {value}")]
    PerPage { value: u64, max: u64 },
    #[error("cannot serialize {what}: {message}")]
    Serialize { what: String, message: String },
}

/// One thing wrong with the input, located by file, line (where known) and field path
/// (`service[ac148810-...].name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputProblem {
    pub place: Place,
    /// The field, as `entity[id].field[index].field`.
    pub path: String,
    /// Lowercase, without a trailing period.
    pub message: String,
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}: {}", self.place, self.path, self.message)
    }
}

fn list(problems: &[InputProblem]) -> String {
    problems
        .iter()
        .map(|problem| format!("  {problem}"))
        .collect::<Vec<_>>()
        .join("\n")
}
