//! Storing reference data: areas (one row each, since imports add to them) and the
//! languages, categories, attributes, frame words and postcodes of `content/` (one
//! document per kind).

use crate::connect::Store;
use crate::error::StorageError;
use nabo_domain::{Area, Attribute, Category, Language, Languages, ReferenceData};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::{Any, Row, Transaction};

pub(crate) fn timestamp() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub(crate) fn encode<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

pub(crate) fn decode<T: DeserializeOwned>(
    kind: &'static str,
    id: &str,
    text: &str,
) -> Result<T, StorageError> {
    serde_json::from_str(text).map_err(|e| StorageError::Corrupt {
        kind,
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

impl Store {
    /// Replaces the stored languages, categories, attributes, frame words and postcodes
    /// and upserts `areas` (areas not named stay, as imports may have added them). One
    /// transaction.
    pub async fn save_reference(&self, reference: &ReferenceData) -> Result<(), StorageError> {
        let mut transaction = self.begin().await?;
        let documents = [
            ("languages", encode(reference.languages.all())),
            ("categories", encode(&reference.categories)),
            ("attributes", encode(&reference.attributes)),
            ("frame_words", encode(&reference.frame_words)),
            ("postcodes", encode(&reference.postcodes)),
        ];
        let at = timestamp();
        for (kind, document) in documents {
            sqlx::query(
                "INSERT INTO reference_documents (kind, document, updated_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (kind) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at \
                 WHERE reference_documents.document <> excluded.document",
            )
            .bind(kind)
            .bind(document)
            .bind(&at)
            .execute(&mut *transaction)
            .await?;
        }
        for area in reference.areas.values() {
            upsert_area(&mut transaction, area, &at).await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Reads the reference data as stored.
    pub async fn load_reference(&self) -> Result<ReferenceData, StorageError> {
        let rows = sqlx::query("SELECT kind, document FROM reference_documents")
            .fetch_all(&self.pool)
            .await?;
        let mut reference = ReferenceData::default();
        for row in rows {
            let kind: String = row.try_get("kind")?;
            let document: String = row.try_get("document")?;
            match kind.as_str() {
                "languages" => {
                    let languages: Vec<Language> = decode("languages", &kind, &document)?;
                    reference.languages = Languages::new(languages);
                }
                "categories" => {
                    reference.categories = decode::<Vec<Category>>("categories", &kind, &document)?;
                }
                "attributes" => {
                    reference.attributes =
                        decode::<Vec<Attribute>>("attributes", &kind, &document)?;
                }
                "frame_words" => {
                    reference.frame_words = decode("frame words", &kind, &document)?;
                }
                "postcodes" => {
                    reference.postcodes = decode("postcodes", &kind, &document)?;
                }
                _ => {}
            }
        }
        reference.areas = self
            .areas()
            .await?
            .into_iter()
            .map(|area| (area.id.clone(), area))
            .collect();
        Ok(reference)
    }

    /// All areas, ordered by id.
    pub async fn areas(&self) -> Result<Vec<Area>, StorageError> {
        let rows = sqlx::query("SELECT id, document FROM areas ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                let document: String = row.try_get("document")?;
                decode("area", &id, &document)
            })
            .collect()
    }
}

/// Inserts or replaces an area; returns whether anything changed.
pub(crate) async fn upsert_area(
    transaction: &mut Transaction<'static, Any>,
    area: &Area,
    at: &str,
) -> Result<bool, StorageError> {
    let result = sqlx::query(
        "INSERT INTO areas (id, document, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at \
         WHERE areas.document <> excluded.document",
    )
    .bind(area.id.as_str())
    .bind(encode(area))
    .bind(at)
    .execute(&mut **transaction)
    .await?;
    Ok(result.rows_affected() > 0)
}
