//! As-you-type completion: need phrases and category names of the searcher's language
//! that start with what was typed, and resources whose name does.

use crate::analysis::analyze;
use crate::error::SearchError;
use crate::hit::Listing;
use crate::index::SearchIndex;
use crate::plan::term_query;
use nabo_domain::{AreaId, CategoryId, LanguageTag};
use tantivy::Term;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, FuzzyTermQuery, Occur, Query as IndexQuery};

/// The longest last word completed with resource names.
const MAX_COMPLETED_LETTERS: usize = 64;

/// Completions of what was typed.
#[derive(Debug, Clone, Default)]
pub struct Suggestions {
    /// Category names and need phrases of the searcher's language: (category, phrase).
    pub phrases: Vec<(CategoryId, String)>,
    /// Resources whose name has every typed word, the last one as a prefix.
    pub resources: Vec<Listing>,
}

impl SearchIndex {
    /// At most `limit` of each kind, best first; resources only in `area` and the areas
    /// inside it when given.
    pub fn suggest(
        &self,
        typed: &str,
        lang: &LanguageTag,
        area: Option<&AreaId>,
        limit: usize,
    ) -> Result<Suggestions, SearchError> {
        let context = self.context();
        let phrases = context.categories.complete(typed, lang, limit);
        let terms = analyze(typed, None).folded;
        let Some((last, before)) = terms.split_last() else {
            return Ok(Suggestions {
                phrases,
                resources: Vec::new(),
            });
        };
        // No name has a word so long, and the prefix automaton of a long word of many
        // different letters costs more than the whole completion.
        if !(2..=MAX_COMPLETED_LETTERS).contains(&last.chars().count()) {
            return Ok(Suggestions {
                phrases,
                resources: Vec::new(),
            });
        }
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn IndexQuery>)> = before
            .iter()
            .map(|term| (Occur::Must, term_query(f.name, term)))
            .collect();
        let prefix = FuzzyTermQuery::new_prefix(Term::from_field_text(f.name, last), 0, false);
        clauses.push((Occur::Must, Box::new(prefix)));
        if let Some(area) = area {
            let any = context
                .inside(area)
                .iter()
                .map(|a| (Occur::Should, term_query(f.area, a.as_str())))
                .collect::<Vec<_>>();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        let searcher = self.reader.searcher();
        let top = TopDocs::with_limit(limit.max(1)).order_by_score();
        let found = searcher.search(&BooleanQuery::new(clauses), &top)?;
        let resources = found
            .into_iter()
            .map(|(_, address)| self.listing(&searcher, address))
            .collect::<Result<_, _>>()?;
        Ok(Suggestions { phrases, resources })
    }
}
