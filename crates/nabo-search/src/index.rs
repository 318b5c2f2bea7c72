//! Opening, writing and rebuilding the on-disk index.

use crate::analysis::{ANALYZER, analyze, analyzer};
use crate::context::Context;
use crate::error::SearchError;
use crate::facts::Facts;
use crate::hit::Listing;
use crate::hours::ParsedHours;
use crate::listings::Listings;
use crate::schema::{self, Fields, INDEX_VERSION};
use nabo_domain::{ReferenceData, Resource, ResourceId};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use tantivy::directory::MmapDirectory;
use tantivy::{
    Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, TantivyDocument, Term,
};

const WRITER_HEAP: usize = 64 * 1024 * 1024;
/// Segments kept before small ones are merged.
const MAX_SEGMENTS: usize = 6;
/// Resources from which building their documents is spread over the cores.
const PARALLEL_FROM: usize = 64;
/// Bytes of stored documents compressed together, and how many such blocks the reader
/// keeps decompressed (the listings of popular hits stay in memory: about 1 MB).
const DOCSTORE_BLOCK: usize = 4096;
const DOCSTORE_CACHE_BLOCKS: usize = 256;

/// Where an opened index stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexState {
    /// The last change-log sequence the index contains (0 for a new index).
    pub last_seq: i64,
    /// The index was created empty just now (new, or an older version was replaced):
    /// it must be filled from the database.
    pub created: bool,
}

/// The search index of one replica. It owns the index writer: one process at a time.
pub struct SearchIndex {
    pub(crate) index: Index,
    pub(crate) reader: IndexReader,
    writer: Mutex<IndexWriter>,
    pub(crate) fields: Fields,
    /// The taxonomy, areas and zones in force (`use_reference`).
    context: RwLock<Arc<Context>>,
    pub(crate) hours: Arc<ParsedHours>,
    /// What searches need of every document, read when a segment becomes searchable.
    pub(crate) facts: Arc<Facts>,
    /// Listings of recent hits, parsed.
    pub(crate) listings: Listings,
    path: PathBuf,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// Opens the index under `dir`, creating it when missing. Each index version lives in
    /// its own sub-folder (`v1`, `v2`, ...); folders of other versions are removed.
    /// An index that cannot be read (a damaged or half-deleted folder) is emptied and
    /// created anew, said in the log: the caller fills it from the database.
    pub fn open(dir: &Path) -> Result<(Self, IndexState), SearchError> {
        let path = dir.join(format!("v{INDEX_VERSION}"));
        std::fs::create_dir_all(&path).map_err(|e| SearchError::Open {
            path: dir.display().to_string(),
            reason: e.to_string(),
        })?;
        remove_other_versions(dir);
        match Self::open_at(dir, &path) {
            Err(SearchError::Open { reason, .. }) => {
                tracing::warn!(index = %dir.display(), %reason, "the search index cannot be read: it is emptied and rebuilt from the database");
                empty_folder(dir, &path)?;
                let (index, state) = Self::open_at(dir, &path)?;
                Ok((
                    index,
                    IndexState {
                        created: true,
                        ..state
                    },
                ))
            }
            other => other,
        }
    }

    fn open_at(dir: &Path, path: &Path) -> Result<(Self, IndexState), SearchError> {
        let open_error = |reason: String| SearchError::Open {
            path: dir.display().to_string(),
            reason,
        };
        let (schema, fields) = schema::build();
        let directory = MmapDirectory::open(path).map_err(|e| open_error(e.to_string()))?;
        let existed = Index::exists(&directory).map_err(|e| open_error(e.to_string()))?;
        // Small blocks: a hit's listing is read with a few other documents, not hundreds.
        let settings = IndexSettings {
            docstore_blocksize: DOCSTORE_BLOCK,
            ..IndexSettings::default()
        };
        let index = Index::builder()
            .schema(schema.clone())
            .settings(settings)
            .open_or_create(directory)
            .map_err(|e| open_error(e.to_string()))?;
        if index.schema() != schema {
            return Err(open_error(
                "its schema differs from this version's; delete the folder and run `nabo reindex`"
                    .to_owned(),
            ));
        }
        index.tokenizers().register(ANALYZER, analyzer());
        index.tokenizers().register(
            schema::WORDS,
            tantivy::tokenizer::WhitespaceTokenizer::default(),
        );
        let writer = index.writer(WRITER_HEAP).map_err(|e| match e {
            tantivy::TantivyError::LockFailure(..) => SearchError::Locked {
                path: dir.display().to_string(),
            },
            other => open_error(other.to_string()),
        })?;
        // Segments are merged here, when and as this crate decides (`commit`), never in
        // the background: a merge of all segments must not meet one already running.
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        let facts = Arc::new(Facts::new(fields));
        let warmer: Arc<dyn tantivy::Warmer> = Arc::clone(&facts) as Arc<dyn tantivy::Warmer>;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(DOCSTORE_CACHE_BLOCKS)
            .warmers(vec![Arc::downgrade(&warmer)])
            .try_into()
            .map_err(|e: tantivy::TantivyError| open_error(e.to_string()))?;
        let last_seq = read_payload(&index).map_err(|e| open_error(e.to_string()))?;
        let search_index = Self {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            context: RwLock::new(Arc::new(Context::default())),
            hours: Arc::default(),
            facts,
            listings: Listings::default(),
            path: path.to_path_buf(),
        };
        Ok((
            search_index,
            IndexState {
                last_seq,
                created: !existed,
            },
        ))
    }

    /// Uses `reference` (taxonomy, areas, zones) for every search from now on.
    pub fn use_reference(&self, reference: &ReferenceData) {
        let context = Arc::new(Context::new(reference));
        *self.context.write().unwrap_or_else(|p| p.into_inner()) = context;
    }

    pub(crate) fn context(&self) -> Arc<Context> {
        Arc::clone(&self.context.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// The last change-log sequence committed to the index.
    pub fn last_seq(&self) -> Result<i64, SearchError> {
        read_payload(&self.index)
    }

    /// Every indexed resource with the digest of what was indexed (`digest::of`), as of
    /// the last reload: comparing it with the database's resources tells whether the
    /// index holds exactly them.
    pub fn digests(&self) -> Result<std::collections::BTreeMap<ResourceId, u64>, SearchError> {
        let mut digests = std::collections::BTreeMap::new();
        for segment in self.reader.searcher().segment_readers() {
            let ids = segment.fast_fields().str("id")?;
            let values = segment.fast_fields().u64("digest")?;
            let Some(ids) = ids else { continue };
            let mut id = String::new();
            for doc in 0..segment.max_doc() {
                if segment.is_deleted(doc) {
                    continue;
                }
                let Some(ord) = ids.term_ords(doc).next() else {
                    continue;
                };
                id.clear();
                ids.ord_to_str(ord, &mut id)
                    .map_err(|e| SearchError::Open {
                        path: self.path.display().to_string(),
                        reason: e.to_string(),
                    })?;
                let digest = values.first(doc).unwrap_or(0);
                let parsed = ResourceId::parse(&id).map_err(|e| SearchError::Open {
                    path: self.path.display().to_string(),
                    reason: format!("indexed id {id:?}: {e}"),
                })?;
                digests.insert(parsed, digest);
            }
        }
        Ok(digests)
    }

    /// Number of resources in the index, as of the last reload.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Replaces `upserts`, removes `deletes` and records `seq`, in one commit; readers
    /// see the change when this returns.
    pub fn apply(
        &self,
        upserts: &[Resource],
        deletes: &[ResourceId],
        seq: i64,
    ) -> Result<(), SearchError> {
        self.stage(upserts, deletes)?;
        self.publish(seq)
    }

    /// Replaces `upserts` and removes `deletes` without committing: readers see nothing
    /// until `publish` (a long catch-up commits once per many batches), and `discard`
    /// drops what was staged.
    pub fn stage(&self, upserts: &[Resource], deletes: &[ResourceId]) -> Result<(), SearchError> {
        let writer = self.lock_writer();
        for id in deletes.iter().chain(upserts.iter().map(|r| &r.id)) {
            writer.delete_term(Term::from_field_text(self.fields.id, id.as_str()));
        }
        self.add_documents(&writer, upserts)
    }

    /// Commits what was staged, recording `seq`; readers see it when this returns.
    pub fn publish(&self, seq: i64) -> Result<(), SearchError> {
        self.commit(&mut self.lock_writer(), seq)
    }

    /// Drops everything staged since the last commit.
    pub fn discard(&self) -> Result<(), SearchError> {
        self.lock_writer().rollback()?;
        Ok(())
    }

    /// Empties the index and fills it with `resources`, recording `seq` (all at once:
    /// `clear`, `add` and `finish` do it in parts).
    pub fn rebuild(&self, resources: &[Resource], seq: i64) -> Result<(), SearchError> {
        self.clear()?;
        self.add(resources)?;
        self.finish(seq)
    }

    /// Empties the index (for a rebuild: `add`, then `finish`).
    pub fn clear(&self) -> Result<(), SearchError> {
        self.lock_writer().delete_all_documents()?;
        Ok(())
    }

    /// Adds `resources` without committing (during a rebuild).
    pub fn add(&self, resources: &[Resource]) -> Result<(), SearchError> {
        let writer = self.lock_writer();
        self.add_documents(&writer, resources)
    }

    /// Commits everything added since `clear`, recording `seq`, and merges the
    /// segments into one: a search visits each segment, so one is fastest.
    pub fn finish(&self, seq: i64) -> Result<(), SearchError> {
        let mut writer = self.lock_writer();
        self.commit(&mut writer, seq)?;
        self.merge_segments(writer)
    }

    /// Merges every segment into one, and waits (after many documents changed).
    pub fn compact(&self) -> Result<(), SearchError> {
        self.merge_segments(self.lock_writer())
    }

    fn merge_segments(
        &self,
        mut writer: std::sync::MutexGuard<'_, IndexWriter>,
    ) -> Result<(), SearchError> {
        let segments = self.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            writer.merge(&segments).wait()?;
            self.reader.reload()?;
        }
        Ok(())
    }

    /// Adds the documents of `resources`. Analysis is the costly part of building a
    /// document: with many resources it is spread over the cores.
    fn add_documents(
        &self,
        writer: &IndexWriter,
        resources: &[Resource],
    ) -> Result<(), SearchError> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        if threads == 1 || resources.len() < PARALLEL_FROM {
            for resource in resources {
                writer.add_document(self.document(resource))?;
            }
            return Ok(());
        }
        let chunk = resources.len().div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            let workers: Vec<_> = resources
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || -> Result<(), SearchError> {
                        for resource in part {
                            writer.add_document(self.document(resource))?;
                        }
                        Ok(())
                    })
                })
                .collect();
            workers.into_iter().try_for_each(|worker| {
                worker.join().unwrap_or_else(|_| {
                    Err(SearchError::Open {
                        path: self.path.display().to_string(),
                        reason: "an indexing thread panicked".to_owned(),
                    })
                })
            })
        })
    }

    fn lock_writer(&self) -> std::sync::MutexGuard<'_, IndexWriter> {
        // A panic while holding the lock leaves nothing half-written that a commit would
        // publish: uncommitted operations are discarded by the next rollback or commit.
        self.writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Commits with `seq` as payload, makes the commit searchable, and merges small
    /// segments when there are too many (each search visits every segment).
    fn commit(&self, writer: &mut IndexWriter, seq: i64) -> Result<(), SearchError> {
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&payload(seq));
        prepared.commit()?;
        self.reader.reload()?;
        let mut segments = self.index.searchable_segment_metas()?;
        if segments.len() > MAX_SEGMENTS {
            // All but the largest, unless it is smaller than the others together.
            segments.sort_by_key(|segment| std::cmp::Reverse(segment.num_docs()));
            let rest: u32 = segments[1..].iter().map(|segment| segment.num_docs()).sum();
            let keep = usize::from(segments[0].num_docs() >= rest);
            let merged: Vec<_> = segments[keep..]
                .iter()
                .map(|segment| segment.id())
                .collect();
            writer.merge(&merged).wait()?;
            self.reader.reload()?;
        }
        Ok(())
    }

    fn document(&self, resource: &Resource) -> TantivyDocument {
        let f = &self.fields;
        let mut document = TantivyDocument::default();
        document.add_text(f.id, resource.id.as_str());
        document.add_u64(f.digest, crate::digest::of(resource));
        document.add_text(f.area, resource.area.as_str());
        for category in &resource.categories {
            document.add_text(f.category, category.as_str());
        }
        for attribute in &resource.attributes {
            document.add_text(f.attribute, attribute.as_str());
        }
        // Each text is analyzed once, in its own language; the fields take the words.
        for (lang, text) in resource.name.iter() {
            let terms = analyze(text, Some(lang.as_str()));
            document.add_text(f.name, terms.folded.join(" "));
            document.add_text(f.name_exact, terms.exact.join(" "));
            document.add_text(f.stem, terms.stemmed.join(" "));
        }
        for field in [&resource.summary, &resource.description, &resource.access] {
            for (lang, text) in field.iter() {
                let terms = analyze(text, Some(lang.as_str()));
                document.add_text(f.body, terms.folded.join(" "));
                document.add_text(f.stem, terms.stemmed.join(" "));
            }
        }
        for lang in resource.text_languages() {
            document.add_text(f.lang, lang.as_str());
        }
        if let Some(hours) = &resource.opening_hours {
            document.add_text(f.hours, hours.as_str());
        }
        if let Some(geo) = resource.geo {
            document.add_f64(f.lat, geo.lat);
            document.add_f64(f.lon, geo.lon);
        }
        document.add_text(
            f.listing,
            serde_json::to_string(&Listing::from(resource)).unwrap_or_default(),
        );
        document
    }
}

fn payload(seq: i64) -> String {
    serde_json::json!({ "seq": seq, "version": INDEX_VERSION }).to_string()
}

fn read_payload(index: &Index) -> Result<i64, SearchError> {
    let metas = index.load_metas()?;
    let seq = metas
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str::<serde_json::Value>(p).ok())
        .and_then(|v| v.get("seq").and_then(serde_json::Value::as_i64))
        .unwrap_or(0);
    Ok(seq)
}

/// Removes every file of the index in `path`, holding its writer lock (an index another
/// process writes is never touched: that is `Locked`).
fn empty_folder(dir: &Path, path: &Path) -> Result<(), SearchError> {
    use tantivy::Directory as _;
    let failed = |reason: String| SearchError::Open {
        path: dir.display().to_string(),
        reason,
    };
    let directory = MmapDirectory::open(path).map_err(|e| failed(e.to_string()))?;
    let _lock = directory
        .acquire_lock(&tantivy::directory::INDEX_WRITER_LOCK)
        .map_err(|_| SearchError::Locked {
            path: dir.display().to_string(),
        })?;
    let entries = std::fs::read_dir(path).map_err(|e| failed(e.to_string()))?;
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(".tantivy-") {
            continue;
        }
        let removed = if entry.path().is_dir() {
            std::fs::remove_dir_all(entry.path())
        } else {
            std::fs::remove_file(entry.path())
        };
        removed.map_err(|e| failed(format!("cannot remove {}: {e}", entry.path().display())))?;
    }
    Ok(())
}

/// Removes sub-folders `v<N>` of other index versions. Nothing else in `dir` is touched
/// (the repository's `search-index/README.md` lives there).
fn remove_other_versions(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let is_version = name
            .strip_prefix('v')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if is_version
            && name != format!("v{INDEX_VERSION}")
            && entry.path().is_dir()
            && let Err(error) = std::fs::remove_dir_all(entry.path())
        {
            tracing::warn!(folder = %entry.path().display(), %error, "cannot remove an old index version");
        }
    }
}
