//! The import's report: every part of the HSDS input that did not become part of a Nabo
//! record, with where it was and why. Nothing is dropped without an entry here.

use std::fmt;
use std::path::PathBuf;

/// Where in the input something was: a file and, for CSV, a line.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    pub file: Option<PathBuf>,
    /// 1-based line (CSV rows; JSON errors carry their own line).
    pub line: Option<u64>,
}

impl Place {
    pub fn file(file: impl Into<PathBuf>) -> Self {
        Self {
            file: Some(file.into()),
            line: None,
        }
    }

    pub fn at_line(&self, line: u64) -> Self {
        Self {
            file: self.file.clone(),
            line: Some(line),
        }
    }
}

/// Written as a prefix: `services.csv:2: `, `service.json: `, or nothing.
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, self.line) {
            (Some(file), Some(line)) => write!(f, "{}:{line}: ", file.display()),
            (Some(file), None) => write!(f, "{}: ", file.display()),
            (None, Some(line)) => write!(f, "line {line}: "),
            (None, None) => Ok(()),
        }
    }
}

/// Why a part of the input is not in the records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    /// Nabo has no field for it (`funding`, `organization_identifiers`, ...).
    NoNaboField,
    /// There is a Nabo field, but the value does not fit it (the reason says why).
    Invalid(String),
    /// A name or code that matches nothing in Nabo's reference data.
    Unmatched(String),
    /// A further value where a Nabo resource holds one (a second phone, a second place).
    Extra(String),
    /// Something the record needs was not in the input and a default was used.
    Defaulted(String),
    /// Something the record needs was neither in the input nor given as a default: the
    /// record will not validate.
    Unresolved(String),
    /// A whole service that was not imported (status `inactive` or `defunct`).
    Skipped(String),
    /// An entity Nabo does not hold (a taxonomy, an organization without services).
    NotImported(String),
    /// A row of a tabular data package that links to nothing imported.
    Unlinked(String),
    /// How the input was read (e.g. a data package descriptor that was missing).
    Notice(String),
}

impl FindingKind {
    /// A stable kebab-case code, for machine readers.
    pub fn code(&self) -> &'static str {
        match self {
            FindingKind::NoNaboField => "no-nabo-field",
            FindingKind::Invalid(_) => "invalid",
            FindingKind::Unmatched(_) => "unmatched",
            FindingKind::Extra(_) => "extra",
            FindingKind::Defaulted(_) => "defaulted",
            FindingKind::Unresolved(_) => "unresolved",
            FindingKind::Skipped(_) => "skipped",
            FindingKind::NotImported(_) => "not-imported",
            FindingKind::Unlinked(_) => "unlinked",
            FindingKind::Notice(_) => "notice",
        }
    }
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FindingKind::NoNaboField => f.write_str("not imported: Nabo has no field for it"),
            FindingKind::Invalid(reason) => write!(f, "not imported: {reason}"),
            FindingKind::Unmatched(reason) => write!(f, "not imported: {reason}"),
            FindingKind::Extra(reason) => write!(f, "not imported: {reason}"),
            FindingKind::Defaulted(reason) => f.write_str(reason),
            FindingKind::Unresolved(reason) => f.write_str(reason),
            FindingKind::Skipped(reason) => write!(f, "service not imported: {reason}"),
            FindingKind::NotImported(reason) => write!(f, "not imported: {reason}"),
            FindingKind::Unlinked(reason) => write!(f, "not imported: {reason}"),
            FindingKind::Notice(reason) => f.write_str(reason),
        }
    }
}

/// One entry of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub place: Place,
    /// The field or entity, as `entity[id].field[index].field` (`service[abc].funding`,
    /// `organization[x].organization_identifiers`).
    pub path: String,
    pub kind: FindingKind,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}: {}", self.place, self.path, self.kind)
    }
}

/// Everything of the input that is not in the records, in input order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn push(&mut self, place: &Place, path: impl Into<String>, kind: FindingKind) {
        self.findings.push(Finding {
            place: place.clone(),
            path: path.into(),
            kind,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
    }

    pub fn len(&self) -> usize {
        self.findings.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter()
    }

    /// The finding about exactly `path`, if any.
    pub fn find(&self, path: &str) -> Option<&Finding> {
        self.findings.iter().find(|finding| finding.path == path)
    }

    /// Whether the input left nothing unimported: no finding but notices and defaults.
    pub fn is_lossless(&self) -> bool {
        self.findings.iter().all(|finding| {
            matches!(
                finding.kind,
                FindingKind::Notice(_) | FindingKind::Defaulted(_)
            )
        })
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        Ok(())
    }
}
