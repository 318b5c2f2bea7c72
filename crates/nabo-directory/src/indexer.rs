//! Keeping the index in step with the database: replay the change log from the index's
//! last sequence, or rebuild from all resources.

use crate::error::DirectoryError;
use nabo_search::SearchIndex;
use nabo_storage::Store;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Changes read from the log per index commit.
const BATCH: i64 = 5000;
/// Resources read from the database at a time during a rebuild.
const PAGE: usize = 5000;
/// After this many changes at once, the index's segments are merged into one.
const COMPACT_AFTER: usize = 10_000;

/// Brings `index` up to the newest change; returns how many changes were applied.
pub(crate) async fn catch_up(
    store: &Store,
    index: &Arc<SearchIndex>,
) -> Result<usize, DirectoryError> {
    let mut applied = 0;
    loop {
        let after = index.last_seq()?;
        let changes = store.changes_since(after, BATCH).await?;
        let Some(last) = changes.last().map(|c| c.seq) else {
            if applied >= COMPACT_AFTER {
                let index = Arc::clone(index);
                tokio::task::spawn_blocking(move || index.compact())
                    .await
                    .map_err(|e| DirectoryError::Task(e.to_string()))??;
            }
            return Ok(applied);
        };
        // Re-read the current state of every changed resource: whatever happened in
        // between, the index ends up equal to the database (upserts are idempotent).
        let ids: Vec<_> = changes
            .iter()
            .map(|c| c.resource_id.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let present: Vec<_> = store
            .resources_by_id(&ids)
            .await?
            .into_iter()
            .map(|s| s.resource)
            .collect();
        let deleted: Vec<_> = ids
            .iter()
            .filter(|id| !present.iter().any(|r| &r.id == *id))
            .cloned()
            .collect();
        let index = Arc::clone(index);
        tokio::task::spawn_blocking(move || index.apply(&present, &deleted, last))
            .await
            .map_err(|e| DirectoryError::Task(e.to_string()))??;
        applied += changes.len();
        tracing::debug!(changes = changes.len(), seq = last, "index caught up");
    }
}

/// Empties `index` and fills it from every resource in the database, a page at a time.
pub(crate) async fn rebuild(
    store: &Store,
    index: &Arc<SearchIndex>,
) -> Result<usize, DirectoryError> {
    // The sequence is read first: changes committed while we read are replayed later.
    let seq = store.last_change().await?;
    blocking(index, |index| index.clear()).await?;
    let mut count = 0;
    let mut after = None;
    loop {
        let page: Vec<_> = store
            .resources_after(after.as_ref(), PAGE)
            .await?
            .into_iter()
            .map(|s| s.resource)
            .collect();
        let Some(last) = page.last() else { break };
        after = Some(last.id.clone());
        count += page.len();
        blocking(index, move |index| index.add(&page)).await?;
    }
    blocking(index, move |index| index.finish(seq)).await?;
    Ok(count)
}

/// Runs `work` on the index on a blocking thread.
async fn blocking(
    index: &Arc<SearchIndex>,
    work: impl FnOnce(&SearchIndex) -> Result<(), nabo_search::SearchError> + Send + 'static,
) -> Result<(), DirectoryError> {
    let index = Arc::clone(index);
    tokio::task::spawn_blocking(move || work(&index))
        .await
        .map_err(|e| DirectoryError::Task(e.to_string()))??;
    Ok(())
}
