//! Counting matches per category and per area (the facets of a response), from the
//! fast fields of every matching document.

use crate::hit::Facets;
use nabo_domain::{AreaId, CategoryId};
use std::collections::BTreeMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Counts matching documents per value of string fast fields.
#[derive(Debug, Clone)]
pub struct FieldCounts {
    pub fields: Vec<&'static str>,
}

impl FieldCounts {
    /// The facets of a response: categories, then areas (see `facets`).
    pub fn categories_and_areas() -> Self {
        Self {
            fields: vec!["category", "area"],
        }
    }
}

/// Counts for one segment, by term ordinal.
pub struct SegmentCounts {
    columns: Vec<Option<StrColumn>>,
    counts: Vec<Vec<u64>>,
}

impl Collector for FieldCounts {
    type Fruit = Vec<BTreeMap<String, u64>>;
    type Child = SegmentCounts;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentCounts> {
        let mut columns = Vec::new();
        let mut counts = Vec::new();
        for field in &self.fields {
            let column = segment.fast_fields().str(field)?;
            counts.push(vec![0; column.as_ref().map_or(0, |c| c.num_terms())]);
            columns.push(column);
        }
        Ok(SegmentCounts { columns, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut merged = vec![BTreeMap::new(); self.fields.len()];
        for fruit in fruits {
            for (target, counts) in merged.iter_mut().zip(fruit) {
                for (key, count) in counts {
                    *target.entry(key).or_insert(0) += count;
                }
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for SegmentCounts {
    type Fruit = Vec<BTreeMap<String, u64>>;

    fn collect(&mut self, doc: DocId, _: Score) {
        for (column, counts) in self.columns.iter().zip(self.counts.iter_mut()) {
            if let Some(column) = column {
                for ord in column.term_ords(doc) {
                    if let Some(count) = counts.get_mut(ord as usize) {
                        *count += 1;
                    }
                }
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        let mut fruit = Vec::with_capacity(self.columns.len());
        for (column, counts) in self.columns.iter().zip(self.counts) {
            let mut map = BTreeMap::new();
            if let Some(column) = column {
                // The terms of the counted ordinals, read in one pass over the dictionary.
                let counted: Vec<(u64, u64)> = counts
                    .into_iter()
                    .enumerate()
                    .filter(|(_, count)| *count > 0)
                    .map(|(ord, count)| (ord as u64, count))
                    .collect();
                let ords: Vec<u64> = counted.iter().map(|(ord, _)| *ord).collect();
                let mut counted = counted.into_iter();
                let _ = column.dictionary().sorted_ords_to_term_cb(&ords, |term| {
                    if let Some((_, count)) = counted.next() {
                        map.insert(String::from_utf8_lossy(term).into_owned(), count);
                    }
                });
            }
            fruit.push(map);
        }
        fruit
    }
}

/// Typed facets from counts by category id and by area id.
pub fn facets(categories: BTreeMap<String, u64>, areas: BTreeMap<String, u64>) -> Facets {
    Facets {
        category: categories
            .into_iter()
            .filter_map(|(id, count)| Some((CategoryId::parse(&id).ok()?, count)))
            .collect(),
        area: areas
            .into_iter()
            .filter_map(|(id, count)| Some((AreaId::parse(&id).ok()?, count)))
            .collect(),
    }
}
