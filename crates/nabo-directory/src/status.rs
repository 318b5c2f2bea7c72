//! Where this process's index stands against the database, and what its imports wrote:
//! what an operator's metrics and a load balancer's readiness check read.

use crate::directory::Directory;
use crate::error::DirectoryError;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The index against the database, read now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexStatus {
    /// The newest change in the database.
    pub database_seq: i64,
    /// The change the index has read up to (0 while it is being built; `None`: this
    /// process has no index).
    pub index_seq: Option<i64>,
    /// How long the index has been behind (zero when it is current).
    pub lag: Duration,
    /// Resources in the index.
    pub documents: u64,
}

impl IndexStatus {
    /// Changes in the database the index has not read.
    pub fn lag_changes(&self) -> i64 {
        self.index_seq
            .map_or(0, |index| (self.database_seq - index).max(0))
    }
}

/// Imports written by this process since it started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub imports: u64,
    /// Resources the imports created or updated.
    pub resources: u64,
}

/// Counters behind `ImportCounts`, and when the index was last current.
#[derive(Debug)]
pub(crate) struct Progress {
    imports: AtomicU64,
    resources: AtomicU64,
    current_at: std::sync::Mutex<Instant>,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            imports: AtomicU64::default(),
            resources: AtomicU64::default(),
            current_at: std::sync::Mutex::new(Instant::now()),
        }
    }
}

impl Progress {
    pub(crate) fn imported(&self, resources: u64) {
        self.imports.fetch_add(1, Ordering::Relaxed);
        self.resources.fetch_add(resources, Ordering::Relaxed);
    }

    /// The index holds every change the database had at `at`.
    pub(crate) fn current(&self, at: Instant) {
        let mut current_at = self.current_at.lock().unwrap_or_else(|p| p.into_inner());
        *current_at = (*current_at).max(at);
    }

    fn current_at(&self) -> Instant {
        *self.current_at.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Directory {
    /// The index against the database.
    pub async fn index_status(&self) -> Result<IndexStatus, DirectoryError> {
        let read_at = Instant::now();
        let (index_seq, database_seq) = self.positions().await?;
        let behind = index_seq.is_some_and(|index| index < database_seq);
        if index_seq.is_some() && !behind {
            self.progress.current(read_at);
        }
        let lag = if behind {
            read_at.saturating_duration_since(self.progress.current_at())
        } else {
            Duration::ZERO
        };
        Ok(IndexStatus {
            database_seq,
            index_seq,
            lag,
            documents: self.index.as_ref().map_or(0, |index| index.len()),
        })
    }

    /// Imports written by this process since it started.
    pub fn import_counts(&self) -> ImportCounts {
        ImportCounts {
            imports: self.progress.imports.load(Ordering::Relaxed),
            resources: self.progress.resources.load(Ordering::Relaxed),
        }
    }
}

/// The index checked against the database, document by document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexCheck {
    /// Resources in the database.
    pub resources: usize,
    /// In the database, not in the index.
    pub missing: Vec<nabo_domain::ResourceId>,
    /// In the index, not in the database.
    pub extra: Vec<nabo_domain::ResourceId>,
    /// In both, but the index holds another version of the document.
    pub stale: Vec<nabo_domain::ResourceId>,
}

impl IndexCheck {
    pub fn agrees(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty() && self.stale.is_empty()
    }
}

/// Resources read from the database at a time by a check.
const CHECK_PAGE: usize = 5000;

impl Directory {
    /// Compares every document of the index with the resource in the database, as they
    /// stand now (without catching up first).
    pub async fn check_index(&self) -> Result<IndexCheck, DirectoryError> {
        let index = self.index.as_ref().ok_or(DirectoryError::NoIndex)?;
        let mut indexed = index.digests()?;
        let mut check = IndexCheck::default();
        let mut after = None;
        loop {
            let page = self
                .store
                .resources_after(after.as_ref(), CHECK_PAGE)
                .await?;
            let Some(last) = page.last() else { break };
            after = Some(last.resource.id.clone());
            for stored in page {
                check.resources += 1;
                match indexed.remove(&stored.resource.id) {
                    None => check.missing.push(stored.resource.id),
                    Some(digest) if digest != nabo_search::digest_of(&stored.resource) => {
                        check.stale.push(stored.resource.id);
                    }
                    Some(_) => {}
                }
            }
        }
        check.extra = indexed.into_keys().collect();
        Ok(check)
    }
}
