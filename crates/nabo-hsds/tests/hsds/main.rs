//! The HSDS mapping tested at its boundaries: exports of the demo directory against the
//! official HSDS 3.0 schemas, imports of the official examples, the round trip, and bad
//! input. The HSDS material is read where it lies (`shared/hsds`, beside the repo).

mod bad_input;
mod export_schema;
mod import_examples;
mod round_trip;
mod support;
