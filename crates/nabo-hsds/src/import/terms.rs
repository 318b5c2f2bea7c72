//! A service's taxonomy terms (through its `attributes`) as Nabo categories and access
//! attributes, and its `languages` as the languages spoken.

use crate::import::fields::Fields;
use crate::import::matching::Term;
use crate::import::place::Candidate;
use crate::import::walk::Walk;
use crate::report::FindingKind;
use nabo_domain::LanguageTag;

/// The categories and attributes the terms match, in input order, without repeats.
#[derive(Debug, Default)]
pub(crate) struct Terms {
    pub categories: Vec<String>,
    pub attributes: Vec<String>,
}

pub(crate) fn read_terms(walk: &mut Walk, links: Vec<Candidate>) -> Terms {
    let mut terms = Terms::default();
    for link in links {
        let Some(mut attribute) = link.fields(walk) else {
            continue;
        };
        let term_id = attribute.take_str("taxonomy_term_id", walk);
        let term = attribute.take("taxonomy_term").and_then(|term| {
            Fields::object(
                term,
                attribute.field("taxonomy_term"),
                &attribute.place,
                walk,
            )
        });
        let text = |term: &Option<Fields>, key: &str| {
            term.as_ref()
                .and_then(|t| t.get_str(key))
                .map(str::to_owned)
        };
        let id = text(&term, "id").or(term_id);
        let code = text(&term, "code");
        let name = text(&term, "name");
        let taxonomy_detail_id = term
            .as_ref()
            .and_then(|t| t.get("taxonomy_detail"))
            .and_then(|detail| detail.get("id"))
            .and_then(|id| id.as_str())
            .map(str::to_owned);
        let taxonomy: Vec<String> = [
            text(&term, "taxonomy"),
            text(&term, "taxonomy_id"),
            taxonomy_detail_id,
        ]
        .into_iter()
        .flatten()
        .collect();
        let taxonomy: Vec<&str> = taxonomy.iter().map(String::as_str).collect();
        match walk
            .matcher
            .term(id.as_deref(), code.as_deref(), name.as_deref(), &taxonomy)
        {
            Some(found) => {
                let (list, id) = match found {
                    Term::Category(id) => (&mut terms.categories, id.to_string()),
                    Term::Attribute(id) => (&mut terms.attributes, id.to_string()),
                };
                if !list.contains(&id) {
                    list.push(id);
                }
                // The term is Nabo's own (or names it): its texts are Nabo's reference
                // data, not the service's, and need no report.
                attribute.skip("link_entity");
                attribute.skip("link_type");
                attribute.skip_links();
                attribute.finish(walk);
            }
            None => {
                let shown = [code.as_deref(), name.as_deref()]
                    .into_iter()
                    .flatten()
                    .map(|t| format!("{t:?}"))
                    .collect::<Vec<_>>()
                    .join(" / ");
                let shown = if shown.is_empty() {
                    "without code or name".to_owned()
                } else {
                    shown
                };
                attribute.finish_whole(
                    walk,
                    FindingKind::Unmatched(format!(
                        "the taxonomy term {shown} matches no Nabo category or attribute"
                    )),
                );
            }
        }
    }
    terms
}

/// Language tags of the languages spoken, from each language's `code` (else its name).
pub(crate) fn read_languages(walk: &mut Walk, languages: Vec<Candidate>) -> Vec<String> {
    let mut tags = Vec::new();
    for language in languages {
        let Some(mut fields) = language.fields(walk) else {
            continue;
        };
        let code = fields.take_str("code", walk);
        let name = fields.take_str("name", walk);
        let tag = match (&code, &name) {
            (Some(code), _) => match LanguageTag::parse(code) {
                Ok(tag) => Some(tag),
                Err(error) => {
                    walk.finding(
                        &fields.place,
                        fields.field("code"),
                        FindingKind::Invalid(error.to_string()),
                    );
                    None
                }
            },
            (None, Some(name)) => {
                let found = walk.matcher.language(name).cloned();
                if found.is_none() {
                    walk.finding(
                        &fields.place,
                        fields.field("name"),
                        FindingKind::Unmatched(format!("no language of Nabo is called {name:?}")),
                    );
                }
                found
            }
            (None, None) => None,
        };
        if let Some(tag) = tag {
            let tag = tag.to_string();
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        fields.skip_links();
        fields.finish(walk);
    }
    tags
}
