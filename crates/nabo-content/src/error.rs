//! Errors of this crate: problems located in files.

use std::fmt;
use std::path::PathBuf;

/// One problem at one place in the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub file: PathBuf,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// The record concerned (`resource "aarhus-jobcenter"`), where known.
    pub record: Option<String>,
    /// Dotted field path within the record; empty for the whole record or file.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(record) = &self.record {
            write!(f, ": {record}")?;
        }
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Why content could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// The content has problems; all of them are listed.
    #[error("{} problem(s) found:\n{}", .0.len(), list(.0))]
    Invalid(Vec<Located>),
}

fn list(problems: &[Located]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl ContentError {
    pub fn problems(&self) -> &[Located] {
        match self {
            ContentError::Invalid(problems) => problems,
        }
    }
}

/// Collects located problems for one file.
#[derive(Debug)]
pub(crate) struct FileProblems<'a> {
    pub file: PathBuf,
    pub sink: &'a mut Vec<Located>,
}

impl FileProblems<'_> {
    pub fn push(
        &mut self,
        line: Option<usize>,
        record: Option<String>,
        field: &str,
        message: impl Into<String>,
    ) {
        self.sink.push(Located {
            file: self.file.clone(),
            line,
            record,
            field: field.to_owned(),
            message: message.into(),
        });
    }
}

/// The 1-based line of a byte offset in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map(|head| head.bytes().filter(|&b| b == b'\n').count() + 1)
        .unwrap_or(1)
}

/// A TOML parse error reduced to its first line, with its line number.
pub(crate) fn toml_error(text: &str, error: &toml::de::Error) -> (Option<usize>, String) {
    let line = error.span().map(|span| line_of(text, span.start));
    let message = error.message().trim().to_owned();
    (line, message)
}
