//! A table as it may be published.

use serde::Serialize;

use crate::csv;
use crate::figure::Figure;
use crate::grid::Grid;
use crate::mark::Mark;
use crate::table::Table;

/// A table after suppression: every figure either shown or replaced by a marker, so
/// that no count from 1 to 4 can be read or worked out from the rest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Protected<R, C> {
    rows: Vec<R>,
    columns: Vec<C>,
    /// Row-major, like the table's counts.
    cells: Vec<Figure>,
    row_totals: Vec<Figure>,
    column_totals: Vec<Figure>,
    total: Figure,
}

impl<R: Clone + Ord, C: Clone + Ord> Protected<R, C> {
    pub(crate) fn from_grid(table: &Table<R, C>, grid: &Grid) -> Self {
        let figure = |f: usize| match grid.mark(f) {
            Mark::Shown => Figure::Shown(grid.value(f)),
            Mark::Small => Figure::Small,
            Mark::Hidden => Figure::Hidden,
        };
        let (rows, columns) = (grid.rows(), grid.columns());
        Self {
            rows: table.rows().to_vec(),
            columns: table.columns().to_vec(),
            cells: (0..rows * columns).map(figure).collect(),
            row_totals: (0..rows).map(|i| figure(grid.row_total(i))).collect(),
            column_totals: (0..columns).map(|j| figure(grid.column_total(j))).collect(),
            total: figure(grid.grand_total()),
        }
    }

    pub fn rows(&self) -> &[R] {
        &self.rows
    }

    pub fn columns(&self) -> &[C] {
        &self.columns
    }

    /// The figure of one cell; `None` for keys that are not in the table.
    pub fn cell(&self, row: &R, column: &C) -> Option<Figure> {
        let i = self.rows.iter().position(|r| r == row)?;
        let j = self.columns.iter().position(|c| c == column)?;
        self.cells.get(i * self.columns.len() + j).copied()
    }

    /// The figures of `row`, one per column in column order.
    pub fn row(&self, row: &R) -> Option<&[Figure]> {
        let i = self.rows.iter().position(|r| r == row)?;
        let width = self.columns.len();
        self.cells.get(i * width..(i + 1) * width)
    }

    /// The cells, row-major (`cells()[row * columns().len() + column]`).
    pub fn cells(&self) -> &[Figure] {
        &self.cells
    }

    /// The row totals, in row order.
    pub fn row_totals(&self) -> &[Figure] {
        &self.row_totals
    }

    /// The column totals, in column order.
    pub fn column_totals(&self) -> &[Figure] {
        &self.column_totals
    }

    /// The figure of one row's total; `None` for a key that is not in the table.
    pub fn row_total(&self, row: &R) -> Option<Figure> {
        let i = self.rows.iter().position(|r| r == row)?;
        self.row_totals.get(i).copied()
    }

    /// The figure of one column's total; `None` for a key that is not in the table.
    pub fn column_total(&self, column: &C) -> Option<Figure> {
        let j = self.columns.iter().position(|c| c == column)?;
        self.column_totals.get(j).copied()
    }

    /// The grand total.
    pub fn total(&self) -> Figure {
        self.total
    }

    /// The table as CSV (RFC 4180, CRLF line ends): a header of `corner`, the column
    /// labels and `total_label`; one line per row ending with its total; a last line
    /// `total_label`, the column totals and the grand total. Figures are written as
    /// `12`, `<5` and `x`; labels that a spreadsheet would run as formulas get a
    /// leading `'`.
    pub fn to_csv(
        &self,
        corner: &str,
        row_label: impl Fn(&R) -> String,
        column_label: impl Fn(&C) -> String,
        total_label: &str,
    ) -> String {
        let width = self.columns.len();
        let mut out = csv::line(
            std::iter::once(corner.to_owned())
                .chain(self.columns.iter().map(&column_label))
                .chain(std::iter::once(total_label.to_owned())),
        );
        for (i, row) in self.rows.iter().enumerate() {
            let cells = self.cells[i * width..(i + 1) * width].iter();
            out.push_str(&csv::line(
                std::iter::once(row_label(row))
                    .chain(cells.map(Figure::as_text))
                    .chain(std::iter::once(self.row_totals[i].as_text())),
            ));
        }
        out.push_str(&csv::line(
            std::iter::once(total_label.to_owned())
                .chain(self.column_totals.iter().map(Figure::as_text))
                .chain(std::iter::once(self.total.as_text())),
        ));
        out
    }
}
