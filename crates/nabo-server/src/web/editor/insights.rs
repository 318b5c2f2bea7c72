//! `/{lang}/edit/insights`: the year's referrals and unmet needs for coordinators and
//! administrators — a summary in the style of the programme's yearly report, then each
//! breakdown as a chart (SVG made here, with its text alternative) over its table, and
//! downloads (`/{lang}/edit/insights/{referrals|unmet-needs}?format=csv&by=...`). The
//! figures are the protected ones of the API: a count under five is never shown.

use super::{Editor, editor_page};
use crate::AppState;
use crate::insights::{ReportAsk, last_month_over};
use crate::web::failure::WebError;
use crate::web::locale::PageLocale;
use crate::web::render::render;
use crate::web::view::{Page, Translator};
use crate::wire::insights::Labels;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use nabo_directory::{Breakdown, Figure, InsightReport, Protected, Row, bar_chart};
use nabo_domain::{Direction, Month};

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let today = Utc::now().date_naive();
    let year = year_of(raw.as_deref(), today)?;
    let (referrals, unmet) = state
        .directory
        .insight_reports(&editor.account, year, today)
        .await?;
    let view = InsightsPage::new(&state, &locale, &editor, &referrals, &unmet);
    Ok(render(&view)?.into_response())
}

/// A report as CSV or JSON, for the signed-in coordinator (the API's answer).
pub async fn download(
    State(state): State<AppState>,
    editor: Editor,
    Path((_, report)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let breakdowns: &[Breakdown] = match report.as_str() {
        "referrals" => &nabo_directory::REFERRAL_BREAKDOWNS,
        "unmet-needs" => &nabo_directory::UNMET_BREAKDOWNS,
        _ => return Err(WebError::NotFound),
    };
    let asked = ReportAsk::parse(raw.as_deref(), &state, breakdowns)
        .map_err(|e| WebError::BadRequest(e.to_string()))?;
    let (referrals, unmet) = state
        .directory
        .insight_reports(&editor.account, asked.year, asked.today)
        .await?;
    let chosen = if report == "referrals" {
        referrals
    } else {
        unmet
    };
    Ok(asked.answer(&state, &chosen, &report))
}

fn year_of(raw: Option<&str>, today: chrono::NaiveDate) -> Result<i32, WebError> {
    let params = crate::params::Params::parse(raw);
    let default = last_month_over(today).year() as usize;
    let year = params
        .number("year", default, 2000..=9999)
        .map_err(|e| WebError::BadRequest(e.to_string()))?;
    Ok(year as i32)
}

pub struct TableView {
    pub id: String,
    pub title: String,
    /// What the rows are ("By area"), the header of their column.
    pub corner: String,
    pub months: Vec<String>,
    pub rows: Vec<RowView>,
    pub totals: Vec<String>,
    pub total: String,
    /// The chart's SVG markup (made by `bar_chart`, every text escaped there).
    pub chart: String,
    pub csv: String,
}

pub struct RowView {
    pub label: String,
    pub cells: Vec<String>,
    pub total: String,
}

pub struct Section {
    pub id: &'static str,
    pub heading: String,
    pub tables: Vec<TableView>,
    pub json: String,
}

pub struct SummaryLine {
    pub label: String,
    pub figure: String,
}

#[derive(Template)]
#[template(path = "editor/insights.html")]
struct InsightsPage {
    page: Page,
    year: i32,
    referrals_total: String,
    by_category: Vec<SummaryLine>,
    languages: Vec<String>,
    top_unmet: Vec<SummaryLine>,
    texts: Vec<SummaryLine>,
    sections: Vec<Section>,
    empty: bool,
}

impl InsightsPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        referrals: &InsightReport,
        unmet: &InsightReport,
    ) -> Self {
        let t = Translator::new(state.catalog.clone(), locale.as_str());
        let title = t.t("insights-title");
        let page = editor_page(state, locale, editor, title);
        let reference = state.directory.reference();
        let chain = reference.languages.chain(&locale.0);
        let labels = Labels {
            reference: &reference,
            chain: &chain,
            t: &t,
        };
        let rtl = reference
            .languages
            .resolve(&locale.0)
            .is_some_and(|l| l.direction == Direction::Rtl);
        let sections = vec![
            section(
                "referrals",
                &t.t("insights-referrals"),
                referrals,
                &labels,
                &page.lang,
                rtl,
            ),
            section(
                "unmet-needs",
                &t.t("insights-unmet"),
                unmet,
                &labels,
                &page.lang,
                rtl,
            ),
        ];
        Self {
            year: referrals.year,
            referrals_total: referrals
                .table(Breakdown::Category)
                .map_or_else(|| "0".to_owned(), |t| t.total().as_text()),
            by_category: totals(referrals.table(Breakdown::Category), &labels, 20),
            languages: referrals
                .table(Breakdown::Language)
                .map(|table| table.rows().iter().map(|row| labels.label(row)).collect())
                .unwrap_or_default(),
            top_unmet: totals(unmet.table(Breakdown::Category), &labels, 5),
            texts: unmet
                .texts
                .iter()
                .take(20)
                .map(|(lang, text, searches)| SummaryLine {
                    label: format!("{text} ({})", t.language_name(lang.as_str())),
                    figure: searches.to_string(),
                })
                .collect(),
            empty: referrals
                .tables
                .iter()
                .chain(&unmet.tables)
                .all(|t| t.table.rows().is_empty()),
            sections,
            page,
        }
    }
}

/// The rows of `table` by their totals, largest shown first, at most `limit`.
fn totals(
    table: Option<&Protected<Row, Month>>,
    labels: &Labels<'_>,
    limit: usize,
) -> Vec<SummaryLine> {
    let Some(table) = table else {
        return Vec::new();
    };
    let mut rows: Vec<(&Row, Figure)> = table
        .rows()
        .iter()
        .zip(table.row_totals().iter().copied())
        .collect();
    rows.sort_by_key(|(_, figure)| std::cmp::Reverse(figure.value().unwrap_or(0)));
    rows.into_iter()
        .take(limit)
        .map(|(row, figure)| SummaryLine {
            label: labels.label(row),
            figure: figure.as_text(),
        })
        .collect()
}

fn section(
    id: &'static str,
    heading: &str,
    report: &InsightReport,
    labels: &Labels<'_>,
    lang: &str,
    rtl: bool,
) -> Section {
    let tables = report
        .tables
        .iter()
        .filter(|t| !t.table.rows().is_empty())
        .map(|t| {
            let title = format!("{heading}: {}", labels.t.t(breakdown_message(t.by)));
            table_view(id, t.by, &t.table, &title, report.year, labels, lang, rtl)
        })
        .collect();
    Section {
        id,
        heading: heading.to_owned(),
        tables,
        json: format!(
            "/{lang}/edit/insights/{id}?year={}&lang={lang}",
            report.year
        ),
    }
}

fn breakdown_message(by: Breakdown) -> &'static str {
    match by {
        Breakdown::Area => "insights-by-area",
        Breakdown::Category => "insights-by-category",
        Breakdown::Language => "insights-by-language",
        Breakdown::Group => "insights-by-group",
    }
}

#[allow(clippy::too_many_arguments)]
fn table_view(
    report: &str,
    by: Breakdown,
    table: &Protected<Row, Month>,
    title: &str,
    year: i32,
    labels: &Labels<'_>,
    lang: &str,
    rtl: bool,
) -> TableView {
    let id = format!("{report}-{}", by.as_str());
    let rows: Vec<RowView> = table
        .rows()
        .iter()
        .map(|row| RowView {
            label: labels.label(row),
            cells: table
                .row(row)
                .unwrap_or_default()
                .iter()
                .map(Figure::as_text)
                .collect(),
            total: table
                .row_total(row)
                .map_or_else(String::new, |f| f.as_text()),
        })
        .collect();
    let bars: Vec<(String, Figure)> = table
        .rows()
        .iter()
        .zip(table.row_totals())
        .map(|(row, figure)| (labels.label(row), *figure))
        .collect();
    let description = labels.t.with("insights-chart-description", "table", title);
    TableView {
        chart: bar_chart(&format!("chart-{id}"), title, &description, &bars, rtl),
        id,
        title: title.to_owned(),
        corner: labels.t.t(breakdown_message(by)),
        months: table.columns().iter().map(ToString::to_string).collect(),
        rows,
        totals: table.column_totals().iter().map(Figure::as_text).collect(),
        total: table.total().as_text(),
        csv: format!(
            "/{lang}/edit/insights/{report}?year={year}&format=csv&by={}&lang={lang}",
            by.as_str()
        ),
    }
}
