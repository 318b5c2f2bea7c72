//! Searching the directory: a request in domain terms, answered from the index.

use crate::directory::Directory;
use crate::error::DirectoryError;
use nabo_domain::{AreaId, AttributeId, CategoryId, LanguageTag, Resource};
use nabo_search::{Facets, Query};
use std::sync::Arc;

/// A validated search request.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub text: String,
    /// The searcher's language.
    pub lang: LanguageTag,
    /// Matches this area and every area inside it.
    pub area: Option<AreaId>,
    pub category: Option<CategoryId>,
    /// All must be present.
    pub attributes: Vec<AttributeId>,
    pub limit: usize,
    pub offset: usize,
}

/// One hit: the whole resource, for the caller to localize.
#[derive(Debug, Clone)]
pub struct SearchHit {
    pub resource: Resource,
    pub score: f32,
}

/// The answer to a search.
#[derive(Debug, Clone)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
}

impl Directory {
    pub async fn search(&self, request: &SearchRequest) -> Result<SearchResults, DirectoryError> {
        let index = self.index.as_ref().ok_or(DirectoryError::NoIndex)?;
        let reference = self.reference();
        let query = Query {
            text: request.text.clone(),
            areas: request
                .area
                .as_ref()
                .map(|area| {
                    reference
                        .area_and_descendants(area)
                        .into_iter()
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default(),
            categories: request.category.iter().map(ToString::to_string).collect(),
            attributes: request.attributes.iter().map(ToString::to_string).collect(),
            limit: request.limit,
            offset: request.offset,
            category_boosts: self.category_matcher().score(&request.text, &request.lang),
        };
        let index = Arc::clone(index);
        let results = tokio::task::spawn_blocking(move || index.search(&query))
            .await
            .map_err(|e| DirectoryError::Task(e.to_string()))??;
        Ok(SearchResults {
            total: results.total,
            hits: results
                .hits
                .into_iter()
                .map(|hit| SearchHit {
                    resource: hit.resource,
                    score: hit.score,
                })
                .collect(),
            facets: results.facets,
        })
    }
}
