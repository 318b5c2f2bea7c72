//! The cheapest way to make a cycle of the circulation movable.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::THRESHOLD;
use crate::grid::Grid;
use crate::mark::Mark;

/// Hiding a total costs this much more than hiding a cell of the same count: a report
/// without its margins is much less useful than one with a few more "x" inside.
const TOTAL_PENALTY: u128 = 1_000;

/// Re-marking a small count as hidden costs more than hiding any number of counts.
const DOWNGRADE: u128 = 1 << 100;

/// One figure moved by one along a cycle, and what it costs to allow that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Step {
    pub(crate) figure: usize,
    pub(crate) up: bool,
    /// 0 when the reader cannot rule the move out already. Otherwise the figure must be
    /// marked hidden first: a shown count must be hidden, and a small count whose move
    /// would leave 1 to 4 must lose its `<5` marker, which says more than `x` does.
    pub(crate) cost: u128,
}

/// A walk through the circulation: the steps in order and their total cost.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Route {
    pub(crate) cost: u128,
    pub(crate) steps: Vec<Step>,
}

impl Route {
    /// Moving `figure` up or down by one, if a count can move that way at all (a count
    /// is never negative).
    pub(crate) fn step(grid: &Grid, figure: usize, up: bool) -> Option<Step> {
        let value = grid.value(figure);
        let moved = if up {
            value.checked_add(1)?
        } else {
            value.checked_sub(1)?
        };
        let cost = match grid.mark(figure) {
            Mark::Hidden => 0,
            Mark::Small if (1..THRESHOLD).contains(&moved) => 0,
            Mark::Small => DOWNGRADE,
            Mark::Shown if grid.is_total(figure) => 1 + u128::from(value) + TOTAL_PENALTY,
            Mark::Shown => 1 + u128::from(value),
        };
        Some(Step { figure, up, cost })
    }

    /// A route of one or more steps.
    pub(crate) fn of(steps: Vec<Step>) -> Self {
        Self {
            cost: steps.iter().map(|s| s.cost).sum(),
            steps,
        }
    }

    /// Adds another route's steps.
    pub(crate) fn extend(&mut self, other: Route) {
        self.cost += other.cost;
        self.steps.extend(other.steps);
    }

    /// The cheapest walk from vertex `from` to vertex `to` that avoids the `banned`
    /// figures (Dijkstra; ties go to the lower vertex and the earlier figure, so the
    /// result is deterministic). An edge walked forwards moves its figure up.
    pub(crate) fn find(
        grid: &Grid,
        from: usize,
        to: usize,
        banned: &dyn Fn(usize) -> bool,
    ) -> Option<Self> {
        let mut best: Vec<Option<u128>> = vec![None; grid.vertices()];
        let mut came: Vec<Option<(usize, Step)>> = vec![None; grid.vertices()];
        let mut done = vec![false; grid.vertices()];
        let mut queue = BinaryHeap::new();
        best[from] = Some(0);
        queue.push(Reverse((0u128, from)));
        while let Some(Reverse((cost, vertex))) = queue.pop() {
            if done[vertex] {
                continue;
            }
            done[vertex] = true;
            if vertex == to {
                break;
            }
            for &figure in grid.incident(vertex) {
                if banned(figure) {
                    continue;
                }
                let (head, tail) = grid.edge(figure);
                let (next, up) = if head == vertex {
                    (tail, true)
                } else {
                    (head, false)
                };
                let Some(step) = Self::step(grid, figure, up) else {
                    continue;
                };
                let reached = cost + step.cost;
                if !done[next] && best[next].is_none_or(|known| reached < known) {
                    best[next] = Some(reached);
                    came[next] = Some((vertex, step));
                    queue.push(Reverse((reached, next)));
                }
            }
        }
        if !done[to] {
            return None;
        }
        let mut steps = Vec::new();
        let mut vertex = to;
        while vertex != from {
            let (previous, step) = came[vertex]?;
            steps.push(step);
            vertex = previous;
        }
        steps.reverse();
        Some(Self::of(steps))
    }
}
