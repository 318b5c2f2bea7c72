//! Loading the reference data of a content folder.

use crate::error::{ContentError, FileProblems, Located, toml_error};
use crate::postcodes::collect_postcodes;
use nabo_domain::{
    Area, AreaId, Attribute, Category, CategoryId, Geo, Language, LanguageTag, Languages,
    LocalizedText, ReferenceData,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    language: Vec<Language>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AttributesFile {
    attribute: Vec<Attribute>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AreasFile {
    #[serde(default)]
    pub area: Vec<Area>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    category: Vec<CategoryHeader>,
    #[serde(default)]
    lang: BTreeMap<String, BTreeMap<String, CategoryWords>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryHeader {
    id: CategoryId,
    parent: Option<CategoryId>,
    icon: Option<String>,
    #[serde(default)]
    related: Vec<CategoryId>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryWords {
    name: Option<String>,
    #[serde(default)]
    terms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameWordsFile {
    #[serde(default)]
    lang: BTreeMap<String, FrameWords>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameWords {
    words: Vec<String>,
}

/// Reads `languages.toml`, `attributes.toml`, `areas.toml`, `taxonomy.toml` and (when
/// present) `frame-words.toml` and `postcodes.txt` from `dir` and checks that they fit
/// together.
pub fn load_reference(dir: &Path) -> Result<ReferenceData, ContentError> {
    let mut problems = Vec::new();
    let languages: Option<LanguagesFile> = read_toml(&dir.join("languages.toml"), &mut problems);
    let attributes: Option<AttributesFile> = read_toml(&dir.join("attributes.toml"), &mut problems);
    let areas: Option<AreasFile> = read_toml(&dir.join("areas.toml"), &mut problems);
    let taxonomy: Option<TaxonomyFile> = read_toml(&dir.join("taxonomy.toml"), &mut problems);

    let mut reference = ReferenceData::default();
    if let Some(file) = languages {
        let mut sink = FileProblems {
            file: dir.join("languages.toml"),
            sink: &mut problems,
        };
        check_languages(&mut sink, &file.language);
        reference.languages = Languages::new(file.language);
    }
    if let Some(file) = attributes {
        let mut sink = FileProblems {
            file: dir.join("attributes.toml"),
            sink: &mut problems,
        };
        let mut seen = BTreeSet::new();
        for attribute in &file.attribute {
            if !seen.insert(attribute.id.clone()) {
                sink.push(
                    None,
                    Some(format!("attribute {:?}", attribute.id.as_str())),
                    "id",
                    "is defined twice",
                );
            }
        }
        reference.attributes = file.attribute;
    }
    if let Some(file) = areas {
        let mut sink = FileProblems {
            file: dir.join("areas.toml"),
            sink: &mut problems,
        };
        reference.areas = collect_areas(&mut sink, file.area, &BTreeMap::new());
        // Postcodes name areas: read only when the areas could be.
        let postcodes_path = dir.join("postcodes.txt");
        if postcodes_path.exists()
            && let Some(text) = read_text(&postcodes_path, &mut problems)
        {
            let mut sink = FileProblems {
                file: postcodes_path,
                sink: &mut problems,
            };
            reference.postcodes = collect_postcodes(&mut sink, &text, &reference.areas);
        }
    }
    if let Some(file) = taxonomy {
        let mut sink = FileProblems {
            file: dir.join("taxonomy.toml"),
            sink: &mut problems,
        };
        reference.categories = collect_categories(&mut sink, &reference.languages, file);
    }
    let frame_path = dir.join("frame-words.toml");
    if frame_path.exists()
        && let Some(file) = read_toml::<FrameWordsFile>(&frame_path, &mut problems)
    {
        let mut sink = FileProblems {
            file: frame_path,
            sink: &mut problems,
        };
        reference.frame_words = collect_frame_words(&mut sink, &reference.languages, file);
    }
    if problems.is_empty() {
        Ok(reference)
    } else {
        Err(ContentError::Invalid(problems))
    }
}

pub(crate) fn read_toml<T: DeserializeOwned>(
    path: &Path,
    problems: &mut Vec<Located>,
) -> Option<T> {
    let text = read_text(path, problems)?;
    match toml::from_str(&text) {
        Ok(value) => Some(value),
        Err(error) => {
            let (line, message) = toml_error(&text, &error);
            problems.push(whole_file(path, line, message));
            None
        }
    }
}

/// A file's text, or a problem saying why it cannot be read.
fn read_text(path: &Path, problems: &mut Vec<Located>) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(error) => {
            problems.push(whole_file(path, None, format!("cannot be read: {error}")));
            None
        }
    }
}

fn whole_file(path: &Path, line: Option<usize>, message: String) -> Located {
    Located {
        file: path.to_owned(),
        line,
        record: None,
        field: String::new(),
        message,
    }
}

fn check_languages(sink: &mut FileProblems<'_>, languages: &[Language]) {
    let mut seen: BTreeSet<&LanguageTag> = BTreeSet::new();
    for language in languages {
        for tag in std::iter::once(&language.tag).chain(&language.aliases) {
            if !seen.insert(tag) {
                sink.push(
                    None,
                    Some(format!("language {:?}", language.tag.as_str())),
                    "tag",
                    format!("{tag} is defined twice"),
                );
            }
        }
    }
    for language in languages {
        for next in &language.fallback {
            if !languages.iter().any(|l| &l.tag == next) {
                sink.push(
                    None,
                    Some(format!("language {:?}", language.tag.as_str())),
                    "fallback",
                    format!("{next} is not a language of this file"),
                );
            }
        }
        if language.autonym.trim().is_empty() {
            sink.push(
                None,
                Some(format!("language {:?}", language.tag.as_str())),
                "autonym",
                "is empty",
            );
        }
    }
}

/// Checks areas (unique ids, known parents, valid centres), on top of `existing` areas.
pub(crate) fn collect_areas(
    sink: &mut FileProblems<'_>,
    areas: Vec<Area>,
    existing: &BTreeMap<AreaId, Area>,
) -> BTreeMap<AreaId, Area> {
    let mut collected: BTreeMap<AreaId, Area> = BTreeMap::new();
    for area in areas {
        let record = Some(format!("area {:?}", area.id.as_str()));
        if collected.contains_key(&area.id) {
            sink.push(None, record, "id", "is defined twice");
            continue;
        }
        check_area(sink, record, &area);
        collected.insert(area.id.clone(), area);
    }
    for area in collected.values() {
        if let Some(parent) = &area.parent
            && !collected.contains_key(parent)
            && !existing.contains_key(parent)
        {
            sink.push(
                None,
                Some(format!("area {:?}", area.id.as_str())),
                "parent",
                format!("unknown area {:?}", parent.as_str()),
            );
        }
    }
    collected
}

pub(crate) fn check_area(sink: &mut FileProblems<'_>, record: Option<String>, area: &Area) {
    if area.name.is_empty() {
        sink.push(
            None,
            record.clone(),
            "name",
            "a name in at least one language is required",
        );
    }
    if !(area.country.len() == 2 && area.country.bytes().all(|b| b.is_ascii_uppercase())) {
        sink.push(
            None,
            record.clone(),
            "country",
            format!("{:?} is not an ISO 3166-1 alpha-2 code", area.country),
        );
    }
    if let Some(centre) = area.centre
        && let Err(message) = Geo::new(centre.lat, centre.lon)
    {
        sink.push(None, record.clone(), "centre", message);
    }
    if let Some(tz) = &area.timezone
        && !nabo_domain::is_known_timezone(tz)
    {
        sink.push(
            None,
            record,
            "timezone",
            format!("{tz:?} is not an IANA time zone"),
        );
    }
}

fn collect_frame_words(
    sink: &mut FileProblems<'_>,
    languages: &Languages,
    file: FrameWordsFile,
) -> BTreeMap<LanguageTag, Vec<String>> {
    let mut frame_words = BTreeMap::new();
    for (raw_tag, words) in file.lang {
        let record = Some(format!("lang.{raw_tag}"));
        let tag = match LanguageTag::parse(&raw_tag) {
            Ok(tag) => languages.canonical(tag),
            Err(error) => {
                sink.push(None, record, "", error.to_string());
                continue;
            }
        };
        if languages.resolve(&tag).is_none() {
            sink.push(
                None,
                record,
                "",
                format!("language {tag} is not in languages.toml"),
            );
            continue;
        }
        let words = words
            .words
            .into_iter()
            .map(|w| w.trim().to_owned())
            .filter(|w| !w.is_empty());
        frame_words.insert(tag, words.collect());
    }
    frame_words
}

fn collect_categories(
    sink: &mut FileProblems<'_>,
    languages: &Languages,
    file: TaxonomyFile,
) -> Vec<Category> {
    let mut categories: Vec<Category> = Vec::new();
    for header in file.category {
        if categories.iter().any(|c| c.id == header.id) {
            sink.push(
                None,
                Some(format!("category {:?}", header.id.as_str())),
                "id",
                "is defined twice",
            );
            continue;
        }
        categories.push(Category {
            id: header.id,
            parent: header.parent,
            icon: header.icon,
            related: header.related,
            name: LocalizedText::default(),
            terms: BTreeMap::new(),
        });
    }
    let mut names: BTreeMap<CategoryId, BTreeMap<LanguageTag, String>> = BTreeMap::new();
    for (raw_tag, entries) in file.lang {
        let tag = match LanguageTag::parse(&raw_tag) {
            Ok(tag) => languages.canonical(tag),
            Err(error) => {
                sink.push(None, Some(format!("lang.{raw_tag}")), "", error.to_string());
                continue;
            }
        };
        for (raw_id, words) in entries {
            let record = Some(format!("lang.{raw_tag}.{raw_id}"));
            let Some(category) = categories.iter_mut().find(|c| c.id.as_str() == raw_id) else {
                sink.push(None, record, "", format!("unknown category {raw_id:?}"));
                continue;
            };
            if let Some(name) = words.name.filter(|n| !n.trim().is_empty()) {
                names
                    .entry(category.id.clone())
                    .or_default()
                    .insert(tag.clone(), name.trim().to_owned());
            }
            let terms: Vec<String> = words
                .terms
                .into_iter()
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
                .collect();
            if !terms.is_empty() {
                category.terms.insert(tag.clone(), terms);
            }
        }
    }
    for category in &mut categories {
        if let Some(map) = names.remove(&category.id) {
            category.name = LocalizedText::new(map);
        }
        if category.name.is_empty() {
            sink.push(
                None,
                Some(format!("category {:?}", category.id.as_str())),
                "name",
                "has no name in any language",
            );
        }
    }
    let ids: Vec<CategoryId> = categories.iter().map(|c| c.id.clone()).collect();
    for category in &categories {
        let record = || Some(format!("category {:?}", category.id.as_str()));
        if let Some(parent) = &category.parent
            && !ids.contains(parent)
        {
            let message = format!("unknown category {:?}", parent.as_str());
            sink.push(None, record(), "parent", message);
        }
        for related in &category.related {
            if !ids.contains(related) || related == &category.id {
                let message = format!("{:?} is not another category", related.as_str());
                sink.push(None, record(), "related", message);
            }
        }
    }
    categories
}
