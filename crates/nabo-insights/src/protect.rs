//! The entry points: protect one table, or several tables of the same events.

use crate::grid::Grid;
use crate::protected::Protected;
use crate::suppression::Suppression;
use crate::table::Table;

/// Protects one table: primary suppression of every count from 1 to 4 (cells and
/// totals), then complementary suppression until no small count can be worked out
/// (see the crate documentation for the reader this guards against).
pub fn protect<R: Clone + Ord, C: Clone + Ord>(table: &Table<R, C>) -> Protected<R, C> {
    let grids = Suppression::run(vec![Grid::new(table)]);
    match grids.first() {
        Some(grid) => Protected::from_grid(table, grid),
        // `run` returns the grids it was given.
        None => Protected::from_grid(table, &Grid::new(table)),
    }
}

/// Protects several tables of the same events broken down by different rows over the
/// same columns (by area, by category, by language; every event in exactly one row of
/// each table), so that their column totals and grand totals are the same numbers.
///
/// Protected one by one, a column total hidden in one table could be read off another,
/// and the counts of one table could be combined with another's sums. So a column total
/// or the grand total withheld in any of them is withheld in all, and a change that
/// suppression relies on to protect a small count either stays inside one table's cells
/// and row totals or is matched in every other table. This runs to a fixed point.
///
/// Tables are grouped by their columns (same keys, same order); a table whose columns
/// no other table has is protected on its own. The result is in the order of `tables`.
pub fn protect_together<R: Clone + Ord, C: Clone + Ord>(
    tables: &[Table<R, C>],
) -> Vec<Protected<R, C>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (index, table) in tables.iter().enumerate() {
        match groups
            .iter_mut()
            .find(|group| tables[group[0]].columns() == table.columns())
        {
            Some(group) => group.push(index),
            None => groups.push(vec![index]),
        }
    }
    let mut protected: Vec<Option<Protected<R, C>>> = vec![None; tables.len()];
    for group in groups {
        let grids = Suppression::run(group.iter().map(|&i| Grid::new(&tables[i])).collect());
        for (&index, grid) in group.iter().zip(&grids) {
            protected[index] = Some(Protected::from_grid(&tables[index], grid));
        }
    }
    protected
        .into_iter()
        .zip(tables)
        .map(|(p, table)| p.unwrap_or_else(|| protect(table)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Figure::{self, Hidden, Shown, Small};

    fn table(counts: &[&[u64]]) -> Table<usize, usize> {
        let columns = counts.first().map_or(0, |row| row.len());
        let mut table = Table::new((0..counts.len()).collect(), (0..columns).collect());
        for (i, row) in counts.iter().enumerate() {
            for (j, &count) in row.iter().enumerate() {
                table.add(&i, &j, count).expect("known keys");
            }
        }
        table
    }

    #[test]
    fn nothing_small_nothing_withheld() {
        let protected = protect(&table(&[&[0, 7, 9], &[0, 8, 6]]));
        assert_eq!(
            protected.cells(),
            [Shown(0), Shown(7), Shown(9), Shown(0), Shown(8), Shown(6)]
        );
        assert_eq!(protected.row_totals(), [Shown(16), Shown(14)]);
        assert_eq!(protected.column_totals(), [Shown(0), Shown(15), Shown(15)]);
        assert_eq!(protected.total(), Shown(30));
    }

    #[test]
    fn primary_suppression_covers_cells_and_totals() {
        // Row 1's total (3) and column 0's total (4) are small as well as the cells.
        let protected = protect(&table(&[&[2, 20, 30], &[2, 0, 1]]));
        let small_or_hidden = |f: Figure| f.is_suppressed();
        assert_eq!(protected.cells()[0], Small);
        assert_eq!(protected.cells()[3], Small);
        assert_eq!(protected.cells()[5], Small);
        assert_eq!(protected.row_totals()[1], Small);
        assert_eq!(protected.column_totals()[0], Small);
        assert!(
            protected
                .cells()
                .iter()
                .chain(protected.row_totals())
                .all(|&f| match f {
                    Shown(n) => n == 0 || n >= crate::THRESHOLD,
                    _ => small_or_hidden(f),
                })
        );
    }

    #[test]
    fn a_lone_small_count_takes_its_smallest_neighbour_with_it() {
        let protected = protect(&table(&[&[3, 10, 12]]));
        assert_eq!(protected.cells(), [Small, Hidden, Shown(12)]);
        assert_eq!(protected.row_totals(), [Shown(25)]);
        // Column totals equal the cells of a one-row table: the same protection.
        assert_eq!(protected.column_totals(), [Small, Hidden, Shown(12)]);
        assert_eq!(protected.total(), Shown(25));
    }

    #[test]
    fn zeros_are_shown_and_can_be_withheld_only_to_protect() {
        let protected = protect(&table(&[&[0, 0, 0], &[0, 0, 0]]));
        assert!(protected.cells().iter().all(|&f| f == Shown(0)));
        assert_eq!(protected.total(), Shown(0));
        // A 1 among zeros: its row and column totals are 1 too; the cycle through it
        // needs the grand total (also 1) to move with it, and nothing else is non-zero.
        let protected = protect(&table(&[&[1, 0], &[0, 0]]));
        assert_eq!(protected.cells()[0], Small);
        assert_eq!(protected.row_totals()[0], Small);
        assert_eq!(protected.column_totals()[0], Small);
        assert_eq!(protected.total(), Small);
        assert_eq!(protected.cells()[3], Shown(0));
    }

    #[test]
    fn markers_that_give_counts_away_become_hidden() {
        // Four cells of at least 1 summing to a total under 5 would all be 1.
        let protected = protect(&table(&[&[1, 1], &[1, 1]]));
        let all: Vec<Figure> = [
            protected.cells(),
            protected.row_totals(),
            protected.column_totals(),
            &[protected.total()],
        ]
        .concat();
        assert!(all.iter().all(|f| f.is_suppressed()), "{all:?}");
        assert_eq!(all.iter().filter(|&&f| f == Hidden).count(), 1, "{all:?}");
    }

    #[test]
    fn csv_has_labels_margins_and_markers() {
        let mut t = Table::new(
            vec!["Aarhus", "=cmd", "Odense, \"C\""],
            vec!["2025-01", "2025-02"],
        );
        for (row, column, count) in [
            ("Aarhus", "2025-01", 3),
            ("Aarhus", "2025-02", 12),
            ("=cmd", "2025-01", 9),
        ] {
            t.add(&row, &column, count).expect("known keys");
        }
        t.add(&"=cmd", &"2025-02", 11).expect("known keys");
        t.add(&"Odense, \"C\"", &"2025-01", 20).expect("known keys");
        t.add(&"Odense, \"C\"", &"2025-02", 30).expect("known keys");
        let protected = protect(&t);
        let csv = protected.to_csv("Område", |r| (*r).to_owned(), |c| (*c).to_owned(), "I alt");
        assert_eq!(
            csv,
            "Område,2025-01,2025-02,I alt\r\n\
             Aarhus,<5,x,15\r\n\
             '=cmd,x,x,20\r\n\
             \"Odense, \"\"C\"\"\",20,30,50\r\n\
             I alt,32,53,85\r\n"
        );
    }

    #[test]
    fn tables_of_the_same_events_share_their_withheld_margins() {
        // By area: column 1's total is 3, small; by category the same events, in two rows.
        let by_area = table(&[&[10, 1], &[12, 2]]);
        let by_category = table(&[&[7, 0], &[6, 3], &[9, 0]]);
        let protected = protect_together(&[by_area, by_category]);
        assert_eq!(protected.len(), 2);
        for p in &protected {
            assert_eq!(p.column_totals()[1], Small);
            assert_eq!(p.total(), protected[0].total());
            assert_eq!(p.column_totals(), protected[0].column_totals());
        }
    }

    #[test]
    fn tables_over_other_columns_are_protected_alone() {
        let a = table(&[&[3, 10, 12]]);
        let b = table(&[&[3, 10]]);
        let together = protect_together(&[a.clone(), b.clone()]);
        assert_eq!(together, vec![protect(&a), protect(&b)]);
    }
}
