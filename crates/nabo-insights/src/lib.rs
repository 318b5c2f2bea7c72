//! Nabo's shared figures: tables of counts that can be given to municipalities without
//! giving away anything about the few women behind a small count.
//!
//! The programme reports anonymous counts of events — referrals of women to local
//! services, "unmet needs" — as tables (rows = areas or languages or categories,
//! columns = months) with row totals, column totals and a grand total. In a small
//! community a count of 1 or 2 can point at a person, so a count from 1 to 4 is never
//! published: it is written `<5` (*primary suppression*; it applies to totals too). A
//! total is the sum of the figures beside it, so a lone `<5` in a row could be worked
//! out by subtraction; further figures are then withheld and written `x`
//! (*complementary suppression*; `x` is not necessarily under 5, which is why it has a
//! marker of its own). 0 is shown: these are counts of events, not of people, and
//! "nothing happened" identifies no one.
//!
//! # The reader this guards against
//!
//! The reader sees every shown figure, knows that `<5` means 1 to 4 and `x` a count of 0
//! or more, and knows every sum of the table (each row to its total, each column to its
//! total, the row totals and the column totals to the grand total). They may combine any
//! of these sums, not just subtract along one line, and use that no count is negative.
//! The promise: for every count from 1 to 4, the figures shown are consistent with at
//! least two different values of it. For several tables of the same events over the
//! same columns ([`protect_together`]) the reader also uses that their column totals and
//! grand total are the same numbers, and combines the sums of all of them.
//!
//! # How
//!
//! A table with its margins is a circulation (see `grid.rs`): changes to withheld counts
//! that keep every sum are made of cycles, each moving its figures by one. A small count
//! can be pinned down exactly when no cycle through it consists of withheld figures that
//! can all move by one without leaving what their markers allow (`<5` stays within 1..=4,
//! `x` stays at 0 or more) — which is exact, not a heuristic, for one table. Suppression
//! first applies the rule everyone can check — no sum has exactly one withheld figure —
//! and then, while some small count is pinned, hides the cheapest figures (fewest and
//! smallest, cells before totals) that complete such a cycle. In rare tables the `<5`
//! markers themselves give counts away (a row of four 1s whose total, 4, is also
//! `<5`: four counts of at least 1 that sum to at most 4 must all be 1); then one of
//! those small counts is written `x` instead, which says less. Marks only ever go up, so
//! this ends, and the same table always gives the same result.
//!
//! The crate is pure (no IO, no async). [`bar_chart`] draws protected figures as inline
//! SVG that needs no styles or scripts.

mod chart;
mod csv;
mod figure;
mod grid;
mod mark;
mod protect;
mod protected;
mod route;
mod suppression;
mod table;
mod xml;

pub use chart::bar_chart;
pub use figure::Figure;
pub use protect::{protect, protect_together};
pub use protected::Protected;
pub use table::{Table, TableError};

/// Counts from 1 to `THRESHOLD - 1` are small and never shown.
pub const THRESHOLD: u64 = 5;
