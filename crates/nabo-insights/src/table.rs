//! The raw counts before protection.

use std::collections::BTreeMap;

/// Why a count could not be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error("the row is not one of the table's rows")]
    UnknownRow,
    #[error("the column is not one of the table's columns")]
    UnknownColumn,
    #[error("the table's grand total would exceed the largest count")]
    Overflow,
}

/// A two-way table of counts (e.g. rows = areas, columns = months), with its margins
/// computed from the cells.
///
/// Rows and columns keep the order they were given in (that is the reading order of the
/// report); a key given twice is kept once, at its first place. Counts only grow through
/// [`Table::add`], which refuses unknown keys rather than dropping them: a referral
/// counted nowhere would make the table's total silently wrong. Because `add` also
/// refuses a grand total beyond `u64::MAX`, every margin fits in a `u64`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table<R, C> {
    rows: Vec<R>,
    columns: Vec<C>,
    row_index: BTreeMap<R, usize>,
    column_index: BTreeMap<C, usize>,
    /// Row-major: `counts[row * columns.len() + column]`.
    counts: Vec<u64>,
    total: u64,
}

impl<R: Clone + Ord, C: Clone + Ord> Table<R, C> {
    /// A table with every count 0.
    pub fn new(rows: Vec<R>, columns: Vec<C>) -> Self {
        let (rows, row_index) = dedup(rows);
        let (columns, column_index) = dedup(columns);
        let counts = vec![0; rows.len() * columns.len()];
        Self {
            rows,
            columns,
            row_index,
            column_index,
            counts,
            total: 0,
        }
    }

    /// Adds `count` events to one cell.
    pub fn add(&mut self, row: &R, column: &C, count: u64) -> Result<(), TableError> {
        let i = *self.row_index.get(row).ok_or(TableError::UnknownRow)?;
        let j = *self
            .column_index
            .get(column)
            .ok_or(TableError::UnknownColumn)?;
        let total = self.total.checked_add(count).ok_or(TableError::Overflow)?;
        let cell = i * self.columns.len() + j;
        // The cell is part of the total, so it cannot overflow when the total does not.
        self.counts[cell] += count;
        self.total = total;
        Ok(())
    }

    pub fn rows(&self) -> &[R] {
        &self.rows
    }

    pub fn columns(&self) -> &[C] {
        &self.columns
    }

    /// The count of one cell; 0 for keys that are not in the table.
    pub fn count(&self, row: &R, column: &C) -> u64 {
        match (self.row_index.get(row), self.column_index.get(column)) {
            (Some(&i), Some(&j)) => self.count_at(i, j),
            _ => 0,
        }
    }

    /// The sum of a row; 0 for a key that is not in the table.
    pub fn row_total(&self, row: &R) -> u64 {
        self.row_index.get(row).map_or(0, |&i| self.row_total_at(i))
    }

    /// The sum of a column; 0 for a key that is not in the table.
    pub fn column_total(&self, column: &C) -> u64 {
        self.column_index
            .get(column)
            .map_or(0, |&j| self.column_total_at(j))
    }

    /// The grand total.
    pub fn total(&self) -> u64 {
        self.total
    }

    pub(crate) fn count_at(&self, row: usize, column: usize) -> u64 {
        self.counts[row * self.columns.len() + column]
    }

    pub(crate) fn row_total_at(&self, row: usize) -> u64 {
        (0..self.columns.len()).map(|j| self.count_at(row, j)).sum()
    }

    pub(crate) fn column_total_at(&self, column: usize) -> u64 {
        (0..self.rows.len()).map(|i| self.count_at(i, column)).sum()
    }
}

/// The keys in their first-seen order, and where each one is.
fn dedup<K: Clone + Ord>(keys: Vec<K>) -> (Vec<K>, BTreeMap<K, usize>) {
    let mut kept = Vec::with_capacity(keys.len());
    let mut index = BTreeMap::new();
    for key in keys {
        if !index.contains_key(&key) {
            index.insert(key.clone(), kept.len());
            kept.push(key);
        }
    }
    (kept, index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn margins_follow_the_cells() {
        let mut table = Table::new(vec!["a", "b", "a"], vec![1, 2]);
        assert_eq!(table.rows(), ["a", "b"]);
        table.add(&"a", &1, 3).expect("known keys");
        table.add(&"a", &2, 10).expect("known keys");
        table.add(&"b", &2, 4).expect("known keys");
        table.add(&"a", &1, 1).expect("known keys");
        assert_eq!(table.count(&"a", &1), 4);
        assert_eq!(table.row_total(&"a"), 14);
        assert_eq!(table.column_total(&2), 14);
        assert_eq!(table.total(), 18);
        assert_eq!(table.count(&"z", &1), 0);
    }

    #[test]
    fn unknown_keys_and_overflow_are_refused() {
        let mut table = Table::new(vec!["a"], vec![1]);
        assert_eq!(table.add(&"z", &1, 1), Err(TableError::UnknownRow));
        assert_eq!(table.add(&"a", &9, 1), Err(TableError::UnknownColumn));
        table.add(&"a", &1, u64::MAX).expect("fits");
        assert_eq!(table.add(&"a", &1, 1), Err(TableError::Overflow));
        assert_eq!(table.total(), u64::MAX);
    }
}
