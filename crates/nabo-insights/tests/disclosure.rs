//! The attacker, by brute force: for many small tables, protect them, then look for
//! every way to fill in the withheld figures that agrees with everything published,
//! and check that no count from 1 to 4 comes out the same in all of them.
//!
//! The search knows nothing of how suppression works: it is a plain integer constraint
//! search over the sums (bounds propagation along every sum, then splitting a domain in
//! two), so it also finds what combining several sums gives away.

use nabo_insights::{Figure, Protected, THRESHOLD, Table, protect, protect_together};

/// A tiny deterministic generator (xorshift64*), so the tables are the same every run.
struct Prng(u64);

impl Prng {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) % bound
    }
}

fn table(rows: usize, columns: usize, counts: &[u64]) -> Table<usize, usize> {
    let mut table = Table::new((0..rows).collect(), (0..columns).collect());
    for i in 0..rows {
        for j in 0..columns {
            table
                .add(&i, &j, counts[i * columns + j])
                .expect("known keys");
        }
    }
    table
}

/// A table's figures with their true counts, in the order cells (row-major), row
/// totals, column totals, grand total.
struct Published {
    rows: usize,
    columns: usize,
    truth: Vec<u64>,
    figures: Vec<Figure>,
}

impl Published {
    fn new(table: &Table<usize, usize>, protected: &Protected<usize, usize>) -> Self {
        let (rows, columns) = (table.rows().len(), table.columns().len());
        let mut truth = Vec::new();
        for i in 0..rows {
            truth.extend((0..columns).map(|j| table.count(&i, &j)));
        }
        truth.extend((0..rows).map(|i| table.row_total(&i)));
        truth.extend((0..columns).map(|j| table.column_total(&j)));
        truth.push(table.total());
        let figures = [
            protected.cells(),
            protected.row_totals(),
            protected.column_totals(),
            &[protected.total()],
        ]
        .concat();
        assert_eq!(truth.len(), figures.len());
        Self {
            rows,
            columns,
            truth,
            figures,
        }
    }

    fn row_total(&self, i: usize) -> usize {
        self.rows * self.columns + i
    }

    fn column_total(&self, j: usize) -> usize {
        self.rows * self.columns + self.rows + j
    }

    fn grand_total(&self) -> usize {
        self.truth.len() - 1
    }

    /// The sums: each as the figures added and the figure they add up to.
    fn sums(&self) -> Vec<(Vec<usize>, usize)> {
        let (r, c) = (self.rows, self.columns);
        let mut sums = Vec::new();
        for i in 0..r {
            sums.push(((0..c).map(|j| i * c + j).collect(), self.row_total(i)));
        }
        for j in 0..c {
            sums.push(((0..r).map(|i| i * c + j).collect(), self.column_total(j)));
        }
        sums.push((
            (0..r).map(|i| self.row_total(i)).collect(),
            self.grand_total(),
        ));
        sums.push((
            (0..c).map(|j| self.column_total(j)).collect(),
            self.grand_total(),
        ));
        sums
    }
}

/// Everything the attacker knows, as unknowns with bounds and sums that must hold.
struct Attack {
    lo: Vec<i64>,
    hi: Vec<i64>,
    truth: Vec<i64>,
    /// `sum(coefficient * unknown) + constant == 0`.
    lines: Vec<(Vec<(usize, i64)>, i64)>,
    /// The unknowns whose true count is from 1 to 4.
    small: Vec<usize>,
}

enum Term {
    Known(i64),
    Unknown(usize),
}

impl Attack {
    /// Tables of the same events over the same columns: their column totals and grand
    /// totals are one set of unknowns, known if any table shows them.
    fn new(tables: &[Published]) -> Self {
        let mut attack = Self {
            lo: vec![],
            hi: vec![],
            truth: vec![],
            lines: vec![],
            small: vec![],
        };
        let first = &tables[0];
        // Hidden counts are at most the grand total. When the grand total is withheld
        // too the reader has no bound; a cap above the truth keeps the search finite and
        // only adds assignments the reader could not rule out either.
        let grand = tables
            .iter()
            .find_map(|t| t.figures[t.grand_total()].value());
        let cap = match (grand, first.figures[first.grand_total()]) {
            (Some(g), _) => g,
            (None, Figure::Small) => THRESHOLD - 1,
            (None, _) => first.truth[first.grand_total()] + THRESHOLD,
        };
        let mut shared: Vec<Option<Term>> = (0..=first.columns).map(|_| None).collect();
        for table in tables {
            let mut terms = Vec::new();
            for f in 0..table.truth.len() {
                let slot = if f >= table.column_total(0) {
                    Some(f - table.column_total(0))
                } else {
                    None
                };
                if let Some(Some(term)) = slot.map(|s| &shared[s]) {
                    terms.push(match term {
                        Term::Known(v) => Term::Known(*v),
                        Term::Unknown(u) => Term::Unknown(*u),
                    });
                    continue;
                }
                let shown = match slot {
                    Some(s) => tables
                        .iter()
                        .find_map(|t| t.figures[t.column_total(0) + s].value()),
                    None => table.figures[f].value(),
                };
                let term = match shown {
                    Some(v) => Term::Known(i64::try_from(v).expect("small")),
                    None => {
                        let small = tables.iter().all(|t| {
                            slot.map_or(table.figures[f], |s| t.figures[t.column_total(0) + s])
                                == Figure::Small
                        });
                        let (lo, hi) = if small { (1, THRESHOLD - 1) } else { (0, cap) };
                        let truth = table.truth[f];
                        let index = attack.lo.len();
                        attack.lo.push(lo as i64);
                        attack.hi.push(hi as i64);
                        attack.truth.push(truth as i64);
                        if (1..THRESHOLD).contains(&truth) {
                            attack.small.push(index);
                        }
                        Term::Unknown(index)
                    }
                };
                if let Some(s) = slot {
                    shared[s] = Some(match &term {
                        Term::Known(v) => Term::Known(*v),
                        Term::Unknown(u) => Term::Unknown(*u),
                    });
                }
                terms.push(term);
            }
            for (parts, whole) in table.sums() {
                let mut line = (Vec::new(), 0i64);
                for (f, coefficient) in parts.into_iter().map(|f| (f, 1)).chain([(whole, -1)]) {
                    match terms[f] {
                        Term::Known(v) => line.1 += coefficient * v,
                        Term::Unknown(u) => line.0.push((u, coefficient)),
                    }
                }
                attack.lines.push(line);
            }
        }
        attack
    }

    /// Tightens the bounds along every sum until nothing changes; false if some sum
    /// cannot hold.
    fn propagate(&self, lo: &mut [i64], hi: &mut [i64]) -> bool {
        loop {
            let mut changed = false;
            for (terms, constant) in &self.lines {
                let ranges: Vec<(i64, i64)> = terms
                    .iter()
                    .map(|&(u, c)| {
                        if c > 0 {
                            (c * lo[u], c * hi[u])
                        } else {
                            (c * hi[u], c * lo[u])
                        }
                    })
                    .collect();
                let (min, max) = ranges.iter().fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
                if constant + min > 0 || constant + max < 0 {
                    return false;
                }
                for (&(u, c), &(own_min, own_max)) in terms.iter().zip(&ranges) {
                    // c * x lies in [-constant - others' max, -constant - others' min].
                    let low = -constant - (max - own_max);
                    let high = -constant - (min - own_min);
                    let (new_lo, new_hi) = if c > 0 { (low, high) } else { (-high, -low) };
                    if new_lo > lo[u] {
                        lo[u] = new_lo;
                        changed = true;
                    }
                    if new_hi < hi[u] {
                        hi[u] = new_hi;
                        changed = true;
                    }
                    if lo[u] > hi[u] {
                        return false;
                    }
                }
            }
            if !changed {
                return true;
            }
        }
    }

    /// Whether some assignment within the bounds satisfies every sum.
    fn feasible(&self, mut lo: Vec<i64>, mut hi: Vec<i64>) -> bool {
        if !self.propagate(&mut lo, &mut hi) {
            return false;
        }
        let open = (0..lo.len())
            .filter(|&u| lo[u] < hi[u])
            .min_by_key(|&u| hi[u] - lo[u]);
        let Some(u) = open else { return true };
        let middle = lo[u] + (hi[u] - lo[u]) / 2;
        let (mut low_hi, mut high_lo) = (hi.clone(), lo.clone());
        low_hi[u] = middle;
        high_lo[u] = middle + 1;
        self.feasible(lo.clone(), low_hi) || self.feasible(high_lo, hi)
    }

    fn truth_is_consistent(&self) -> bool {
        let within = (0..self.truth.len())
            .all(|u| self.lo[u] <= self.truth[u] && self.truth[u] <= self.hi[u]);
        within
            && self.lines.iter().all(|(terms, constant)| {
                constant + terms.iter().map(|&(u, c)| c * self.truth[u]).sum::<i64>() == 0
            })
    }

    /// The unknowns with a true count from 1 to 4 that every consistent assignment
    /// gives the same value.
    fn disclosed(&self) -> Vec<usize> {
        self.small
            .iter()
            .copied()
            .filter(|&u| {
                let t = self.truth[u];
                let (mut below, mut above) = (self.hi.clone(), self.lo.clone());
                below[u] = t - 1;
                above[u] = t + 1;
                !(self.feasible(self.lo.clone(), below) || self.feasible(above, self.hi.clone()))
            })
            .collect()
    }
}

/// Checks one protection; returns how many small counts it protected.
fn check(tables: &[Table<usize, usize>], protected: &[Protected<usize, usize>]) -> usize {
    let published: Vec<Published> = tables
        .iter()
        .zip(protected)
        .map(|(t, p)| Published::new(t, p))
        .collect();
    for p in &published {
        for (f, figure) in p.figures.iter().enumerate() {
            assert!(
                figure.value().is_none_or(|v| v == p.truth[f]),
                "wrong figure"
            );
            assert!(
                !figure.value().is_some_and(|v| (1..THRESHOLD).contains(&v)),
                "shown small count in {:?}",
                p.truth
            );
        }
    }
    let attack = Attack::new(&published);
    assert!(
        attack.truth_is_consistent(),
        "the truth must be consistent: {:?}",
        published[0].truth
    );
    let disclosed = attack.disclosed();
    assert!(
        disclosed.is_empty(),
        "small counts pinned down: truths {:?}, published {:?}",
        published.iter().map(|p| &p.truth).collect::<Vec<_>>(),
        published
            .iter()
            .map(|p| p.figures.iter().map(Figure::as_text).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    );
    attack.small.len()
}

fn check_one(rows: usize, columns: usize, counts: &[u64]) -> usize {
    let t = table(rows, columns, counts);
    let p = protect(&t);
    check(&[t], &[p])
}

/// Every table of the given shape with counts from 0 to `max`.
fn exhaustive(rows: usize, columns: usize, max: u64) -> (usize, usize) {
    let cells = rows * columns;
    let mut counts = vec![0; cells];
    let (mut tables, mut small) = (0, 0);
    loop {
        small += check_one(rows, columns, &counts);
        tables += 1;
        let mut k = 0;
        while k < cells && counts[k] == max {
            counts[k] = 0;
            k += 1;
        }
        if k == cells {
            return (tables, small);
        }
        counts[k] += 1;
    }
}

#[test]
fn every_2x2_table_up_to_6() {
    let (tables, small) = exhaustive(2, 2, 6);
    assert_eq!(tables, 2401);
    eprintln!("2x2: {tables} tables, {small} small counts protected");
}

#[test]
fn every_1x3_and_3x1_table_up_to_7() {
    let (tables, small) = exhaustive(1, 3, 7);
    let (more, more_small) = exhaustive(3, 1, 7);
    assert_eq!(tables + more, 1024);
    eprintln!(
        "1x3, 3x1: {} tables, {} small counts protected",
        tables + more,
        small + more_small
    );
}

#[test]
fn random_3x3_2x4_and_2x3_tables() {
    let mut prng = Prng(0x9E37_79B9_7F4A_7C15);
    let (mut tables, mut small) = (0, 0);
    for (rows, columns, max, count) in [
        (3, 3, 9, 4000),
        (2, 4, 9, 4000),
        (3, 3, 4, 1000),
        (2, 3, 5, 1000),
        (4, 2, 4, 1000),
    ] {
        for _ in 0..count {
            let counts: Vec<u64> = (0..rows * columns).map(|_| prng.below(max + 1)).collect();
            small += check_one(rows, columns, &counts);
            tables += 1;
        }
    }
    eprintln!("random: {tables} tables, {small} small counts protected");
}

/// Events with an area (2), a category (3) and a month (2): the tables by area and by
/// category have the same column totals, and the attacker combines both.
fn joint_pair(
    prng: &mut Prng,
    areas: usize,
    categories: usize,
    columns: usize,
) -> [Table<usize, usize>; 2] {
    let mut by_area = vec![0; areas * columns];
    let mut by_category = vec![0; categories * columns];
    for _ in 0..prng.below(16) {
        let (a, k, m) = (
            prng.below(areas as u64) as usize,
            prng.below(categories as u64) as usize,
            prng.below(columns as u64) as usize,
        );
        by_area[a * columns + m] += 1;
        by_category[k * columns + m] += 1;
    }
    [
        table(areas, columns, &by_area),
        table(categories, columns, &by_category),
    ]
}

#[test]
fn tables_of_the_same_events_protected_together() {
    let mut prng = Prng(0x0123_4567_89AB_CDEF);
    let (mut pairs, mut small) = (0, 0);
    for (areas, categories, columns, count) in [
        (2, 3, 2, 3000),
        (1, 2, 3, 1000),
        (2, 2, 3, 1000),
        (3, 2, 3, 1000),
    ] {
        for _ in 0..count {
            let tables = joint_pair(&mut prng, areas, categories, columns);
            let protected = protect_together(&tables);
            for (p, t) in protected.iter().zip(&tables) {
                assert_eq!(
                    p.column_totals(),
                    protected[0].column_totals(),
                    "{:?}",
                    t.total()
                );
            }
            small += check(&tables, &protected);
            pairs += 1;
        }
    }
    eprintln!("together: {pairs} pairs, {small} small counts protected");
}

/// The check can fail: primary suppression alone, or tables protected one by one, leak.
#[test]
fn the_attacker_finds_what_weaker_protection_leaks() {
    let t = table(1, 3, &[3, 10, 12]);
    let mut naive = Published::new(&t, &protect(&t));
    naive.figures = [3, 10, 12, 25, 3, 10, 12, 25]
        .iter()
        .map(|&v| {
            if (1..THRESHOLD).contains(&v) {
                Figure::Small
            } else {
                Figure::Shown(v)
            }
        })
        .collect();
    assert!(!Attack::new(&[naive]).disclosed().is_empty());

    let t = table(2, 2, &[1, 1, 1, 1]);
    let mut all_small = Published::new(&t, &protect(&t));
    all_small.figures = vec![Figure::Small; 9];
    assert!(
        !Attack::new(&[all_small]).disclosed().is_empty(),
        "four 1s under a total below 5"
    );

    let mut prng = Prng(0x0123_4567_89AB_CDEF);
    let mut leaks = 0;
    for _ in 0..500 {
        let tables = joint_pair(&mut prng, 2, 3, 2);
        let alone: Vec<Published> = tables
            .iter()
            .map(|t| Published::new(t, &protect(t)))
            .collect();
        leaks += usize::from(!Attack::new(&alone).disclosed().is_empty());
    }
    eprintln!("protected one by one, {leaks} of 500 pairs leak");
    assert!(leaks > 0);
}
