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
}
