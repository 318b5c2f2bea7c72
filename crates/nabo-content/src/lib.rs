//! Reads Nabo's content: the reference data in a content folder (`languages.toml`,
//! `attributes.toml`, `areas.toml`, `taxonomy.toml`, `frame-words.toml`, `postcodes.txt`)
//! and batches of resources and areas to import (TOML files with `[[resource]]`/`[[area]]`
//! tables, or JSON Lines files).
//!
//! Nothing here writes anything. Every problem is reported with its file, line where one
//! is known, record and field — all of them, not only the first.

mod error;
mod import;
mod postcodes;
mod records;
mod reference;
mod xliff;

pub use error::{ContentError, Located};
pub use import::{
    ImportBatch, ImportPlan, area_to_json_line, check_batch, read_batch, resource_to_json_line,
};
pub use reference::load_reference;
pub use xliff::{MAX_UNITS, XliffDocument, XliffError, XliffUnit};
