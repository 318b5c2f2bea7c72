//! Nabo's categories and access attributes as HSDS taxonomies and taxonomy terms.

use crate::export::Exporter;
use crate::ids::{HsdsId, NaboTaxonomy};
use crate::model::{Taxonomy, TaxonomyTerm, TermExtension, TermTranslations};
use nabo_domain::{Attribute, Category, LanguageTag, LocalizedText};
use std::collections::BTreeMap;

impl Exporter<'_> {
    /// Nabo's two taxonomies (`/taxonomies`).
    pub fn taxonomies(&self) -> Vec<Taxonomy> {
        NaboTaxonomy::ALL.into_iter().map(taxonomy).collect()
    }

    /// Every term of both taxonomies, categories in the taxonomy's order, then
    /// attributes in the vocabulary's order (`/taxonomy_terms`).
    pub fn taxonomy_terms(&self) -> Vec<TaxonomyTerm> {
        let categories = self
            .reference
            .categories
            .iter()
            .map(|c| self.category_term(c));
        let attributes = self
            .reference
            .attributes
            .iter()
            .map(|a| self.attribute_term(a));
        categories.chain(attributes).collect()
    }

    /// The term of a category, with its taxonomy nested.
    pub fn category_term(&self, category: &Category) -> TaxonomyTerm {
        let mut term = self.term(
            NaboTaxonomy::Categories,
            HsdsId::category_term(&category.id),
            category.id.as_str(),
            &category.name,
            &LocalizedText::default(),
        );
        term.parent_id = category.parent.as_ref().map(HsdsId::category_term);
        term
    }

    /// The term of an access attribute, with its taxonomy nested.
    pub fn attribute_term(&self, attribute: &Attribute) -> TaxonomyTerm {
        self.term(
            NaboTaxonomy::Attributes,
            HsdsId::attribute_term(&attribute.id),
            attribute.id.as_str(),
            &attribute.name,
            &attribute.description,
        )
    }

    fn term(
        &self,
        taxonomy_kind: NaboTaxonomy,
        id: HsdsId,
        code: &str,
        name: &LocalizedText,
        description: &LocalizedText,
    ) -> TaxonomyTerm {
        let (language, main_name) = match self.pick(name) {
            Some((language, text)) => (Some(language.clone()), text.to_owned()),
            None => (None, code.to_owned()),
        };
        let main_description = language
            .as_ref()
            .and_then(|tag| description.get(tag))
            .unwrap_or(&main_name)
            .to_owned();
        let translations = TermTranslations {
            name: others(name, language.as_ref()),
            description: others(description, language.as_ref()),
        };
        TaxonomyTerm {
            id,
            code: code.to_owned(),
            name: main_name,
            description: main_description,
            parent_id: None,
            taxonomy: taxonomy_kind.term_taxonomy().to_owned(),
            taxonomy_detail: Some(taxonomy(taxonomy_kind)),
            language: language.map(String::from).unwrap_or_default(),
            taxonomy_id: HsdsId::taxonomy(taxonomy_kind),
            nabo: (!translations.is_empty()).then_some(TermExtension { translations }),
        }
    }
}

fn taxonomy(kind: NaboTaxonomy) -> Taxonomy {
    let (name, description) = match kind {
        NaboTaxonomy::Categories => (
            "Nabo categories",
            "The kinds of local service in Nabo's taxonomy; a term's code is the Nabo category id.",
        ),
        NaboTaxonomy::Attributes => (
            "Nabo access attributes",
            "What a person needs to know to get help (women-only hours, free interpreter, ...); a term's code is the Nabo attribute id.",
        ),
    };
    Taxonomy {
        id: HsdsId::taxonomy(kind),
        name: name.to_owned(),
        description: description.to_owned(),
    }
}

/// The texts in every language but `except`.
pub(crate) fn others(
    text: &LocalizedText,
    except: Option<&LanguageTag>,
) -> BTreeMap<String, String> {
    text.iter()
        .filter(|(tag, _)| Some(*tag) != except)
        .map(|(tag, text)| (tag.to_string(), text.to_owned()))
        .collect()
}
