//! The directory in Open Referral HSDS 3.0 (`nabo_hsds`): the whole of it as files, a
//! numbered page of it for the read-only HSDS endpoints, what an exported HSDS id stands
//! for, and imports of HSDS data, all or nothing, with a report of what did not map.

use crate::directory::{Directory, IMPORT_CHUNK};
use crate::error::DirectoryError;
use nabo_domain::Resource;
use nabo_hsds::{DirectoryExport, ExportOptions, IdIndex, ImportOptions, Imported, Report, Target};
use nabo_storage::ImportSummary;
use std::path::PathBuf;
use std::sync::Arc;

impl Directory {
    /// Every resource, by id, ready to be written as HSDS files.
    pub async fn export_hsds(
        &self,
        options: ExportOptions,
    ) -> Result<DirectoryExport, DirectoryError> {
        let resources: Vec<Resource> = self
            .store
            .resources()
            .await?
            .into_iter()
            .map(|stored| stored.resource)
            .collect();
        let reference = self.reference();
        Ok(nabo_hsds::Exporter::with_options(&reference, options).directory(&resources))
    }

    /// Reads HSDS JSON files, datapackages or export folders under `paths`, validates every
    /// record and imports them all or none. What did not map is reported, not dropped
    /// silently; an invalid record is an error naming its file, record and field.
    pub async fn import_hsds(
        &self,
        paths: &[PathBuf],
        options: ImportOptions,
    ) -> Result<(ImportSummary, Report), DirectoryError> {
        let reference = self.reference();
        let mut merged = Imported::default();
        for path in paths {
            let importer = nabo_hsds::Importer::new(&reference, options.clone());
            let imported = importer.path(path)?;
            merged.records.extend(imported.records);
            merged.report.findings.extend(imported.report.findings);
        }
        let report = merged.report.clone();
        let resources = merged.into_resources(&reference)?;
        let mut importer = self.store.begin_import().await?;
        for chunk in resources.chunks(IMPORT_CHUNK) {
            importer.resources(chunk).await?;
        }
        Ok((self.finish_import(importer).await?, report))
    }

    /// The resources of a numbered page (by id) and how many there are in all.
    pub async fn resources_page(
        &self,
        offset: u64,
        limit: u64,
    ) -> Result<(Vec<Resource>, u64), DirectoryError> {
        let clamp = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
        let page = self
            .store
            .resources_page(clamp(offset), clamp(limit))
            .await?;
        let total = u64::try_from(self.store.count_resources().await?).unwrap_or(0);
        Ok((page.into_iter().map(|s| s.resource).collect(), total))
    }

    /// What an HSDS id of this directory's export stands for (built once per change of
    /// the directory: one hash per id).
    pub async fn hsds_target(&self, id: &str) -> Result<Option<Target>, DirectoryError> {
        let (_, position) = self.positions().await?;
        let mut cached = self.hsds_ids.lock().await;
        let index = match cached.as_ref() {
            Some((at, index)) if *at == position => Arc::clone(index),
            _ => {
                let ids = self.store.resource_ids().await?;
                let index = Arc::new(IdIndex::new(&ids, &self.reference()));
                *cached = Some((position, Arc::clone(&index)));
                index
            }
        };
        Ok(index.resolve(id).cloned())
    }
}
