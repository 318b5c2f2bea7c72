//! Keeping the index in step with the database: replay the change log from the index's
//! last sequence, or rebuild from all resources.

use crate::error::DirectoryError;
use nabo_domain::{Resource, ResourceId};
use nabo_search::SearchIndex;
use nabo_storage::Store;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Changes read from the log per index commit.
const BATCH: i64 = 5000;
/// Resources read from the database at a time during a rebuild.
const PAGE: usize = 5000;
/// Changes staged before a commit during a long catch-up.
const COMMIT_EVERY: usize = 50_000;
/// After this many changes at once, the index's segments are merged into one.
const COMPACT_AFTER: usize = 10_000;

/// Brings `index` up to the newest change; returns how many changes were applied.
/// Batches are staged and committed together every `COMMIT_EVERY` changes (each commit
/// makes a segment and reloads the readers); on failure the staged part is dropped and
/// the next catch-up starts again from the last commit.
pub(crate) async fn catch_up(
    store: &Store,
    index: &Arc<SearchIndex>,
) -> Result<usize, DirectoryError> {
    let result = stage_changes(store, index).await;
    if result.is_err() {
        blocking(index, |index| index.discard()).await?;
    }
    let applied = result?;
    if applied >= COMPACT_AFTER {
        blocking(index, |index| index.compact()).await?;
    }
    Ok(applied)
}

/// Stages every change after the index's last commit. The next batch is read from the
/// database while the current one is analyzed and indexed.
async fn stage_changes(store: &Store, index: &Arc<SearchIndex>) -> Result<usize, DirectoryError> {
    let mut after = index.last_seq()?;
    let (mut applied, mut staged) = (0, 0);
    let mut next = read_changes(store.clone(), after).await?;
    while let Some(batch) = next {
        let reading = tokio::spawn(read_changes(store.clone(), batch.last));
        let Batch {
            present,
            deleted,
            last,
            changes,
        } = batch;
        blocking(index, move |index| index.stage(&present, &deleted)).await?;
        (after, applied, staged) = (last, applied + changes, staged + changes);
        if staged >= COMMIT_EVERY {
            blocking(index, move |index| index.publish(last)).await?;
            staged = 0;
        }
        tracing::debug!(changes, seq = last, "index caught up");
        next = reading
            .await
            .map_err(|e| DirectoryError::Task(e.to_string()))??;
    }
    if staged > 0 {
        blocking(index, move |index| index.publish(after)).await?;
    }
    Ok(applied)
}

/// One batch of the change log, as the resources now stand.
struct Batch {
    present: Vec<Resource>,
    deleted: Vec<ResourceId>,
    /// The batch's last sequence, and how many changes it holds.
    last: i64,
    changes: usize,
}

/// Up to `BATCH` changes after `after` (none: the index is current). Each changed
/// resource is read as it stands now: whatever happened in between, the index ends up
/// equal to the database (upserts are idempotent).
async fn read_changes(store: Store, after: i64) -> Result<Option<Batch>, DirectoryError> {
    let changes = store.changes_since(after, BATCH).await?;
    let Some(last) = changes.last().map(|c| c.seq) else {
        return Ok(None);
    };
    let ids: Vec<ResourceId> = changes
        .iter()
        .map(|c| c.resource_id.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let present: Vec<Resource> = store
        .resources_by_id(&ids)
        .await?
        .into_iter()
        .map(|s| s.resource)
        .collect();
    let kept: BTreeSet<&ResourceId> = present.iter().map(|r| &r.id).collect();
    let deleted = ids
        .iter()
        .filter(|id| !kept.contains(id))
        .cloned()
        .collect();
    Ok(Some(Batch {
        present,
        deleted,
        last,
        changes: changes.len(),
    }))
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
