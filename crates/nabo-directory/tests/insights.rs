//! Insight without personal data, through the directory: referrals recorded once however
//! often they are sent, refused when they cannot be right, reported by month with small
//! counts suppressed, kept the same when retention turns them into weekly counts;
//! unmet needs counted, their texts kept only at k searches.

use chrono::{Duration, NaiveDate};
use nabo_directory::{Breakdown, Config, Directory, DirectoryError, Figure, Row, UnmetSignal};
use nabo_domain::{
    Account, AreaId, CategoryId, EventId, GroupId, LanguageTag, Month, Referral, ResourceId, Role,
    UnmetKind, UserId, parse_day,
};
use std::path::PathBuf;

const JOBCENTER: &str = "aarhus-jobcenter-frederiks-alle";
const LIBRARY: &str = "aarhus-bibliotek-vest";

async fn directory(dir: &std::path::Path) -> Directory {
    let repository = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let config = Config {
        database_url: format!("sqlite://{}/nabo.db", dir.display()).into(),
        index_dir: dir.join("index"),
        content_dir: repository.join("content"),
    };
    let directory = Directory::open(config, nabo_directory::IndexMode::Required)
        .await
        .expect("open");
    directory.import_demo_if_empty().await.expect("demo");
    directory
}

fn volunteer(group: &str) -> Account {
    Account {
        id: UserId::parse("hodan").expect("id"),
        role: Role::Volunteer,
        areas: Vec::new(),
        languages: Vec::new(),
        disabled: false,
        group: Some(GroupId::parse(group).expect("group")),
    }
}

fn day(text: &str) -> NaiveDate {
    parse_day(text).expect("day")
}

fn referral(n: usize, resource: &str, lang: &str, on: &str) -> Referral {
    Referral {
        id: EventId::parse(&format!("event-{n:012}-test")).expect("event id"),
        resource: ResourceId::parse(resource).expect("resource"),
        language: LanguageTag::parse(lang).expect("tag"),
        day: day(on),
    }
}

fn cell(report: &nabo_directory::InsightReport, by: Breakdown, row: &Row, month: &str) -> Figure {
    let month = Month::parse(month).expect("month");
    report
        .table(by)
        .and_then(|table| table.cell(row, &month))
        .unwrap_or_else(|| panic!("no cell {row:?} {month} in {by:?}"))
}

#[tokio::test]
async fn a_referral_sent_twice_counts_once_and_bad_ones_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = directory(dir.path()).await;
    let today = day("2026-12-07");
    let hodan = volunteer("aarhus-gellerup");

    let first = referral(1, JOBCENTER, "so", "2026-12-06");
    assert!(
        directory
            .record_referral(&hodan, first.clone(), today)
            .await
            .expect("record")
    );
    assert!(
        !directory
            .record_referral(&hodan, first, today)
            .await
            .expect("retry")
    );

    let refused = [
        referral(2, JOBCENTER, "so", "2026-12-09"),
        referral(3, JOBCENTER, "so", "2026-09-07"),
        referral(4, JOBCENTER, "xx", "2026-12-06"),
    ];
    for bad in refused {
        let result = directory.record_referral(&hodan, bad.clone(), today).await;
        assert!(
            matches!(result, Err(DirectoryError::Referral(_))),
            "{bad:?}: {result:?}"
        );
    }
    let unknown = referral(5, "no-such-service", "so", "2026-12-06");
    let result = directory.record_referral(&hodan, unknown, today).await;
    assert!(
        matches!(result, Err(DirectoryError::NotFound(_))),
        "{result:?}"
    );
    let disabled = Account {
        disabled: true,
        ..volunteer("aarhus-gellerup")
    };
    let result = directory
        .record_referral(&disabled, referral(6, JOBCENTER, "so", "2026-12-06"), today)
        .await;
    assert!(
        matches!(result, Err(DirectoryError::Forbidden(_))),
        "{result:?}"
    );
}

#[tokio::test]
async fn reports_show_months_that_are_over_suppress_small_counts_and_survive_retention() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = directory(dir.path()).await;
    let today = day("2026-12-07");
    let hodan = volunteer("aarhus-gellerup");
    // October: 12 Somali referrals to the job centre, 3 Arabic ones to the library.
    // November: 7 Somali to the job centre. December (not over): 2 Arabic.
    let mut n = 0;
    let mut record =
        |resource: &'static str, lang: &'static str, on: &'static str, times: usize| {
            let batch: Vec<Referral> = (0..times)
                .map(|_| {
                    n += 1;
                    referral(n, resource, lang, on)
                })
                .collect();
            batch
        };
    let mut all = record(JOBCENTER, "so", "2026-10-14", 12);
    all.extend(record(LIBRARY, "ar", "2026-10-21", 3));
    all.extend(record(JOBCENTER, "so", "2026-11-11", 7));
    all.extend(record(LIBRARY, "ar", "2026-12-02", 2));
    for referral in all {
        assert!(
            directory
                .record_referral(&hodan, referral, today)
                .await
                .expect("record")
        );
    }

    let report = directory
        .referral_report(2026, today)
        .await
        .expect("report");
    let months: Vec<String> = report.months.iter().map(ToString::to_string).collect();
    assert_eq!(months.first().map(String::as_str), Some("2026-01"));
    assert_eq!(months.last().map(String::as_str), Some("2026-11"));
    let somali = Row::Language(LanguageTag::parse("so").expect("tag"));
    let arabic = Row::Language(LanguageTag::parse("ar").expect("tag"));
    assert_eq!(
        cell(&report, Breakdown::Language, &arabic, "2026-10"),
        Figure::Small
    );
    // 12 + 3 in October: the Somali 12 and the October total cannot both be shown, or
    // the Arabic <5 would be their difference.
    let october = Month::parse("2026-10").expect("month");
    let table = report.table(Breakdown::Language).expect("table");
    let total = table.column_total(&october).expect("total");
    let somali_october = cell(&report, Breakdown::Language, &somali, "2026-10");
    assert!(
        total.is_suppressed() || somali_october.is_suppressed(),
        "{total:?} {somali_october:?}"
    );
    for by in Breakdown::ALL {
        let table = report.table(by).expect("table");
        let figures = table
            .cells()
            .iter()
            .chain(table.row_totals())
            .chain(table.column_totals());
        for figure in figures.chain([&table.total()]) {
            assert!(
                !matches!(figure, Figure::Shown(1..=4)),
                "{by:?}: {figure:?}"
            );
        }
        assert!(
            table
                .cells()
                .iter()
                .any(|f| matches!(f, Figure::Shown(5..))),
            "{by:?} shows something"
        );
    }
    let aarhus = Row::Area(Some(AreaId::parse("dk-0751").expect("id")));
    let group = Row::Group(Some(GroupId::parse("aarhus-gellerup").expect("group")));
    let jobcentre = Row::Category(Some(CategoryId::parse("jobcentre").expect("id")));
    assert!(
        report
            .table(Breakdown::Area)
            .and_then(|t| t.row_total(&aarhus))
            .is_some()
    );
    assert!(
        report
            .table(Breakdown::Group)
            .and_then(|t| t.row_total(&group))
            .is_some()
    );
    assert!(
        report
            .table(Breakdown::Category)
            .and_then(|t| t.row_total(&jobcentre))
            .is_some()
    );
    // December is not over: its referrals are in no cell.
    assert!(
        table
            .cell(&arabic, &Month::parse("2026-12").expect("month"))
            .is_none()
    );

    // A hundred days on, the raw referrals become weekly counts: the same figures.
    let later = today + Duration::days(100);
    let report = directory
        .referral_report(2026, later)
        .await
        .expect("report");
    let moved = directory.retain(later).await.expect("retain");
    assert_eq!(moved, 24, "every referral older than 90 days on {later}");
    let after = directory
        .referral_report(2026, later)
        .await
        .expect("report");
    for by in Breakdown::ALL {
        let (before, now) = (
            report.table(by).expect("before"),
            after.table(by).expect("after"),
        );
        for month in &report.months {
            for row in before.rows() {
                assert_eq!(
                    before.cell(row, month),
                    now.cell(row, month),
                    "{by:?} {row:?} {month}"
                );
            }
        }
    }
    // ...and the December referrals are reported now that December is over.
    assert!(after.months.iter().any(|m| m.to_string() == "2026-12"));
}

#[tokio::test]
async fn unmet_needs_are_counted_and_a_text_is_kept_only_at_five_searches() {
    let dir = tempfile::tempdir().expect("tempdir");
    let directory = directory(dir.path()).await;
    let searched_on = day("2026-11-10");
    let signal = |text: &str, kind| UnmetSignal {
        kind,
        language: LanguageTag::parse("so").expect("tag"),
        area: Some(AreaId::parse("dk-0751").expect("area")),
        matched: None,
        needed: Some(CategoryId::parse("legal-aid").expect("category")),
        text: text.to_owned(),
    };
    for _ in 0..5 {
        directory.note_unmet(signal("Caawimo  SHARCI", UnmetKind::NoResult), searched_on);
    }
    for _ in 0..4 {
        directory.note_unmet(signal("four times only", UnmetKind::NoResult), searched_on);
    }
    for _ in 0..6 {
        directory.note_unmet(
            signal("ring 2030 4050", UnmetKind::NothingFitted),
            searched_on,
        );
    }
    directory.flush_unmet().await.expect("flush");
    directory.note_unmet(signal("caawimo sharci", UnmetKind::NoResult), searched_on);

    let report = directory
        .unmet_report(2026, day("2026-12-07"))
        .await
        .expect("report");
    let texts: Vec<(&str, u64)> = report
        .texts
        .iter()
        .map(|(_, t, n)| (t.as_str(), *n))
        .collect();
    assert_eq!(
        texts,
        vec![("caawimo sharci", 6)],
        "only the text of at least 5 searches"
    );
    let legal = Row::Category(Some(CategoryId::parse("legal-aid").expect("id")));
    assert_eq!(
        cell(&report, Breakdown::Category, &legal, "2026-11"),
        Figure::Shown(16)
    );
}
