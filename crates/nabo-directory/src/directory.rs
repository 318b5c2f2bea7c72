//! Opening the directory and the operations on it.

use crate::error::DirectoryError;
use crate::indexer;
use nabo_domain::{Area, AreaId, LocalizedText, ReferenceData, ResourceId};
use nabo_search::{SearchError, SearchIndex};
use nabo_storage::{Backend, DatabaseUrl, ImportSummary, Store, StoredResource};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

/// Where the directory's parts live.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: DatabaseUrl,
    pub index_dir: PathBuf,
    pub content_dir: PathBuf,
}

/// Resources read, validated and written at a time by an import.
pub(crate) const IMPORT_CHUNK: usize = 1000;

/// Whether this process opens the search index, which one process at a time may write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexMode {
    /// Open it, or fail (reindex); built or caught up before `open` returns.
    Required,
    /// Open it, or fail, and leave building and catching it up to `sync` (a server
    /// listens meanwhile and says it is not ready).
    Deferred,
    /// Open it when no other process holds it (import: a running server will index
    /// the change itself).
    IfFree,
    /// Don't open it (check, export).
    Skip,
}

/// The directory: database, reference data and search index together.
#[derive(Debug)]
pub struct Directory {
    pub(crate) store: Store,
    pub(crate) index: Option<Arc<SearchIndex>>,
    reference: RwLock<Arc<ReferenceData>>,
    /// Areas defined by the content folder: imports may add names to them, not change them.
    content_areas: BTreeMap<AreaId, Area>,
    config: Config,
    /// Serializes index catch-up within this process.
    sync_lock: tokio::sync::Mutex<()>,
    /// Failed logins of this process.
    login_throttle: Arc<nabo_accounts::LoginThrottle>,
    /// Page views counted since they were last written to the database.
    views: std::sync::Mutex<std::collections::HashMap<ResourceId, i64>>,
    /// Unmet needs counted since they were last written.
    unmet: std::sync::Mutex<crate::unmet_log::UnmetLog>,
    /// Imports written, and when the index was last current.
    pub(crate) progress: crate::status::Progress,
    /// The index must be filled from the database before it follows the change log.
    needs_build: std::sync::atomic::AtomicBool,
    /// What the HSDS ids of an export stand for, at a change-log position.
    pub(crate) hsds_ids: tokio::sync::Mutex<Option<(i64, Arc<nabo_hsds::IdIndex>)>>,
}

impl Directory {
    /// Opens the database (migrating it), applies the content folder's reference data,
    /// and opens and catches up the search index as `mode` says.
    pub async fn open(config: Config, mode: IndexMode) -> Result<Self, DirectoryError> {
        let (store, reference, content_areas) = connect(&config).await?;
        let mut needs_build = false;
        let index = match mode {
            IndexMode::Skip => None,
            IndexMode::Required | IndexMode::Deferred | IndexMode::IfFree => {
                match SearchIndex::open(&config.index_dir) {
                    Ok((index, state)) => {
                        index.use_reference(&reference);
                        let database = store.last_change().await?;
                        if state.created {
                            tracing::info!(index = %config.index_dir.display(), "a new search index: it is built from the database");
                        } else if state.last_seq > database {
                            // A restored or replaced database: the index holds changes it has not.
                            tracing::warn!(
                                index = state.last_seq,
                                database,
                                "the search index is ahead of the database: it is rebuilt"
                            );
                        }
                        needs_build = state.created || state.last_seq > database;
                        Some(Arc::new(index))
                    }
                    Err(SearchError::Locked { path }) if mode == IndexMode::IfFree => {
                        tracing::info!(index = %path, "search index held by another process; it will catch up from the change log");
                        None
                    }
                    Err(error) => return Err(error.into()),
                }
            }
        };
        let directory = Self::assemble(config, store, reference, content_areas, index, needs_build);
        if mode != IndexMode::Deferred {
            directory.sync().await?;
        }
        Ok(directory)
    }

    /// Opens the database again after its file was replaced (a restore), keeping the
    /// search index this process holds, and rebuilds the index from it. Returns the
    /// directory and the number of resources indexed.
    pub(crate) async fn reopen_and_reindex(
        config: Config,
        index: Arc<SearchIndex>,
    ) -> Result<(Self, usize), DirectoryError> {
        let (store, reference, content_areas) = connect(&config).await?;
        index.use_reference(&reference);
        let count = indexer::rebuild(&store, &index).await?;
        let directory = Self::assemble(config, store, reference, content_areas, Some(index), false);
        directory.sync().await?;
        Ok((directory, count))
    }

    fn assemble(
        config: Config,
        store: Store,
        reference: ReferenceData,
        content_areas: BTreeMap<AreaId, Area>,
        index: Option<Arc<SearchIndex>>,
        needs_build: bool,
    ) -> Self {
        Self {
            store,
            index,
            reference: RwLock::new(Arc::new(reference)),
            content_areas,
            config,
            sync_lock: tokio::sync::Mutex::new(()),
            login_throttle: Arc::default(),
            views: std::sync::Mutex::default(),
            unmet: std::sync::Mutex::default(),
            hsds_ids: tokio::sync::Mutex::default(),
            needs_build: std::sync::atomic::AtomicBool::new(needs_build),
            progress: crate::status::Progress::default(),
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn backend(&self) -> Backend {
        self.store.backend()
    }

    /// Whether this process holds the search index.
    pub fn has_index(&self) -> bool {
        self.index.is_some()
    }

    /// The reference data in force.
    pub fn reference(&self) -> Arc<ReferenceData> {
        Arc::clone(&self.reference.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// Validates everything under `paths` and imports it in one transaction; nothing is
    /// written when anything is invalid. The files are read twice (checked whole, then
    /// written in chunks), so an import of any size takes little memory. The index (when
    /// held) is current on return.
    pub async fn import(&self, paths: &[PathBuf]) -> Result<ImportSummary, DirectoryError> {
        let reference = self.reference();
        let paths = paths.to_vec();
        let plan = Arc::new(
            tokio::task::spawn_blocking(move || nabo_content::check_batch(&paths, &reference))
                .await
                .map_err(|e| DirectoryError::Task(e.to_string()))??,
        );
        let areas = self.areas_to_write(&plan.areas);
        let mut importer = self.store.begin_import().await?;
        importer.areas(&areas).await?;
        let (chunks, mut received) = tokio::sync::mpsc::channel(2);
        let reader = {
            let plan = Arc::clone(&plan);
            tokio::task::spawn_blocking(move || {
                for chunk in plan.resources(IMPORT_CHUNK) {
                    if chunks.blocking_send(chunk).is_err() {
                        break;
                    }
                }
            })
        };
        while let Some(chunk) = received.recv().await {
            importer.resources(&chunk?).await?;
        }
        reader
            .await
            .map_err(|e| DirectoryError::Task(e.to_string()))?;
        self.finish_import(importer).await
    }

    /// Commits an import written through `importer`, takes in the areas it changed and
    /// indexes it.
    pub(crate) async fn finish_import(
        &self,
        importer: nabo_storage::Importer,
    ) -> Result<ImportSummary, DirectoryError> {
        let summary = importer.commit().await?;
        self.progress
            .imported(u64::try_from(summary.created + summary.updated).unwrap_or(0));
        if summary.areas_changed > 0 {
            self.reload_reference().await?;
        }
        self.sync().await?;
        Ok(summary)
    }

    /// The import's areas as they are to be written: areas the content folder defines
    /// only gain names in languages they lack.
    fn areas_to_write(&self, areas: &[Area]) -> Vec<Area> {
        let current = self.reference();
        areas
            .iter()
            .map(|area| {
                match (
                    self.content_areas.contains_key(&area.id),
                    current.area(&area.id),
                ) {
                    (true, Some(defined)) => add_missing_names(defined, area),
                    _ => area.clone(),
                }
            })
            .collect()
    }

    /// Imports the demonstration directory `content/resources/` when the database holds
    /// no resource at all. Returns the summary when it imported.
    pub async fn import_demo_if_empty(&self) -> Result<Option<ImportSummary>, DirectoryError> {
        if self.store.count_resources().await? > 0 {
            return Ok(None);
        }
        let demo = self.config.content_dir.join("resources");
        if !demo.is_dir() {
            return Ok(None);
        }
        self.import(&[demo]).await.map(Some)
    }

    /// Validates without writing anything.
    pub fn check(&self, paths: &[PathBuf]) -> Result<nabo_content::ImportPlan, DirectoryError> {
        Ok(nabo_content::check_batch(paths, &self.reference())?)
    }

    /// The accounts of the people who keep this directory.
    pub fn accounts(&self) -> nabo_accounts::Accounts {
        nabo_accounts::Accounts::new(self.store.clone(), self.reference())
    }

    /// The API tokens of those accounts.
    pub fn tokens(&self) -> nabo_accounts::Tokens {
        nabo_accounts::Tokens::new(self.store.clone())
    }

    /// The API keys of partner sites.
    pub fn partner_keys(&self) -> nabo_accounts::PartnerKeys {
        nabo_accounts::PartnerKeys::new(self.store.clone())
    }

    /// Failed logins by account, counted with every replica.
    pub(crate) fn account_failures(&self) -> nabo_accounts::AccountFailures {
        nabo_accounts::AccountFailures::new(self.store.clone())
    }

    /// The browser sessions of those accounts.
    pub fn sessions(&self) -> nabo_accounts::Sessions {
        nabo_accounts::Sessions::new(self.store.clone())
    }

    pub(crate) fn login_throttle(&self) -> &nabo_accounts::LoginThrottle {
        &self.login_throttle
    }

    /// The next page of resources after `after`, in id order: of the areas `areas` when
    /// given (read through the area column), else of the whole directory.
    pub(crate) async fn page_of(
        &self,
        areas: Option<&[AreaId]>,
        after: Option<&ResourceId>,
        limit: usize,
    ) -> Result<Vec<StoredResource>, DirectoryError> {
        Ok(match areas {
            Some(areas) => self.store.resources_in(areas, after, limit).await?,
            None => self.store.resources_after(after, limit).await?,
        })
    }

    /// Counts one view of the resource `id`'s page (kept in memory, written by
    /// `flush_views`).
    pub fn count_view(&self, id: &ResourceId) {
        let mut views = self
            .views
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *views.entry(id.clone()).or_default() += 1;
    }

    /// Writes the counted page views to the database.
    pub async fn flush_views(&self) -> Result<(), DirectoryError> {
        let counted: Vec<(ResourceId, i64)> = {
            let mut views = self
                .views
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            views.drain().collect()
        };
        if !counted.is_empty() {
            self.store.add_views(&counted).await?;
        }
        Ok(())
    }

    pub(crate) fn unmet_log(&self) -> std::sync::MutexGuard<'_, crate::unmet_log::UnmetLog> {
        self.unmet
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Brings the index up to the newest change in the database (building it first
    /// when it is new or was unreadable); returns how many changes were applied.
    pub async fn sync(&self) -> Result<usize, DirectoryError> {
        use std::sync::atomic::Ordering;
        let Some(index) = &self.index else {
            return Ok(0);
        };
        let _guard = self.sync_lock.lock().await;
        let started = std::time::Instant::now();
        if self.needs_build.load(Ordering::Acquire) {
            let count = indexer::rebuild(&self.store, index).await?;
            self.needs_build.store(false, Ordering::Release);
            tracing::info!(resources = count, "search index built from the database");
        }
        let applied = indexer::catch_up(&self.store, index).await?;
        // Every change committed before `started` is in the index now.
        self.progress.current(started);
        if applied > 0 {
            tracing::debug!(
                changes = applied,
                seq = index.last_seq()?,
                "search index caught up with the database"
            );
        }
        Ok(applied)
    }

    /// A watch that wakes when another process commits a change (PostgreSQL).
    pub async fn watch_changes(&self) -> Result<nabo_storage::ChangeWatch, DirectoryError> {
        Ok(self.store.watch_changes().await?)
    }

    /// Rebuilds the index from the database.
    pub async fn reindex(&self) -> Result<usize, DirectoryError> {
        let index = self.index.as_ref().ok_or(DirectoryError::NoIndex)?;
        let _guard = self.sync_lock.lock().await;
        indexer::rebuild(&self.store, index).await
    }

    pub async fn resource(
        &self,
        id: &ResourceId,
    ) -> Result<Option<StoredResource>, DirectoryError> {
        Ok(self.store.resource(id).await?)
    }

    /// The whole directory as JSON Lines: areas, then resources, each ordered by id.
    pub async fn export(&self) -> Result<(Vec<String>, Vec<String>), DirectoryError> {
        let areas = self
            .store
            .areas()
            .await?
            .iter()
            .map(nabo_content::area_to_json_line)
            .collect();
        let resources = self
            .store
            .resources()
            .await?
            .iter()
            .map(|s| nabo_content::resource_to_json_line(&s.resource))
            .collect();
        Ok((areas, resources))
    }

    pub async fn count_resources(&self) -> Result<i64, DirectoryError> {
        Ok(self.store.count_resources().await?)
    }

    /// Checks that the database answers (for health checks).
    pub async fn ping(&self) -> Result<i64, DirectoryError> {
        Ok(self.store.last_change().await?)
    }

    /// The index's and the database's newest change (for health checks); an index not
    /// yet built from the database counts as having read nothing.
    pub async fn positions(&self) -> Result<(Option<i64>, i64), DirectoryError> {
        let database = self.store.last_change().await?;
        let index = match &self.index {
            Some(_) if self.needs_build.load(std::sync::atomic::Ordering::Acquire) => Some(0),
            Some(index) => Some(index.last_seq()?),
            None => None,
        };
        Ok((index, database))
    }

    pub async fn close(&self) {
        self.store.close().await;
    }

    async fn reload_reference(&self) -> Result<(), DirectoryError> {
        let reference = self.store.load_reference().await?;
        if let Some(index) = &self.index {
            index.use_reference(&reference);
        }
        *self.reference.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(reference);
        Ok(())
    }
}

/// Connects the database (migrating it) and applies the content folder's reference
/// data: the store, the reference data in force and the content folder's areas.
async fn connect(
    config: &Config,
) -> Result<(Store, ReferenceData, BTreeMap<AreaId, Area>), DirectoryError> {
    let store = Store::connect(config.database_url.expose()).await?;
    let content = nabo_content::load_reference(&config.content_dir)?;
    let stored_areas = store.areas().await?;
    let content_areas = content.areas.clone();
    let merged = merge_reference(content, &stored_areas);
    store.save_reference(&merged).await?;
    let reference = store.load_reference().await?;
    Ok((store, reference, content_areas))
}

/// Content areas win over stored ones, but names an import added in other languages
/// are kept.
fn merge_reference(mut content: ReferenceData, stored: &[Area]) -> ReferenceData {
    for area in content.areas.values_mut() {
        if let Some(previous) = stored.iter().find(|a| a.id == area.id) {
            let mut names: BTreeMap<_, _> = previous
                .name
                .iter()
                .map(|(tag, text)| (tag.clone(), text.to_owned()))
                .collect();
            for (tag, text) in area.name.iter() {
                names.insert(tag.clone(), text.to_owned());
            }
            area.name = LocalizedText::new(names);
        }
    }
    content
}

/// `defined` with the names of `imported` in languages it has no name in.
fn add_missing_names(defined: &Area, imported: &Area) -> Area {
    let mut names: BTreeMap<_, _> = defined
        .name
        .iter()
        .map(|(tag, text)| (tag.clone(), text.to_owned()))
        .collect();
    for (tag, text) in imported.name.iter() {
        names.entry(tag.clone()).or_insert_with(|| text.to_owned());
    }
    Area {
        name: LocalizedText::new(names),
        ..defined.clone()
    }
}
