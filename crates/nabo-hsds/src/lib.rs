//! Nabo's directory to and from Open Referral HSDS 3.0, the exchange standard of
//! referral directories.
//!
//! The entity shapes, field names and API forms used here are those of the *Human
//! Services Data Specification: an Open Referral resource* (<https://openreferral.org/>),
//! © Open Referral, licensed under Creative Commons Attribution-ShareAlike 4.0.
//!
//! - **Export** ([`Exporter`]): resources and reference data as HSDS entities in the forms
//!   of the HSDS API — `/services/{id}` ([`Exporter::service`]), `/services` contents
//!   ([`Exporter::service_list_item`]), `/organizations/{id}` and `/organizations`,
//!   `/service_at_locations/{id}` and `/service_at_locations`, `/taxonomies`,
//!   `/taxonomy_terms` — with [`Page`] for the API's paging, and the whole directory as a
//!   folder of JSON files ([`DirectoryExport`]). [`IdIndex`] finds what an exported id
//!   stands for.
//! - **Import** ([`Importer`]): any HSDS 3.0 JSON document (a service, an organization
//!   with services, a service at location, a page, an array of them, the JSON tabular
//!   form) or a tabular data package (CSV) as [`nabo_domain::ResourceRecord`]s, and a
//!   [`Report`] of every part of the input that did not go into them, by entity, id and
//!   field (`service[ac14…].funding`, `organization[d9d5…].organization_identifiers`),
//!   with file and line for CSV. Nothing is dropped without a finding.
//!
//! No IO but reading the input and writing an export folder; no HTTP, no database.
//!
//! # The mapping
//!
//! One Nabo resource is one HSDS `service`:
//!
//! | Nabo resource | HSDS |
//! |---|---|
//! | `id` | `service.id` (derived UUID, below) and `x-nabo.id` |
//! | `name` (source language) | `service.name` |
//! | `description` (source language) | `service.description` |
//! | `access` (source language) | `service.application_process` |
//! | `summary` | `x-nabo.translations.summary` only (HSDS has no summary) |
//! | texts in other languages | `x-nabo.translations` |
//! | `source_language` | `x-nabo.source_language` |
//! | `website`, `email` | `service.url`, `service.email` |
//! | `verified_at` | `service.assured_date` |
//! | `phone` | one `phone` (`type` `voice`, the number as written) |
//! | `opening_hours` | `schedule`s (below) |
//! | `languages_spoken` | `language`s (`code` = BCP 47 tag, `name` = English name) |
//! | `area` | one `service_area` (the area's name) and `x-nabo.area` |
//! | `address`, `geo` | `service_at_location` → `location` (`latitude`, `longitude`) → `address` |
//! | `categories`, `attributes` | `attribute`s linking to `taxonomy_term`s of two taxonomies |
//!
//! - **Address**: HSDS requires `address_1`, `city`, `state_province`, `postal_code` and
//!   `country`. A part Nabo lacks is an empty string; `state_province` is the name of the
//!   region the resource's area lies in (else the area's); a missing `country` is the
//!   area's. A resource with neither address nor coordinates (a women's shelter, whose
//!   address is secret) has no location and no service at location.
//! - **Schedules**: the opening hours in OpenStreetMap `opening_hours` syntax are kept
//!   whole in the `description` of every schedule. When they have a weekly form (rules of
//!   weekdays and `HH:MM-HH:MM` times, `off`, `24/7`, holiday rules), there is one
//!   schedule per opening time with `freq` `WEEKLY`, `byday` (`MO,TU`), `opens_at` and
//!   `closes_at` in local time, `24:00` ending a day; a later rule replaces what earlier
//!   ones said about its days, as in OpenStreetMap. Holiday rules (`PH off`) and the time
//!   zone of the area are said in `notes`. Other hours give one schedule with the
//!   `description` only.
//! - **Taxonomies**: Nabo's categories (`taxonomy_term.taxonomy` `nabo-categories`) and
//!   access attributes (`nabo-attributes`). A term's `code` is the Nabo id, its `name`
//!   and `description` are in the export's reference language (English by default,
//!   [`ExportOptions`]) and `language` says which; `/taxonomy_terms` carries the names in
//!   every other language in `x-nabo.translations`. A service's attributes list its
//!   categories first, then its access attributes, in the resource's order.
//! - **Organizations**: Nabo has none. Each resource is exported as its own provider: an
//!   organization with the id derived from the resource, its name, its summary (else
//!   description, else name) as the required description, and its e-mail and website.
//!   Nested in the service and listed in `/organizations`; `/organizations/{id}` nests
//!   the service. On import, an organization with exactly that derived id is skipped
//!   silently; any other organization's fields are reported (once per organization).
//!
//! # Ids
//!
//! HSDS ids are UUIDs (`"format": "uuid"`). Nabo's are version 5 (SHA-1, name-based)
//! UUIDs in the namespace `c35c7639-d636-5a8c-90ef-3ffad4a15a98` (itself the version 5
//! UUID of `urn:nabo:hsds` in RFC 9562's URL namespace) of these names, so that every
//! export gives the same ids: `service:<resource>`, `organization:<resource>`,
//! `location:<resource>`, `address:<resource>`, `service_at_location:<resource>`,
//! `phone:<resource>`, `schedule:<resource>:<n>` (0-based), `language:<resource>:<tag>`,
//! `service_area:<resource>:<area>`, `attribute:<resource>:<categories|attributes>:<code>`,
//! `taxonomy:<categories|attributes>`, `taxonomy_term:<categories|attributes>:<code>`.
//! Exports list entities by Nabo id.
//!
//! On import, a service's Nabo id is `x-nabo.id`; without it, a slug of the name and the
//! first 8 hex digits of the HSDS id (`community-counselling-ac148810`; of its SHA-1 when
//! the id is no UUID).
//!
//! # The `x-nabo` extension
//!
//! HSDS has no field for texts in several languages. The HSDS 3.0 schemas do not forbid
//! additional properties, so Nabo adds one object, `x-nabo`, and documents stay valid.
//! The main HSDS fields always carry the source-language text, so a reader that ignores
//! the extension sees a complete service in one language.
//!
//! On a `service`:
//!
//! ```json
//! "x-nabo": {
//!   "id": "aarhus-borgerservice-vest",
//!   "area": "dk-0751",
//!   "source_language": "da",
//!   "translations": {
//!     "name":        {"ar": "…", "en": "…", "so": "…"},
//!     "summary":     {"da": "…", "en": "…"},
//!     "description": {"en": "…"},
//!     "access":      {"ar": "…"}
//!   }
//! }
//! ```
//!
//! - `id`: the Nabo resource id (`[a-z0-9-]{1,80}`); `area`: the Nabo area id;
//!   `source_language`: the BCP 47 tag of the language of `service.name`,
//!   `service.description` and `service.application_process`.
//! - `translations`: per Nabo text field, an object from BCP 47 tag to text, keys in
//!   ascending order, fields absent when empty (and `translations` absent when all are).
//!   `name`, `description` and `access` hold every language **except** the source
//!   language, whose text is in `service.name`, `service.description` and
//!   `service.application_process`; `summary`, which has no HSDS field, holds every
//!   language **including** the source language.
//! - Reading: the text of field F in language L is `translations.F.L`, except that for
//!   L = `source_language` and F ≠ `summary` it is the HSDS field (which wins when both are
//!   given). Without `source_language`, the reader chooses (Nabo: [`ImportOptions`]).
//!
//! On a `taxonomy_term` (in `/taxonomy_terms`): `"x-nabo": {"translations": {"name":
//! {tag: text}, "description": {tag: text}}}`, every language except the term's
//! `language`.
//!
//! # Import
//!
//! What maps is the table above, read backwards, with these rules for HSDS from
//! elsewhere:
//!
//! - Texts are in [`ImportOptions::source_language`] unless `x-nabo` says otherwise. HSDS
//!   `languages` are the languages spoken, not the language of the texts.
//! - Categories and attributes: a service's `attributes` whose taxonomy term is one of
//!   Nabo's — by the term id Nabo exports, else by `code`, else by `name` in any language,
//!   restricted to one taxonomy when the term's `taxonomy`/`taxonomy_id` names one of
//!   Nabo's. None matched: [`ImportOptions::default_category`], else the record has no
//!   category, which is reported and fails validation.
//! - Area: `x-nabo.area`, else the first `service_area` `name`, address `city`,
//!   `state_province` or `region` that is an area's id, name (any language) or alias (the
//!   most specific area when several share it), else [`ImportOptions::default_area`],
//!   else none (reported; fails validation).
//! - Place: the first service at location (that of a `/service_at_locations` document
//!   first); its location's coordinates (checked: invalid ones are reported) and first
//!   physical (else first) address, `address_1` and `address_2` joined by `, `.
//! - Phone: the first callable phone (`voice`, `cell`, `text`, `textphone`, `video` or no
//!   type) whose number is valid in international form (surrounding quotes dropped) — of
//!   the service, else of its service at location, else of its location.
//! - Opening hours: of the service's schedules, else the service at location's, else the
//!   location's: a `description` in valid OpenStreetMap syntax (as Nabo writes it), else
//!   the weekly schedules (`freq` `WEEKLY` or none, plain `byday`, `opens_at`,
//!   `closes_at`; seconds must be `00`, UTC offsets are reported and dropped) turned into
//!   that syntax.
//! - Status `inactive` or `defunct`: the service is skipped (reported); `temporarily
//!   closed` is imported as open (reported).
//! - Texts longer than Nabo allows (summary 500, description and access 5000
//!   characters) are reported and left out; names are kept (validation refuses names
//!   over 200 characters).
//!
//! What never maps (reported as [`FindingKind::NoNaboField`] unless said otherwise):
//! `alternate_name`, `interpretation_services`, `fees_description`, `fees`,
//! `wait_time`, `accreditations`, `eligibility_description`, `minimum_age`,
//! `maximum_age`, `assurer_email`, `licenses`, `alert`, `last_modified`, `program`,
//! `funding`, `cost_options`, `required_documents`, `contacts`, `metadata`; a phone's
//! `extension`, `description` and `languages`; a language's `note`; a service area's
//! `description`, `extent`, `extent_type` and `uri`; a schedule's `valid_from`,
//! `valid_to`, `dtstart`, `until`, `count`, `wkst`, `interval` (other than 1),
//! `byweekno`, `bymonthday`, `byyearday`, `timezone`, `schedule_link`,
//! `attending_type`, free-text `description` and `notes`; a location's `name`,
//! `alternate_name`, `description`, `transportation`, `url`, `external_identifier`,
//! `languages`, `accessibility`, `contacts`; an address's `attention`; a service at
//! location's `description` and `contacts`; every field of an organization but its id;
//! taxonomy terms that match nothing ([`FindingKind::Unmatched`]); a second place,
//! address, phone, area or set of schedules ([`FindingKind::Extra`]); taxonomies,
//! lone taxonomy terms and locations ([`FindingKind::NotImported`]); rows of a data
//! package that belong to no service ([`FindingKind::Unlinked`]). Fields only linking
//! entities (`id`, `..._id`) carry no data and are not reported.
//!
//! Errors ([`HsdsError`]) are for input that is not HSDS at all or breaks what the
//! mapping needs — malformed JSON or CSV, a service without id or name, a field of the
//! wrong type, a data package table that is missing — each naming file, line or record,
//! and field.

mod error;
mod export;
mod hours;
mod ids;
mod import;
pub mod model;
mod report;

pub use error::{HsdsError, InputProblem};
pub use export::{
    DirectoryExport, ExportFile, ExportOptions, Exporter, SERVICES_FILE, ServiceDetail,
};
pub use ids::{HsdsId, IdIndex, NaboTaxonomy, Target};
pub use import::{ImportOptions, Imported, ImportedRecord, Importer};
pub use model::{DEFAULT_PER_PAGE, MAX_PER_PAGE, Page, PageRequest};
pub use report::{Finding, FindingKind, Place, Report};
