//! One published figure: a count, or the marker that stands in for it.

use serde::Serialize;

/// What a reader of a protected table sees in one place (a cell or a total).
///
/// The two markers are different on purpose: `Small` tells the reader the count is
/// between 1 and 4 (the rule every partner knows), while `Hidden` only says "a count that
/// is withheld so that some small count cannot be worked out", which may be 0, 7 or 300.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    /// The count itself: 0 or at least [`THRESHOLD`](crate::THRESHOLD).
    Shown(u64),
    /// A count from 1 to `THRESHOLD - 1`, written `<5`.
    Small,
    /// A count withheld to protect a small one (complementary suppression), written `x`.
    Hidden,
}

impl Figure {
    /// The text for a table cell or a chart label: `12`, `<5` or `x`.
    pub fn as_text(&self) -> String {
        match self {
            Self::Shown(count) => count.to_string(),
            Self::Small => format!("<{}", crate::THRESHOLD),
            Self::Hidden => "x".to_owned(),
        }
    }

    /// The count, if it is shown.
    pub fn value(&self) -> Option<u64> {
        match self {
            Self::Shown(count) => Some(*count),
            Self::Small | Self::Hidden => None,
        }
    }

    /// Whether the count is withheld (either marker).
    pub fn is_suppressed(&self) -> bool {
        !matches!(self, Self::Shown(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_and_values() {
        assert_eq!(Figure::Shown(12).as_text(), "12");
        assert_eq!(Figure::Shown(0).as_text(), "0");
        assert_eq!(Figure::Small.as_text(), "<5");
        assert_eq!(Figure::Hidden.as_text(), "x");
        assert_eq!(Figure::Shown(7).value(), Some(7));
        assert_eq!(Figure::Small.value(), None);
        assert_eq!(Figure::Hidden.value(), None);
        assert!(Figure::Hidden.is_suppressed() && !Figure::Shown(3).is_suppressed());
    }
}
