//! Protection of report-sized tables ends, is deterministic, and keeps its promises
//! that can be checked without a brute-force search.

use nabo_insights::{Figure, Protected, THRESHOLD, Table, protect, protect_together};

struct Prng(u64);

impl Prng {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) % bound
    }
}

/// Sparse, skewed counts like a year of referrals by area: many zeros and small counts.
fn random_table(prng: &mut Prng, rows: usize, columns: usize) -> Table<usize, usize> {
    let mut table = Table::new((0..rows).collect(), (0..columns).collect());
    for i in 0..rows {
        for j in 0..columns {
            let count = match prng.below(4) {
                0 => 0,
                1 => prng.below(5),
                2 => prng.below(15),
                _ => prng.below(60),
            };
            table.add(&i, &j, count).expect("known keys");
        }
    }
    table
}

/// No shown small count, and no sum with exactly one withheld figure.
fn assert_rules(table: &Table<usize, usize>, protected: &Protected<usize, usize>) {
    let (rows, columns) = (table.rows().len(), table.columns().len());
    let shown_small = |f: &Figure| f.value().is_some_and(|v| (1..THRESHOLD).contains(&v));
    assert!(
        !protected
            .cells()
            .iter()
            .chain(protected.row_totals())
            .chain(protected.column_totals())
            .any(shown_small)
    );
    let withheld = |figures: Vec<Figure>| figures.iter().filter(|f| f.is_suppressed()).count();
    for i in 0..rows {
        let mut line: Vec<Figure> = protected.cells()[i * columns..(i + 1) * columns].to_vec();
        line.push(protected.row_totals()[i]);
        assert_ne!(withheld(line), 1, "row {i}");
    }
    for j in 0..columns {
        let mut line: Vec<Figure> = (0..rows)
            .map(|i| protected.cells()[i * columns + j])
            .collect();
        line.push(protected.column_totals()[j]);
        assert_ne!(withheld(line), 1, "column {j}");
    }
    let mut line = protected.row_totals().to_vec();
    line.push(protected.total());
    assert_ne!(withheld(line), 1, "row totals");
    let mut line = protected.column_totals().to_vec();
    line.push(protected.total());
    assert_ne!(withheld(line), 1, "column totals");
}

#[test]
fn a_20_by_12_table_is_protected_the_same_way_every_time() {
    let mut prng = Prng(42);
    for _ in 0..5 {
        let table = random_table(&mut prng, 20, 12);
        let first = protect(&table);
        assert_eq!(first, protect(&table));
        assert_eq!(first, protect(&table.clone()));
        assert_rules(&table, &first);
        let small = first
            .cells()
            .iter()
            .filter(|&&f| f == Figure::Small)
            .count();
        let hidden = first
            .cells()
            .iter()
            .filter(|&&f| f == Figure::Hidden)
            .count();
        assert!(small > 0 && hidden > 0, "{small} small, {hidden} hidden");
        assert!(
            first
                .cells()
                .iter()
                .any(|f| f.value().is_some_and(|v| v >= THRESHOLD)),
            "not everything is withheld"
        );
    }
}

#[test]
fn three_large_tables_of_the_same_events_agree_on_their_margins() {
    let mut prng = Prng(7);
    let columns = 12;
    let (areas, categories, languages) = (20, 8, 5);
    let mut counts = [
        vec![0u64; areas * columns],
        vec![0u64; categories * columns],
        vec![0u64; languages * columns],
    ];
    for _ in 0..1500 {
        let month = prng.below(columns as u64) as usize;
        for (table, rows) in counts.iter_mut().zip([areas, categories, languages]) {
            // Skewed: low-numbered rows are the common ones.
            let spread = prng.below(rows as u64) + 1;
            let row = prng.below(spread) as usize;
            table[row * columns + month] += 1;
        }
    }
    let tables: Vec<Table<usize, usize>> = counts
        .iter()
        .zip([areas, categories, languages])
        .map(|(counts, rows)| {
            let mut table = Table::new((0..rows).collect(), (0..columns).collect());
            for i in 0..rows {
                for j in 0..columns {
                    table
                        .add(&i, &j, counts[i * columns + j])
                        .expect("known keys");
                }
            }
            table
        })
        .collect();
    let protected = protect_together(&tables);
    assert_eq!(protected, protect_together(&tables));
    for (p, t) in protected.iter().zip(&tables) {
        assert_rules(t, p);
        assert_eq!(p.column_totals(), protected[0].column_totals());
        assert_eq!(p.total(), protected[0].total());
    }
}
