//! Building generated resources from corpus templates and the content's areas.

use crate::random::Random;
use nabo_domain::{
    Address, Area, CategoryId, Geo, LanguageTag, LocalizedText, ReferenceData, Resource, ResourceId,
};
use std::collections::{BTreeMap, HashMap};
use std::io::{BufWriter, Write};
use std::path::Path;

/// Languages a generated resource may have text in besides Danish and English, with how
/// often directories like this one carry them (relative weights).
const LANGUAGE_WEIGHTS: [(&str, u32); 20] = [
    ("ar", 8),
    ("so", 5),
    ("tr", 5),
    ("fa", 5),
    ("uk", 5),
    ("ur", 4),
    ("ti", 4),
    ("pl", 4),
    ("ckb", 3),
    ("fa-AF", 3),
    ("ps", 3),
    ("vi", 2),
    ("th", 2),
    ("ro", 2),
    ("de", 2),
    ("ru", 2),
    ("sq", 1),
    ("kmr", 1),
    ("am", 1),
    ("bs", 1),
];

/// Name, summary and description in one language.
#[derive(Debug, Clone)]
struct Texts {
    name: String,
    summary: Option<String>,
    description: Option<String>,
}

/// Everything needed to generate: templates, the texts of each category per language,
/// and the municipalities to place resources in.
#[derive(Debug)]
pub struct Generator<'a> {
    reference: &'a ReferenceData,
    templates: Vec<Resource>,
    /// (category, language) → indexes of templates with text in that language.
    donors: HashMap<(CategoryId, LanguageTag), Vec<usize>>,
    municipalities: Vec<&'a Area>,
    languages: Vec<(LanguageTag, u32)>,
    seed: u64,
}

/// Reads the corpus's resources (JSON Lines, as exported).
pub fn read_corpus(path: &Path) -> Result<Vec<Resource>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .enumerate()
        .map(|(n, line)| {
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))
        })
        .collect()
}

/// A tag of this file's constants (all valid).
fn tag(value: &str) -> LanguageTag {
    LanguageTag::parse(value).expect("a valid built-in language tag")
}

impl<'a> Generator<'a> {
    pub fn new(
        reference: &'a ReferenceData,
        templates: Vec<Resource>,
        seed: u64,
    ) -> Result<Self, String> {
        if templates.is_empty() {
            return Err("the corpus has no resources".to_owned());
        }
        let municipalities: Vec<&Area> = reference
            .areas
            .values()
            .filter(|area| area.kind.as_deref() == Some("municipality") && area.centre.is_some())
            .collect();
        if municipalities.is_empty() {
            return Err("the content folder has no municipality with a centre".to_owned());
        }
        let mut donors: HashMap<(CategoryId, LanguageTag), Vec<usize>> = HashMap::new();
        for (index, template) in templates.iter().enumerate() {
            for lang in template.name.languages() {
                for category in &template.categories {
                    donors
                        .entry((category.clone(), lang.clone()))
                        .or_default()
                        .push(index);
                }
            }
        }
        let languages = LANGUAGE_WEIGHTS
            .iter()
            .map(|(lang, weight)| (tag(lang), *weight))
            .collect();
        Ok(Self {
            reference,
            templates,
            donors,
            municipalities,
            languages,
            seed,
        })
    }

    /// Writes `count` resources to `out`, one JSON object a line.
    pub fn write(&self, count: u64, out: &Path) -> Result<usize, String> {
        let file = std::fs::File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
        let mut writer = BufWriter::new(file);
        for n in 0..count {
            let resource = self.resource(n);
            writeln!(writer, "{}", nabo_content::resource_to_json_line(&resource))
                .map_err(|e| format!("{}: {e}", out.display()))?;
        }
        writer
            .flush()
            .map_err(|e| format!("{}: {e}", out.display()))?;
        Ok(count as usize)
    }

    /// Resource number `n`: the same for the same seed, whatever else is generated.
    fn resource(&self, n: u64) -> Resource {
        let mut random = Random::new(self.seed ^ n.wrapping_mul(0xA24B_AED4_963E_E407));
        let template = &self.templates[random.below(self.templates.len())];
        let area = self.municipalities[random.below(self.municipalities.len())];
        let category = template.categories[0].clone();

        let mut languages = vec![template.source_language.clone()];
        for lang in ["da", "en"].map(tag) {
            if !languages.contains(&lang) {
                languages.push(lang);
            }
        }
        let wanted = 5 + random.below(6);
        let mut pool = self.languages.clone();
        while languages.len() < wanted && !pool.is_empty() {
            let total: u32 = pool.iter().map(|(_, w)| w).sum();
            let mut pick = random.below(total as usize) as u32;
            let position = pool
                .iter()
                .position(|(_, weight)| {
                    if pick < *weight {
                        true
                    } else {
                        pick -= weight;
                        false
                    }
                })
                .unwrap_or(0);
            let (lang, _) = pool.swap_remove(position);
            if !languages.contains(&lang) {
                languages.push(lang);
            }
        }

        let mut names = BTreeMap::new();
        let mut summaries = BTreeMap::new();
        let mut descriptions = BTreeMap::new();
        for lang in &languages {
            let texts = self.texts(template, &category, lang, area, &mut random);
            names.insert(lang.clone(), texts.name);
            if let Some(summary) = texts.summary {
                summaries.insert(lang.clone(), summary);
            }
            if let Some(description) = texts.description {
                descriptions.insert(lang.clone(), description);
            }
        }
        let centre = area.centre.unwrap_or(Geo { lat: 0.0, lon: 0.0 });
        let id = format!("g{n:06}-{}", template.id);
        let id: String = id.chars().take(80).collect();
        Resource {
            id: ResourceId::parse(id.trim_end_matches('-')).unwrap_or_else(|_| template.id.clone()),
            area: area.id.clone(),
            name: LocalizedText::new(names),
            summary: LocalizedText::new(summaries),
            description: LocalizedText::new(descriptions),
            access: LocalizedText::default(),
            address: template.address.as_ref().map(|address| Address {
                street: address.street.clone(),
                postcode: None,
                city: area.name.get(&tag("da")).map(str::to_owned),
                country: Some(area.country.clone()),
            }),
            geo: Some(Geo {
                lat: centre.lat + 0.04 * random.signed_unit(),
                lon: centre.lon + 0.07 * random.signed_unit(),
            }),
            ..template.clone()
        }
    }

    /// The texts of a resource in `lang`: the template's own, else a same-category
    /// resource's, else the category's name and the place.
    fn texts(
        &self,
        template: &Resource,
        category: &CategoryId,
        lang: &LanguageTag,
        area: &Area,
        random: &mut Random,
    ) -> Texts {
        let donor = if template.name.get(lang).is_some() {
            Some(template)
        } else {
            self.donors
                .get(&(category.clone(), lang.clone()))
                .map(|list| &self.templates[list[random.below(list.len())]])
        };
        match donor {
            Some(donor) => {
                let place = |text: &str| self.move_place(text, &donor.area, area, lang);
                Texts {
                    name: place(donor.name.get(lang).unwrap_or_default()),
                    summary: donor.summary.get(lang).map(place),
                    description: donor.description.get(lang).map(place),
                }
            }
            None => {
                let category_name = self
                    .reference
                    .category(category)
                    .and_then(|c| c.name.pick(std::slice::from_ref(lang), None))
                    .map_or(category.as_str(), |picked| picked.text);
                Texts {
                    name: format!("{category_name} {}", area_name(area, lang)),
                    summary: None,
                    description: None,
                }
            }
        }
    }

    /// `text` with the names of the place it was written for replaced by `to`'s name.
    fn move_place(
        &self,
        text: &str,
        from: &nabo_domain::AreaId,
        to: &Area,
        lang: &LanguageTag,
    ) -> String {
        let Some(from) = self.reference.area(from) else {
            return text.to_owned();
        };
        let target = area_name(to, lang);
        let mut moved = text.to_owned();
        let mut names: Vec<&str> = from.name.iter().map(|(_, name)| name).collect();
        // Longest first, so "Københavns" is not half replaced by "København".
        names.sort_by_key(|name| std::cmp::Reverse(name.len()));
        for name in names {
            moved = moved.replace(name, target);
        }
        moved
    }
}

fn area_name<'b>(area: &'b Area, lang: &LanguageTag) -> &'b str {
    area.name
        .pick(&[lang.clone(), tag("da")], None)
        .map_or(area.id.as_str(), |picked| picked.text)
}
