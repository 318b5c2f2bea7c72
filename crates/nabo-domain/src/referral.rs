//! A referral: a volunteer showed a woman the way to a resource. What is kept is the
//! resource, the woman's language, the day and the volunteer's local group — nothing
//! else, and no free text (a text field invites names).

use crate::event_id::EventId;
use crate::ids::{GroupId, ResourceId};
use crate::language::{LanguageTag, Languages};
use chrono::{Duration, NaiveDate};

/// How long raw events are kept: after this many days they are added to their week's
/// counts and deleted, and a referral older than this is no longer taken.
pub const RETENTION_DAYS: i64 = 90;

/// A referral as it arrives from a volunteer's phone (perhaps days later, from its
/// offline queue).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referral {
    /// Made by the phone, so that sending it again never counts twice.
    pub id: EventId,
    pub resource: ResourceId,
    /// The language of the woman who was referred.
    pub language: LanguageTag,
    pub day: NaiveDate,
}

/// Why a referral is not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferralError {
    #[error("day {0} is in the future")]
    Future(NaiveDate),
    #[error(
        "day {0} is more than {RETENTION_DAYS} days ago; older referrals are only counted by week"
    )]
    TooOld(NaiveDate),
    #[error("language {0} is not one of the directory's")]
    Language(LanguageTag),
}

/// A referral as stored: with the local group of the volunteer who recorded it (none
/// for an account without one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedReferral {
    pub referral: Referral,
    pub group: Option<GroupId>,
}

impl Referral {
    /// Checks the language against the directory's and the day against `today` (the
    /// server's): a phone's clock may run a day ahead across a time zone, not more.
    pub fn check(&self, today: NaiveDate, languages: &Languages) -> Result<(), ReferralError> {
        if languages.resolve(&self.language).is_none() {
            return Err(ReferralError::Language(self.language.clone()));
        }
        if self.day > today + Duration::days(1) {
            return Err(ReferralError::Future(self.day));
        }
        if self.day < today - Duration::days(RETENTION_DAYS) {
            return Err(ReferralError::TooOld(self.day));
        }
        Ok(())
    }
}
