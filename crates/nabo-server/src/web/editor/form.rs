//! The resource form: a resource (or what an editor sent) as form controls, grouped in
//! sections, with each problem shown next to its field in the editor's language; and
//! the form's fields back into a `ResourceRecord`.
//!
//! Controls are named by the paths validation problems use (`phone`, `address.city`,
//! `name.so`), except the texts in the source language, named `name.source` and so on:
//! they follow the "source language" choice.

use crate::web::session::CheckedForm;
use crate::web::view::{Shown, Translator};
use nabo_domain::{
    Address, AreaId, GeoRecord, LanguageTag, LocalizedText, Problem, ProblemKind, ReferenceData,
    Resource, ResourceRecord,
};
use std::collections::BTreeMap;

/// The localized fields, in form order.
const TEXT_FIELDS: [&str; 4] = ["name", "summary", "description", "access"];
const SOURCE: &str = "source";

/// What the form holds: the values as the editor sees them.
#[derive(Debug, Clone, Default)]
pub struct ResourceForm {
    pub id: String,
    area: String,
    categories: Vec<String>,
    source_language: String,
    /// Language (`source` for the source language) → field → text.
    texts: Vec<(String, BTreeMap<&'static str, String>)>,
    street: String,
    postcode: String,
    city: String,
    country: String,
    lat: String,
    lon: String,
    phone: String,
    email: String,
    website: String,
    opening_hours: String,
    languages_spoken: String,
    attributes: Vec<String>,
    verified_at: String,
}

/// One choice of a select or a group of checkboxes.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: Shown,
    pub selected: bool,
}

impl Choice {
    /// Every area of the directory, named along `chain`, sorted by name; `selected`
    /// says which are chosen.
    pub fn areas(
        reference: &ReferenceData,
        chain: &[LanguageTag],
        selected: impl Fn(&AreaId) -> bool,
    ) -> Vec<Choice> {
        let mut areas: Vec<Choice> = reference
            .areas
            .values()
            .map(|area| Choice {
                value: area.id.to_string(),
                label: Shown::pick(&area.name, chain, None, reference).unwrap_or_default(),
                selected: selected(&area.id),
            })
            .collect();
        areas.sort_by(|a, b| a.label.text.cmp(&b.label.text));
        areas
    }

    /// Every language of the directory, by its own name, in the directory's order.
    pub fn languages(
        reference: &ReferenceData,
        selected: impl Fn(&LanguageTag) -> bool,
    ) -> Vec<Choice> {
        reference
            .languages
            .all()
            .iter()
            .map(|language| Choice {
                value: language.tag.to_string(),
                label: Shown::autonym(language),
                selected: selected(&language.tag),
            })
            .collect()
    }
}

/// One field of the form, ready for the template.
#[derive(Debug, Clone, Default)]
pub struct Control {
    pub name: String,
    /// The element id (`name` with dots as dashes).
    pub id: String,
    pub label: String,
    pub hint: Option<String>,
    pub errors: Vec<FieldError>,
    /// `text`, `email`, `url`, `tel`, `textarea`, `select`, `checks`.
    pub kind: &'static str,
    pub value: String,
    pub choices: Vec<Choice>,
    /// Direction of what is typed (`ltr` for codes and numbers, `auto` for text).
    pub dir: &'static str,
    /// Language of what is typed, for texts.
    pub lang: Option<String>,
    pub required: bool,
}

/// A problem with a field: what kind, in the reader's language, and the validation's
/// own (English) words.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub text: String,
    pub detail: String,
}

/// A group of controls with its legend.
#[derive(Debug, Clone)]
pub struct Section {
    pub legend: String,
    pub controls: Vec<Control>,
}

impl ResourceForm {
    /// An empty form for a new resource, its texts in `source`.
    pub fn empty(source: &LanguageTag) -> Self {
        Self {
            source_language: source.to_string(),
            texts: vec![(SOURCE.to_owned(), BTreeMap::new())],
            ..Self::default()
        }
    }

    /// The form of a stored resource, with an empty block for `add` (another language).
    pub fn of(resource: &Resource, add: Option<&LanguageTag>) -> Self {
        let source = &resource.source_language;
        let mut languages = resource.text_languages();
        languages.retain(|tag| tag != source);
        languages.extend(
            add.filter(|a| *a != source && !resource.text_languages().contains(a))
                .cloned(),
        );
        let block = |tag: &LanguageTag| {
            let texts: [&LocalizedText; 4] = [
                &resource.name,
                &resource.summary,
                &resource.description,
                &resource.access,
            ];
            TEXT_FIELDS
                .iter()
                .zip(texts)
                .filter_map(|(field, text)| Some((*field, text.get(tag)?.to_owned())))
                .collect()
        };
        let mut texts = vec![(SOURCE.to_owned(), block(source))];
        texts.extend(languages.iter().map(|tag| (tag.to_string(), block(tag))));
        let address = resource.address.clone().unwrap_or(Address {
            street: None,
            postcode: None,
            city: None,
            country: None,
        });
        let record = ResourceRecord::from(resource);
        Self {
            id: resource.id.to_string(),
            area: resource.area.to_string(),
            categories: record.categories,
            source_language: source.to_string(),
            texts,
            street: address.street.unwrap_or_default(),
            postcode: address.postcode.unwrap_or_default(),
            city: address.city.unwrap_or_default(),
            country: address.country.unwrap_or_default(),
            lat: resource.geo.map(|g| g.lat.to_string()).unwrap_or_default(),
            lon: resource.geo.map(|g| g.lon.to_string()).unwrap_or_default(),
            phone: record.phone.unwrap_or_default(),
            email: record.email.unwrap_or_default(),
            website: record.website.unwrap_or_default(),
            opening_hours: record.opening_hours.unwrap_or_default(),
            languages_spoken: record.languages_spoken.join(", "),
            attributes: record.attributes,
            verified_at: record.verified_at.unwrap_or_default(),
        }
    }

    /// What an editor sent; `id` is the resource's when it exists (not a form field).
    pub fn sent(form: &CheckedForm, id: Option<&str>) -> Self {
        let text = |name: &str| form.get(name).unwrap_or_default().trim().to_owned();
        let mut texts: Vec<(String, BTreeMap<&'static str, String>)> = Vec::new();
        for (name, value) in &form.0 {
            let Some((field, lang)) = name.split_once('.') else {
                continue;
            };
            let Some(field) = TEXT_FIELDS.iter().find(|f| **f == field) else {
                continue;
            };
            let position = match texts.iter().position(|(l, _)| l == lang) {
                Some(position) => position,
                None => {
                    texts.push((lang.to_owned(), BTreeMap::new()));
                    texts.len() - 1
                }
            };
            texts[position].1.insert(field, value.trim().to_owned());
        }
        if !texts.iter().any(|(lang, _)| lang == SOURCE) {
            texts.insert(0, (SOURCE.to_owned(), BTreeMap::new()));
        }
        Self {
            id: id.map_or_else(|| text("id"), str::to_owned),
            area: text("area"),
            categories: form.all("categories"),
            source_language: text("source_language"),
            texts,
            street: text("address.street"),
            postcode: text("address.postcode"),
            city: text("address.city"),
            country: text("address.country"),
            lat: text("geo.lat"),
            lon: text("geo.lon"),
            phone: text("phone"),
            email: text("email"),
            website: text("website"),
            opening_hours: text("opening_hours"),
            languages_spoken: text("languages_spoken"),
            attributes: form.all("attributes"),
            verified_at: text("verified_at"),
        }
    }

    /// The record the form describes, or the problems only the form can see (a
    /// coordinate that is no number) together with every problem validation finds.
    pub fn record(&self, reference: &ReferenceData) -> Result<ResourceRecord, Vec<Problem>> {
        let (record, mut problems) = self.raw();
        if problems.is_empty() {
            return Ok(record);
        }
        if let Err(found) = record.validate(reference) {
            problems.extend(found);
        }
        Err(problems)
    }

    /// The record as sent, with the problems only the form can see.
    pub fn raw(&self) -> (ResourceRecord, Vec<Problem>) {
        let some = |value: &str| (!value.is_empty()).then(|| value.to_owned());
        let mut problems = Vec::new();
        let geo = match (self.lat.parse::<f64>(), self.lon.parse::<f64>()) {
            _ if self.lat.is_empty() && self.lon.is_empty() => None,
            (Ok(lat), Ok(lon)) => Some(GeoRecord { lat, lon }),
            _ => {
                problems.push(Problem::new(
                    "geo",
                    "latitude and longitude are two decimal numbers",
                ));
                None
            }
        };
        let address = Address {
            street: some(&self.street),
            postcode: some(&self.postcode),
            city: some(&self.city),
            country: some(&self.country),
        };
        let has_address = [
            &address.street,
            &address.postcode,
            &address.city,
            &address.country,
        ]
        .iter()
        .any(|part| part.is_some());
        let mut record = ResourceRecord {
            id: some(&self.id),
            categories: self.categories.clone(),
            area: some(&self.area),
            address: has_address.then_some(address),
            geo,
            phone: some(&self.phone),
            email: some(&self.email),
            website: some(&self.website),
            opening_hours: some(&self.opening_hours),
            languages_spoken: self
                .languages_spoken
                .split([',', ' '])
                .map(str::trim)
                .filter(|tag| !tag.is_empty())
                .map(str::to_owned)
                .collect(),
            attributes: self.attributes.clone(),
            source_language: some(&self.source_language),
            verified_at: some(&self.verified_at),
            ..ResourceRecord::default()
        };
        for (lang, fields) in &self.texts {
            let lang = if lang == SOURCE {
                &self.source_language
            } else {
                lang
            };
            for (field, text) in fields.iter().filter(|(_, text)| !text.is_empty()) {
                let map = match *field {
                    "name" => &mut record.name,
                    "summary" => &mut record.summary,
                    "description" => &mut record.description,
                    _ => &mut record.access,
                };
                map.insert(lang.clone(), text.clone());
            }
        }
        (record, problems)
    }

    /// The form's sections for `t`'s reader, with `problems` next to their fields;
    /// problems no field shows are returned apart.
    pub fn sections(
        &self,
        t: &Translator,
        reference: &ReferenceData,
        problems: &[Problem],
        is_new: bool,
    ) -> (Vec<Section>, Vec<FieldError>) {
        let chain = LanguageTag::parse(&t.locale)
            .map(|tag| reference.languages.chain(&tag))
            .unwrap_or_default();
        let shown =
            |text: &LocalizedText| Shown::pick(text, &chain, None, reference).unwrap_or_default();
        let mut errors: BTreeMap<String, Vec<FieldError>> = BTreeMap::new();
        for problem in problems {
            errors
                .entry(self.control_of(&problem.field))
                .or_default()
                .push(describe(t, problem));
        }
        let mut take = |name: &str| errors.remove(name).unwrap_or_default();
        let control = |name: &str, label: &str, kind: &'static str, value: &str| Control {
            name: name.to_owned(),
            id: name.replace(['.', '_'], "-"),
            label: t.t(label),
            kind,
            value: value.to_owned(),
            dir: "ltr",
            ..Control::default()
        };
        let mut basics = Vec::new();
        if is_new {
            basics.push(Control {
                hint: Some(t.t("editor-field-id-hint")),
                required: true,
                errors: take("id"),
                ..control("id", "editor-field-id", "text", &self.id)
            });
        }
        let areas = Choice::areas(reference, &chain, |id| id.as_str() == self.area);
        basics.push(Control {
            choices: areas,
            required: true,
            errors: take("area"),
            ..control("area", "editor-field-area", "select", "")
        });
        basics.push(Control {
            choices: reference
                .categories
                .iter()
                .map(|c| Choice {
                    value: c.id.to_string(),
                    label: shown(&c.name),
                    selected: self.categories.iter().any(|s| s == c.id.as_str()),
                })
                .collect(),
            errors: take("categories"),
            ..control("categories", "editor-field-categories", "checks", "")
        });
        basics.push(Control {
            choices: Choice::languages(reference, |tag| tag.as_str() == self.source_language),
            errors: take("source_language"),
            ..control(
                "source_language",
                "editor-field-source-language",
                "select",
                "",
            )
        });
        let mut sections = vec![Section {
            legend: t.t("editor-section-basics"),
            controls: basics,
        }];
        for (lang, fields) in &self.texts {
            let tag = if lang == SOURCE {
                &self.source_language
            } else {
                lang
            };
            let dir = LanguageTag::parse(tag)
                .map(|tag| reference.languages.direction(&tag).as_str())
                .unwrap_or("auto");
            let mut legend = t.with("editor-texts-in", "language", &t.language_name(tag));
            if lang == SOURCE {
                legend = format!("{legend} — {}", t.t("editor-texts-source"));
            }
            let controls = TEXT_FIELDS
                .iter()
                .map(|field| {
                    let name = format!("{field}.{lang}");
                    let kind = if matches!(*field, "name" | "summary") {
                        "text"
                    } else {
                        "textarea"
                    };
                    Control {
                        errors: take(&name),
                        dir,
                        lang: Some(tag.clone()),
                        required: *field == "name" && lang == SOURCE,
                        ..control(
                            &name,
                            &format!("editor-field-{field}"),
                            kind,
                            fields.get(field).map_or("", String::as_str),
                        )
                    }
                })
                .collect();
            sections.push(Section { legend, controls });
        }
        let contact = vec![
            Control {
                errors: take("address.street"),
                dir: "auto",
                ..control(
                    "address.street",
                    "editor-field-street",
                    "text",
                    &self.street,
                )
            },
            Control {
                errors: take("address.postcode"),
                ..control(
                    "address.postcode",
                    "editor-field-postcode",
                    "text",
                    &self.postcode,
                )
            },
            Control {
                errors: take("address.city"),
                dir: "auto",
                ..control("address.city", "editor-field-city", "text", &self.city)
            },
            Control {
                errors: take("address.country"),
                hint: Some(t.t("editor-field-country-hint")),
                ..control(
                    "address.country",
                    "editor-field-country",
                    "text",
                    &self.country,
                )
            },
            Control {
                errors: take("geo.lat"),
                ..control("geo.lat", "editor-field-lat", "text", &self.lat)
            },
            Control {
                errors: take("geo.lon"),
                ..control("geo.lon", "editor-field-lon", "text", &self.lon)
            },
            Control {
                errors: take("phone"),
                ..control("phone", "editor-field-phone", "tel", &self.phone)
            },
            Control {
                errors: take("email"),
                ..control("email", "editor-field-email", "email", &self.email)
            },
            Control {
                errors: take("website"),
                ..control("website", "editor-field-website", "url", &self.website)
            },
        ];
        let access = vec![
            Control {
                errors: take("opening_hours"),
                hint: Some(t.t("editor-field-opening-hours-hint")),
                ..control(
                    "opening_hours",
                    "editor-field-opening-hours",
                    "text",
                    &self.opening_hours,
                )
            },
            Control {
                errors: take("languages_spoken"),
                hint: Some(t.t("editor-field-languages-spoken-hint")),
                ..control(
                    "languages_spoken",
                    "editor-field-languages-spoken",
                    "text",
                    &self.languages_spoken,
                )
            },
            Control {
                choices: reference
                    .attributes
                    .iter()
                    .map(|a| Choice {
                        value: a.id.to_string(),
                        label: shown(&a.name),
                        selected: self.attributes.iter().any(|s| s == a.id.as_str()),
                    })
                    .collect(),
                errors: take("attributes"),
                ..control("attributes", "editor-field-attributes", "checks", "")
            },
        ];
        sections.push(Section {
            legend: t.t("editor-section-contact"),
            controls: contact,
        });
        sections.push(Section {
            legend: t.t("editor-section-access"),
            controls: access,
        });
        let unplaced = errors.into_values().flatten().collect();
        (sections, unplaced)
    }

    /// The hidden value that keeps a resource's verification date across a save.
    pub fn verified_at(&self) -> &str {
        &self.verified_at
    }

    /// The control a problem's field path is shown at.
    fn control_of(&self, field: &str) -> String {
        let field = field.split('[').next().unwrap_or(field);
        if field == "geo" {
            return "geo.lat".to_owned();
        }
        if field == "name" {
            return format!("name.{SOURCE}");
        }
        match field.split_once('.') {
            Some((head, lang)) if TEXT_FIELDS.contains(&head) && lang == self.source_language => {
                format!("{head}.{SOURCE}")
            }
            _ => field.to_owned(),
        }
    }
}

/// A problem in the reader's language, with the validation's own words as detail.
fn describe(t: &Translator, problem: &Problem) -> FieldError {
    let kind = match problem.kind {
        ProblemKind::Required => "problem-required",
        ProblemKind::Invalid => "problem-invalid",
        ProblemKind::Unknown => "problem-unknown",
        ProblemKind::Duplicate => "problem-duplicate",
        ProblemKind::TooLong => "problem-too-long",
    };
    FieldError {
        text: t.t(kind),
        detail: problem.message.clone(),
    }
}
