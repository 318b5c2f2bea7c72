//! Listings read from the index's document store, kept parsed for a while: result lists
//! repeat (the same services are found by many searches), and reading one costs a block
//! decompression and a JSON parse with a language tag for every text.

use crate::hit::Listing;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tantivy::DocId;
use tantivy::index::SegmentId;

/// Listings kept per generation; two generations are kept, the older dropped when the
/// newer fills (a simple bound that keeps what is used).
const PER_GENERATION: usize = 4096;

/// Listings by (segment, document).
type Generation = HashMap<(SegmentId, DocId), Arc<Listing>>;

/// Parsed listings by (segment, document). A segment's documents never change, so an
/// entry is never stale; entries of merged-away segments age out.
#[derive(Debug, Default)]
pub struct Listings {
    generations: Mutex<[Generation; 2]>,
}

impl Listings {
    /// The listing of `doc` in `segment`, read with `read` when not kept.
    pub fn get<E>(
        &self,
        segment: SegmentId,
        doc: DocId,
        read: impl FnOnce() -> Result<Listing, E>,
    ) -> Result<Arc<Listing>, E> {
        let key = (segment, doc);
        {
            let mut generations = self.generations.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(found) = generations[0].get(&key) {
                return Ok(Arc::clone(found));
            }
            if let Some(found) = generations[1].remove(&key) {
                generations[0].insert(key, Arc::clone(&found));
                return Ok(found);
            }
        }
        let listing = Arc::new(read()?);
        let mut generations = self.generations.lock().unwrap_or_else(|p| p.into_inner());
        if generations[0].len() >= PER_GENERATION {
            let newer = std::mem::take(&mut generations[0]);
            generations[1] = newer;
        }
        generations[0].insert(key, Arc::clone(&listing));
        Ok(listing)
    }
}
