//! Searching the directory: a typed `Query` passed to the search index, which owns the
//! ranking, on a blocking thread.

use crate::directory::Directory;
use crate::error::DirectoryError;
use crate::insights::UnmetSignal;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use nabo_domain::{
    AreaId, DayHours, LanguageTag, OpenState, ReferenceData, Resource, UnmetKind, local_time,
};
use nabo_search::{Query, Results, Suggestions};
use std::sync::Arc;

impl Directory {
    /// Answers `query` from the index. A query answered from bit sets (most) takes well
    /// under a millisecond at 100,000 resources and runs right here, on the runtime's
    /// thread: handing it to another thread would cost a good part of that, and a crowd
    /// of threads taking turns on the cores lengthens every search. One that visits
    /// every match (distance, opening hours) may take longer and gets a thread of its own.
    /// A first page of a search with words that finds nothing is counted as an unmet need
    /// (`note_unmet`: in memory, nothing about who searched).
    pub async fn search(&self, query: Query) -> Result<Results, DirectoryError> {
        let index = self.index.as_ref().ok_or(DirectoryError::NoIndex)?;
        let (results, query) = if query.needs_scan() {
            let index = Arc::clone(index);
            tokio::task::spawn_blocking(move || index.search(&query).map(|r| (r, query)))
                .await
                .map_err(|e| DirectoryError::Task(e.to_string()))??
        } else {
            (index.search(&query)?, query)
        };
        if results.total == 0
            && let Some((mut signal, day)) = unmet_signal(&query)
        {
            signal.matched = results.category.clone();
            self.note_unmet(signal, day);
        }
        Ok(results)
    }

    /// Completions of `typed` for a searcher of `lang`, in `area` (and areas inside it).
    pub async fn suggest(
        &self,
        typed: &str,
        lang: &LanguageTag,
        area: Option<&AreaId>,
        limit: usize,
    ) -> Result<Suggestions, DirectoryError> {
        let index = Arc::clone(self.index.as_ref().ok_or(DirectoryError::NoIndex)?);
        let (typed, lang, area) = (typed.to_owned(), lang.clone(), area.cloned());
        tokio::task::spawn_blocking(move || index.suggest(&typed, &lang, area.as_ref(), limit))
            .await
            .map_err(|e| DirectoryError::Task(e.to_string()))?
            .map_err(DirectoryError::from)
    }
}

/// Whether a resource is open at `now`, in its area's local time and holidays.
pub fn open_state(
    reference: &ReferenceData,
    resource: &Resource,
    now: DateTime<Utc>,
) -> Option<OpenState> {
    let hours = resource.opening_hours.as_ref()?;
    let country = reference.area(&resource.area).map(|a| a.country.as_str());
    Some(hours.state_at(now, reference.timezone(&resource.area), country))
}

/// Where a resource's opening hours stand at a moment, in its area's local time.
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    /// Open or closed now; `None` when the hours are unknown.
    pub state: Option<OpenState>,
    /// When it next opens or closes (local time), when known.
    pub next_change: Option<NaiveDateTime>,
    /// The seven days from today (empty when the hours are unknown).
    pub week: Vec<DayHours>,
}

/// The opening of `resource` at `now`: its state, next change and the coming week.
pub fn opening(reference: &ReferenceData, resource: &Resource, now: DateTime<Utc>) -> Opening {
    let Some(hours) = &resource.opening_hours else {
        return Opening {
            state: None,
            next_change: None,
            week: Vec::new(),
        };
    };
    let country = reference.area(&resource.area).map(|a| a.country.as_str());
    let timezone = reference.timezone(&resource.area);
    Opening {
        state: Some(hours.state_at(now, timezone, country)),
        next_change: hours.next_change(now, timezone, country),
        week: hours.week(local_time(now, timezone).date(), country),
    }
}

/// What a search that finds nothing counts as an unmet need: a first page of a search
/// with words (a list of a category, or a second page, asks for nothing in particular).
fn unmet_signal(query: &Query) -> Option<(UnmetSignal, NaiveDate)> {
    if query.text.trim().is_empty() || query.offset > 0 {
        return None;
    }
    let signal = UnmetSignal {
        kind: UnmetKind::NoResult,
        language: query.lang.clone(),
        area: query.area.clone().or_else(|| query.areas.first().cloned()),
        matched: None,
        needed: None,
        text: query.text.clone(),
    };
    Some((signal, query.now.date_naive()))
}
