//! A problem found while validating input: which field, and why.

use std::fmt;

/// What kind of problem it is, for a reader in another language than the message's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// Missing or empty.
    Required,
    /// Not in the expected format.
    Invalid,
    /// Names something the directory does not have (a category, an area, ...).
    Unknown,
    /// Given twice.
    Duplicate,
    /// Longer than allowed.
    TooLong,
}

/// One thing wrong with a record, located by a field path such as `name.da` or
/// `categories[1]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Dotted path of the field within the record; empty for the record as a whole.
    pub field: String,
    /// Why the value is not accepted, lowercase, without a trailing period.
    pub message: String,
    pub kind: ProblemKind,
}

impl ProblemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::Required => "required",
            ProblemKind::Invalid => "invalid",
            ProblemKind::Unknown => "unknown",
            ProblemKind::Duplicate => "duplicate",
            ProblemKind::TooLong => "too-long",
        }
    }
}

impl Problem {
    /// A problem of the kind `Invalid`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::of(ProblemKind::Invalid, field, message)
    }

    pub fn of(kind: ProblemKind, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
            kind,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

/// Collects problems while a record is checked field by field.
#[derive(Debug, Default)]
pub struct Problems(Vec<Problem>);

impl Problems {
    /// A problem of the kind `Invalid`.
    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem::new(field, message));
    }

    pub fn push_kind(
        &mut self,
        kind: ProblemKind,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.0.push(Problem::of(kind, field, message));
    }

    /// Runs a parse and records its error under `field`, returning the value when it
    /// parsed.
    pub fn check<T, E: fmt::Display>(
        &mut self,
        field: impl Into<String>,
        result: Result<T, E>,
    ) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.push(field, error.to_string());
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_vec(self) -> Vec<Problem> {
        self.0
    }
}
