//! `/{lang}/`: the search box, filters, category tiles and (when asked) results.

use super::failure::WebError;
use super::locale::PageLocale;
use super::pictogram::Pictogram;
use super::render::{remembered, render};
use super::view::{Page, Shown, Translator};
use crate::AppState;
use crate::params::Params;
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use nabo_directory::{Query, Results};
use nabo_domain::{LanguageTag, LocalizedText, ReferenceData};

/// Hits per page.
const PAGE_SIZE: usize = 20;

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let reference = state.directory.reference();
    let query =
        Params::parse(raw.as_deref()).search_query(&reference, locale.0.clone(), PAGE_SIZE)?;
    let results = match query.asks_anything() {
        true => Some(state.directory.search(query.clone()).await?),
        false => None,
    };
    let view = SearchPage::new(&state, &locale, &query, results, raw.as_deref());
    Ok(remembered(&locale, render(&view)?))
}

pub struct Choice {
    pub id: String,
    pub name: Shown,
    pub selected: bool,
    /// The pictogram's SVG markup (from `Pictogram`, never from content).
    pub icon: Option<String>,
}

pub struct HitView {
    pub id: String,
    pub name: Shown,
    pub summary: Option<Shown>,
    pub open_now: Option<bool>,
    pub distance: Option<String>,
    pub shown_language: String,
}

#[derive(Default)]
pub struct FormView {
    pub q: String,
    pub area: String,
    pub near: String,
    pub open_now: bool,
    /// The closed filter panel's one line: what is chosen ("Narrow down: Aarhus · Job
    /// centre · 2 more").
    pub filter_summary: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    page: Page,
    form: FormView,
    areas: Vec<Choice>,
    categories: Vec<Choice>,
    attributes: Vec<Choice>,
    searched: bool,
    total: usize,
    hits: Vec<HitView>,
    next_page: Option<String>,
}

impl SearchPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        query: &Query,
        results: Option<Results>,
        raw: Option<&str>,
    ) -> Self {
        let reference = state.directory.reference();
        let t = Translator::new(state.catalog.clone(), locale.as_str());
        let chain = reference.languages.chain(&locale.0);
        let searched = results.is_some();
        let total = results.as_ref().map_or(0, |r| r.total);
        let hits = results.map_or_else(Vec::new, |r| hit_views(&t, &reference, &chain, r));
        let next_page = (query.offset + PAGE_SIZE < total).then(|| next_page(locale, raw, query));
        let rest = raw.map_or_else(|| "/".to_owned(), |q| format!("/?{q}"));
        let (areas, categories, attributes) = choices(&reference, &chain, query);
        let filter_summary = filter_summary(&t, &areas, &categories, query);
        Self {
            page: Page::new(
                &state.catalog,
                &reference,
                locale.as_str(),
                t.t("search-heading"),
                &rest,
            ),
            form: FormView {
                filter_summary,
                q: query.text.clone(),
                area: query
                    .area
                    .as_ref()
                    .map(|a| a.to_string())
                    .unwrap_or_default(),
                near: query
                    .near
                    .map(|g| format!("{},{}", g.lat, g.lon))
                    .unwrap_or_default(),
                open_now: query.open_now,
            },
            areas,
            categories,
            attributes,
            searched,
            total,
            hits,
            next_page,
        }
    }
}

fn hit_views(
    t: &Translator,
    reference: &ReferenceData,
    chain: &[LanguageTag],
    results: Results,
) -> Vec<HitView> {
    results
        .hits
        .into_iter()
        .filter_map(|hit| {
            let resource = &hit.resource;
            let source = Some(&resource.source_language);
            let name = Shown::pick(&resource.name, chain, source, reference)?;
            Some(HitView {
                id: resource.id.to_string(),
                summary: Shown::pick(&resource.summary, chain, source, reference),
                open_now: hit.open_now,
                distance: hit.distance_m.map(|m| distance(t, m)),
                shown_language: t.language_name(&name.lang),
                name,
            })
        })
        .collect()
}

/// The same search, one page on.
fn next_page(locale: &PageLocale, raw: Option<&str>, query: &Query) -> String {
    let mut parts: Vec<String> = raw
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("offset="))
        .map(str::to_owned)
        .collect();
    parts.push(format!("offset={}", query.offset + PAGE_SIZE));
    format!("/{}/?{}", locale.as_str(), parts.join("&"))
}

/// The municipalities, categories and access attributes to choose from, in the
/// reader's language, with the query's choices selected.
fn choices(
    reference: &ReferenceData,
    chain: &[LanguageTag],
    query: &Query,
) -> (Vec<Choice>, Vec<Choice>, Vec<Choice>) {
    let shown =
        |text: &LocalizedText| Shown::pick(text, chain, None, reference).unwrap_or_default();
    let mut areas: Vec<Choice> = reference
        .areas
        .values()
        .filter(|a| a.kind.as_deref() == Some("municipality"))
        .map(|a| Choice {
            id: a.id.to_string(),
            name: shown(&a.name),
            selected: query.area.as_ref() == Some(&a.id),
            icon: None,
        })
        .collect();
    areas.sort_by(|a, b| a.name.text.cmp(&b.name.text));
    let categories = reference
        .categories
        .iter()
        .map(|c| Choice {
            id: c.id.to_string(),
            name: shown(&c.name),
            selected: query.category.as_ref() == Some(&c.id),
            icon: drawn(c.icon.as_deref()),
        })
        .collect();
    let attributes = reference
        .attributes
        .iter()
        .map(|a| Choice {
            id: a.id.to_string(),
            name: shown(&a.name),
            selected: query.attributes.contains(&a.id),
            icon: drawn(a.icon.as_deref()),
        })
        .collect();
    (areas, categories, attributes)
}

/// The filters chosen, in one line: the municipality, the category and how many other
/// filters (attributes, open now, near me) are on.
fn filter_summary(
    t: &Translator,
    areas: &[Choice],
    categories: &[Choice],
    query: &Query,
) -> String {
    let heading = t.t("search-filters-heading");
    let named = areas
        .iter()
        .chain(categories)
        .filter(|choice| choice.selected)
        .map(|choice| choice.name.text.clone());
    let others =
        query.attributes.len() + usize::from(query.open_now) + usize::from(query.near.is_some());
    let more = (others > 0).then(|| t.count("search-filters-more", "count", &others));
    let chosen: Vec<String> = named.chain(more).collect();
    match chosen.is_empty() {
        true => heading,
        false => t.with2(
            "search-filters-chosen",
            ("heading", &heading),
            ("chosen", &chosen.join(" · ")),
        ),
    }
}

/// The SVG of a content's pictogram name.
fn drawn(icon: Option<&str>) -> Option<String> {
    icon.and_then(Pictogram::named)
        .map(|pictogram| pictogram.svg())
}

fn distance(t: &Translator, metres: f64) -> String {
    if metres < 1000.0 {
        let rounded = format!("{}", (metres / 10.0).round() * 10.0);
        t.with("results-distance-m", "distance", &rounded)
    } else {
        let km = format!("{:.1}", metres / 1000.0);
        t.with("results-distance-km", "distance", &km)
    }
}
