//! Putting a tabular HSDS package together: each service row with the rows that belong
//! to it (linked by `..._id` columns) into the nested form of `/services/{id}`, then
//! read like any service; every row that belongs to no service is reported with its
//! file and line.

use crate::import::fields::{SOURCE_KEY, entity_path, source_value};
use crate::import::service::{self, Context};
use crate::import::walk::Walk;
use crate::report::{FindingKind, Place};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Every HSDS 3.0 entity with its file name in a data package.
pub(crate) const TABLES: [(&str, &str); 21] = [
    ("organization", "organizations.csv"),
    ("program", "programs.csv"),
    ("service", "services.csv"),
    ("service_at_location", "service_at_location.csv"),
    ("location", "locations.csv"),
    ("address", "addresses.csv"),
    ("phone", "phones.csv"),
    ("schedule", "schedules.csv"),
    ("service_area", "service_areas.csv"),
    ("language", "languages.csv"),
    ("accessibility", "accessibility.csv"),
    ("attribute", "attributes.csv"),
    ("taxonomy_term", "taxonomy_terms.csv"),
    ("taxonomy", "taxonomies.csv"),
    ("contact", "contacts.csv"),
    ("funding", "funding.csv"),
    ("cost_option", "cost_options.csv"),
    ("required_document", "required_documents.csv"),
    ("organization_identifier", "organization_identifiers.csv"),
    ("metadata", "metadata.csv"),
    ("meta_table_description", "meta_table_descriptions.csv"),
];

/// Rows that belong to another row.
#[derive(Debug)]
struct Child {
    entity: &'static str,
    /// The owner's property that holds them.
    property: &'static str,
    /// Link columns in order of preference, with the owner entity each names.
    links: &'static [(&'static str, &'static str)],
}

const CHILDREN: [Child; 12] = [
    Child {
        entity: "phone",
        property: "phones",
        links: &[
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
            ("location_id", "location"),
            ("contact_id", "contact"),
            ("organization_id", "organization"),
        ],
    },
    Child {
        entity: "schedule",
        property: "schedules",
        links: &[
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
            ("location_id", "location"),
        ],
    },
    Child {
        entity: "service_area",
        property: "service_areas",
        links: &[("service_id", "service")],
    },
    Child {
        entity: "language",
        property: "languages",
        links: &[
            ("service_id", "service"),
            ("location_id", "location"),
            ("phone_id", "phone"),
        ],
    },
    Child {
        entity: "contact",
        property: "contacts",
        links: &[
            ("service_id", "service"),
            ("service_at_location_id", "service_at_location"),
            ("location_id", "location"),
            ("organization_id", "organization"),
        ],
    },
    Child {
        entity: "funding",
        property: "funding",
        links: &[
            ("service_id", "service"),
            ("organization_id", "organization"),
        ],
    },
    Child {
        entity: "cost_option",
        property: "cost_options",
        links: &[("service_id", "service")],
    },
    Child {
        entity: "required_document",
        property: "required_documents",
        links: &[("service_id", "service")],
    },
    Child {
        entity: "address",
        property: "addresses",
        links: &[("location_id", "location")],
    },
    Child {
        entity: "accessibility",
        property: "accessibility",
        links: &[("location_id", "location")],
    },
    Child {
        entity: "service_at_location",
        property: "service_at_locations",
        links: &[("service_id", "service")],
    },
    Child {
        entity: "organization_identifier",
        property: "organization_identifiers",
        links: &[("organization_id", "organization")],
    },
];

/// One-to-one links: a row's column naming a row of another entity, nested under a
/// property.
const REFERENCES: [(&str, &str, &str, &str); 5] = [
    ("service", "organization_id", "organization", "organization"),
    ("service", "program_id", "program", "program"),
    ("service_at_location", "location_id", "location", "location"),
    (
        "attribute",
        "taxonomy_term_id",
        "taxonomy_term",
        "taxonomy_term",
    ),
    (
        "taxonomy_term",
        "taxonomy_id",
        "taxonomy",
        "taxonomy_detail",
    ),
];

/// Entities that attributes and metadata may link to, searched in this order when
/// their `link_entity` / `resource_type` does not say.
const LINKABLE: [&str; 10] = [
    "service",
    "organization",
    "location",
    "service_at_location",
    "phone",
    "schedule",
    "service_area",
    "language",
    "contact",
    "address",
];

#[derive(Debug)]
pub(crate) struct Row {
    pub place: Place,
    pub values: Map<String, Value>,
}

#[derive(Debug)]
pub(crate) struct Table {
    pub entity: &'static str,
    pub rows: Vec<Row>,
}

/// A row that owns others: its entity and id.
type Owner = (&'static str, String);

/// A row owned by another.
#[derive(Debug, Clone, Copy)]
struct Owned {
    property: &'static str,
    entity: &'static str,
    row: usize,
}

/// The tables, indexed for putting services together.
#[derive(Debug)]
struct Package {
    tables: HashMap<&'static str, Vec<Row>>,
    by_id: HashMap<&'static str, HashMap<String, usize>>,
    /// Per owner, its rows in table order.
    children: HashMap<Owner, Vec<Owned>>,
    used: HashMap<&'static str, Vec<bool>>,
}

pub(crate) fn assemble(walk: &mut Walk, tables: Vec<Table>) {
    walk.tabular = true;
    let mut package = Package {
        tables: HashMap::new(),
        by_id: HashMap::new(),
        children: HashMap::new(),
        used: HashMap::new(),
    };
    for table in tables {
        let rows = package.tables.entry(table.entity).or_default();
        rows.extend(table.rows);
    }
    for (entity, rows) in &package.tables {
        let ids = rows
            .iter()
            .enumerate()
            .filter_map(|(index, row)| text(row, "id").map(|id| (id.to_owned(), index)))
            .collect();
        package.by_id.insert(entity, ids);
        package.used.insert(entity, vec![false; rows.len()]);
    }
    package.link_children();
    let services = package.tables.get("service").map_or(0, Vec::len);
    for index in 0..services {
        let value = package.build("service", index);
        let place = package.tables["service"][index].place.clone();
        service::import(
            walk,
            value,
            &place,
            &format!("services.csv row {}", index + 1),
            Context::default(),
        );
    }
    package.report_unused(walk);
}

impl Package {
    fn link_children(&mut self) {
        let mut children: HashMap<Owner, Vec<Owned>> = HashMap::new();
        for child in &CHILDREN {
            let rows = self.tables.get(child.entity).into_iter().flatten();
            for (row_index, row) in rows.enumerate() {
                let owner = child.links.iter().find_map(|(column, owner)| {
                    let id = text(row, column)?;
                    self.has(owner, id).then(|| (*owner, id.to_owned()))
                });
                if let Some(owner) = owner {
                    children.entry(owner).or_default().push(Owned {
                        property: child.property,
                        entity: child.entity,
                        row: row_index,
                    });
                }
            }
        }
        for (child, column, hint, property) in [
            ("attribute", "link_id", "link_entity", "attributes"),
            ("metadata", "resource_id", "resource_type", "metadata"),
        ] {
            for (index, row) in self.tables.get(child).into_iter().flatten().enumerate() {
                let Some(id) = text(row, column) else {
                    continue;
                };
                let hinted = text(row, hint).and_then(|hint| LINKABLE.iter().find(|e| **e == hint));
                let owner = hinted
                    .into_iter()
                    .chain(LINKABLE.iter())
                    .find(|entity| self.has(entity, id));
                if let Some(owner) = owner {
                    children
                        .entry((*owner, id.to_owned()))
                        .or_default()
                        .push(Owned {
                            property,
                            entity: child,
                            row: index,
                        });
                }
            }
        }
        self.children = children;
    }

    fn has(&self, entity: &str, id: &str) -> bool {
        self.by_id
            .get(entity)
            .is_some_and(|ids| ids.contains_key(id))
    }

    /// The nested form of a row: its references and children put in.
    fn build(&mut self, entity: &'static str, index: usize) -> Value {
        if let Some(used) = self
            .used
            .get_mut(entity)
            .and_then(|used| used.get_mut(index))
        {
            *used = true;
        }
        let Some(row) = self.tables.get(entity).and_then(|rows| rows.get(index)) else {
            return Value::Null;
        };
        let mut map = row.values.clone();
        map.insert(SOURCE_KEY.to_owned(), source_value(&row.place));
        let id = text(row, "id").map(str::to_owned);
        let references: Vec<(&'static str, usize, &'static str)> = REFERENCES
            .iter()
            .filter(|(from, ..)| *from == entity)
            .filter_map(|(_, column, target, property)| {
                let target_index = self.by_id.get(target)?.get(text(row, column)?)?;
                Some((*target, *target_index, *property))
            })
            .collect();
        for (target, target_index, property) in references {
            let nested = self.build(target, target_index);
            map.insert(property.to_owned(), nested);
        }
        let owned = id
            .and_then(|id| self.children.get(&(entity, id)).cloned())
            .unwrap_or_default();
        for owned in owned {
            let nested = self.build(owned.entity, owned.row);
            let property = owned.property.to_owned();
            if let Some(cell) = map.get(&property).filter(|cell| !cell.is_array()) {
                // A column of the same name (not in HSDS) is kept aside, to be reported.
                let cell = cell.clone();
                map.insert(format!("{property} (column)"), cell);
                map.remove(&property);
            }
            if let Value::Array(items) = map
                .entry(property)
                .or_insert_with(|| Value::Array(Vec::new()))
            {
                items.push(nested);
            }
        }
        Value::Object(map)
    }

    fn report_unused(&self, walk: &mut Walk) {
        for (entity, _) in TABLES {
            let (Some(rows), Some(used)) = (self.tables.get(entity), self.used.get(entity)) else {
                continue;
            };
            for (index, (row, used)) in rows.iter().zip(used).enumerate() {
                if *used {
                    continue;
                }
                let path = entity_path(
                    entity,
                    &Value::Object(row.values.clone()),
                    &format!("row {}", index + 1),
                );
                walk.finding(&row.place, path, unused_reason(entity, row));
            }
        }
    }
}

fn unused_reason(entity: &str, row: &Row) -> FindingKind {
    match entity {
        "organization" => FindingKind::NotImported(
            "an organization without services: Nabo holds services".to_owned(),
        ),
        "taxonomy" | "taxonomy_term" => FindingKind::NotImported(
            "used by no service; Nabo's categories and attributes come from its content".to_owned(),
        ),
        "meta_table_description" => {
            FindingKind::NotImported("a description of the tables: nothing to import".to_owned())
        }
        _ => {
            let links: Vec<String> = row
                .values
                .iter()
                .filter(|(key, value)| {
                    (key.ends_with("_id") || *key == "link_id")
                        && value.as_str().is_some_and(|v| !v.trim().is_empty())
                })
                .map(|(key, value)| format!("{key} {}", value.as_str().unwrap_or_default()))
                .collect();
            let links = if links.is_empty() {
                "no link".to_owned()
            } else {
                links.join(", ")
            };
            FindingKind::Unlinked(format!("belongs to no service of the package ({links})"))
        }
    }
}

fn text<'r>(row: &'r Row, column: &str) -> Option<&'r str> {
    row.values
        .get(column)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|text| !text.is_empty())
}
