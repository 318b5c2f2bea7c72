//! Storing where translations stand (`nabo_domain::Basis`) and how often each resource is
//! looked at, for the translators' lists.

use crate::connect::Store;
use crate::error::StorageError;
use crate::reference::{decode, timestamp};
use nabo_domain::{
    Basis, BasisChange, LanguageTag, Resource, ResourceId, TRANSLATED_FIELDS, UserId,
};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::HashMap;

impl Store {
    /// The stored bases of the translations of `id`.
    pub async fn bases(&self, id: &ResourceId) -> Result<Vec<Basis>, StorageError> {
        let rows = sqlx::query(
            "SELECT resource_id, field, lang, source_hash, reviewed_by FROM translation_basis \
             WHERE resource_id = $1 ORDER BY field, lang",
        )
        .bind(id.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|row| basis(row).map(|(_, b)| b)).collect()
    }

    /// The stored bases of every translation into `lang`, by resource.
    pub async fn bases_in(
        &self,
        lang: &LanguageTag,
    ) -> Result<HashMap<ResourceId, Vec<Basis>>, StorageError> {
        let rows = sqlx::query(
            "SELECT resource_id, field, lang, source_hash, reviewed_by FROM translation_basis \
             WHERE lang = $1",
        )
        .bind(lang.as_str())
        .fetch_all(&self.pool)
        .await?;
        let mut bases: HashMap<ResourceId, Vec<Basis>> = HashMap::new();
        for row in &rows {
            let (id, found) = basis(row)?;
            bases.entry(id).or_default().push(found);
        }
        Ok(bases)
    }

    /// Records that `by` reviewed the translation of `field` into `lang` of `id` against
    /// the source text whose hash is `source_hash`.
    pub async fn review_translation(
        &self,
        id: &ResourceId,
        field: &str,
        lang: &LanguageTag,
        source_hash: &str,
        by: &UserId,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO translation_basis (resource_id, field, lang, source_hash, reviewed_by, reviewed_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (resource_id, field, lang) DO UPDATE SET \
             source_hash = excluded.source_hash, reviewed_by = excluded.reviewed_by, \
             reviewed_at = excluded.reviewed_at",
        )
        .bind(id.as_str())
        .bind(field)
        .bind(lang.as_str())
        .bind(source_hash)
        .bind(by.as_str())
        .bind(timestamp())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Remembers translations of source sentences: (source language, target language,
    /// source, target); a later one of the same source replaces an earlier one.
    pub async fn remember(
        &self,
        pairs: &[(LanguageTag, LanguageTag, String, String)],
    ) -> Result<(), StorageError> {
        let at = timestamp();
        let mut transaction = self.begin().await?;
        for (from, to, source, target) in pairs {
            sqlx::query(
                "INSERT INTO translation_memory (source_lang, target_lang, source_hash, source, target, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (source_lang, target_lang, source_hash) \
                 DO UPDATE SET source = excluded.source, target = excluded.target, updated_at = excluded.updated_at",
            )
            .bind(from.as_str())
            .bind(to.as_str())
            .bind(nabo_domain::source_hash(source))
            .bind(source)
            .bind(target)
            .bind(&at)
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// The remembered translation of `source` from `from` into `to`, if any.
    pub async fn recall(
        &self,
        from: &LanguageTag,
        to: &LanguageTag,
        source: &str,
    ) -> Result<Option<String>, StorageError> {
        let row = sqlx::query(
            "SELECT source, target FROM translation_memory \
             WHERE source_lang = $1 AND target_lang = $2 AND source_hash = $3",
        )
        .bind(from.as_str())
        .bind(to.as_str())
        .bind(nabo_domain::source_hash(source))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        // The hash found it; the text must be the same too.
        let stored: String = row.try_get("source")?;
        Ok((stored.trim() == source.trim())
            .then(|| row.try_get("target"))
            .transpose()?)
    }

    /// Adds page views: `counts` per resource.
    pub async fn add_views(&self, counts: &[(ResourceId, i64)]) -> Result<(), StorageError> {
        let mut transaction = self.begin().await?;
        for (id, count) in counts {
            sqlx::query(
                "INSERT INTO resource_views (resource_id, views) VALUES ($1, $2) \
                 ON CONFLICT (resource_id) DO UPDATE SET views = resource_views.views + excluded.views",
            )
            .bind(id.as_str())
            .bind(*count)
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Page views of every resource that was looked at.
    pub async fn views(&self) -> Result<HashMap<ResourceId, i64>, StorageError> {
        let rows = sqlx::query("SELECT resource_id, views FROM resource_views")
            .fetch_all(&self.pool)
            .await?;
        let mut views = HashMap::with_capacity(rows.len());
        for row in rows {
            let id: String = row.try_get("resource_id")?;
            if let Ok(id) = ResourceId::parse(&id) {
                views.insert(id, row.try_get("views")?);
            }
        }
        Ok(views)
    }
}

/// Moves the bases of `id`'s translations as writing `new` over the document `old`
/// (`None`: a new resource) says, in the write's transaction.
pub(crate) async fn move_bases(
    transaction: &mut Transaction<'static, Any>,
    id: &ResourceId,
    old: Option<&str>,
    new: &Resource,
) -> Result<(), StorageError> {
    let Some(old) = old else {
        return Ok(());
    };
    let old: Resource = decode("resource", id.as_str(), old)?;
    let change = BasisChange::between(Some(&old), new);
    for (field, lang) in &change.clear {
        sqlx::query(
            "DELETE FROM translation_basis WHERE resource_id = $1 AND field = $2 AND lang = $3",
        )
        .bind(id.as_str())
        .bind(*field)
        .bind(lang.as_str())
        .execute(&mut **transaction)
        .await?;
    }
    for (field, lang, hash) in &change.keep {
        sqlx::query(
            "INSERT INTO translation_basis (resource_id, field, lang, source_hash) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (resource_id, field, lang) DO NOTHING",
        )
        .bind(id.as_str())
        .bind(*field)
        .bind(lang.as_str())
        .bind(hash)
        .execute(&mut **transaction)
        .await?;
    }
    Ok(())
}

fn basis(row: &AnyRow) -> Result<(ResourceId, Basis), StorageError> {
    let id: String = row.try_get("resource_id")?;
    let corrupt = |reason: String| StorageError::Corrupt {
        kind: "translation basis",
        id: id.clone(),
        reason,
    };
    let field: String = row.try_get("field")?;
    let field = TRANSLATED_FIELDS
        .into_iter()
        .find(|f| *f == field)
        .ok_or_else(|| corrupt(format!("unknown field {field:?}")))?;
    let lang: String = row.try_get("lang")?;
    let reviewed_by: Option<String> = row.try_get("reviewed_by")?;
    Ok((
        ResourceId::parse(&id).map_err(|e| corrupt(e.to_string()))?,
        Basis {
            field,
            lang: LanguageTag::parse(&lang).map_err(|e| corrupt(e.to_string()))?,
            source_hash: row.try_get("source_hash")?,
            reviewed_by: reviewed_by
                .map(|by| UserId::parse(&by).map_err(|e| corrupt(e.to_string())))
                .transpose()?,
        },
    ))
}
