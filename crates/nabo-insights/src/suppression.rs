//! Complementary suppression: the fixed point that leaves no small count recoverable.

use crate::grid::Grid;
use crate::mark::Mark;
use crate::route::{Route, Step};

/// A way to let one small count move: steps in any of the tables, and what they cost.
type Plan = (u128, Vec<(usize, Step)>);

/// Tables being protected together (one table, or several of the same events over the
/// same columns) and which of their small counts are already known to be safe.
#[derive(Debug)]
pub(crate) struct Suppression {
    grids: Vec<Grid>,
    /// Safety only grows as marks rise, so a count found safe is never looked at again.
    safe: Vec<Vec<bool>>,
}

impl Suppression {
    /// Runs suppression on tables whose primary suppression is already marked, and
    /// returns them with their final marks.
    ///
    /// Each round first applies the single-line rule and aligns the shared margins, then
    /// looks for one small count that no movable cycle goes through and hides the
    /// cheapest set of figures that makes one. Every round raises at least one mark and
    /// marks never go down, so there are at most three rounds per figure.
    pub(crate) fn run(grids: Vec<Grid>) -> Vec<Grid> {
        let safe = grids.iter().map(|g| vec![false; g.len()]).collect();
        let mut this = Self { grids, safe };
        loop {
            let mut changed = false;
            for grid in &mut this.grids {
                changed |= grid.complete_lines();
            }
            changed |= this.align_shared();
            if changed {
                continue;
            }
            let Some((_, steps)) = this.first_unsafe() else {
                break;
            };
            let mut raised = false;
            for (table, step) in steps {
                if step.cost > 0 {
                    raised |= this.grids[table].raise(step.figure, Mark::Hidden);
                }
            }
            if !raised {
                // A plan with a cost always hides something; stop rather than loop.
                break;
            }
        }
        this.grids
    }

    fn together(&self) -> bool {
        self.grids.len() > 1
    }

    /// Gives every table the highest mark any of them gives a column total or the grand
    /// total: a margin shown in one table would undo its suppression in the others.
    fn align_shared(&mut self) -> bool {
        if !self.together() {
            return false;
        }
        let columns = self.grids[0].columns();
        let mut changed = false;
        let shared = (0..=columns).map(|j| {
            move |g: &Grid| {
                if j < columns {
                    g.column_total(j)
                } else {
                    g.grand_total()
                }
            }
        });
        for figure_of in shared {
            let highest = self
                .grids
                .iter()
                .map(|g| g.mark(figure_of(g)))
                .max()
                .unwrap_or(Mark::Shown);
            for grid in &mut self.grids {
                let figure = figure_of(grid);
                changed |= grid.raise(figure, highest);
            }
        }
        changed
    }

    /// The cheapest plan for the first small count that is not safe yet.
    fn first_unsafe(&mut self) -> Option<Plan> {
        for table in 0..self.grids.len() {
            for figure in 0..self.grids[table].len() {
                if !self.grids[table].is_primary(figure) || self.safe[table][figure] {
                    continue;
                }
                match self.cheapest(table, figure) {
                    Some(plan) if plan.0 == 0 => self.safe[table][figure] = true,
                    Some(plan) => return Some(plan),
                    // Unreachable: the cycle through the grand total always exists.
                    None => {}
                }
            }
        }
        None
    }

    /// The cheapest plan that lets `figure` of `table` move by one while every sum of
    /// every table still holds. Cost 0 means the reader already cannot pin it down.
    ///
    /// * Alone, or for a figure that is not shared: a cycle of its own table through it
    ///   (avoiding the shared margins when there are other tables, so they stay as
    ///   they are).
    /// * With other tables: the cycle "row total, cell, column total, grand total" through
    ///   it, every other table closing the same change of that column total and the grand
    ///   total with a path of its own from its source to that column. Moving a column
    ///   total and the grand total together is always possible in every table of the same
    ///   events, which is why a plan always exists.
    fn cheapest(&self, table: usize, figure: usize) -> Option<Plan> {
        let grid = &self.grids[table];
        let together = self.together();
        let shared = together && grid.is_shared(figure);
        let mut best: Option<Plan> = None;
        let mut consider = |plan: Plan| {
            if best.as_ref().is_none_or(|known| plan.0 < known.0) {
                best = Some(plan);
            }
        };
        if !shared {
            let banned = |f: usize| f == figure || (together && grid.is_shared(f));
            for up in [true, false] {
                let Some(first) = Route::step(grid, figure, up) else {
                    continue;
                };
                let (head, tail) = grid.edge(figure);
                let (from, to) = if up { (tail, head) } else { (head, tail) };
                if let Some(rest) = Route::find(grid, from, to, &banned) {
                    let mut route = Route::of(vec![first]);
                    route.extend(rest);
                    consider(plan_of(table, route));
                }
            }
        }
        if together {
            for column in self.columns_through(grid, figure) {
                for up in [true, false] {
                    if let Some(plan) = self.through_margins(table, figure, shared, column, up) {
                        consider(plan);
                    }
                }
            }
        }
        best
    }

    /// The columns whose total can move with `figure` in a margin cycle.
    fn columns_through(&self, grid: &Grid, figure: usize) -> Vec<usize> {
        let cells = grid.rows() * grid.columns();
        if figure < cells {
            vec![figure % grid.columns()]
        } else if figure < grid.column_total(0) || figure == grid.grand_total() {
            (0..grid.columns()).collect()
        } else {
            vec![figure - grid.column_total(0)]
        }
    }

    /// Every table moves `column`'s total and the grand total by one (`up` or down);
    /// `table` does it through `figure` (unless it is shared), the others by their
    /// cheapest path between the source and the column.
    fn through_margins(
        &self,
        table: usize,
        figure: usize,
        shared: bool,
        column: usize,
        up: bool,
    ) -> Option<Plan> {
        let mut steps = Vec::new();
        for (index, grid) in self.grids.iter().enumerate() {
            if grid.columns() != self.grids[table].columns() {
                return None;
            }
            let mut route = Route::of(vec![
                Route::step(grid, grid.column_total(column), up)?,
                Route::step(grid, grid.grand_total(), up)?,
            ]);
            if index == table && !shared {
                let cells = grid.rows() * grid.columns();
                let row = if figure < cells {
                    figure / grid.columns()
                } else {
                    figure - cells
                };
                route.extend(Route::of(vec![
                    Route::step(grid, grid.row_total(row), up)?,
                    Route::step(grid, grid.cell(row, column), up)?,
                ]));
            } else {
                let banned = |f: usize| grid.is_shared(f);
                let (source, target) = (grid.source(), grid.column_vertex(column));
                let (from, to) = if up {
                    (source, target)
                } else {
                    (target, source)
                };
                route.extend(Route::find(grid, from, to, &banned)?);
            }
            steps.extend(route.steps.into_iter().map(|step| (index, step)));
        }
        Some((steps.iter().map(|(_, s)| s.cost).sum(), steps))
    }
}

fn plan_of(table: usize, route: Route) -> Plan {
    (
        route.cost,
        route.steps.into_iter().map(|step| (table, step)).collect(),
    )
}
