//! Wire types of the upkeep API: history, translation status and tasks, XLIFF import
//! reports, needs-checking lists and reports from the field.

use nabo_directory::{
    FieldReport, FieldStatus, NeedsChecking, Revision, TranslationTask, XliffImport,
};
use nabo_domain::{FieldChange, ResourceRecord};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize)]
pub struct HistoryResponse {
    pub id: String,
    pub revisions: Vec<RevisionItem>,
}

#[derive(Debug, Serialize)]
pub struct RevisionItem {
    pub version: i64,
    pub kind: &'static str,
    /// The account; `null` for an import.
    pub author: Option<String>,
    pub at: String,
    /// What this version changed; `null` where the version before it is not known.
    pub changes: Option<Vec<ChangeItem>>,
}

#[derive(Debug, Serialize)]
pub struct ChangeItem {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct StatusItem {
    pub field: &'static str,
    pub lang: String,
    pub status: &'static str,
}

#[derive(Debug, Serialize)]
pub struct TaskItem {
    pub id: String,
    pub source_language: String,
    pub missing: Vec<&'static str>,
    pub outdated: Vec<&'static str>,
    pub views: i64,
}

#[derive(Debug, Serialize)]
pub struct XliffReport {
    pub saved: usize,
    pub untranslated: usize,
    pub refused: Vec<RefusedUnit>,
}

#[derive(Debug, Serialize)]
pub struct RefusedUnit {
    pub unit: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct CheckingItem {
    pub id: String,
    pub area: String,
    /// `null`: never verified.
    pub verified_at: Option<String>,
    pub verified_by: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ReportItem {
    pub id: i64,
    pub resource: String,
    pub area: String,
    pub category: &'static str,
    pub note: String,
    pub reported_on: String,
}

/// A report from the field as it arrives.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportBody {
    pub category: String,
    #[serde(default)]
    pub note: String,
}

/// Closing a report.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResolutionBody {
    /// `resolved` or `dismissed`.
    pub resolution: String,
}

/// Bringing back a version.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevertBody {
    pub version: i64,
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
