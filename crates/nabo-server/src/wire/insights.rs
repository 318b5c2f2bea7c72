//! Insight over the API: a referral as a phone sends it, an unmet need, and the
//! protected reports as JSON and CSV. A suppressed figure is the text `<5` (1 to 4) or
//! `x` (withheld so that a small one cannot be worked out); every other figure a number.

use crate::error::ApiError;
use crate::web::view::Translator;
use nabo_directory::{Breakdown, Figure, InsightReport, Protected, Row};
use nabo_domain::{
    CategoryId, EventId, LanguageTag, Month, ReferenceData, Referral, ResourceId, parse_day,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A referral as a volunteer's phone sends it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferralBody {
    /// Made by the phone (a UUID), so that sending it again never counts twice.
    #[schema(pattern = "^[a-z0-9-]{16,64}$")]
    pub id: String,
    /// The resource the woman was referred to.
    pub resource: String,
    /// The language of the woman referred (one of `GET /api/v1/languages`).
    pub language: String,
    /// The day of the referral (not before 90 days ago, not after tomorrow).
    #[schema(format = Date)]
    pub day: String,
}

/// Whether the referral was new (false: it had been recorded before, and counts once).
#[derive(Debug, Serialize, ToSchema)]
pub struct Recorded {
    pub recorded: bool,
}

/// "Nothing fitted": the results of a search did not help.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UnmetBody {
    /// The searcher's language.
    pub lang: String,
    /// The words searched (kept only once five searches of a week used them).
    #[serde(default)]
    #[schema(max_length = 500)]
    pub q: String,
    /// The area searched in.
    #[serde(default)]
    pub area: Option<String>,
    /// What was needed, a category id.
    #[serde(default)]
    pub needed: Option<String>,
}

impl ReferralBody {
    /// The referral it describes, each bad field named.
    pub fn referral(self) -> Result<Referral, ApiError> {
        let field =
            |name: &str, message: String| ApiError::InvalidBody(vec![(name.to_owned(), message)]);
        Ok(Referral {
            id: EventId::parse(&self.id).map_err(|e| field("id", e.to_string()))?,
            resource: ResourceId::parse(&self.resource)
                .map_err(|e| field("resource", format!("resource {e}")))?,
            language: LanguageTag::parse(&self.language)
                .map_err(|e| field("language", e.to_string()))?,
            day: parse_day(&self.day).map_err(|e| field("day", e.to_string()))?,
        })
    }
}

/// A year's protected figures.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportResponse {
    pub year: i32,
    /// The months reported: those of the year that are over (YYYY-MM).
    pub months: Vec<String>,
    pub tables: Vec<ReportTable>,
    /// Searched texts that found nothing and that at least five searches of a week used,
    /// most searched first (unmet needs only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<ReportText>,
}

/// One breakdown of the figures, month by month.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportTable {
    /// area, category, language or group.
    pub by: String,
    pub rows: Vec<ReportRow>,
    /// Each month's total.
    pub totals: Vec<ReportFigure>,
    pub total: ReportFigure,
}

/// A row: an area, category, language or local group, its figure per month and its total.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportRow {
    /// The id or language tag; null for "none" (no area chosen, no category recognised,
    /// no local group).
    pub key: Option<String>,
    /// Its name in the requested language.
    pub label: String,
    pub cells: Vec<ReportFigure>,
    pub total: ReportFigure,
}

/// A count, or the text `<5` (from 1 to 4, not shown) or `x` (withheld so that a small
/// count cannot be worked out from the totals).
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum ReportFigure {
    Count(u64),
    Suppressed(String),
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReportText {
    pub lang: String,
    pub text: String,
    pub searches: u64,
}

/// How rows are named: ids found in the reference data, none in the reader's locale.
pub struct Labels<'a> {
    pub reference: &'a ReferenceData,
    pub chain: &'a [LanguageTag],
    pub t: &'a Translator,
}

impl Labels<'_> {
    pub fn key(row: &Row) -> Option<String> {
        match row {
            Row::Area(area) => area.as_ref().map(ToString::to_string),
            Row::Category(category) => category.as_ref().map(ToString::to_string),
            Row::Language(language) => Some(language.to_string()),
            Row::Group(group) => group.as_ref().map(ToString::to_string),
        }
    }

    pub fn label(&self, row: &Row) -> String {
        let name = |text: &nabo_domain::LocalizedText| {
            text.pick(self.chain, None).map(|p| p.text.to_owned())
        };
        let named = match row {
            Row::Area(Some(area)) => self.reference.area(area).and_then(|a| name(&a.name)),
            Row::Category(Some(category)) => self.category(category),
            Row::Language(language) => Some(self.t.language_name(language.as_str())),
            Row::Group(Some(group)) => Some(group.to_string()),
            Row::Area(None) => Some(self.t.t("insights-no-area")),
            Row::Category(None) => Some(self.t.t("insights-no-category")),
            Row::Group(None) => Some(self.t.t("insights-no-group")),
        };
        named.or_else(|| Self::key(row)).unwrap_or_default()
    }

    fn category(&self, id: &CategoryId) -> Option<String> {
        let category = self.reference.category(id)?;
        category
            .name
            .pick(self.chain, None)
            .map(|p| p.text.to_owned())
    }
}

pub fn figure(figure: Figure) -> ReportFigure {
    match figure {
        Figure::Shown(count) => ReportFigure::Count(count),
        other => ReportFigure::Suppressed(other.as_text()),
    }
}

pub fn report(report: &InsightReport, labels: &Labels<'_>) -> ReportResponse {
    ReportResponse {
        year: report.year,
        months: report.months.iter().map(ToString::to_string).collect(),
        tables: report
            .tables
            .iter()
            .map(|t| table(t.by, &t.table, labels))
            .collect(),
        texts: report
            .texts
            .iter()
            .map(|(lang, text, searches)| ReportText {
                lang: lang.to_string(),
                text: text.clone(),
                searches: *searches,
            })
            .collect(),
    }
}

fn table(by: Breakdown, table: &Protected<Row, Month>, labels: &Labels<'_>) -> ReportTable {
    ReportTable {
        by: by.as_str().to_owned(),
        rows: table
            .rows()
            .iter()
            .map(|row| ReportRow {
                key: Labels::key(row),
                label: labels.label(row),
                cells: table
                    .row(row)
                    .unwrap_or_default()
                    .iter()
                    .map(|f| figure(*f))
                    .collect(),
                total: figure(table.row_total(row).unwrap_or(Figure::Hidden)),
            })
            .collect(),
        totals: table.column_totals().iter().map(|f| figure(*f)).collect(),
        total: figure(table.total()),
    }
}

/// The table broken down `by` as CSV: a header of months, a row per area (category,
/// language, group) with its total, and the months' totals.
pub fn csv(table: &Protected<Row, Month>, corner: &str, labels: &Labels<'_>) -> String {
    table.to_csv(
        corner,
        |row| labels.label(row),
        ToString::to_string,
        &labels.t.t("insights-total"),
    )
}
