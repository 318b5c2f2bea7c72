//! Finding Nabo's reference data by the names and codes HSDS input uses: areas by id,
//! name in any language or alias; categories and attributes by id (a term's `code`),
//! the HSDS id Nabo gave their term, or their name in any language; languages by
//! English name or autonym.

use crate::ids::{HsdsId, NaboTaxonomy};
use nabo_domain::{AreaId, AttributeId, CategoryId, LanguageTag, ReferenceData};
use std::collections::HashMap;

/// A term of Nabo's taxonomies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Term {
    Category(CategoryId),
    Attribute(AttributeId),
}

#[derive(Debug, Default)]
pub(crate) struct Matcher {
    /// Normalized name → areas of that name, most specific (deepest) first.
    areas: HashMap<String, Vec<AreaId>>,
    categories: HashMap<String, CategoryId>,
    attributes: HashMap<String, AttributeId>,
    /// Term UUIDs of Nabo's exports.
    term_ids: HashMap<String, Term>,
    languages: HashMap<String, LanguageTag>,
}

impl Matcher {
    pub fn new(reference: &ReferenceData) -> Self {
        let mut matcher = Self::default();
        let mut areas: Vec<_> = reference.areas.values().collect();
        // Deepest first, then by id: a name shared by a municipality and its region
        // means the municipality.
        areas.sort_by_key(|area| {
            (
                std::cmp::Reverse(depth(reference, &area.id)),
                area.id.clone(),
            )
        });
        for area in areas {
            let names = std::iter::once(area.id.as_str())
                .chain(area.name.iter().map(|(_, name)| name))
                .chain(area.aliases.iter().map(String::as_str));
            for name in names {
                let entry = matcher.areas.entry(normalize(name)).or_default();
                if !entry.contains(&area.id) {
                    entry.push(area.id.clone());
                }
            }
        }
        for category in &reference.categories {
            let names =
                std::iter::once(category.id.as_str()).chain(category.name.iter().map(|(_, n)| n));
            for name in names {
                matcher
                    .categories
                    .entry(normalize(name))
                    .or_insert_with(|| category.id.clone());
            }
            matcher.term_ids.insert(
                HsdsId::category_term(&category.id).to_string(),
                Term::Category(category.id.clone()),
            );
        }
        for attribute in &reference.attributes {
            let names =
                std::iter::once(attribute.id.as_str()).chain(attribute.name.iter().map(|(_, n)| n));
            for name in names {
                matcher
                    .attributes
                    .entry(normalize(name))
                    .or_insert_with(|| attribute.id.clone());
            }
            matcher.term_ids.insert(
                HsdsId::attribute_term(&attribute.id).to_string(),
                Term::Attribute(attribute.id.clone()),
            );
        }
        for language in reference.languages.all() {
            for name in [&language.english_name, &language.autonym] {
                matcher
                    .languages
                    .entry(normalize(name))
                    .or_insert_with(|| language.tag.clone());
            }
        }
        matcher
    }

    /// The area a name means, the most specific where several share it.
    pub fn area(&self, name: &str) -> Option<&AreaId> {
        self.areas
            .get(&normalize(name))
            .and_then(|areas| areas.first())
    }

    /// The Nabo term an HSDS taxonomy term means: by the term's id, then its code, then
    /// its name. `taxonomy` (the term's `taxonomy` or `taxonomy_id`) restricts the search
    /// to one of Nabo's taxonomies when it names one.
    pub fn term(
        &self,
        id: Option<&str>,
        code: Option<&str>,
        name: Option<&str>,
        taxonomy: &[&str],
    ) -> Option<Term> {
        if let Some(term) = id.and_then(|id| self.term_ids.get(&id.to_ascii_lowercase())) {
            return Some(term.clone());
        }
        let only = NaboTaxonomy::ALL.into_iter().find(|kind| {
            taxonomy.iter().any(|given| {
                *given == kind.term_taxonomy()
                    || given.eq_ignore_ascii_case(HsdsId::taxonomy(*kind).as_str())
            })
        });
        for text in [code, name].into_iter().flatten() {
            let key = normalize(text);
            if only != Some(NaboTaxonomy::Attributes)
                && let Some(category) = self.categories.get(&key)
            {
                return Some(Term::Category(category.clone()));
            }
            if only != Some(NaboTaxonomy::Categories)
                && let Some(attribute) = self.attributes.get(&key)
            {
                return Some(Term::Attribute(attribute.clone()));
            }
        }
        None
    }

    /// The language of an English name or autonym (`Urdu`, `اردو`).
    pub fn language(&self, name: &str) -> Option<&LanguageTag> {
        self.languages.get(&normalize(name))
    }
}

fn depth(reference: &ReferenceData, id: &AreaId) -> usize {
    let mut depth = 0;
    let mut current = reference.area(id).and_then(|area| area.parent.as_ref());
    // Bounded walk: a cycle in content must not hang an import.
    while let Some(parent) = current
        && depth < 16
    {
        depth += 1;
        current = reference.area(parent).and_then(|area| area.parent.as_ref());
    }
    depth
}

/// Lowercase, with runs of white space as one space.
pub(crate) fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
