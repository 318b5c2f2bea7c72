//! Wire types of the upkeep API: history, translation status and tasks, XLIFF import
//! reports, needs-checking lists and reports from the field.

use nabo_directory::{
    FieldReport, FieldStatus, NeedsChecking, Revision, TranslationTask, XliffImport,
};
use nabo_domain::{FieldChange, ResourceRecord};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct HistoryResponse {
    pub id: String,
    pub revisions: Vec<RevisionItem>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionItem {
    pub version: i64,
    pub kind: &'static str,
    /// The account; `null` for an import.
    pub author: Option<String>,
    pub at: String,
    /// What this version changed; `null` where the version before it is not known.
    pub changes: Option<Vec<ChangeItem>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChangeItem {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatusItem {
    pub field: &'static str,
    pub lang: String,
    #[schema(value_type = nabo_domain::TranslationStatus)]
    pub status: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TaskItem {
    pub id: String,
    pub source_language: String,
    pub missing: Vec<&'static str>,
    pub outdated: Vec<&'static str>,
    pub views: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct XliffReport {
    pub saved: usize,
    pub untranslated: usize,
    pub refused: Vec<RefusedUnit>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RefusedUnit {
    pub unit: String,
    pub reason: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CheckingItem {
    pub id: String,
    pub area: String,
    /// `null`: never verified.
    pub verified_at: Option<String>,
    pub verified_by: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportItem {
    pub id: i64,
    pub resource: String,
    pub area: String,
    pub category: &'static str,
    pub note: String,
    pub reported_on: String,
}

/// A report from the field as it arrives.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportBody {
    #[schema(value_type = nabo_domain::ReportCategory)]
    pub category: String,
    /// Trimmed; no control characters but line breaks.
    #[serde(default)]
    #[schema(
        max_length = 280,
        pattern = "^[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F]*$"
    )]
    pub note: String,
}

/// Closing a report.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResolutionBody {
    pub resolution: Resolution,
}

/// How a report was closed: the resource was put right, or the report was wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Resolution {
    Resolved,
    Dismissed,
}

/// Bringing back a version.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RevertBody {
    /// The version brought back (a revision's `version`).
    #[schema(minimum = 1)]
    #[serde(deserialize_with = "whole_number")]
    pub version: i64,
}

/// One language's texts by field; a field left out (or `null`) stays as it is, an empty
/// text removes it. Tabs and line breaks are the only control characters a text may hold.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TranslationTexts {
    #[schema(
        max_length = 200,
        pattern = r"^[^\u0000-\u0008\u000B-\u001F\u007F-\u009F]*$"
    )]
    pub name: Option<String>,
    #[schema(
        max_length = 500,
        pattern = r"^[^\u0000-\u0008\u000B-\u001F\u007F-\u009F]*$"
    )]
    pub summary: Option<String>,
    #[schema(
        max_length = 5000,
        pattern = r"^[^\u0000-\u0008\u000B-\u001F\u007F-\u009F]*$"
    )]
    pub description: Option<String>,
    #[schema(
        max_length = 5000,
        pattern = r"^[^\u0000-\u0008\u000B-\u001F\u007F-\u009F]*$"
    )]
    pub access: Option<String>,
}

impl TranslationTexts {
    /// The texts given, by field name.
    pub fn by_field(self) -> BTreeMap<String, String> {
        [
            ("name", self.name),
            ("summary", self.summary),
            ("description", self.description),
            ("access", self.access),
        ]
        .into_iter()
        .filter_map(|(field, text)| Some((field.to_owned(), text?)))
        .collect()
    }
}

/// A whole number, also when written with a fraction of zero (`3.0`), as JSON Schema's
/// `integer` allows.
fn whole_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    let number = serde_json::Number::deserialize(deserializer)?;
    number
        .as_i64()
        .or_else(|| {
            number
                .as_f64()
                .filter(|value| value.fract() == 0.0 && value.abs() < 9.0e15)
                .map(|value| value as i64)
        })
        .ok_or_else(|| serde::de::Error::custom(format!("{number} is not a whole number")))
}

pub fn history(id: &str, revisions: &[Revision]) -> HistoryResponse {
    let items = revisions
        .iter()
        .enumerate()
        .map(|(index, revision)| {
            let older = revisions.get(index + 1).and_then(|r| r.document.as_ref());
            let changes = match (older, revision.document.as_ref()) {
                (Some(old), Some(new)) => Some(changes(
                    &ResourceRecord::from(old),
                    &ResourceRecord::from(new),
                )),
                (None, Some(new)) if index + 1 == revisions.len() => Some(changes(
                    &ResourceRecord::default(),
                    &ResourceRecord::from(new),
                )),
                _ => None,
            };
            RevisionItem {
                version: revision.version,
                kind: revision.kind.as_str(),
                author: revision.author.as_ref().map(ToString::to_string),
                at: revision.created_at.clone(),
                changes,
            }
        })
        .collect();
    HistoryResponse {
        id: id.to_owned(),
        revisions: items,
    }
}

fn changes(old: &ResourceRecord, new: &ResourceRecord) -> Vec<ChangeItem> {
    FieldChange::between(old, new)
        .into_iter()
        .map(|c| ChangeItem {
            field: c.field,
            old: c.old,
            new: c.new,
        })
        .collect()
}

pub fn statuses(found: Vec<FieldStatus>) -> Vec<StatusItem> {
    found
        .into_iter()
        .map(|s| StatusItem {
            field: s.field,
            lang: s.lang.to_string(),
            status: s.status.as_str(),
        })
        .collect()
}

pub fn tasks(found: Vec<TranslationTask>) -> Vec<TaskItem> {
    found
        .into_iter()
        .map(|t| TaskItem {
            id: t.resource.resource.id.to_string(),
            source_language: t.resource.resource.source_language.to_string(),
            missing: t.missing,
            outdated: t.outdated,
            views: t.views,
        })
        .collect()
}

pub fn xliff_report(report: XliffImport) -> XliffReport {
    XliffReport {
        saved: report.saved,
        untranslated: report.untranslated,
        refused: report
            .refused
            .into_iter()
            .map(|(unit, reason)| RefusedUnit { unit, reason })
            .collect(),
    }
}

pub fn checking(found: Vec<NeedsChecking>) -> Vec<CheckingItem> {
    found
        .into_iter()
        .map(|n| CheckingItem {
            id: n.resource.resource.id.to_string(),
            area: n.resource.resource.area.to_string(),
            verified_at: n.verified.as_ref().map(|(at, _)| at.to_string()),
            verified_by: n.verified.and_then(|(_, by)| by.map(|b| b.to_string())),
        })
        .collect()
}

pub fn reports(found: Vec<FieldReport>) -> Vec<ReportItem> {
    found
        .into_iter()
        .map(|r| ReportItem {
            id: r.id,
            resource: r.resource.to_string(),
            area: r.area.to_string(),
            category: r.category.as_str(),
            note: r.note,
            reported_on: r.reported_on,
        })
        .collect()
}
