//! The insight reports: referrals and unmet needs of a year by area, category, language
//! (and local group), month by month, protected together by `nabo-insights` so that no
//! count under five can be read or worked out. Only months that are over are reported
//! (`Month::is_over`), and only whole years are: a report cannot be narrowed until the
//! difference of two reports tells a small count.

use crate::directory::Directory;
use crate::error::DirectoryError;
use chrono::NaiveDate;
use nabo_domain::{Account, AreaId, CategoryId, GroupId, LanguageTag, Month, UnmetNeed};
use nabo_insights::{Protected, Table, protect_together};
use nabo_storage::{ReferralCount, weeks_of_year};
use std::collections::{BTreeMap, BTreeSet};

/// What a table's rows are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Breakdown {
    Area,
    Category,
    Language,
    Group,
}

/// A row of a table: an area (none: no area was chosen), a category (none: no category
/// was recognised), a language, or a local group (none: recorded by an account without
/// one).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Row {
    Area(Option<AreaId>),
    Category(Option<CategoryId>),
    Language(LanguageTag),
    Group(Option<GroupId>),
}

/// One protected table of a report.
#[derive(Debug, Clone)]
pub struct InsightTable {
    pub by: Breakdown,
    pub table: Protected<Row, Month>,
}

/// A year's protected figures.
#[derive(Debug, Clone)]
pub struct InsightReport {
    pub year: i32,
    /// The months reported (those of the year that are over).
    pub months: Vec<Month>,
    pub tables: Vec<InsightTable>,
    /// Unmet searches' texts that at least k searches used, by language, with the
    /// searches of the reported months (each at least k).
    pub texts: Vec<(LanguageTag, String, u64)>,
}

impl Breakdown {
    pub const ALL: [Breakdown; 4] = [
        Breakdown::Area,
        Breakdown::Category,
        Breakdown::Language,
        Breakdown::Group,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Breakdown::Area => "area",
            Breakdown::Category => "category",
            Breakdown::Language => "language",
            Breakdown::Group => "group",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|by| by.as_str() == text)
    }
}

impl InsightReport {
    /// The table broken down `by`, if the report has one.
    pub fn table(&self, by: Breakdown) -> Option<&Protected<Row, Month>> {
        self.tables.iter().find(|t| t.by == by).map(|t| &t.table)
    }
}

/// The breakdowns of each report.
pub const REFERRAL_BREAKDOWNS: [Breakdown; 4] = Breakdown::ALL;
pub const UNMET_BREAKDOWNS: [Breakdown; 3] =
    [Breakdown::Area, Breakdown::Category, Breakdown::Language];

impl Directory {
    /// Both reports of `year` as of `today`, for `account` (admins and coordinators).
    pub async fn insight_reports(
        &self,
        account: &Account,
        year: i32,
        today: NaiveDate,
    ) -> Result<(InsightReport, InsightReport), DirectoryError> {
        if !account.may_read_reports() {
            return Err(DirectoryError::Forbidden(
                "the reports are for coordinators and administrators".to_owned(),
            ));
        }
        let referrals = self.referral_report(year, today).await?;
        Ok((referrals, self.unmet_report(year, today).await?))
    }

    /// Referrals of `year` as of `today`.
    pub async fn referral_report(
        &self,
        year: i32,
        today: NaiveDate,
    ) -> Result<InsightReport, DirectoryError> {
        let months = reported_months(year, today);
        let counts = match weeks_of_year(year) {
            Some((first, last)) if !months.is_empty() => {
                self.store.referral_counts(first, last).await?
            }
            _ => Vec::new(),
        };
        let events: Vec<(Month, [Row; 4], u64)> = counts
            .iter()
            .map(|c| (c.week.month(), referral_rows(c), c.referrals))
            .collect();
        Ok(InsightReport {
            year,
            tables: tables(&REFERRAL_BREAKDOWNS, &months, &events),
            months,
            texts: Vec::new(),
        })
    }

    /// Unmet needs of `year` as of `today` (what was needed where the volunteer said,
    /// else what the search's words were read as).
    pub async fn unmet_report(
        &self,
        year: i32,
        today: NaiveDate,
    ) -> Result<InsightReport, DirectoryError> {
        self.flush_unmet().await?;
        let months = reported_months(year, today);
        let (counts, kept) = match weeks_of_year(year) {
            Some((first, last)) if !months.is_empty() => (
                self.store.unmet_counts(first, last).await?,
                self.store.unmet_texts(first, last).await?,
            ),
            _ => (Vec::new(), Vec::new()),
        };
        let events: Vec<(Month, [Row; 3], u64)> = counts
            .iter()
            .map(|(need, searches)| (need.week.month(), unmet_rows(need), *searches))
            .collect();
        let mut texts: BTreeMap<(LanguageTag, String), u64> = BTreeMap::new();
        for text in kept
            .into_iter()
            .filter(|t| months.contains(&t.week.month()))
        {
            *texts.entry((text.language, text.text)).or_default() += text.searches;
        }
        let mut texts: Vec<_> = texts.into_iter().map(|((l, t), n)| (l, t, n)).collect();
        texts.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1))));
        Ok(InsightReport {
            year,
            tables: tables(&UNMET_BREAKDOWNS, &months, &events),
            months,
            texts,
        })
    }
}

fn reported_months(year: i32, today: NaiveDate) -> Vec<Month> {
    Month::of_year(year)
        .into_iter()
        .filter(|month| month.is_over(today))
        .collect()
}

fn referral_rows(count: &ReferralCount) -> [Row; 4] {
    [
        Row::Area(Some(count.area.clone())),
        Row::Category(Some(count.category.clone())),
        Row::Language(count.language.clone()),
        Row::Group(count.group.clone()),
    ]
}

fn unmet_rows(need: &UnmetNeed) -> [Row; 3] {
    [
        Row::Area(need.area.clone()),
        Row::Category(need.needed.clone().or_else(|| need.matched.clone())),
        Row::Language(need.language.clone()),
    ]
}

/// One table per breakdown over `months`, of the events in those months, protected
/// together (they count the same events, so they share their column totals).
fn tables<const N: usize>(
    breakdowns: &[Breakdown; N],
    months: &[Month],
    events: &[(Month, [Row; N], u64)],
) -> Vec<InsightTable> {
    let reported: Vec<&(Month, [Row; N], u64)> = events
        .iter()
        .filter(|(month, _, count)| months.contains(month) && *count > 0)
        .collect();
    let unprotected: Vec<Table<Row, Month>> = (0..N)
        .map(|i| {
            let rows: BTreeSet<Row> = reported
                .iter()
                .map(|(_, rows, _)| rows[i].clone())
                .collect();
            let mut table = Table::new(rows.into_iter().collect(), months.to_vec());
            for (month, rows, count) in &reported {
                // Every row and month was put in the table above.
                let _ = table.add(&rows[i], month, *count);
            }
            table
        })
        .collect();
    protect_together(&unprotected)
        .into_iter()
        .zip(breakdowns)
        .map(|(table, by)| InsightTable { by: *by, table })
        .collect()
}
