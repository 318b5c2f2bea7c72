//! What a search needs to know of every document of a segment, read once when the
//! segment becomes searchable (a tantivy `Warmer`) instead of in every search: which
//! documents are alive, in each category, area and language, and the order of their ids.

use crate::bits::Bits;
use crate::schema::Fields;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use tantivy::columnar::StrColumn;
use tantivy::index::SegmentId;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, Opstamp, Searcher, SearcherGeneration, SegmentReader, Warmer};

/// The facts of one segment (with its deletes).
#[derive(Debug)]
pub struct SegmentFacts {
    /// Documents not deleted.
    pub alive: Bits,
    /// Documents of each category, by id.
    pub categories: HashMap<String, Bits>,
    /// Documents of each area, by id.
    pub areas: HashMap<String, Bits>,
    /// Documents with text in each language, by tag.
    pub languages: HashMap<String, Bits>,
    /// Each document's categories and area, for counting facets over many documents.
    pub facets: FacetOrds,
    /// Each document's position among the segment's ids in their order.
    pub id_order: Vec<u32>,
    /// The ids, by that position.
    ids: Vec<Box<str>>,
    /// Each document's opening hours, as a position in `hours_texts` (`u32::MAX`: none).
    hours_order: Vec<u32>,
    /// The opening hours as written, by that position (schedules are shared: few).
    hours_texts: Vec<Box<str>>,
}

impl SegmentFacts {
    fn read(reader: &SegmentReader, fields: &Fields) -> tantivy::Result<Self> {
        let max_doc = reader.max_doc();
        let alive = match reader.alive_bitset() {
            Some(alive) => {
                let mut bits = Bits::empty(max_doc);
                for doc in alive.iter_alive() {
                    bits.insert(doc);
                }
                bits
            }
            None => Bits::full(max_doc),
        };
        let ids = reader.fast_fields().str("id")?;
        let hours = reader.fast_fields().str("hours")?;
        Ok(Self {
            facets: FacetOrds::read(reader)?,
            alive,
            categories: term_sets(reader, fields.category)?,
            areas: term_sets(reader, fields.area)?,
            languages: term_sets(reader, fields.lang)?,
            id_order: first_ords(ids.as_ref(), max_doc),
            ids: column_terms(ids.as_ref())?
                .into_iter()
                .map(Box::from)
                .collect(),
            hours_order: first_ords(hours.as_ref(), max_doc),
            hours_texts: column_terms(hours.as_ref())?
                .into_iter()
                .map(Box::from)
                .collect(),
        })
    }

    /// The number of documents of the segment, deleted ones included.
    pub fn max_doc(&self) -> u32 {
        self.alive.len()
    }

    /// The opening hours of document `doc`, when it has them.
    pub fn hours(&self, doc: DocId) -> Option<&str> {
        let ord = *self.hours_order.get(doc as usize)?;
        self.hours_texts.get(ord as usize).map(|hours| &**hours)
    }

    /// The id of document `doc`.
    pub fn id(&self, doc: DocId) -> String {
        self.id_str(doc).to_owned()
    }

    /// The resource id of `doc` ("" for a document without one).
    pub fn id_str(&self, doc: DocId) -> &str {
        self.id_order
            .get(doc as usize)
            .and_then(|&ord| self.ids.get(ord as usize))
            .map_or("", |id| id)
    }
}

/// Each document's categories and area as small numbers, with the ids they stand for.
#[derive(Debug, Default)]
pub struct FacetOrds {
    pub category_ids: Vec<String>,
    /// Where each document's categories start in `category_ords` (one more than there
    /// are documents).
    category_starts: Vec<u32>,
    category_ords: Vec<u32>,
    pub area_ids: Vec<String>,
    /// Each document's area as a counter's index: its position in `area_ids`, or one
    /// past them when it has none.
    pub area_slots: Vec<u32>,
}

impl FacetOrds {
    fn read(reader: &SegmentReader) -> tantivy::Result<Self> {
        let mut ords = Self::default();
        let categories = reader.fast_fields().str("category")?;
        let areas = reader.fast_fields().str("area")?;
        ords.category_ids = column_terms(categories.as_ref())?;
        ords.area_ids = column_terms(areas.as_ref())?;
        ords.category_starts.push(0);
        for doc in 0..reader.max_doc() {
            if let Some(column) = &categories {
                ords.category_ords
                    .extend(column.term_ords(doc).map(|ord| ord as u32));
            }
            ords.category_starts.push(ords.category_ords.len() as u32);
            let area = areas
                .as_ref()
                .and_then(|column| column.term_ords(doc).next());
            let none = ords.area_ids.len() as u32;
            ords.area_slots.push(area.map_or(none, |ord| ord as u32));
        }
        Ok(ords)
    }

    /// The categories of document `doc`, as positions in `category_ids`.
    pub fn categories(&self, doc: DocId) -> &[u32] {
        let doc = doc as usize;
        match (
            self.category_starts.get(doc),
            self.category_starts.get(doc + 1),
        ) {
            (Some(&start), Some(&end)) => &self.category_ords[start as usize..end as usize],
            _ => &[],
        }
    }
}

/// Every term of a string column, by ordinal (read in one pass over its dictionary).
fn column_terms(column: Option<&StrColumn>) -> tantivy::Result<Vec<String>> {
    let Some(column) = column else {
        return Ok(Vec::new());
    };
    let mut terms = Vec::with_capacity(column.num_terms());
    let mut stream = column.dictionary().stream()?;
    while stream.advance() {
        terms.push(String::from_utf8_lossy(stream.key()).into_owned());
    }
    Ok(terms)
}

/// Each document's first ordinal in a string column (`u32::MAX`: none).
fn first_ords(column: Option<&StrColumn>, max_doc: u32) -> Vec<u32> {
    (0..max_doc)
        .map(|doc| {
            column
                .and_then(|column| column.term_ords(doc).next())
                .map_or(u32::MAX, |ord| ord as u32)
        })
        .collect()
}

/// Every term of `field` in the segment with the documents that have it.
fn term_sets(reader: &SegmentReader, field: Field) -> tantivy::Result<HashMap<String, Bits>> {
    let inverted = reader.inverted_index(field)?;
    let mut terms = inverted.terms().stream()?;
    let mut sets = HashMap::new();
    while terms.advance() {
        let term = String::from_utf8_lossy(terms.key()).into_owned();
        let mut postings =
            inverted.read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)?;
        sets.insert(term, Bits::from_docs(reader.max_doc(), &mut postings));
    }
    Ok(sets)
}

/// A segment as of its last deletes.
type SegmentKey = (SegmentId, Option<Opstamp>);

/// Segment facts by segment (and its deletes), kept current by the index reader.
#[derive(Debug)]
pub struct Facts {
    fields: Fields,
    segments: RwLock<HashMap<SegmentKey, Arc<SegmentFacts>>>,
}

impl Facts {
    pub fn new(fields: Fields) -> Self {
        Self {
            fields,
            segments: RwLock::default(),
        }
    }

    /// The facts of the segment `reader` reads (read now if it was not warmed).
    pub fn of(&self, reader: &SegmentReader) -> tantivy::Result<Arc<SegmentFacts>> {
        let key = (reader.segment_id(), reader.delete_opstamp());
        if let Some(found) = self
            .segments
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
        {
            return Ok(Arc::clone(found));
        }
        let facts = Arc::new(SegmentFacts::read(reader, &self.fields)?);
        self.segments
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key, Arc::clone(&facts));
        Ok(facts)
    }
}

impl Warmer for Facts {
    fn warm(&self, searcher: &Searcher) -> tantivy::Result<()> {
        for reader in searcher.segment_readers() {
            self.of(reader)?;
        }
        Ok(())
    }

    fn garbage_collect(&self, live_generations: &[&SearcherGeneration]) {
        let live = |key: &SegmentKey| {
            live_generations
                .iter()
                .any(|generation| generation.segments().get(&key.0) == Some(&key.1))
        };
        self.segments
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .retain(|key, _| live(key));
    }
}
