//! The fast path of a query without distance or opening hours: the same scores as the
//! plan's index query (`Plan::index_query`), computed in a way that visits few
//! documents.
//!
//! A hit's score is a part known from what the document *is* — its categories, area,
//! languages, a name with the decisive word: `base` — plus the BM25 score of its text
//! matches. Per segment:
//! 1. The hits are a union of bit sets: the postings of the selective words, the
//!    documents of the categories, related categories, named resource and places the
//!    query points to; then the filters (area, any of areas, category, attributes) and
//!    the deletes. Total and facet counts come from them directly.
//! 2. Every hit's base score is added up from the same sets.
//! 3. The text score of a hit is at most `text_bound` (the sum of each term's highest
//!    possible BM25 score). So only hits whose base score is within that bound of the
//!    window's lowest base score can reach the window; only they are scored by the text
//!    query, in document order.

use crate::bits::Bits;
use crate::context::Context;
use crate::error::SearchError;
use crate::facts::SegmentFacts;
use crate::index::SearchIndex;
use crate::plan::{
    AREA_SCORE, CATEGORY_SCORE, NAMED_SCORE, OWN_LANGUAGE_SCORE, Plan, RELATED_SCORE, typo_queries,
    word_terms,
};
use crate::query::Query;
use crate::schema::Fields;
use std::borrow::Cow;
use std::collections::{BTreeMap, BinaryHeap};
use std::sync::Arc;
use tantivy::postings::Postings;
use tantivy::query::{
    Bm25StatisticsProvider, Bm25Weight, EnableScoring, Query as IndexQuery, Weight,
};
use tantivy::schema::Field;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocId, DocSet, Score, Searcher, SegmentReader, TERMINATED, Term};

/// The hits a page needs, best first (already in page order), and what all hits count.
#[derive(Debug, Default)]
pub struct Ranked {
    /// The best `window` hits with their score, ordered by score, then id.
    pub best: Vec<(DocAddress, Score)>,
    pub total: usize,
    pub categories: BTreeMap<String, u64>,
    pub areas: BTreeMap<String, u64>,
}

/// One segment's hits, and the documents whose name has the decisive word.
struct SegmentHits {
    facts: Arc<SegmentFacts>,
    hits: Bits,
    named: Option<Bits>,
}

/// A part of the base score: the documents of `bits` get `score` (related categories
/// only when in none of the categories the query points to).
struct Part<'a> {
    bits: Option<Cow<'a, Bits>>,
    score: Score,
    related: bool,
}

impl SearchIndex {
    /// The best `window` hits of `plan` for `query` (which needs no scan), the total and
    /// the facets.
    pub(crate) fn rank(
        &self,
        searcher: &Searcher,
        plan: &Plan,
        query: &Query,
        context: &Context,
        window: usize,
    ) -> Result<Ranked, SearchError> {
        let mut ranked = Ranked::default();
        let text = TextScoring::new(searcher, &self.fields, plan)?;
        let mut segments = Vec::with_capacity(searcher.segment_readers().len());
        for reader in searcher.segment_readers() {
            let facts = self.facts.of(reader)?;
            let matched = (&self.fields, plan, query, context);
            let segment = hits(reader, facts, &text, matched)?;
            ranked.total += segment.hits.count() as usize;
            count_facets(&segment.facts, &segment.hits, &mut ranked);
            segments.push(segment);
        }
        ranked.best = if plan.words.is_empty() {
            by_id(&segments, window)
        } else {
            self.best_scored(searcher, plan, query, (&segments, &text), window)?
        };
        Ok(ranked)
    }

    /// The best `window` hits by score (then id). The text score is computed only for
    /// hits whose base score leaves them a chance: at least the window's lowest base
    /// score (bounded below by counting whole parts) minus the highest text score.
    fn best_scored(
        &self,
        searcher: &Searcher,
        plan: &Plan,
        query: &Query,
        (segments, text): (&[SegmentHits], &TextScoring),
        window: usize,
    ) -> Result<Vec<(DocAddress, Score)>, SearchError> {
        let lowest_in_window = lowest_base_in_window(segments, plan, query, window);
        let bound = TextBound::new(searcher, &self.fields, plan);
        // The best `window` so far, worst on top.
        let mut best: BinaryHeap<Ranking<'_>> = BinaryHeap::with_capacity(window + 1);
        for (ord, (segment, reader)) in segments.iter().zip(searcher.segment_readers()).enumerate()
        {
            let mut rare = Bits::empty(segment.facts.max_doc());
            for term in &bound.rare {
                insert_postings(reader, term, &mut rare)?;
            }
            let thresholds = (
                lowest_in_window - bound.frequent,
                lowest_in_window - bound.all,
            );
            let candidates = candidates(segment, plan, query, &rare, thresholds);
            if candidates.is_empty() {
                continue;
            }
            let text_scores = text.scores(reader, &candidates)?;
            for ((doc, base), text_score) in candidates.into_iter().zip(text_scores) {
                let ranking = Ranking {
                    score: base + text_score,
                    id: segment.facts.id_str(doc),
                    address: DocAddress::new(ord as u32, doc),
                };
                if best.len() < window {
                    best.push(ranking);
                } else if best.peek().is_some_and(|worst| ranking < *worst) {
                    best.pop();
                    best.push(ranking);
                }
            }
        }
        Ok(best
            .into_sorted_vec()
            .into_iter()
            .map(|ranking| (ranking.address, ranking.score))
            .collect())
    }
}

/// A hit's place in the ranking: better is less (higher score, then earlier id, so that
/// equal scores fill the window's last places the same way whatever the segments: on
/// every replica, and before and after unrelated edits).
#[derive(Debug, Clone, Copy)]
struct Ranking<'a> {
    score: Score,
    id: &'a str,
    address: DocAddress,
}

impl Ord for Ranking<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then_with(|| self.id.cmp(other.id))
            .then_with(|| self.address.cmp(&other.address))
    }
}

impl PartialOrd for Ranking<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranking<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Ranking<'_> {}

/// The parts of the base score in one segment, in the same order in every segment: the
/// categories the query points to, related categories, the decisive name word, the
/// named places, text in the searcher's language (always last).
fn parts<'a>(segment: &'a SegmentHits, plan: &Plan, query: &Query) -> Vec<Part<'a>> {
    let facts = &*segment.facts;
    let category = |id: &str| facts.categories.get(id).map(Cow::Borrowed);
    let mut parts: Vec<Part<'a>> = Vec::new();
    for found in &plan.categories {
        let score = CATEGORY_SCORE * found.weight;
        parts.push(Part {
            bits: category(found.id.as_str()),
            score,
            related: false,
        });
    }
    for (id, weight) in &plan.related {
        let score = RELATED_SCORE * weight;
        parts.push(Part {
            bits: category(id.as_str()),
            score,
            related: true,
        });
    }
    if plan.named.is_some() {
        let bits = segment.named.as_ref().map(Cow::Borrowed);
        parts.push(Part {
            bits,
            score: NAMED_SCORE,
            related: false,
        });
    }
    for (found, inside) in &plan.areas {
        let bits = areas(facts, inside.iter().map(|a| a.as_str()), facts.max_doc());
        let score = AREA_SCORE * found.weight;
        parts.push(Part {
            bits: Some(Cow::Owned(bits)),
            score,
            related: false,
        });
    }
    let language = facts.languages.get(query.lang.as_str()).map(Cow::Borrowed);
    parts.push(Part {
        bits: language,
        score: OWN_LANGUAGE_SCORE,
        related: false,
    });
    parts
}

/// The parts a document must be in to reach `threshold` (`None`: any document may):
/// all but the smallest, whose scores together stay below it.
fn needed_parts<'a>(
    parts: &[(&'a [u64], Score, bool)],
    threshold: Score,
) -> Option<Vec<&'a [u64]>> {
    if threshold <= 0.0 {
        return None;
    }
    let mut by_score: Vec<&(&[u64], Score, bool)> = parts.iter().collect();
    by_score.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut small = 0.0;
    let mut needed = Vec::new();
    for &(words, score, _) in by_score {
        if small + score < threshold {
            small += score;
        } else {
            needed.push(words);
        }
    }
    Some(needed)
}

/// A lower bound of the `window`-th highest base score among all hits: the highest
/// score of a part (alone, or with the searcher's language) that at least `window` hits
/// have. Counting whole sets costs a few thousand word operations per part.
fn lowest_base_in_window(
    segments: &[SegmentHits],
    plan: &Plan,
    query: &Query,
    window: usize,
) -> Score {
    let mut alone: Vec<u64> = Vec::new();
    let mut with_language: Vec<u64> = Vec::new();
    let mut scores: Vec<(Score, bool)> = Vec::new();
    for segment in segments {
        let parts = parts(segment, plan, query);
        let Some((language, others)) = parts.split_last() else {
            continue;
        };
        if alone.is_empty() {
            alone = vec![0; parts.len()];
            with_language = vec![0; parts.len()];
            scores = parts
                .iter()
                .map(|part| (part.score, part.related))
                .collect();
        }
        for (at, part) in parts.iter().enumerate() {
            let Some(bits) = &part.bits else { continue };
            alone[at] += segment.hits.count_with(bits);
            if let (Some(language), false) = (&language.bits, at == others.len()) {
                with_language[at] += segment.hits.count_with_both(bits, language);
            }
        }
    }
    let language_score = scores.last().map_or(0.0, |(score, _)| *score);
    let mut lowest = Score::NEG_INFINITY;
    for (at, &(score, related)) in scores.iter().enumerate() {
        // A related category's documents in a category the query points to do not get
        // its score (they get more), so it bounds nothing by itself.
        if related {
            continue;
        }
        let is_language = at + 1 == scores.len();
        if alone[at] >= window as u64 {
            lowest = lowest.max(score);
        }
        if !is_language && with_language[at] >= window as u64 {
            lowest = lowest.max(score + language_score);
        }
    }
    lowest
}

/// The hits of `segment` that may reach the window, in document order, with their base
/// score: those with a base score of at least `frequent_threshold`, and those with a
/// `rare` term and a base score of at least `rare_threshold`. Parts are added up 64
/// documents at a time.
fn candidates(
    segment: &SegmentHits,
    plan: &Plan,
    query: &Query,
    rare: &Bits,
    (frequent_threshold, rare_threshold): (Score, Score),
) -> Vec<(DocId, Score)> {
    let parts = parts(segment, plan, query);
    let mut matched = Bits::empty(segment.facts.max_doc());
    for part in parts.iter().take(plan.categories.len()) {
        if let Some(bits) = &part.bits {
            matched.union_with(bits);
        }
    }
    let present: Vec<(&[u64], Score, bool)> = parts
        .iter()
        .filter_map(|part| Some((part.bits.as_ref()?.words(), part.score, part.related)))
        .collect();
    // Only documents in a part that can lift them to the threshold need adding up.
    let frequent_needs = needed_parts(&present, frequent_threshold);
    let rare_needs = needed_parts(&present, rare_threshold);
    let mut found = Vec::new();
    let mut scratch = [0.0_f32; 64];
    for (at, &hit_word) in segment.hits.words().iter().enumerate() {
        if hit_word == 0 {
            continue;
        }
        let rare_word = rare.words()[at];
        let mask = |needs: &Option<Vec<&[u64]>>| match needs {
            None => u64::MAX,
            Some(parts) => parts.iter().fold(0, |word, part| word | part[at]),
        };
        let candidate_word = hit_word & (mask(&frequent_needs) | (rare_word & mask(&rare_needs)));
        if candidate_word == 0 {
            continue;
        }
        for &(words, score, related) in &present {
            let mut inside = candidate_word & words[at];
            if related {
                inside &= !matched.words()[at];
            }
            while inside != 0 {
                scratch[inside.trailing_zeros() as usize] += score;
                inside &= inside - 1;
            }
        }
        let mut each = candidate_word;
        while each != 0 {
            let bit = each.trailing_zeros();
            each &= each - 1;
            let base = std::mem::take(&mut scratch[bit as usize]);
            let threshold = if rare_word & (1 << bit) != 0 {
                rare_threshold
            } else {
                frequent_threshold
            };
            if base >= threshold {
                found.push((at as u32 * 64 + bit, base));
            }
        }
    }
    found
}

/// The hits of one segment (filters and deletes applied), and the documents whose name
/// has the decisive word.
fn hits(
    reader: &SegmentReader,
    facts: Arc<SegmentFacts>,
    text: &TextScoring,
    (fields, plan, query, context): (&Fields, &Plan, &Query, &Context),
) -> Result<SegmentHits, SearchError> {
    let max_doc = reader.max_doc();
    let mut named = None;
    let mut hits = if plan.words.is_empty() {
        facts.alive.clone()
    } else {
        let mut hits = Bits::empty(max_doc);
        for word in plan.words.iter().filter(|word| word.selective) {
            for (term, _) in word_terms(fields, word) {
                insert_postings(reader, &term, &mut hits)?;
            }
        }
        for fuzzy in text.fuzzy.iter().filter(|fuzzy| fuzzy.selective) {
            hits.insert_docs(&mut *fuzzy.weight.scorer(reader, 1.0)?);
        }
        let pointed = plan.categories.iter().map(|found| &found.id);
        for id in pointed.chain(plan.related.iter().map(|r| &r.0)) {
            if let Some(bits) = facts.categories.get(id.as_str()) {
                hits.union_with(bits);
            }
        }
        if let Some(word) = &plan.named {
            let mut bits = Bits::empty(max_doc);
            insert_postings(reader, &Term::from_field_text(fields.name, word), &mut bits)?;
            hits.union_with(&bits);
            named = Some(bits);
        }
        for (_, inside) in &plan.areas {
            hits.union_with(&areas(&facts, inside.iter().map(|a| a.as_str()), max_doc));
        }
        hits
    };
    if let Some(area) = &query.area {
        let inside = context.inside(area);
        hits.intersect_with(&areas(&facts, inside.iter().map(|a| a.as_str()), max_doc));
    }
    if !query.areas.is_empty() {
        let inside = query.areas.iter().flat_map(|area| context.inside(area));
        hits.intersect_with(&areas(&facts, inside.map(|a| a.as_str()), max_doc));
    }
    if let Some(category) = &query.category {
        match facts.categories.get(category.as_str()) {
            Some(bits) => hits.intersect_with(bits),
            None => hits = Bits::empty(max_doc),
        }
    }
    for attribute in &query.attributes {
        let mut bits = Bits::empty(max_doc);
        insert_postings(
            reader,
            &Term::from_field_text(fields.attribute, attribute.as_str()),
            &mut bits,
        )?;
        hits.intersect_with(&bits);
    }
    hits.intersect_with(&facts.alive);
    Ok(SegmentHits { facts, hits, named })
}

/// The documents of any of `ids`' areas.
fn areas<'a>(facts: &SegmentFacts, ids: impl Iterator<Item = &'a str>, max_doc: u32) -> Bits {
    let mut bits = Bits::empty(max_doc);
    for id in ids {
        if let Some(area) = facts.areas.get(id) {
            bits.union_with(area);
        }
    }
    bits
}

fn insert_postings(
    reader: &SegmentReader,
    term: &Term,
    bits: &mut Bits,
) -> Result<(), SearchError> {
    let inverted = reader.inverted_index(term.field())?;
    let postings = inverted
        .read_postings(term, IndexRecordOption::Basic)
        .map_err(tantivy::TantivyError::from)?;
    if let Some(mut postings) = postings {
        bits.insert_docs(&mut postings);
    }
    Ok(())
}

/// Adds the hits' categories and areas to the counts.
fn count_facets(facts: &SegmentFacts, hits: &Bits, ranked: &mut Ranked) {
    let ords = &facts.facets;
    let mut categories = vec![0_u64; ords.category_ids.len()];
    let mut areas = vec![0_u32; ords.area_ids.len() + 1];
    let slots = &ords.area_slots;
    // Every document has a slot (one past the areas when it has none).
    for (word, slots) in hits.words().iter().zip(slots.chunks(64)) {
        let mut each = *word;
        while each != 0 {
            let bit = each.trailing_zeros() as usize;
            each &= each - 1;
            if let Some(count) = slots
                .get(bit)
                .and_then(|&slot| areas.get_mut(slot as usize))
            {
                *count += 1;
            }
        }
    }
    // Categories are few: with many hits, counting each category's set is cheaper than
    // looking at every hit.
    if hits.count() * 4 > u64::from(facts.max_doc()) {
        for (id, count) in ords.category_ids.iter().zip(&mut categories) {
            *count = facts
                .categories
                .get(id)
                .map_or(0, |bits| hits.count_with(bits));
        }
    } else {
        for doc in hits.iter() {
            for &category in ords.categories(doc) {
                categories[category as usize] += 1;
            }
        }
    }
    let areas = areas.into_iter().map(u64::from);
    for (ids, counts, into) in [
        (&ords.category_ids, categories, &mut ranked.categories),
        (&ords.area_ids, areas.collect(), &mut ranked.areas),
    ] {
        for (id, count) in ids.iter().zip(counts).filter(|(_, count)| *count > 0) {
            match into.get_mut(id) {
                Some(total) => *total += count,
                None => {
                    into.insert(id.clone(), count);
                }
            }
        }
    }
}

/// A term this rare is scored wherever it occurs (its postings are short); the others
/// are only bounded (their highest score is low).
const RARE_SHARE: f64 = 0.01;

/// How high a text score can be: with any terms (`all`), and for documents that have
/// none of the `rare` ones (`frequent`). A term's highest score is its highest BM25 score
/// times its boost; a fuzzy match adds its constant; all times the text weight.
struct TextBound {
    all: Score,
    frequent: Score,
    rare: Vec<Term>,
}

impl TextBound {
    fn new(searcher: &Searcher, fields: &Fields, plan: &Plan) -> Self {
        let documents: u64 = searcher
            .segment_readers()
            .iter()
            .map(|reader| u64::from(reader.max_doc()))
            .sum();
        let rare_below = (documents as f64 * RARE_SHARE) as u64;
        let mut bound = Self {
            all: 0.0,
            frequent: 0.0,
            rare: Vec::new(),
        };
        for word in &plan.words {
            for ((term, boost), frequency) in
                word_terms(fields, word).into_iter().zip(word.frequencies)
            {
                if frequency == 0 {
                    continue;
                }
                let weight = Bm25Weight::for_one_term_without_explain(frequency, documents, 1.0);
                let highest = weight.boost_by(boost).max_score();
                bound.all += highest;
                if frequency <= rare_below {
                    bound.rare.push(term);
                } else {
                    bound.frequent += highest;
                }
            }
            let fuzzy: Score = typo_queries(fields, word)
                .iter()
                .map(|(_, score)| score)
                .sum();
            bound.all += fuzzy;
            bound.frequent += fuzzy;
        }
        // A hair more, so that rounding never makes a bound too small.
        let weight = plan.text_weight() * 1.001;
        bound.all = bound.all * weight + 0.001;
        bound.frequent = bound.frequent * weight + 0.001;
        bound
    }
}

/// Text scores the way the plan's index query computes them (each term's BM25 score
/// times its boost, each fuzzy match's constant, all times the text weight), added up
/// term by term over the postings for the candidates only: a posting costs a few
/// instructions, a candidate visited through a union of term scorers many more.
struct TextScoring {
    /// Each term with its weight (boost and text weight included).
    terms: Vec<(Term, Bm25Weight)>,
    fuzzy: Vec<Fuzzy>,
}

/// The fuzzy matches of a word taken for a typo (its automaton built once per search).
struct Fuzzy {
    weight: Box<dyn Weight>,
    /// What a match adds (text weight included).
    score: Score,
    /// Whether the word makes a hit on its own.
    selective: bool,
}

impl TextScoring {
    fn new(searcher: &Searcher, fields: &Fields, plan: &Plan) -> Result<Self, SearchError> {
        let documents: u64 = searcher
            .segment_readers()
            .iter()
            .map(|reader| u64::from(reader.max_doc()))
            .sum::<u64>()
            .max(1);
        let mut average_length: BTreeMap<Field, Score> = BTreeMap::new();
        let mut scoring = Self {
            terms: Vec::new(),
            fuzzy: Vec::new(),
        };
        let text_weight = plan.text_weight();
        for word in &plan.words {
            for ((term, boost), frequency) in
                word_terms(fields, word).into_iter().zip(word.frequencies)
            {
                if frequency == 0 {
                    continue;
                }
                let field = term.field();
                let average = match average_length.get(&field) {
                    Some(average) => *average,
                    None => {
                        let tokens = searcher.total_num_tokens(field)?;
                        let average = tokens as Score / documents as Score;
                        average_length.insert(field, average);
                        average
                    }
                };
                let weight =
                    Bm25Weight::for_one_term_without_explain(frequency, documents, average);
                scoring
                    .terms
                    .push((term, weight.boost_by(boost * text_weight)));
            }
            for (fuzzy, score) in typo_queries(fields, word) {
                scoring.fuzzy.push(Fuzzy {
                    weight: fuzzy.weight(EnableScoring::disabled_from_searcher(searcher))?,
                    score: score * text_weight,
                    selective: word.selective,
                });
            }
        }
        Ok(scoring)
    }

    /// The text score of each of `candidates` (in document order).
    fn scores(
        &self,
        reader: &SegmentReader,
        candidates: &[(DocId, Score)],
    ) -> Result<Vec<Score>, SearchError> {
        let mut wanted = Bits::empty(reader.max_doc());
        for &(doc, _) in candidates {
            wanted.insert(doc);
        }
        SCORES.with_borrow_mut(|scores| self.add_up(reader, &wanted, candidates, scores))
    }

    /// Adds each candidate's text score to `scores` (by document; all 0 before and
    /// after) and returns them.
    fn add_up(
        &self,
        reader: &SegmentReader,
        wanted: &Bits,
        candidates: &[(DocId, Score)],
        scores: &mut Vec<Score>,
    ) -> Result<Vec<Score>, SearchError> {
        if scores.len() < reader.max_doc() as usize {
            scores.resize(reader.max_doc() as usize, 0.0);
        }
        let result = self.add_terms(reader, (wanted, candidates), scores);
        let found = candidates
            .iter()
            .map(|(doc, _)| std::mem::take(&mut scores[*doc as usize]))
            .collect();
        result.map(|()| found)
    }

    fn add_terms(
        &self,
        reader: &SegmentReader,
        (wanted, candidates): (&Bits, &[(DocId, Score)]),
        scores: &mut [Score],
    ) -> Result<(), SearchError> {
        for (term, weight) in &self.terms {
            let inverted = reader.inverted_index(term.field())?;
            let postings = inverted
                .read_postings(term, IndexRecordOption::WithFreqs)
                .map_err(tantivy::TantivyError::from)?;
            let Some(mut postings) = postings else {
                continue;
            };
            let lengths = reader.get_fieldnorms_reader(term.field())?;
            if (postings.doc_freq() as usize) > SEEK_FROM * candidates.len() {
                // Far more postings than candidates: jump to each candidate instead.
                for &(doc, _) in candidates {
                    if postings.doc() <= doc && postings.seek(doc) == doc {
                        let length = lengths.fieldnorm_id(doc);
                        scores[doc as usize] += weight.score(length, postings.term_freq());
                    }
                }
                continue;
            }
            let mut doc = postings.doc();
            while doc != TERMINATED {
                if wanted.contains(doc) {
                    let length = lengths.fieldnorm_id(doc);
                    scores[doc as usize] += weight.score(length, postings.term_freq());
                }
                doc = postings.advance();
            }
        }
        for fuzzy in &self.fuzzy {
            let mut matches = fuzzy.weight.scorer(reader, 1.0)?;
            let mut doc = matches.doc();
            while doc != TERMINATED {
                if wanted.contains(doc) {
                    scores[doc as usize] += fuzzy.score;
                }
                doc = matches.advance();
            }
        }
        Ok(())
    }
}

/// A term's postings are jumped through candidate by candidate, rather than read whole,
/// when they are this many times more than the candidates.
const SEEK_FROM: usize = 16;

thread_local! {
    /// Text scores by document while they are added up (kept between searches of a
    /// thread, all 0 between them: zeroing 100,000 of them for every search would cost
    /// more than adding up).
    static SCORES: std::cell::RefCell<Vec<Score>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The first `window` hits in id order (a query without words lists by id).
fn by_id(segments: &[SegmentHits], window: usize) -> Vec<(DocAddress, Score)> {
    let mut first: Vec<(String, DocAddress)> = Vec::new();
    for (ord, segment) in segments.iter().enumerate() {
        let mut docs: Vec<(u32, DocId)> = segment
            .hits
            .iter()
            .map(|doc| (segment.facts.id_order[doc as usize], doc))
            .collect();
        if docs.len() > window {
            docs.select_nth_unstable(window - 1);
            docs.truncate(window);
        }
        first.extend(
            docs.into_iter()
                .map(|(_, doc)| (segment.facts.id(doc), DocAddress::new(ord as u32, doc))),
        );
    }
    first.sort();
    first.truncate(window);
    first
        .into_iter()
        .map(|(_, address)| (address, 1.0))
        .collect()
}

#[cfg(test)]
mod tests {
    //! The fast path must give exactly what the plan's index query gives when every
    //! match is scored: the same total, facets and best hits with the same scores.

    use super::*;
    use crate::analysis::analyze;
    use nabo_domain::{AreaId, CategoryId, LanguageTag, ReferenceData, Resource, ResourceId};
    use std::path::PathBuf;
    use tantivy::collector::{Count, TopDocs};

    fn content() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
    }

    /// The demo directory four times over (ids suffixed), written in several commits
    /// (several segments), with some resources deleted again.
    fn index(reference: &ReferenceData) -> (tempfile::TempDir, SearchIndex) {
        let demo = nabo_content::read_batch(&[content().join("resources")], reference)
            .expect("demo")
            .resources;
        let dir = tempfile::tempdir().expect("tempdir");
        let (index, _) = SearchIndex::open(dir.path()).expect("index");
        index.use_reference(reference);
        for copy in 0..4 {
            let resources: Vec<Resource> = demo
                .iter()
                .map(|resource| Resource {
                    id: ResourceId::parse(&format!("{}-{copy}", resource.id)).expect("id"),
                    ..resource.clone()
                })
                .collect();
            if copy < 3 {
                index.apply(&resources, &[], copy + 1).expect("apply");
            } else {
                // The last copy in small commits: small segments beside the large one.
                for (at, part) in resources.chunks(resources.len().div_ceil(3)).enumerate() {
                    index.apply(part, &[], 4 + at as i64).expect("apply");
                }
            }
        }
        let deleted: Vec<ResourceId> = demo
            .iter()
            .step_by(3)
            .map(|r| ResourceId::parse(&format!("{}-1", r.id)).expect("id"))
            .collect();
        index.apply(&[], &deleted, 10).expect("delete");
        assert!(
            index.reader.searcher().segment_readers().len() > 1,
            "several segments"
        );
        (dir, index)
    }

    /// Queries of many kinds: need phrases and names in several languages, with and
    /// without filters, a place name, a typo, nothing but a filter.
    fn queries(reference: &ReferenceData) -> Vec<Query> {
        let mut texts: Vec<(String, &str)> = Vec::new();
        for category in &reference.categories {
            for lang in ["da", "en", "ar", "so"] {
                let tag = LanguageTag::parse(lang).expect("tag");
                if let Some(terms) = category.terms.get(&tag) {
                    texts.extend(terms.iter().step_by(9).map(|t| (t.clone(), lang)));
                }
            }
        }
        texts.extend(
            [
                ("jobcenter aarhus", "da"),
                ("sundhedsplejerske", "so"),
                ("sundhedsplejeske", "da"),
                ("hjælp til lektier i odense", "da"),
                ("mødrehjælpen", "en"),
                ("", "da"),
            ]
            .map(|(t, l)| (t.to_owned(), l)),
        );
        let mut queries = Vec::new();
        for (at, (text, lang)) in texts.into_iter().enumerate() {
            let mut query = Query::new(text, LanguageTag::parse(lang).expect("tag"));
            match at % 5 {
                1 => query.area = Some(AreaId::parse("dk-0751").expect("area")),
                2 => query.area = Some(AreaId::parse("dk-1084").expect("region")),
                3 => query.offset = 3,
                // Any of several areas (a postcode's), one of them a region's.
                4 => {
                    query.areas = ["dk-0461", "dk-1084"]
                        .map(|id| AreaId::parse(id).expect("area"))
                        .to_vec();
                }
                _ => {}
            }
            if at % 7 == 0 {
                query.category = Some(CategoryId::parse("jobcentre").expect("category"));
            }
            queries.push(query);
        }
        queries
    }

    /// (id, score) of the best hits, the total, and the facets by the reference: the
    /// plan's index query with every match scored.
    fn reference_search(
        index: &SearchIndex,
        query: &Query,
        window: usize,
    ) -> (Vec<(String, Score)>, usize, BTreeMap<String, u64>) {
        let searcher = index.reader.searcher();
        let context = index.context();
        let terms = analyze(&query.text, Some(query.lang.as_str()));
        let plan = Plan::new(&searcher, &index.fields, &context, query, &terms);
        let index_query = plan.index_query(&index.fields, query, &context);
        let collector = (TopDocs::with_limit(window).order_by_score(), Count);
        let (top, total) = searcher.search(&*index_query, &collector).expect("search");
        let best = top
            .into_iter()
            .map(|(score, address)| {
                let reader = searcher.segment_reader(address.segment_ord);
                (
                    index.facts.of(reader).expect("facts").id(address.doc_id),
                    score,
                )
            })
            .collect();
        let mut categories = BTreeMap::new();
        for (_, address) in searcher
            .search(
                &*index_query,
                &TopDocs::with_limit(100_000).order_by_score(),
            )
            .expect("all")
        {
            let reader = searcher.segment_reader(address.segment_ord);
            let facts = index.facts.of(reader).expect("facts");
            for &ord in facts.facets.categories(address.doc_id) {
                *categories
                    .entry(facts.facets.category_ids[ord as usize].clone())
                    .or_insert(0) += 1;
            }
        }
        (best, total, categories)
    }

    /// The demo directory twice over (ids suffixed) in one commit, and the same in
    /// several commits in reverse id order: one segment, or later segments holding the
    /// earlier ids.
    fn two_layouts(reference: &ReferenceData) -> [(tempfile::TempDir, SearchIndex); 2] {
        let demo = nabo_content::read_batch(&[content().join("resources")], reference)
            .expect("demo")
            .resources;
        let mut resources: Vec<Resource> = (0..2)
            .flat_map(|copy| {
                demo.iter().map(move |resource| Resource {
                    id: ResourceId::parse(&format!("{}-{copy}", resource.id)).expect("id"),
                    ..resource.clone()
                })
            })
            .collect();
        let open = || {
            let dir = tempfile::tempdir().expect("tempdir");
            let (index, _) = SearchIndex::open(dir.path()).expect("index");
            index.use_reference(reference);
            (dir, index)
        };
        let whole = open();
        whole.1.apply(&resources, &[], 1).expect("apply");
        let parts = open();
        resources.sort_by(|a, b| b.id.cmp(&a.id));
        // (Three commits: more segments than six would be merged into one.)
        for (at, part) in resources.chunks(resources.len().div_ceil(3)).enumerate() {
            parts.1.apply(part, &[], 1 + at as i64).expect("apply");
        }
        assert!(parts.1.reader.searcher().segment_readers().len() > 2);
        [whole, parts]
    }

    #[test]
    fn equal_scores_fill_the_window_by_id_whatever_the_segments() {
        let reference = nabo_content::load_reference(&content()).expect("content");
        let layouts = two_layouts(&reference);
        let ranked = |index: &SearchIndex, query: &Query| -> Vec<(String, i64)> {
            let searcher = index.reader.searcher();
            let context = index.context();
            let terms = analyze(&query.text, Some(query.lang.as_str()));
            let plan = Plan::new(&searcher, &index.fields, &context, query, &terms);
            let ranked = index
                .rank(&searcher, &plan, query, &context, 12)
                .expect("rank");
            ranked
                .best
                .iter()
                .map(|(address, score)| {
                    let reader = searcher.segment_reader(address.segment_ord);
                    let id = index.facts.of(reader).expect("facts").id(address.doc_id);
                    (id, (score * 1000.0).round() as i64)
                })
                .collect()
        };
        let mut ties = 0;
        for query in queries(&reference) {
            let [(_, whole), (_, parts)] = &layouts;
            let expected = ranked(whole, &query);
            let last = expected.last().map(|(_, score)| *score);
            ties += expected
                .iter()
                .filter(|(_, s)| Some(*s) == last)
                .count()
                .saturating_sub(1);
            assert_eq!(
                ranked(parts, &query),
                expected,
                "{:?} ({}) {:?}",
                query.text,
                query.lang,
                query.area
            );
        }
        assert!(ties > 100, "the queries tie at the window's edge: {ties}");
    }

    #[test]
    fn the_fast_path_ranks_exactly_as_scoring_every_match() {
        let reference = nabo_content::load_reference(&content()).expect("content");
        let (_dir, index) = index(&reference);
        let searcher = index.reader.searcher();
        assert!(searcher.segment_readers().len() > 1, "several segments");
        let context = index.context();
        let queries = queries(&reference);
        assert!(queries.len() > 100, "{}", queries.len());
        for query in &queries {
            let window = 12;
            let terms = analyze(&query.text, Some(query.lang.as_str()));
            let plan = Plan::new(&searcher, &index.fields, &context, query, &terms);
            let fast = index
                .rank(&searcher, &plan, query, &context, window)
                .expect("rank");
            let (best, total, categories) = reference_search(&index, query, window);
            let label = format!(
                "{:?} ({}) {:?} {:?}",
                query.text, query.lang, query.area, query.areas
            );
            assert_eq!(fast.total, total, "total of {label}");
            assert_eq!(fast.categories, categories, "facets of {label}");
            if plan.words.is_empty() {
                continue;
            }
            let scores: Vec<Score> = fast.best.iter().map(|(_, score)| *score).collect();
            let expected: Vec<Score> = best.iter().map(|(_, score)| *score).collect();
            assert_eq!(scores.len(), expected.len(), "hits of {label}");
            for (got, want) in scores.iter().zip(&expected) {
                assert!(
                    (got - want).abs() < 1e-3,
                    "{label}: {scores:?} != {expected:?}"
                );
            }
            // Ids agree wherever the score is not tied with the window's last.
            let last = expected.last().copied().unwrap_or_default();
            let ids = |list: Vec<String>| -> Vec<String> {
                let mut list = list;
                list.sort();
                list
            };
            let fast_ids = fast
                .best
                .iter()
                .filter(|(_, score)| (score - last).abs() > 1e-3)
                .map(|(address, _)| {
                    let reader = searcher.segment_reader(address.segment_ord);
                    index.facts.of(reader).expect("facts").id(address.doc_id)
                })
                .collect();
            let expected_ids = best
                .into_iter()
                .filter(|(_, score)| (score - last).abs() > 1e-3)
                .map(|(id, _)| id)
                .collect();
            assert_eq!(ids(fast_ids), ids(expected_ids), "best hits of {label}");
        }
    }
}
