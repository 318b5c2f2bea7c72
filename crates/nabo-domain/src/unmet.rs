//! Unmet needs: a search that found nothing, or a volunteer's "nothing fitted" on the
//! results. Counted per week, language, area and category; never who searched.

use crate::ids::{AreaId, CategoryId};
use crate::language::LanguageTag;
use crate::period::Week;

/// How an unmet need showed itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UnmetKind {
    /// A search that found nothing.
    NoResult,
    /// Results were shown, and the volunteer said none of them fitted.
    NothingFitted,
}

/// One unmet need, as it is counted.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnmetNeed {
    pub kind: UnmetKind,
    pub week: Week,
    /// The searcher's language.
    pub language: LanguageTag,
    /// The area searched in, when one was chosen.
    pub area: Option<AreaId>,
    /// The category the query's words were read as, if any.
    pub matched: Option<CategoryId>,
    /// What the volunteer said was needed, from the list of categories.
    pub needed: Option<CategoryId>,
}

impl UnmetKind {
    pub const ALL: [UnmetKind; 2] = [UnmetKind::NoResult, UnmetKind::NothingFitted];

    pub fn as_str(self) -> &'static str {
        match self {
            UnmetKind::NoResult => "no-result",
            UnmetKind::NothingFitted => "nothing-fitted",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
}
