//! XLIFF 2.1 for translators: what a language needs, one unit per field of a resource
//! (`<unit id="{resource}/{field}">`), with the source text and the hash of it
//! (`<note category="nabo:source-hash">`) so that an import can tell whether the source
//! changed since the export. Reading refuses a document type declaration (no entities),
//! anything that is not XLIFF 2, and says which unit is wrong.

use nabo_domain::{LanguageTag, ResourceId, TRANSLATED_FIELDS};

const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
const HASH_NOTE: &str = "nabo:source-hash";
/// Units in one document at most.
pub const MAX_UNITS: usize = 20_000;

/// One field of one resource to translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffUnit {
    pub resource: ResourceId,
    pub field: &'static str,
    pub source: String,
    pub source_hash: String,
    /// The translation (in an export: the outdated one, or a proposal).
    pub target: Option<String>,
}

/// A document: every unit translates from `source_lang` into `target_lang`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffDocument {
    pub source_lang: LanguageTag,
    pub target_lang: LanguageTag,
    pub units: Vec<XliffUnit>,
}

/// Why a document cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XliffError {
    #[error("not well-formed XML: {0}")]
    Xml(String),
    #[error("not an XLIFF 2 document: {0}")]
    NotXliff(String),
    #[error("unit {unit:?}: {reason}")]
    Unit { unit: String, reason: String },
    #[error("more than {MAX_UNITS} units")]
    TooManyUnits,
}

impl XliffDocument {
    /// The document as XLIFF 2.1.
    pub fn to_xml(&self) -> String {
        let mut xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"{NAMESPACE}\" version=\"2.1\" srcLang=\"{}\" trgLang=\"{}\">\n <file id=\"nabo\">\n",
            self.source_lang, self.target_lang
        );
        for unit in &self.units {
            xml.push_str(&format!(
                "  <unit id=\"{}/{}\">\n   <notes><note category=\"{HASH_NOTE}\">{}</note></notes>\n   <segment>\n    <source>{}</source>\n",
                unit.resource,
                unit.field,
                escape(&unit.source_hash),
                escape(&unit.source)
            ));
            if let Some(target) = &unit.target {
                xml.push_str(&format!("    <target>{}</target>\n", escape(target)));
            }
            xml.push_str("   </segment>\n  </unit>\n");
        }
        xml.push_str(" </file>\n</xliff>\n");
        xml
    }

    /// Reads an XLIFF 2 document written by `to_xml` (and filled in by a translator's
    /// tool: inline markup in a target is read as its text).
    pub fn parse(text: &str) -> Result<Self, XliffError> {
        let document =
            roxmltree::Document::parse(text).map_err(|e| XliffError::Xml(e.to_string()))?;
        let root = document.root_element();
        if root.tag_name().name() != "xliff" || root.tag_name().namespace() != Some(NAMESPACE) {
            return Err(XliffError::NotXliff(format!(
                "the root element is <{}>, not <xliff xmlns=\"{NAMESPACE}\">",
                root.tag_name().name()
            )));
        }
        let language = |name: &str| {
            let value = root
                .attribute(name)
                .ok_or_else(|| XliffError::NotXliff(format!("<xliff> has no {name}")))?;
            LanguageTag::parse(value)
                .map_err(|e| XliffError::NotXliff(format!("{name} {value:?}: {e}")))
        };
        let (source_lang, target_lang) = (language("srcLang")?, language("trgLang")?);
        let mut units = Vec::new();
        for unit in unit_elements(root) {
            if units.len() == MAX_UNITS {
                return Err(XliffError::TooManyUnits);
            }
            units.push(read_unit(unit)?);
        }
        Ok(Self {
            source_lang,
            target_lang,
            units,
        })
    }
}

/// The `<unit>`s where XLIFF 2 puts them — in a `<file>`, or in `<group>`s in one — in
/// document order. A unit anywhere else is not read: units nested in units would each
/// be searched and copied once per unit around them (a few megabytes of nested units
/// took gigabytes).
fn unit_elements<'a, 'input>(
    root: roxmltree::Node<'a, 'input>,
) -> impl Iterator<Item = roxmltree::Node<'a, 'input>> {
    let mut open = vec![root.children()];
    std::iter::from_fn(move || {
        loop {
            let node = match open.last_mut()?.next() {
                Some(node) => node,
                None => {
                    open.pop();
                    continue;
                }
            };
            if node.has_tag_name((NAMESPACE, "unit")) {
                return Some(node);
            }
            if node.has_tag_name((NAMESPACE, "file")) || node.has_tag_name((NAMESPACE, "group")) {
                open.push(node.children());
            }
        }
    })
}

fn read_unit(unit: roxmltree::Node<'_, '_>) -> Result<XliffUnit, XliffError> {
    let id = unit.attribute("id").unwrap_or_default();
    let wrong = |reason: &str| XliffError::Unit {
        unit: id.to_owned(),
        reason: reason.to_owned(),
    };
    let (resource, field) = id
        .split_once('/')
        .ok_or_else(|| wrong("the id is not \"resource/field\""))?;
    let resource = ResourceId::parse(resource).map_err(|e| wrong(&e.to_string()))?;
    let field = TRANSLATED_FIELDS
        .into_iter()
        .find(|f| *f == field)
        .ok_or_else(|| wrong("the field is not name, summary, description or access"))?;
    let child = |name: &str| {
        unit.descendants()
            .find(|n| n.has_tag_name((NAMESPACE, name)))
    };
    let source_hash = unit
        .descendants()
        .find(|n| n.has_tag_name((NAMESPACE, "note")) && n.attribute("category") == Some(HASH_NOTE))
        .map(text_of)
        .ok_or_else(|| wrong("the note with the source hash is missing"))?;
    let source = child("source")
        .map(text_of)
        .ok_or_else(|| wrong("no <source>"))?;
    let target = child("target")
        .map(text_of)
        .filter(|t| !t.trim().is_empty());
    Ok(XliffUnit {
        resource,
        field,
        source,
        source_hash: source_hash.trim().to_owned(),
        target,
    })
}

/// The text of an element and of everything inside it.
fn text_of(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> LanguageTag {
        LanguageTag::parse(text).expect("tag")
    }

    #[test]
    fn a_document_round_trips_through_xml_with_markup_escaped() {
        let document = XliffDocument {
            source_lang: tag("da"),
            target_lang: tag("so"),
            units: vec![XliffUnit {
                resource: ResourceId::parse("aarhus-jobcenter").expect("id"),
                field: "description",
                source: "Kom & <få> hjælp \"nu\"".to_owned(),
                source_hash: "abc123".to_owned(),
                target: Some("Kaalay oo hel caawimaad".to_owned()),
            }],
        };
        let xml = document.to_xml();
        assert!(xml.contains("Kom &amp; &lt;få&gt; hjælp &quot;nu&quot;"));
        assert_eq!(XliffDocument::parse(&xml).expect("parse"), document);
    }

    #[test]
    fn inline_markup_in_a_target_is_read_as_text() {
        let xml = format!(
            "<xliff xmlns=\"{NAMESPACE}\" version=\"2.1\" srcLang=\"da\" trgLang=\"so\"><file id=\"f\">\
             <unit id=\"a/name\"><notes><note category=\"{HASH_NOTE}\">h</note></notes>\
             <segment><source>Jobcenter</source><target>Xarunta <pc id=\"1\">shaqada</pc></target></segment></unit></file></xliff>"
        );
        let document = XliffDocument::parse(&xml).expect("parse");
        assert_eq!(document.units[0].target.as_deref(), Some("Xarunta shaqada"));
    }

    #[test]
    fn units_inside_units_are_not_read_again() {
        // Found by tests/fuzz.rs: 3,000 units nested around one large source copied it
        // once per unit (quadratic time and memory).
        let depth = 3000;
        let xml = format!(
            "<xliff xmlns=\"{NAMESPACE}\" version=\"2.1\" srcLang=\"da\" trgLang=\"so\"><file id=\"f\"><group id=\"g\">{}\
             <notes><note category=\"{HASH_NOTE}\">h</note></notes><segment><source>{}</source></segment>{}</group></file></xliff>",
            "<unit id=\"a/name\">".repeat(depth),
            "x".repeat(100_000),
            "</unit>".repeat(depth)
        );
        let start = std::time::Instant::now();
        let document = XliffDocument::parse(&xml).expect("parse");
        assert!(start.elapsed() < std::time::Duration::from_millis(100));
        assert_eq!(document.units.len(), 1, "the outermost unit, in its group");
        assert_eq!(document.units[0].source.len(), 100_000);
    }

    #[test]
    fn what_is_not_xliff_or_names_no_field_is_refused_clearly() {
        assert!(matches!(
            XliffDocument::parse("<a>"),
            Err(XliffError::Xml(_))
        ));
        assert!(matches!(
            XliffDocument::parse("<html/>"),
            Err(XliffError::NotXliff(_))
        ));
        let entity = "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>";
        assert!(
            matches!(XliffDocument::parse(entity), Err(XliffError::Xml(_))),
            "no DTD"
        );
        let unit = |id: &str| {
            format!(
                "<xliff xmlns=\"{NAMESPACE}\" version=\"2.1\" srcLang=\"da\" trgLang=\"so\"><file id=\"f\">\
                 <unit id=\"{id}\"><notes><note category=\"{HASH_NOTE}\">h</note></notes>\
                 <segment><source>s</source></segment></unit></file></xliff>"
            )
        };
        let error = XliffDocument::parse(&unit("a/phone")).expect_err("not translated");
        assert!(error.to_string().contains("a/phone"), "{error}");
        assert!(XliffDocument::parse(&unit("A B/name")).is_err());
        assert!(XliffDocument::parse(&unit("a/name")).is_ok());
    }
}
