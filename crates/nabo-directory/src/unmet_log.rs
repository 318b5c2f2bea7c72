//! Unmet needs counted in this process's memory until they are written (`flush_unmet`),
//! so a search that found nothing costs no database write of its own.
//!
//! A searched text is written only once `QUERY_K` searches used it in one week. Until then
//! it is counted here under a keyed digest (SipHash with this process's random key), not
//! as words: the words of a search live only from the search to the next flush. The
//! count is this process's: a replica or a restart starts again (so a text is kept a
//! little later, never sooner).

use nabo_domain::{LanguageTag, QUERY_K, SearchedText, UnmetNeed, Week};
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};

/// The most texts counted towards k at once (a bound on memory, whatever is searched).
const MAX_PENDING: usize = 50_000;

/// Needs and texts counted since the last flush, and texts on their way to k.
#[derive(Debug, Default)]
pub(crate) struct UnmetLog {
    needs: HashMap<UnmetNeed, u64>,
    texts: Vec<(Week, LanguageTag, SearchedText)>,
    /// Searches of texts not kept yet, by keyed digest of week, language and text (with
    /// the week, so that weeks that are over can be forgotten).
    pending: HashMap<u64, (Week, u32)>,
    key: RandomState,
}

/// What a flush writes: the counted needs and the searched texts.
pub(crate) struct Counted {
    pub needs: Vec<(UnmetNeed, u64)>,
    pub texts: Vec<(Week, LanguageTag, SearchedText)>,
}

impl UnmetLog {
    pub fn note(&mut self, need: UnmetNeed, text: Option<SearchedText>) {
        if let Some(text) = text {
            self.texts.push((need.week, need.language.clone(), text));
        }
        *self.needs.entry(need).or_default() += 1;
    }

    pub fn take(&mut self) -> Counted {
        Counted {
            needs: self.needs.drain().collect(),
            texts: std::mem::take(&mut self.texts),
        }
    }

    /// Counts one more search of a text that is not kept; whether it has now reached k
    /// (its count is then forgotten here: the text is kept from now on).
    pub fn reaches_k(&mut self, week: Week, language: &LanguageTag, text: &SearchedText) -> bool {
        let digest = self.key.hash_one((week, language.as_str(), text.as_str()));
        if self.pending.len() >= MAX_PENDING && !self.pending.contains_key(&digest) {
            // A flood of different texts: counting starts again rather than growing.
            self.pending.clear();
        }
        let (_, searches) = self.pending.entry(digest).or_insert((week, 0));
        *searches += 1;
        if *searches >= QUERY_K {
            self.pending.remove(&digest);
            return true;
        }
        false
    }

    /// Puts back what a failed flush could not write.
    pub fn restore(&mut self, counted: Counted) {
        for (need, count) in counted.needs {
            *self.needs.entry(need).or_default() += count;
        }
        self.texts.extend(counted.texts);
    }

    /// Forgets the counts of weeks before `week`: they can no longer reach k.
    pub fn forget_before(&mut self, week: Week) {
        self.pending.retain(|_, (counted, _)| *counted >= week);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nabo_domain::parse_day;

    fn week(day: &str) -> Week {
        Week::of(parse_day(day).expect("day"))
    }

    #[test]
    fn a_text_reaches_k_at_its_fifth_search_of_one_week_only() {
        let mut log = UnmetLog::default();
        let so = LanguageTag::parse("so").expect("tag");
        let text = SearchedText::new("caawimo sharci").expect("text");
        let (this, next) = (week("2026-11-10"), week("2026-11-17"));
        let reached: Vec<bool> = (0..5).map(|_| log.reaches_k(this, &so, &text)).collect();
        assert_eq!(reached, [false, false, false, false, true]);
        // Four in one week and one in the next are not five of a week.
        for _ in 0..4 {
            assert!(!log.reaches_k(next, &so, &text));
        }
        log.forget_before(week("2026-11-24"));
        assert!(
            !log.reaches_k(next, &so, &text),
            "forgotten: counting starts again"
        );
    }
}
