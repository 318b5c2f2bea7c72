//! The words of every language of a vocabulary together, for guessing what a mistyped
//! or shortened word means in any of them: loan words ("politi", "jobcenter",
//! "sundhedsplejerske") are typed in every language's queries, and mistyped there too.
//!
//! Words one typing error apart are found through their deletion neighbourhood: two
//! words within one insertion, deletion, substitution or swap of neighbours share a form
//! with at most one letter left out. Every form of every known word is kept as a hash
//! in one sorted list, so a lookup is a few binary searches, whatever the number of
//! languages.

use super::edit::within_one_edit;

/// Words this long or longer are indexed for typing errors (a query word needs 5
/// letters to be taken for a typo; the word it was meant for has at least 4).
const MIN_INDEXED: usize = 4;
/// At most this many words a typed beginning may stand for.
const MAX_BEGINNINGS: usize = 8;

/// Closeness of a word one typing error away, and of a word the typed one begins.
pub const TYPO_CLOSENESS: f32 = 0.6;
pub const PREFIX_CLOSENESS: f32 = 0.5;

/// All known words of all languages.
#[derive(Debug, Default)]
pub struct Spelling {
    words: Vec<Box<str>>,
    /// Word indexes in text order.
    sorted: Vec<u32>,
    /// (hash of a form with at most one letter left out, word index), sorted.
    forms: Vec<(u64, u32)>,
    /// Letters of the longest word.
    longest: usize,
}

impl Spelling {
    /// Indexes `words` (each once).
    pub fn new<'a>(words: impl Iterator<Item = &'a str>) -> Self {
        let mut words: Vec<Box<str>> = words.map(Box::from).collect();
        words.sort();
        words.dedup();
        let sorted = (0..words.len() as u32).collect();
        let mut forms = Vec::new();
        let mut longest = 0;
        for (index, word) in words.iter().enumerate() {
            let letters: Vec<char> = word.chars().collect();
            longest = longest.max(letters.len());
            if letters.len() >= MIN_INDEXED {
                for form in deletion_forms(&letters) {
                    forms.push((form, index as u32));
                }
            }
        }
        forms.sort_unstable();
        forms.dedup();
        Self {
            words,
            sorted,
            forms,
            longest,
        }
    }

    /// Known words `token` may have been meant as, each with its closeness, best first:
    /// from 5 letters those one typing error away; else from 4 letters the shortest
    /// words it begins. The token itself is never among them.
    pub fn near(&self, token: &str) -> Vec<(&str, f32)> {
        let letters: Vec<char> = token.chars().collect();
        // Longer than any word by two letters: neither one error from one nor its
        // beginning (and its forms would cost its length squared to hash).
        if letters.len() > self.longest + 1 {
            return Vec::new();
        }
        if letters.len() >= 5 {
            let mut found: Vec<u32> = Vec::new();
            for form in deletion_forms(&letters) {
                let start = self.forms.partition_point(|(hash, _)| *hash < form);
                for &(hash, word) in &self.forms[start..] {
                    if hash != form {
                        break;
                    }
                    if !found.contains(&word) {
                        found.push(word);
                    }
                }
            }
            let mut near: Vec<(&str, f32)> = found
                .into_iter()
                .map(|word| &*self.words[word as usize])
                .filter(|word| *word != token)
                .filter(|word| within_one_edit(&letters, &word.chars().collect::<Vec<_>>()))
                .map(|word| (word, TYPO_CLOSENESS))
                .collect();
            if !near.is_empty() {
                near.sort_by(|a, b| a.0.cmp(b.0));
                return near;
            }
        }
        if letters.len() >= 4 {
            let start = self
                .sorted
                .partition_point(|&word| &*self.words[word as usize] < token);
            let mut longer: Vec<&str> = self.sorted[start..]
                .iter()
                .map(|&word| &*self.words[word as usize])
                .take_while(|word| word.starts_with(token))
                .filter(|word| *word != token)
                .collect();
            longer.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
            longer.truncate(MAX_BEGINNINGS);
            return longer
                .into_iter()
                .map(|word| (word, PREFIX_CLOSENESS))
                .collect();
        }
        Vec::new()
    }
}

/// Hashes of the word and of each form with one letter left out.
fn deletion_forms(letters: &[char]) -> Vec<u64> {
    let mut forms = Vec::with_capacity(letters.len() + 1);
    forms.push(hash(letters.iter()));
    for skipped in 0..letters.len() {
        let rest = letters
            .iter()
            .enumerate()
            .filter(|(at, _)| *at != skipped)
            .map(|(_, letter)| letter);
        forms.push(hash(rest));
    }
    forms
}

/// FNV-1a over the letters: stable, fast, and good enough to make collisions rare (they
/// are checked away by `within_one_edit`).
fn hash<'a>(letters: impl Iterator<Item = &'a char>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for letter in letters {
        for byte in (*letter as u32).to_le_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_errors_and_beginnings_of_known_words() {
        let spelling = Spelling::new(
            [
                "politi",
                "bibliotek",
                "biblioteket",
                "jobcenter",
                "læge",
                "lægevagt",
            ]
            .into_iter(),
        );
        let words = |token: &str| -> Vec<&str> {
            spelling.near(token).into_iter().map(|(w, _)| w).collect()
        };
        assert_eq!(words("polti"), ["politi"], "a letter left out");
        assert_eq!(words("pollti"), ["politi"], "a letter too many");
        assert_eq!(words("bibloitek"), ["bibliotek"], "neighbours swapped");
        assert_eq!(words("jobcentar"), ["jobcenter"], "a letter changed");
        assert_eq!(words("bibliotekt"), ["bibliotek", "biblioteket"]);
        assert_eq!(words("lægev"), ["læge"], "one letter too many comes first");
        assert_eq!(words("lægeva"), ["lægevagt"], "a beginning");
        assert_eq!(words("biblio"), ["bibliotek", "biblioteket"]);
        assert!(words("politi").is_empty(), "a known word is not a guess");
        assert!(words("xyzzy").is_empty());
        assert!(words("læg").is_empty(), "three letters are too few");
    }
}
