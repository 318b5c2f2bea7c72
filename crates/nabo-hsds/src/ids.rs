//! HSDS ids: every HSDS entity needs a UUID (`"format": "uuid"` in the schemas), Nabo has
//! slugs. The UUIDs are name-based (RFC 9562 version 5, SHA-1) in Nabo's own namespace,
//! so the same resource gets the same ids in every export, on every machine, without a
//! table that remembers them.

use nabo_domain::{AreaId, AttributeId, CategoryId, LanguageTag, ResourceId};
use serde::Serialize;
use sha1::{Digest, Sha1};
use std::collections::HashMap;
use std::fmt;

/// The namespace of Nabo's HSDS ids: the version 5 UUID of the name `urn:nabo:hsds` in
/// the URL namespace of RFC 9562 (`c35c7639-d636-5a8c-90ef-3ffad4a15a98`).
const NABO_NAMESPACE: [u8; 16] = [
    195, 92, 118, 57, 214, 54, 90, 140, 144, 239, 63, 250, 212, 161, 90, 152,
];

/// The id of an HSDS entity that Nabo exported: a lowercase hyphenated UUID.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct HsdsId(String);

impl HsdsId {
    /// The version 5 UUID of `name` in Nabo's namespace. The names used are listed in the
    /// crate documentation (`service:<resource id>`, ...).
    pub fn derive(name: &str) -> Self {
        Self(format_uuid(uuid_v5(&NABO_NAMESPACE, name.as_bytes())))
    }

    pub fn service(resource: &ResourceId) -> Self {
        Self::derive(&format!("service:{resource}"))
    }

    pub fn organization(resource: &ResourceId) -> Self {
        Self::derive(&format!("organization:{resource}"))
    }

    pub fn location(resource: &ResourceId) -> Self {
        Self::derive(&format!("location:{resource}"))
    }

    pub fn address(resource: &ResourceId) -> Self {
        Self::derive(&format!("address:{resource}"))
    }

    pub fn service_at_location(resource: &ResourceId) -> Self {
        Self::derive(&format!("service_at_location:{resource}"))
    }

    pub fn phone(resource: &ResourceId) -> Self {
        Self::derive(&format!("phone:{resource}"))
    }

    /// The `index`th schedule (0-based) derived from a resource's opening hours.
    pub fn schedule(resource: &ResourceId, index: usize) -> Self {
        Self::derive(&format!("schedule:{resource}:{index}"))
    }

    pub fn language(resource: &ResourceId, language: &LanguageTag) -> Self {
        Self::derive(&format!("language:{resource}:{language}"))
    }

    pub fn service_area(resource: &ResourceId, area: &AreaId) -> Self {
        Self::derive(&format!("service_area:{resource}:{area}"))
    }

    /// The link of a resource to a term of one of Nabo's taxonomies.
    pub fn attribute(resource: &ResourceId, taxonomy: NaboTaxonomy, code: &str) -> Self {
        Self::derive(&format!("attribute:{resource}:{}:{code}", taxonomy.key()))
    }

    pub fn taxonomy(taxonomy: NaboTaxonomy) -> Self {
        Self::derive(&format!("taxonomy:{}", taxonomy.key()))
    }

    pub fn category_term(category: &CategoryId) -> Self {
        Self::derive(&format!("taxonomy_term:categories:{category}"))
    }

    pub fn attribute_term(attribute: &AttributeId) -> Self {
        Self::derive(&format!("taxonomy_term:attributes:{attribute}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for HsdsId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Nabo's two vocabularies, exported as HSDS taxonomies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NaboTaxonomy {
    /// The kinds of service (`content/taxonomy.toml`): a resource's `categories`.
    Categories,
    /// The access attributes (`content/attributes.toml`): a resource's `attributes`.
    Attributes,
}

impl NaboTaxonomy {
    pub const ALL: [NaboTaxonomy; 2] = [NaboTaxonomy::Categories, NaboTaxonomy::Attributes];

    /// The key used in derived ids and as the terms' `taxonomy` text.
    pub fn key(self) -> &'static str {
        match self {
            NaboTaxonomy::Categories => "categories",
            NaboTaxonomy::Attributes => "attributes",
        }
    }

    /// The value of `taxonomy_term.taxonomy` for terms of this taxonomy.
    pub fn term_taxonomy(self) -> &'static str {
        match self {
            NaboTaxonomy::Categories => "nabo-categories",
            NaboTaxonomy::Attributes => "nabo-attributes",
        }
    }
}

/// What an exported HSDS id stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Service(ResourceId),
    Organization(ResourceId),
    Location(ResourceId),
    ServiceAtLocation(ResourceId),
    Taxonomy(NaboTaxonomy),
    CategoryTerm(CategoryId),
    AttributeTerm(AttributeId),
}

/// Finds what an HSDS id of an export stands for (version 5 UUIDs cannot be reversed):
/// for `/services/{id}` and the like. Built from the ids of the directory's resources
/// and the reference data (one SHA-1 per id).
#[derive(Debug, Clone, Default)]
pub struct IdIndex {
    targets: HashMap<HsdsId, Target>,
}

impl IdIndex {
    pub fn new<'a>(
        resources: impl IntoIterator<Item = &'a ResourceId>,
        reference: &nabo_domain::ReferenceData,
    ) -> Self {
        let mut targets = HashMap::new();
        for resource in resources {
            targets.insert(HsdsId::service(resource), Target::Service(resource.clone()));
            targets.insert(
                HsdsId::organization(resource),
                Target::Organization(resource.clone()),
            );
            targets.insert(
                HsdsId::location(resource),
                Target::Location(resource.clone()),
            );
            targets.insert(
                HsdsId::service_at_location(resource),
                Target::ServiceAtLocation(resource.clone()),
            );
        }
        for taxonomy in NaboTaxonomy::ALL {
            targets.insert(HsdsId::taxonomy(taxonomy), Target::Taxonomy(taxonomy));
        }
        for category in &reference.categories {
            targets.insert(
                HsdsId::category_term(&category.id),
                Target::CategoryTerm(category.id.clone()),
            );
        }
        for attribute in &reference.attributes {
            targets.insert(
                HsdsId::attribute_term(&attribute.id),
                Target::AttributeTerm(attribute.id.clone()),
            );
        }
        Self { targets }
    }

    /// What `id` stands for; `None` for an id no export of this directory gave.
    /// Upper-case hex digits are accepted.
    pub fn resolve(&self, id: &str) -> Option<&Target> {
        self.targets.get(&HsdsId(id.trim().to_ascii_lowercase()))
    }
}

fn uuid_v5(namespace: &[u8; 16], name: &[u8]) -> [u8; 16] {
    let mut hasher = Sha1::new();
    hasher.update(namespace);
    hasher.update(name);
    let digest = hasher.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    bytes
}

fn format_uuid(bytes: [u8; 16]) -> String {
    let mut text = String::with_capacity(36);
    for (index, byte) in bytes.iter().enumerate() {
        if matches!(index, 4 | 6 | 8 | 10) {
            text.push('-');
        }
        text.push_str(&format!("{byte:02x}"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 9562's URL namespace.
    const URL_NAMESPACE: [u8; 16] = [
        0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30,
        0xc8,
    ];

    #[test]
    fn the_namespace_is_the_v5_uuid_of_its_urn() {
        assert_eq!(uuid_v5(&URL_NAMESPACE, b"urn:nabo:hsds"), NABO_NAMESPACE);
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        let dns = {
            let mut dns = URL_NAMESPACE;
            dns[3] = 0x10;
            dns
        };
        assert_eq!(
            format_uuid(uuid_v5(&dns, b"python.org")),
            "886313e1-3b8a-5372-9b90-0c9aee199e5d"
        );
    }

    #[test]
    fn ids_are_stable_and_distinct() {
        let resource = ResourceId::parse("aarhus-jobcenter").expect("valid id");
        // Python: uuid.uuid5(uuid.UUID("c35c7639-..."), "service:aarhus-jobcenter")
        assert_eq!(
            HsdsId::service(&resource).as_str(),
            "21de8c2b-9f36-5a2b-9ecd-02a0f942dd00"
        );
        assert_ne!(HsdsId::service(&resource), HsdsId::organization(&resource));
        let index = IdIndex::new([&resource], &nabo_domain::ReferenceData::default());
        assert_eq!(
            index.resolve("21DE8C2B-9F36-5A2B-9ECD-02A0F942DD00"),
            Some(&Target::Service(resource.clone()))
        );
        assert_eq!(index.resolve("not-an-id"), None);
    }
}
