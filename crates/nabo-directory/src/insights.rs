//! Insight as a by-product of daily use: referrals recorded by volunteers and unmet
//! needs counted from searches, without anything that identifies a woman (see
//! `nabo-storage`'s `insights.rs` for what is stored, `reports.rs` for what is shown).

use crate::directory::Directory;
use crate::error::DirectoryError;
use chrono::{Duration, NaiveDate};
use nabo_domain::{
    Account, AreaId, CategoryId, LanguageTag, RETENTION_DAYS, RecordedReferral, Referral,
    SearchedText, UnmetKind, UnmetNeed, Week,
};

/// An unmet need as the search or the volunteer tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnmetSignal {
    pub kind: UnmetKind,
    pub language: LanguageTag,
    pub area: Option<AreaId>,
    pub matched: Option<CategoryId>,
    pub needed: Option<CategoryId>,
    /// The words searched, as typed (kept only as `SearchedText` allows, at k).
    pub text: String,
}

impl Directory {
    /// Records `referral` for `account`'s local group; false when it was recorded before
    /// (a retry from the phone's queue: counted once).
    pub async fn record_referral(
        &self,
        account: &Account,
        referral: Referral,
        today: NaiveDate,
    ) -> Result<bool, DirectoryError> {
        if !account.may_record_referrals() {
            return Err(DirectoryError::Forbidden(
                "this account may not record referrals".to_owned(),
            ));
        }
        referral.check(today, &self.reference().languages)?;
        let stored = self.resource(&referral.resource).await?;
        let resource = stored
            .ok_or_else(|| DirectoryError::NotFound(referral.resource.to_string()))?
            .resource;
        let Some(category) = resource.categories.first() else {
            return Err(DirectoryError::NotFound(referral.resource.to_string()));
        };
        let recorded = RecordedReferral {
            referral,
            group: account.group.clone(),
        };
        Ok(self
            .store
            .add_referral(&recorded, &resource.area, category)
            .await?)
    }

    /// Counts an unmet need on `today` (in memory; written by `flush_unmet`).
    pub fn note_unmet(&self, report: UnmetSignal, today: NaiveDate) {
        let need = UnmetNeed {
            kind: report.kind,
            week: Week::of(today),
            language: report.language,
            area: report.area,
            matched: report.matched,
            needed: report.needed,
        };
        let text = SearchedText::new(&report.text);
        self.unmet_log().note(need, text);
    }

    /// Writes the unmet needs counted since the last flush, and the searched texts that
    /// have now been used by k searches of their week.
    pub async fn flush_unmet(&self) -> Result<(), DirectoryError> {
        let counted = self.unmet_log().take();
        if counted.needs.is_empty() && counted.texts.is_empty() {
            return Ok(());
        }
        if let Err(error) = self.store.add_unmet(&counted.needs).await {
            self.unmet_log().restore(counted);
            return Err(error.into());
        }
        for (week, language, text) in counted.texts {
            if self
                .store
                .count_unmet_text(week, &language, &text, 1)
                .await?
            {
                continue;
            }
            let reached = self.unmet_log().reaches_k(week, &language, &text);
            if reached {
                let k = u64::from(nabo_domain::QUERY_K);
                self.store
                    .keep_unmet_text(week, &language, &text, k)
                    .await?;
            }
        }
        Ok(())
    }

    /// How many referrals are kept as recorded (not yet counted by week).
    pub async fn raw_referrals(&self) -> Result<u64, DirectoryError> {
        Ok(self.store.count_raw_referrals().await?)
    }

    /// Adds the referrals older than the retention period (as of `today`) to their
    /// weeks' counts and deletes them; how many. Also forgets texts counted towards k in
    /// weeks that are over.
    pub async fn retain(&self, today: NaiveDate) -> Result<u64, DirectoryError> {
        self.flush_unmet().await?;
        let before = today - Duration::days(RETENTION_DAYS);
        let moved = self.store.retain_referrals(before).await?;
        self.unmet_log().forget_before(Week::of(today));
        Ok(moved)
    }
}
