//! Reports from the field: a volunteer says a resource has changed. Anonymous by
//! construction: a category and an optional short note, nothing about who sent it.

use std::fmt;

/// The longest note a report may carry.
pub const REPORT_NOTE_MAX: usize = 280;

/// What changed, as the volunteer saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(rename_all = "lowercase")
)]
pub enum ReportCategory {
    Closed,
    Moved,
    Hours,
    Phone,
    Other,
}

/// A report as it arrives: checked category and note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportInput {
    pub category: ReportCategory,
    pub note: String,
}

/// Why a report is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    #[error("unknown report category {0:?}; use closed, moved, hours, phone or other")]
    UnknownCategory(String),
    #[error("the note is {0} characters long; at most {REPORT_NOTE_MAX} are allowed")]
    TooLong(usize),
    #[error("the note contains control characters")]
    ControlCharacters,
}

impl ReportCategory {
    pub const ALL: [ReportCategory; 5] = [
        ReportCategory::Closed,
        ReportCategory::Moved,
        ReportCategory::Hours,
        ReportCategory::Phone,
        ReportCategory::Other,
    ];

    pub fn parse(text: &str) -> Result<Self, ReportError> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == text.trim())
            .ok_or_else(|| ReportError::UnknownCategory(text.to_owned()))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ReportCategory::Closed => "closed",
            ReportCategory::Moved => "moved",
            ReportCategory::Hours => "hours",
            ReportCategory::Phone => "phone",
            ReportCategory::Other => "other",
        }
    }
}

impl fmt::Display for ReportCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ReportInput {
    /// A report of `category` with `note` (trimmed; may be empty).
    pub fn new(category: &str, note: &str) -> Result<Self, ReportError> {
        let category = ReportCategory::parse(category)?;
        // Browsers send a text area's line breaks as CR LF.
        let note = note.trim().replace("\r\n", "\n").replace('\r', "\n");
        let length = note.chars().count();
        if length > REPORT_NOTE_MAX {
            return Err(ReportError::TooLong(length));
        }
        if note.chars().any(|c| c.is_control() && c != '\n') {
            return Err(ReportError::ControlCharacters);
        }
        Ok(Self { category, note })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_has_a_known_category_and_a_short_plain_note() {
        let report = ReportInput::new("hours", "  Closed on Fridays now ").expect("valid");
        assert_eq!(report.category, ReportCategory::Hours);
        assert_eq!(report.note, "Closed on Fridays now");
        let two_lines = ReportInput::new("hours", "Closed on Fridays.\r\nOpen Saturdays.")
            .expect("a text area's lines");
        assert_eq!(two_lines.note, "Closed on Fridays.\nOpen Saturdays.");
        assert!(matches!(
            ReportInput::new("gone", ""),
            Err(ReportError::UnknownCategory(_))
        ));
        let long = "x".repeat(REPORT_NOTE_MAX + 1);
        assert_eq!(
            ReportInput::new("other", &long),
            Err(ReportError::TooLong(REPORT_NOTE_MAX + 1))
        );
        assert_eq!(
            ReportInput::new("other", "a\u{0}b"),
            Err(ReportError::ControlCharacters)
        );
    }
}
