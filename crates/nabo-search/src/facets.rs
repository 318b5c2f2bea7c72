//! Counting matches per category and per area (the facets of a response), from the
//! fast fields of every matching document.

use std::collections::BTreeMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Counts matching documents per value of string fast fields.
#[derive(Debug, Clone)]
pub struct FieldCounts {
    pub fields: Vec<&'static str>,
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
                let mut term = String::new();
                for (ord, count) in counts.into_iter().enumerate() {
                    if count > 0 && column.ord_to_str(ord as u64, &mut term).unwrap_or(false) {
                        map.insert(term.clone(), count);
                    }
                }
            }
            fruit.push(map);
        }
        fruit
    }
}
