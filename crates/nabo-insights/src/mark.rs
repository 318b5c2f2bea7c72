//! The protection state of one figure while suppression runs.

/// How a figure will be published. The order matters: a figure only ever moves up
/// (shown → small → hidden), which is what makes suppression terminate, and tables that
/// share a figure agree on the highest mark any of them gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Mark {
    Shown,
    Small,
    Hidden,
}
