//! `nabo export --format hsds` and `nabo import --format hsds`: the directory in Open
//! Referral HSDS 3.0 (services, organizations, service_at_locations, taxonomies and
//! taxonomy_terms as JSON files), and HSDS JSON or tabular datapackages into it.

use crate::{Global, open};
use anyhow::{Context, Result, bail};
use nabo_directory::IndexMode;
use nabo_domain::{AreaId, CategoryId, LanguageTag};
use nabo_hsds::{ExportOptions, ImportOptions};
use std::path::{Path, PathBuf};

/// What `--format` a command reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Nabo's own: TOML folders and JSON Lines
    Nabo,
    /// Open Referral HSDS 3.0 (JSON; on import also the tabular CSV datapackage)
    Hsds,
}

/// What an HSDS import needs to know that HSDS does not say.
#[derive(Debug, clap::Args)]
pub struct HsdsImport {
    /// With --format hsds: the language the services' texts are written in
    #[arg(long)]
    source_language: Option<String>,
    /// With --format hsds: the category of services none of whose taxonomy terms is one of Nabo's
    #[arg(long)]
    default_category: Option<String>,
    /// With --format hsds: the area of services whose areas and addresses match none of Nabo's
    #[arg(long)]
    default_area: Option<String>,
}

pub async fn export(global: &Global, out: Option<&Path>, language: Option<&str>) -> Result<()> {
    let Some(out) = out else {
        bail!("--format hsds writes several files: give the folder with --out DIR");
    };
    let reference_language = language
        .map(LanguageTag::parse)
        .transpose()
        .context("--reference-language")?;
    let directory = open(global, IndexMode::Skip).await?;
    let export = directory
        .export_hsds(ExportOptions { reference_language })
        .await;
    directory.close().await;
    let export = export?;
    export.write_to(out)?;
    eprintln!("exported the directory as HSDS 3.0 to {}", out.display());
    Ok(())
}

pub async fn import(global: &Global, paths: &[PathBuf], given: &HsdsImport) -> Result<()> {
    let Some(language) = &given.source_language else {
        bail!(
            "--format hsds needs --source-language TAG: the language the services' texts are written in"
        );
    };
    let mut options =
        ImportOptions::new(LanguageTag::parse(language).context("--source-language")?);
    options.default_category = given
        .default_category
        .as_deref()
        .map(CategoryId::parse)
        .transpose()
        .context("--default-category")?;
    options.default_area = given
        .default_area
        .as_deref()
        .map(AreaId::parse)
        .transpose()
        .context("--default-area")?;
    let directory = open(global, IndexMode::IfFree).await?;
    let imported = directory.import_hsds(paths, options).await;
    directory.close().await;
    let (summary, report) = imported?;
    for finding in &report.findings {
        println!("not imported: {finding}");
    }
    println!(
        "imported from HSDS: {} created, {} updated, {} unchanged resources; {} fields did not map",
        summary.created,
        summary.updated,
        summary.unchanged,
        report.findings.len()
    );
    Ok(())
}
