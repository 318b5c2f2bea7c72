//! Storing insight: referrals as they arrive, their weekly counts after the retention
//! period, unmet needs by week, and the searched texts that enough searches used.
//! Nothing here can name a person (the migration's comment and `tests/privacy.rs`).

use crate::connect::Store;
use crate::error::StorageError;
use chrono::NaiveDate;
use nabo_domain::{
    AreaId, CategoryId, GroupId, LanguageTag, RecordedReferral, ResourceId, SearchedText,
    UnmetKind, UnmetNeed, Week, parse_day,
};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::BTreeMap;

/// Referrals counted together: of one resource (in its area and category when it was
/// recorded), in one language, from one local group, in one week.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ReferralCount {
    pub week: Week,
    pub resource: ResourceId,
    pub area: AreaId,
    pub category: CategoryId,
    pub language: LanguageTag,
    pub group: Option<GroupId>,
    pub referrals: u64,
}

/// A searched text kept because enough searches used it in its week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnmetText {
    pub week: Week,
    pub language: LanguageTag,
    pub text: String,
    pub searches: u64,
}

/// The key a referral is counted under, before its week is known.
type ReferralKey = (ResourceId, AreaId, CategoryId, LanguageTag, Option<GroupId>);

impl Store {
    /// Stores a referral of a resource of `area` and `category`; false when one with its
    /// event id is stored already (a retry: counted once).
    pub async fn add_referral(
        &self,
        recorded: &RecordedReferral,
        area: &AreaId,
        category: &CategoryId,
    ) -> Result<bool, StorageError> {
        let referral = &recorded.referral;
        let added = sqlx::query(
            "INSERT INTO referrals (event_id, resource_id, area_id, category, lang, group_id, day) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING",
        )
        .bind(referral.id.as_str())
        .bind(referral.resource.as_str())
        .bind(area.as_str())
        .bind(category.as_str())
        .bind(referral.language.as_str())
        .bind(recorded.group.as_ref().map_or("", GroupId::as_str))
        .bind(referral.day.format("%Y-%m-%d").to_string())
        .execute(&self.pool)
        .await?;
        Ok(added.rows_affected() == 1)
    }

    /// Referral counts by week, of the weeks from `first` to `last`: the weekly counts
    /// and the referrals kept as they arrived, counted by their day's week.
    pub async fn referral_counts(
        &self,
        first: Week,
        last: Week,
    ) -> Result<Vec<ReferralCount>, StorageError> {
        let mut counts: BTreeMap<(Week, ReferralKey), u64> = BTreeMap::new();
        let weekly = sqlx::query(
            "SELECT week, resource_id, area_id, category, lang, group_id, referrals \
             FROM referral_weeks WHERE week >= $1 AND week <= $2",
        )
        .bind(first.to_string())
        .bind(last.to_string())
        .fetch_all(&self.pool)
        .await?;
        for row in &weekly {
            let week = Week::parse(&row.try_get::<String, _>("week")?).map_err(corrupt)?;
            *counts.entry((week, referral_key(row)?)).or_default() += count(row, "referrals")?;
        }
        let raw = sqlx::query(
            "SELECT day, resource_id, area_id, category, lang, group_id, COUNT(*) AS referrals \
             FROM referrals WHERE day >= $1 AND day <= $2 \
             GROUP BY day, resource_id, area_id, category, lang, group_id",
        )
        .bind(first.monday().format("%Y-%m-%d").to_string())
        .bind(last.sunday().format("%Y-%m-%d").to_string())
        .fetch_all(&self.pool)
        .await?;
        for row in &raw {
            let day = parse_day(&row.try_get::<String, _>("day")?).map_err(corrupt)?;
            *counts
                .entry((Week::of(day), referral_key(row)?))
                .or_default() += count(row, "referrals")?;
        }
        Ok(counts
            .into_iter()
            .map(
                |((week, (resource, area, category, language, group)), referrals)| ReferralCount {
                    week,
                    resource,
                    area,
                    category,
                    language,
                    group,
                    referrals,
                },
            )
            .collect())
    }

    /// Adds the referrals of days before `before` to their weeks' counts and deletes
    /// them, in one transaction; how many were moved.
    pub async fn retain_referrals(&self, before: NaiveDate) -> Result<u64, StorageError> {
        let before = before.format("%Y-%m-%d").to_string();
        let mut transaction = self.begin().await?;
        let rows = sqlx::query(
            "SELECT day, resource_id, area_id, category, lang, group_id, COUNT(*) AS referrals \
             FROM referrals WHERE day < $1 GROUP BY day, resource_id, area_id, category, lang, group_id",
        )
        .bind(&before)
        .fetch_all(&mut *transaction)
        .await?;
        let mut weekly: BTreeMap<(Week, ReferralKey), u64> = BTreeMap::new();
        for row in &rows {
            let day = parse_day(&row.try_get::<String, _>("day")?).map_err(corrupt)?;
            *weekly
                .entry((Week::of(day), referral_key(row)?))
                .or_default() += count(row, "referrals")?;
        }
        for ((week, (resource, area, category, language, group)), referrals) in &weekly {
            sqlx::query(
                "INSERT INTO referral_weeks (week, resource_id, area_id, category, lang, group_id, referrals) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (week, resource_id, area_id, category, lang, group_id) \
                 DO UPDATE SET referrals = referral_weeks.referrals + excluded.referrals",
            )
            .bind(week.to_string())
            .bind(resource.as_str())
            .bind(area.as_str())
            .bind(category.as_str())
            .bind(language.as_str())
            .bind(group.as_ref().map_or("", GroupId::as_str))
            .bind(i64::try_from(*referrals).unwrap_or(i64::MAX))
            .execute(&mut *transaction)
            .await?;
        }
        let moved = sqlx::query("DELETE FROM referrals WHERE day < $1")
            .bind(&before)
            .execute(&mut *transaction)
            .await?
            .rows_affected();
        transaction.commit().await?;
        Ok(moved)
    }

    /// How many referrals are kept as they arrived (not yet counted by week).
    pub async fn count_raw_referrals(&self) -> Result<u64, StorageError> {
        let row = sqlx::query("SELECT COUNT(*) AS referrals FROM referrals")
            .fetch_one(&self.pool)
            .await?;
        count(&row, "referrals")
    }

    /// Adds counted unmet needs, in one transaction.
    pub async fn add_unmet(&self, counted: &[(UnmetNeed, u64)]) -> Result<(), StorageError> {
        let mut transaction = self.begin().await?;
        for (need, searches) in counted {
            sqlx::query(
                "INSERT INTO unmet_needs (week, kind, lang, area_id, matched, needed, searches) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (week, kind, lang, area_id, matched, needed) \
                 DO UPDATE SET searches = unmet_needs.searches + excluded.searches",
            )
            .bind(need.week.to_string())
            .bind(need.kind.as_str())
            .bind(need.language.as_str())
            .bind(need.area.as_ref().map_or("", AreaId::as_str))
            .bind(need.matched.as_ref().map_or("", CategoryId::as_str))
            .bind(need.needed.as_ref().map_or("", CategoryId::as_str))
            .bind(i64::try_from(*searches).unwrap_or(i64::MAX))
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Unmet needs counted in the weeks from `first` to `last`.
    pub async fn unmet_counts(
        &self,
        first: Week,
        last: Week,
    ) -> Result<Vec<(UnmetNeed, u64)>, StorageError> {
        let rows = sqlx::query(
            "SELECT week, kind, lang, area_id, matched, needed, searches FROM unmet_needs \
             WHERE week >= $1 AND week <= $2 ORDER BY week, kind, lang, area_id, matched, needed",
        )
        .bind(first.to_string())
        .bind(last.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let kind: String = row.try_get("kind")?;
                let need = UnmetNeed {
                    kind: UnmetKind::parse(&kind)
                        .ok_or_else(|| corrupt(format!("unknown kind {kind:?}")))?,
                    week: Week::parse(&row.try_get::<String, _>("week")?).map_err(corrupt)?,
                    language: language(row)?,
                    area: optional(row, "area_id", AreaId::parse)?,
                    matched: optional(row, "matched", CategoryId::parse)?,
                    needed: optional(row, "needed", CategoryId::parse)?,
                };
                Ok((need, count(row, "searches")?))
            })
            .collect()
    }

    /// Counts `searches` more searches of a kept text in its week; false when the text is
    /// not kept (yet).
    pub async fn count_unmet_text(
        &self,
        week: Week,
        language: &LanguageTag,
        text: &SearchedText,
        searches: u64,
    ) -> Result<bool, StorageError> {
        let counted = sqlx::query(
            "UPDATE unmet_texts SET searches = searches + $1 WHERE week = $2 AND lang = $3 AND text = $4",
        )
        .bind(i64::try_from(searches).unwrap_or(i64::MAX))
        .bind(week.to_string())
        .bind(language.as_str())
        .bind(text.as_str())
        .execute(&self.pool)
        .await?;
        Ok(counted.rows_affected() > 0)
    }

    /// Keeps a text that `searches` searches (at least k) used in `week`.
    pub async fn keep_unmet_text(
        &self,
        week: Week,
        language: &LanguageTag,
        text: &SearchedText,
        searches: u64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO unmet_texts (week, lang, text, searches) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (week, lang, text) DO UPDATE SET searches = unmet_texts.searches + excluded.searches",
        )
        .bind(week.to_string())
        .bind(language.as_str())
        .bind(text.as_str())
        .bind(i64::try_from(searches).unwrap_or(i64::MAX))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The kept texts of the weeks from `first` to `last`.
    pub async fn unmet_texts(
        &self,
        first: Week,
        last: Week,
    ) -> Result<Vec<UnmetText>, StorageError> {
        let rows = sqlx::query(
            "SELECT week, lang, text, searches FROM unmet_texts WHERE week >= $1 AND week <= $2 \
             ORDER BY week, lang, text",
        )
        .bind(first.to_string())
        .bind(last.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(UnmetText {
                    week: Week::parse(&row.try_get::<String, _>("week")?).map_err(corrupt)?,
                    language: language(row)?,
                    text: row.try_get("text")?,
                    searches: count(row, "searches")?,
                })
            })
            .collect()
    }
}

/// The weeks a year's months are counted from: those whose Thursday is in the year.
pub fn weeks_of_year(year: i32) -> Option<(Week, Week)> {
    let first = NaiveDate::from_ymd_opt(year, 1, 4)?;
    let last = NaiveDate::from_ymd_opt(year, 12, 28)?;
    Some((Week::of(first), Week::of(last)))
}

fn referral_key(row: &AnyRow) -> Result<ReferralKey, StorageError> {
    let id = |column: &str| row.try_get::<String, _>(column);
    Ok((
        ResourceId::parse(&id("resource_id")?).map_err(corrupt)?,
        AreaId::parse(&id("area_id")?).map_err(corrupt)?,
        CategoryId::parse(&id("category")?).map_err(corrupt)?,
        language(row)?,
        optional(row, "group_id", GroupId::parse)?,
    ))
}

fn language(row: &AnyRow) -> Result<LanguageTag, StorageError> {
    LanguageTag::parse(&row.try_get::<String, _>("lang")?).map_err(corrupt)
}

/// A column that holds '' for none.
fn optional<T, E: ToString>(
    row: &AnyRow,
    column: &str,
    parse: impl Fn(&str) -> Result<T, E>,
) -> Result<Option<T>, StorageError> {
    let text: String = row.try_get(column)?;
    if text.is_empty() {
        return Ok(None);
    }
    parse(&text).map(Some).map_err(corrupt)
}

fn count(row: &AnyRow, column: &str) -> Result<u64, StorageError> {
    let count: i64 = row.try_get(column)?;
    u64::try_from(count).map_err(corrupt)
}

fn corrupt(reason: impl ToString) -> StorageError {
    StorageError::Corrupt {
        kind: "insight",
        id: String::new(),
        reason: reason.to_string(),
    }
}
