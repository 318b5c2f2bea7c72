//! Keeping resources true: verifying one is a single action, a "needs checking" list
//! shows what nobody has confirmed for a while, and reports from the field reach the
//! editors of the resource's area.

use crate::directory::Directory;
use crate::error::DirectoryError;
use chrono::{Months, NaiveDate, Utc};
use nabo_domain::{Account, AreaId, ReportInput, ResourceId, UserId};
use nabo_storage::{Author, FieldReport, RevisionKind, StoredResource};

/// How long a verification holds by default.
pub const VERIFY_EVERY_MONTHS: u32 = 12;
/// Resources read at a time when looking for what needs checking.
const PAGE: usize = 5_000;

/// A resource nobody has confirmed for too long: when it was last verified, by whom.
#[derive(Debug, Clone)]
pub struct NeedsChecking {
    pub resource: StoredResource,
    pub verified: Option<(NaiveDate, Option<UserId>)>,
}

impl Directory {
    /// Confirms that the resource `id` (at version `expected`) is right as it is: its
    /// `verified_at` becomes today, a revision records who did it.
    pub async fn verify_resource(
        &self,
        account: &Account,
        id: &ResourceId,
        expected: i64,
    ) -> Result<StoredResource, DirectoryError> {
        let current = self.resource(id).await?;
        let current = current.ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        let reference = self.reference();
        if !account.may_verify()
            && !account.may_edit_resources_in(&current.resource.area, &reference)
        {
            return Err(DirectoryError::Forbidden(format!(
                "account {:?} may not verify resources in {:?}",
                account.id.as_str(),
                current.resource.area.as_str()
            )));
        }
        let mut resource = current.resource;
        resource.verified_at = Some(Utc::now().date_naive());
        let author = Author::new(RevisionKind::Verify, &account.id);
        self.write(resource, expected, author).await
    }

    /// Resources in `area` (all when `None`) not verified since `months` months before
    /// `today`, never verified ones first, then the oldest; at most `limit`.
    pub async fn needs_checking(
        &self,
        area: Option<&AreaId>,
        months: u32,
        today: NaiveDate,
        limit: usize,
    ) -> Result<Vec<NeedsChecking>, DirectoryError> {
        let reference = self.reference();
        let areas = area.map(|a| reference.area_and_descendants(a));
        let since = today
            .checked_sub_months(Months::new(months))
            .unwrap_or(today);
        let verifiers = self.store.verifications().await?;
        let mut found = Vec::new();
        let mut after: Option<ResourceId> = None;
        loop {
            let page = self.page_of(areas.as_deref(), after.as_ref(), PAGE).await?;
            let Some(last) = page.last() else { break };
            after = Some(last.resource.id.clone());
            for stored in page {
                let verified_at = stored.resource.verified_at;
                if verified_at.is_some_and(|at| at >= since) {
                    continue;
                }
                let by = verifiers.get(&stored.resource.id).map(|(by, _)| by.clone());
                found.push(NeedsChecking {
                    verified: verified_at.map(|at| (at, by)),
                    resource: stored,
                });
            }
        }
        found.sort_by(|a, b| {
            let at = |n: &NeedsChecking| n.verified.as_ref().map(|(at, _)| *at);
            at(a)
                .cmp(&at(b))
                .then_with(|| a.resource.resource.id.cmp(&b.resource.resource.id))
        });
        found.truncate(limit);
        Ok(found)
    }

    /// Files an anonymous report that the resource `id` has changed, for the editors of
    /// its area.
    pub async fn report_change(
        &self,
        id: &ResourceId,
        report: &ReportInput,
    ) -> Result<(), DirectoryError> {
        let current = self.resource(id).await?;
        let current = current.ok_or_else(|| DirectoryError::NotFound(id.to_string()))?;
        let day = Utc::now().date_naive().format("%Y-%m-%d").to_string();
        Ok(self
            .store
            .add_report(id, &current.resource.area, report, &day)
            .await?)
    }

    /// The open reports `account` handles: those of its areas (every area for admins and
    /// coordinators), oldest first.
    pub async fn open_reports(
        &self,
        account: &Account,
    ) -> Result<Vec<FieldReport>, DirectoryError> {
        let reference = self.reference();
        let mut reports = self.store.open_reports().await?;
        reports
            .retain(|r| account.may_verify() || account.may_edit_resources_in(&r.area, &reference));
        Ok(reports)
    }

    /// Closes the open report `id` as resolved (`true`) or dismissed, for `account`.
    pub async fn close_report(
        &self,
        account: &Account,
        id: i64,
        resolved: bool,
    ) -> Result<(), DirectoryError> {
        let report = self.store.field_report(id).await?;
        let report = report.ok_or_else(|| DirectoryError::NotFound(format!("report {id}")))?;
        let reference = self.reference();
        if !account.may_verify() && !account.may_edit_resources_in(&report.area, &reference) {
            return Err(DirectoryError::Forbidden(format!(
                "account {:?} may not handle reports of {:?}",
                account.id.as_str(),
                report.area.as_str()
            )));
        }
        let status = if resolved { "resolved" } else { "dismissed" };
        match self.store.close_report(id, status, &account.id).await? {
            true => Ok(()),
            false => Err(DirectoryError::NotFound(format!("open report {id}"))),
        }
    }
}
