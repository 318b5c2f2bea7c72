//! The index schema. Changing it, or the analysis, means bumping `INDEX_VERSION`: an
//! index written with another version is rebuilt from the database on open.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// Tokenizer of pre-analyzed fields: the words as given.
pub const WORDS: &str = "words";

/// Version of schema + analysis, stored in every commit payload.
pub const INDEX_VERSION: u32 = 11;

/// Handles of the schema's fields.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub area: Field,
    pub category: Field,
    pub attribute: Field,
    /// Every language's name of the resource.
    pub name: Field,
    /// Summary, description and access text in every language.
    pub body: Field,
    /// Every text's stems, each text analyzed in its own language (pre-analyzed, joined
    /// by spaces).
    pub stem: Field,
    /// The names' exact words (case and orthography normalized, diacritics kept), so an
    /// exactly typed name ranks above a folded one.
    pub name_exact: Field,
    pub lat: Field,
    pub lon: Field,
    /// Every language the resource has some text in.
    pub lang: Field,
    /// Opening hours as written (OpenStreetMap syntax), for "open now".
    pub hours: Field,
    /// A digest of the whole resource as indexed (`digest::of`), to check the index
    /// against the database.
    pub digest: Field,
    /// The resource's listing (`hit::Listing`) as JSON, to show hits without asking the
    /// database.
    pub listing: Field,
}

pub fn build() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    // Every text field takes words analyzed beforehand (`analysis::analyze`, in the
    // text's own language), joined by spaces.
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(WORDS)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    // Pre-analyzed terms, separated by spaces.
    let words = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(WORDS)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED | FAST),
        area: builder.add_text_field("area", STRING | FAST),
        category: builder.add_text_field("category", STRING | FAST),
        attribute: builder.add_text_field("attribute", STRING | FAST),
        name: builder.add_text_field("name", text.clone()),
        body: builder.add_text_field("body", text),
        stem: builder.add_text_field("stem", words.clone()),
        name_exact: builder.add_text_field("name_exact", words),
        lat: builder.add_f64_field("lat", INDEXED | FAST),
        lon: builder.add_f64_field("lon", INDEXED | FAST),
        hours: builder.add_text_field("hours", STRING | FAST),
        lang: builder.add_text_field("lang", STRING),
        listing: builder.add_text_field("listing", STORED),
        digest: builder.add_u64_field("digest", FAST),
    };
    (builder.build(), fields)
}
