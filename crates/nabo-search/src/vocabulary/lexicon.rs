//! The words of one language's vocabulary (or of all place names), with the entries
//! (categories, areas) whose phrases use them, how much each word tells the entries
//! apart, and fast lookups of what a typed word may mean: itself, a word one typing
//! error away, a word it begins, the two halves of a compound.

use super::edit::{common_prefix, within_edits};
use super::hash::{FastMap, FastSet};
use super::spelling::TYPO_CLOSENESS;

/// Index of an entry (category or area) in its vocabulary.
pub type Entry = u32;
/// Index of a word in its lexicon.
pub type WordId = u32;

/// Phrases of doubt added to a word's count when weighing how much it can be trusted: a
/// word seen in one phrase may be a chance word of that phrase ("I need ..."); one seen
/// in many phrases is a word people really use for the need.
const DOUBT: f32 = 2.0;

/// The longest ending an inflected form may add to a known word.
const MAX_ENDING: usize = 4;

/// A word of the vocabulary.
#[derive(Debug)]
struct Word {
    text: Box<str>,
    chars: Box<[char]>,
    /// Entries whose phrases contain the word, with how many phrases.
    postings: Vec<(Entry, u32)>,
    total: u32,
    /// How much the word tells entries apart, 0..=1 (see `Lexicon::finish`).
    specificity: f32,
}

/// The words of one vocabulary language.
#[derive(Debug, Default)]
pub struct Lexicon {
    index: FastMap<Box<str>, WordId>,
    words: Vec<Word>,
    /// Word ids in the order of their text, for lookups by beginning.
    sorted: Vec<WordId>,
    /// Word ids by length in letters, for lookups of typing errors.
    by_length: Vec<Vec<WordId>>,
    /// Neighbouring words of phrases ("family doctor"), with the entries using them so.
    pairs: FastMap<(WordId, WordId), Vec<Entry>>,
    /// Forms of the language's frame words, whether its phrases use them or not.
    frame: FastSet<Box<str>>,
}

/// What a typed word was taken to mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Meaning {
    pub word: WordId,
    /// 1 for the word itself, less for a guess (typo, prefix, part of a compound).
    pub closeness: f32,
}

impl Lexicon {
    /// Counts `word` once more for `entry`.
    pub fn add(&mut self, word: &str, entry: Entry) -> WordId {
        let id = match self.index.get(word) {
            Some(&id) => id,
            None => {
                let id = self.words.len() as WordId;
                self.words.push(Word {
                    text: word.into(),
                    chars: word.chars().collect(),
                    postings: Vec::new(),
                    total: 0,
                    specificity: 0.0,
                });
                self.index.insert(word.into(), id);
                id
            }
        };
        let word = &mut self.words[id as usize];
        word.total += 1;
        match word.postings.iter_mut().find(|(e, _)| *e == entry) {
            Some((_, count)) => *count += 1,
            None => word.postings.push((entry, 1)),
        }
        id
    }

    /// Records two neighbouring words of one of `entry`'s phrases.
    pub fn add_pair(&mut self, first: WordId, second: WordId, entry: Entry) {
        let entries = self.pairs.entry((first, second)).or_default();
        if !entries.contains(&entry) {
            entries.push(entry);
        }
    }

    /// Builds the lookup tables and weighs each word once all phrases are in: a word
    /// used by few of the `entries` says much (inverse document frequency over entries),
    /// a word seen in few phrases is trusted less.
    pub fn finish(&mut self, entries: usize) {
        let entries = entries.max(1) as f32;
        for word in &mut self.words {
            let spread = word.postings.len() as f32;
            let idf = (1.0 + entries / spread).ln() / (1.0 + entries).ln();
            let trust = word.total as f32 / (word.total as f32 + DOUBT);
            word.specificity = idf * trust;
        }
        let mut sorted: Vec<WordId> = (0..self.words.len() as WordId).collect();
        sorted.sort_by(|a, b| {
            self.words[*a as usize]
                .text
                .cmp(&self.words[*b as usize].text)
        });
        self.sorted = sorted;
        for (id, word) in self.words.iter().enumerate() {
            let length = word.chars.len();
            if self.by_length.len() <= length {
                self.by_length.resize_with(length + 1, Vec::new);
            }
            self.by_length[length].push(id as WordId);
        }
    }

    pub fn text(&self, word: WordId) -> &str {
        &self.words[word as usize].text
    }

    /// Takes `word` for a frame word: worth `factor` of what it was (when phrases use
    /// it), and never a typing error or a beginning of another word.
    pub fn add_frame_word(&mut self, word: &str, factor: f32) {
        if let Some(&id) = self.index.get(word) {
            self.words[id as usize].specificity *= factor;
        }
        self.frame.insert(word.into());
    }

    /// Whether `token` is a form of one of the language's frame words.
    pub fn is_frame_word(&self, token: &str) -> bool {
        self.frame.contains(token)
    }

    /// How many phrases use `word`.
    pub fn uses(&self, word: WordId) -> u32 {
        self.words[word as usize].total
    }

    /// Every word, as text.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|word| &*word.text)
    }

    pub fn specificity(&self, word: WordId) -> f32 {
        self.words[word as usize].specificity
    }

    /// The entries using `word`, each with the share of the word's phrases it has.
    pub fn shares(&self, word: WordId) -> impl Iterator<Item = (Entry, f32)> + '_ {
        let word = &self.words[word as usize];
        let total = word.total.max(1) as f32;
        word.postings
            .iter()
            .map(move |&(entry, count)| (entry, count as f32 / total))
    }

    /// Entries that use `first` and `second` as neighbours.
    pub fn pair(&self, first: WordId, second: WordId) -> &[Entry] {
        self.pairs.get(&(first, second)).map_or(&[], Vec::as_slice)
    }

    /// The word typed exactly.
    pub fn exact(&self, token: &str) -> Option<WordId> {
        self.index.get(token).copied()
    }

    /// What a typed word that is not itself a known word may mean, best guess first:
    /// from 5 letters the most used word one typing error away (0.6); from 4 letters the
    /// shortest word it begins (0.5); from 9 letters the most used word two typing
    /// errors away (0.4); from 8 letters a compound of two known words
    /// ("kvindesvømning": 0.7 each), else a word sharing a long beginning with it
    /// ("vuggestueplads" ~ "vuggestuen": 0.5).
    ///
    /// `near` are the words of any language one typing error from `token`, when known
    /// (`Spelling::near`): then they are looked up here instead of comparing the token
    /// with every word of about its length.
    pub fn guess(&self, token: &str, near: Option<&[(&str, f32)]>) -> Vec<Meaning> {
        let meaning = |word: WordId, closeness: f32| Meaning { word, closeness };
        let chars: Vec<char> = token.chars().collect();
        let one_edit = match near {
            Some(near) => near
                .iter()
                .filter(|(_, closeness)| *closeness == TYPO_CLOSENESS)
                .filter_map(|(word, _)| self.exact(word))
                .min_by(|&a, &b| self.more_used(a, b)),
            None if chars.len() >= 5 => self.most_used_within(&chars, 1),
            None => None,
        };
        if let Some(word) = one_edit {
            return vec![meaning(word, TYPO_CLOSENESS)];
        }
        if chars.len() >= 4
            && let Some(word) = self.shortest_starting_with(token)
        {
            return vec![meaning(word, 0.5)];
        }
        if chars.len() >= 5
            && let Some(word) = self.known_with_ending(&chars)
        {
            return vec![meaning(word, 0.6)];
        }
        if chars.len() >= 9
            && let Some(word) = self.most_used_within(&chars, 2)
        {
            return vec![meaning(word, 0.4)];
        }
        if chars.len() >= 8 {
            if let Some((left, right)) = self.split_compound(token) {
                return vec![meaning(left, 0.7), meaning(right, 0.7)];
            }
            if let Some(word) = self.long_shared_beginning(&chars) {
                return vec![meaning(word, 0.5)];
            }
        }
        Vec::new()
    }

    /// The longest known word of at least 4 letters that `chars` begin with, followed by
    /// an ending of at most 4 letters: an inflected form of a word the vocabulary knows
    /// ("shaqadeyda", "வேலையில்", "চাকরির"), for languages without a stemmer here.
    fn known_with_ending(&self, chars: &[char]) -> Option<WordId> {
        (1..=MAX_ENDING)
            .filter(|cut| chars.len() >= cut + 4)
            .find_map(|cut| {
                let start: String = chars[..chars.len() - cut].iter().collect();
                self.exact(&start)
            })
    }

    /// The most used word (in text order among equals) within `edits` typing errors of
    /// `chars`.
    fn most_used_within(&self, chars: &[char], edits: usize) -> Option<WordId> {
        let lengths = chars.len().saturating_sub(edits)..=chars.len() + edits;
        lengths
            .filter_map(|length| self.by_length.get(length))
            .flatten()
            .copied()
            .filter(|&id| within_edits(chars, &self.words[id as usize].chars, edits))
            .min_by(|&a, &b| self.more_used(a, b))
    }

    /// `a` before `b` when more phrases use it (then in text order).
    fn more_used(&self, a: WordId, b: WordId) -> std::cmp::Ordering {
        let (a_word, b_word) = (&self.words[a as usize], &self.words[b as usize]);
        b_word
            .total
            .cmp(&a_word.total)
            .then_with(|| a_word.text.cmp(&b_word.text))
    }

    /// Word ids whose text starts with `prefix`, in text order.
    fn starting_with<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = WordId> + 'a {
        let start = self.sorted.partition_point(|&id| self.text(id) < prefix);
        self.sorted[start..]
            .iter()
            .copied()
            .take_while(move |&id| self.text(id).starts_with(prefix))
    }

    fn shortest_starting_with(&self, prefix: &str) -> Option<WordId> {
        self.starting_with(prefix)
            .min_by_key(|&id| self.words[id as usize].text.len())
    }

    /// Splits a compound into two known words of at least 4 letters each, preferring
    /// the longest first part; a linking `s` or `e` at the end of the first part may be
    /// dropped (Danish "arbejds|løs"), the first part may be known only with an ending of
    /// up to 2 letters ("kvinde" as "kvinder"), and the second part may carry an ending
    /// of up to 3 letters ("kvinde|svømning|en").
    fn split_compound(&self, token: &str) -> Option<(WordId, WordId)> {
        // The first part has at most one letter more than a known word, the second at
        // most three: a longer token has no split, and trying every cut of a long one
        // costs its length squared (in each language).
        let longest = self.by_length.len().saturating_sub(1);
        if token.chars().count() > 2 * longest + 4 {
            return None;
        }
        let known_start = |part: &str| -> Option<WordId> {
            if let Some(id) = self.exact(part) {
                return Some(id);
            }
            let ends: Vec<usize> = part.char_indices().map(|(i, _)| i).collect();
            (1..=3)
                .filter(|cut| ends.len() > cut + 4)
                .find_map(|cut| self.exact(&part[..ends[ends.len() - cut]]))
        };
        let known_first = |part: &str| -> Option<WordId> {
            self.exact(part)
                .or_else(|| {
                    part.strip_suffix(['s', 'e'])
                        .filter(|p| p.chars().count() >= 4)
                        .and_then(|p| self.exact(p))
                })
                .or_else(|| {
                    self.starting_with(part)
                        .find(|&id| self.text(id).len() - part.len() <= 2)
                })
        };
        let mut best: Option<(WordId, WordId, usize)> = None;
        for (at, _) in token.char_indices().skip(4) {
            let (left, right) = token.split_at(at);
            if right.chars().count() < 4 {
                break;
            }
            let Some(second) = known_start(right) else {
                continue;
            };
            if let Some(first) = known_first(left)
                && best.is_none_or(|(_, _, length)| left.len() > length)
            {
                best = Some((first, second, left.len()));
            }
        }
        best.map(|(first, second, _)| (first, second))
    }

    /// The word sharing the longest beginning with `chars`: at least 7 letters and 60 %
    /// of the shorter of the two.
    fn long_shared_beginning(&self, chars: &[char]) -> Option<WordId> {
        let start: String = chars.iter().take(7).collect();
        self.starting_with(&start)
            .map(|id| (common_prefix(chars, &self.words[id as usize].chars), id))
            .filter(|&(shared, id)| {
                let shorter = chars.len().min(self.words[id as usize].chars.len());
                shared >= 7 && shared * 10 >= shorter * 6
            })
            .max_by(|a, b| {
                a.0.cmp(&b.0)
                    .then_with(|| self.text(b.1).cmp(self.text(a.1)))
            })
            .map(|(_, id)| id)
    }
}
