//! A table with its margins as one list of figures, and the sums that bind them.

use crate::THRESHOLD;
use crate::mark::Mark;
use crate::table::Table;

/// The figures of one table: its cells (row-major), then the row totals, the column
/// totals and the grand total, each with its count and its mark.
///
/// Suppression reasons about the table as a *circulation*: vertices `S`, one per row,
/// one per column, and `T`; every figure is a directed edge carrying its count —
/// row total `S → row`, cell `row → column`, column total `column → T`, grand total
/// `T → S`. "Each row sums to its total" and the three other kinds of sums are exactly
/// "what flows into a vertex flows out of it". The only changes to hidden counts that
/// keep every sum are therefore sums of cycles of this graph (each edge on a cycle goes
/// up by one if walked forwards, down by one if walked backwards), which turns "can this
/// small count be worked out?" into "is it on a cycle of suppressed figures that can all
/// move by one?".
#[derive(Debug, Clone)]
pub(crate) struct Grid {
    rows: usize,
    columns: usize,
    values: Vec<u64>,
    marks: Vec<Mark>,
    /// Per vertex, the figures whose edges touch it (in figure order, for determinism).
    incident: Vec<Vec<usize>>,
}

impl Grid {
    /// The table's figures, every count from 1 to `THRESHOLD - 1` marked small.
    pub(crate) fn new<R: Clone + Ord, C: Clone + Ord>(table: &Table<R, C>) -> Self {
        let (rows, columns) = (table.rows().len(), table.columns().len());
        let mut values = Vec::with_capacity(rows * columns + rows + columns + 1);
        for i in 0..rows {
            values.extend((0..columns).map(|j| table.count_at(i, j)));
        }
        values.extend((0..rows).map(|i| table.row_total_at(i)));
        values.extend((0..columns).map(|j| table.column_total_at(j)));
        values.push(table.total());
        let marks = values
            .iter()
            .map(|&value| {
                if is_small(value) {
                    Mark::Small
                } else {
                    Mark::Shown
                }
            })
            .collect();
        let mut grid = Self {
            rows,
            columns,
            values,
            marks,
            incident: Vec::new(),
        };
        grid.incident = vec![Vec::new(); rows + columns + 3];
        for figure in 0..grid.len() {
            let (from, to) = grid.edge(figure);
            grid.incident[from].push(figure);
            grid.incident[to].push(figure);
        }
        grid
    }

    pub(crate) fn len(&self) -> usize {
        self.values.len()
    }

    pub(crate) fn rows(&self) -> usize {
        self.rows
    }

    pub(crate) fn columns(&self) -> usize {
        self.columns
    }

    pub(crate) fn value(&self, figure: usize) -> u64 {
        self.values[figure]
    }

    pub(crate) fn mark(&self, figure: usize) -> Mark {
        self.marks[figure]
    }

    /// Raises a figure's mark (never lowers it); whether it changed.
    pub(crate) fn raise(&mut self, figure: usize, mark: Mark) -> bool {
        let changed = mark > self.marks[figure];
        if changed {
            self.marks[figure] = mark;
        }
        changed
    }

    /// A count the rule protects: from 1 to `THRESHOLD - 1`, whatever its mark now.
    pub(crate) fn is_primary(&self, figure: usize) -> bool {
        is_small(self.values[figure])
    }

    pub(crate) fn cell(&self, row: usize, column: usize) -> usize {
        row * self.columns + column
    }

    pub(crate) fn row_total(&self, row: usize) -> usize {
        self.rows * self.columns + row
    }

    pub(crate) fn column_total(&self, column: usize) -> usize {
        self.rows * self.columns + self.rows + column
    }

    pub(crate) fn grand_total(&self) -> usize {
        self.rows * self.columns + self.rows + self.columns
    }

    pub(crate) fn is_total(&self, figure: usize) -> bool {
        figure >= self.rows * self.columns
    }

    /// Column totals and the grand total: the figures that tables of the same events
    /// over the same columns have in common.
    pub(crate) fn is_shared(&self, figure: usize) -> bool {
        figure >= self.column_total(0)
    }

    pub(crate) fn source(&self) -> usize {
        0
    }

    pub(crate) fn row_vertex(&self, row: usize) -> usize {
        1 + row
    }

    pub(crate) fn column_vertex(&self, column: usize) -> usize {
        1 + self.rows + column
    }

    fn sink(&self) -> usize {
        1 + self.rows + self.columns
    }

    pub(crate) fn vertices(&self) -> usize {
        self.incident.len()
    }

    pub(crate) fn incident(&self, vertex: usize) -> &[usize] {
        &self.incident[vertex]
    }

    /// The figure's edge in the circulation: `(from, to)`.
    pub(crate) fn edge(&self, figure: usize) -> (usize, usize) {
        let cells = self.rows * self.columns;
        if figure < cells {
            let (i, j) = (figure / self.columns, figure % self.columns);
            (self.row_vertex(i), self.column_vertex(j))
        } else if figure < cells + self.rows {
            (self.source(), self.row_vertex(figure - cells))
        } else if figure < self.grand_total() {
            (self.column_vertex(figure - cells - self.rows), self.sink())
        } else {
            (self.sink(), self.source())
        }
    }

    /// The figures bound by one sum: each row with its total, each column with its
    /// total, the row totals with the grand total, the column totals with the grand total.
    pub(crate) fn lines(&self) -> Vec<Vec<usize>> {
        let mut lines = Vec::with_capacity(self.rows + self.columns + 2);
        for i in 0..self.rows {
            let mut line: Vec<usize> = (0..self.columns).map(|j| self.cell(i, j)).collect();
            line.push(self.row_total(i));
            lines.push(line);
        }
        for j in 0..self.columns {
            let mut line: Vec<usize> = (0..self.rows).map(|i| self.cell(i, j)).collect();
            line.push(self.column_total(j));
            lines.push(line);
        }
        let mut line: Vec<usize> = (0..self.rows).map(|i| self.row_total(i)).collect();
        line.push(self.grand_total());
        lines.push(line);
        let mut line: Vec<usize> = (0..self.columns).map(|j| self.column_total(j)).collect();
        line.push(self.grand_total());
        lines.push(line);
        lines
    }

    /// The single-line rule, to a fixed point: a sum with exactly one withheld figure
    /// gives that figure away by subtraction, so one more figure of the sum is hidden —
    /// the smallest non-zero shown count, a cell before a total, the first on ties.
    ///
    /// A zero is hidden only when the line has no non-zero shown figure left. That
    /// happens only when the lone withheld figure is itself a hidden 0 and the whole line
    /// is 0 (a withheld small count would make some shown figure of its line non-zero).
    /// Nothing small can be learnt there, but hiding a second zero keeps the published
    /// table free of any "x" that one subtraction recovers, which readers would
    /// otherwise take for a leak. Every step hides a shown figure, so this ends.
    pub(crate) fn complete_lines(&mut self) -> bool {
        let lines = self.lines();
        let mut changed = false;
        loop {
            let mut progress = false;
            for line in &lines {
                let withheld = line
                    .iter()
                    .filter(|&&f| self.marks[f] != Mark::Shown)
                    .count();
                if withheld != 1 {
                    continue;
                }
                let choice = line
                    .iter()
                    .copied()
                    .filter(|&f| self.marks[f] == Mark::Shown)
                    .min_by_key(|&f| (self.values[f] == 0, self.is_total(f), self.values[f], f));
                if let Some(figure) = choice {
                    progress |= self.raise(figure, Mark::Hidden);
                }
            }
            if !progress {
                return changed;
            }
            changed = true;
        }
    }
}

fn is_small(value: u64) -> bool {
    (1..THRESHOLD).contains(&value)
}
