//! Closeness of two words: one typing error apart, or sharing a beginning.

/// Whether `a` and `b` differ by at most one insertion, deletion, substitution or swap
/// of two neighbouring letters.
pub fn within_one_edit(a: &[char], b: &[char]) -> bool {
    if a.len() == b.len() {
        let mut differing = (0..a.len()).filter(|&i| a[i] != b[i]);
        return match (differing.next(), differing.next(), differing.next()) {
            (None, ..) | (Some(_), None, _) => true,
            (Some(i), Some(j), None) => j == i + 1 && a[i] == b[j] && a[j] == b[i],
            _ => false,
        };
    }
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    // One letter more in `long`: skip it at the first difference, the rest must agree.
    let first_difference = short
        .iter()
        .zip(long)
        .position(|(x, y)| x != y)
        .unwrap_or(short.len());
    short[first_difference..] == long[first_difference + 1..]
}

/// Whether `a` and `b` differ by at most `edits` insertions, deletions, substitutions
/// or swaps of two neighbouring letters (optimal string alignment distance).
pub fn within_edits(a: &[char], b: &[char], edits: usize) -> bool {
    match edits {
        0 => a == b,
        1 => within_one_edit(a, b),
        _ => a.len().abs_diff(b.len()) <= edits && alignment_distance(a, b, edits) <= edits,
    }
}

/// The optimal string alignment distance of `a` and `b`, or more than `limit` as soon
/// as it is sure to exceed it.
fn alignment_distance(a: &[char], b: &[char], limit: usize) -> usize {
    // Rows of the distance table; only the last three are needed.
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_best = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut distance = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                distance = distance.min(before[j - 2] + 1);
            }
            current[j] = distance;
            row_best = row_best.min(distance);
        }
        if row_best > limit {
            return limit + 1;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// How many letters `a` and `b` share at their beginning.
pub fn common_prefix(a: &[char], b: &[char]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(a: &str, b: &str, expected: bool) {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        assert_eq!(within_one_edit(&a, &b), expected, "{a:?} ~ {b:?}");
        assert_eq!(within_one_edit(&b, &a), expected, "{b:?} ~ {a:?}");
    }

    #[test]
    fn one_typing_error() {
        check("kommune", "komune", true);
        check("kommune", "kommune", true);
        check("abc", "abd", true);
        check("abc", "cba", false);
        check("pregnnat", "pregnant", true);
        check("kaakra", "kaarka", true);
        check("jobcenter", "jobcentre", true);
        check("jobcenter", "jobcentrum", false);
        check("sundhed", "sundheds", true);
        check("sundhed", "xsundhed", true);
        check("sundhed", "sunhed", true);
        check("sundhed", "sundhedss", false);
        check("مدرسه", "مدرسة", true);
    }

    #[test]
    fn two_typing_errors() {
        let check = |a: &str, b: &str, expected: bool| {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            assert_eq!(within_edits(&a, &b, 2), expected, "{a:?} ~ {b:?}");
            assert_eq!(within_edits(&b, &a, 2), expected, "{b:?} ~ {a:?}");
        };
        check("sundhedsplejerske", "sundhedspljerske", true);
        check("sundhedsplejerske", "sunhedspljerske", true);
        check("sundhedsplejerske", "sundhedsplejreske", true);
        check("sundhedsplejerske", "snudhedsplejreske", true);
        check("sundhedsplejerske", "sunhedsplerske", false);
        check("jobcenter", "jobcentrum", false);
        check("abc", "abc", true);
    }
}
