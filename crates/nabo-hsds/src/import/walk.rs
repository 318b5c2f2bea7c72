//! The state of one import: what it reads against, and what it has found so far.

use crate::error::{HsdsError, InputProblem};
use crate::import::fields::problem;
use crate::import::matching::Matcher;
use crate::import::{ImportOptions, Imported, ImportedRecord};
use crate::report::{FindingKind, Place, Report};
use nabo_domain::ReferenceData;
use std::collections::HashSet;

#[derive(Debug)]
pub(crate) struct Walk<'a> {
    pub options: &'a ImportOptions,
    pub matcher: Matcher,
    /// Rows of a tabular data package carry their file and line.
    pub tabular: bool,
    pub records: Vec<ImportedRecord>,
    pub report: Report,
    pub problems: Vec<InputProblem>,
    /// Organizations already reported (several services may nest the same one).
    pub organizations_seen: HashSet<String>,
}

impl<'a> Walk<'a> {
    pub fn new(reference: &'a ReferenceData, options: &'a ImportOptions) -> Self {
        Self {
            options,
            matcher: Matcher::new(reference),
            tabular: false,
            records: Vec::new(),
            report: Report::default(),
            problems: Vec::new(),
            organizations_seen: HashSet::new(),
        }
    }

    pub fn problem(&mut self, place: &Place, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(problem(place, path, message));
    }

    pub fn finding(&mut self, place: &Place, path: impl Into<String>, kind: FindingKind) {
        self.report.push(place, path, kind);
    }

    /// The records and report, or every problem of the input.
    pub fn finish(self) -> Result<Imported, HsdsError> {
        if self.problems.is_empty() {
            Ok(Imported {
                records: self.records,
                report: self.report,
            })
        } else {
            Err(HsdsError::Invalid(self.problems))
        }
    }
}
