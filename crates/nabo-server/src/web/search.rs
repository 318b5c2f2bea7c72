//! `/{lang}/`: the search box, filters, category tiles and (when asked) results.

use super::failure::WebError;
use super::locale::PageLocale;
use super::pictogram::Pictogram;
use super::render::{remembered, render};
use super::view::{Page, Shown, Translator};
use crate::params::Params;
use crate::{ApiError, AppState};
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
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
    let params = Params::parse(raw.as_deref());
    let (query, postcode_refused) = read_query(&params, &reference, &locale.0)?;
    let results = match query.asks_anything() && !postcode_refused {
        true => Some(state.directory.search(query.clone()).await?),
        false => None,
    };
    let request = Request {
        raw: raw.as_deref(),
        params: &params,
        postcode_refused,
    };
    let view = SearchPage::new(&state, &locale, &request, &query, results);
    Ok(remembered(&locale, (view.status(), render(&view)?)))
}

/// The page's query. When only the postcode is wrong, the query without it and `true`:
/// the form comes back with the error beside the field.
fn read_query(
    params: &Params,
    reference: &ReferenceData,
    lang: &LanguageTag,
) -> Result<(Query, bool), ApiError> {
    match params.search_query(reference, lang.clone(), PAGE_SIZE) {
        Err(ApiError::InvalidParameter { name, .. }) if name == "postcode" => {
            let without = params.without("postcode");
            Ok((
                without.search_query(reference, lang.clone(), PAGE_SIZE)?,
                true,
            ))
        }
        query => Ok((query?, false)),
    }
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
    /// As typed (also when refused).
    pub postcode: String,
    /// Why the postcode was refused, in the reader's language.
    pub postcode_error: Option<String>,
    pub near: String,
    pub open_now: bool,
    /// The closed filter panel's one line: what is chosen ("Narrow down: Aarhus · Job
    /// centre · 2 more").
    pub filter_summary: String,
}

/// The request as the page shows it back.
struct Request<'a> {
    raw: Option<&'a str>,
    params: &'a Params,
    postcode_refused: bool,
}

/// The postcode a search was made for.
pub struct PostcodeView {
    pub code: String,
    /// "Near postcode 8220 Brabrand", in the reader's language.
    pub line: String,
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
    postcode: Option<PostcodeView>,
    total: usize,
    hits: Vec<HitView>,
    next_page: Option<String>,
    /// "Nothing fitted": the form's address with this search.
    unmet_href: Option<String>,
}

impl SearchPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        request: &Request<'_>,
        query: &Query,
        results: Option<Results>,
    ) -> Self {
        let reference = state.directory.reference();
        let t = Translator::new(state.catalog.clone(), locale.as_str());
        let chain = reference.languages.chain(&locale.0);
        let searched = results.is_some();
        let total = results.as_ref().map_or(0, |r| r.total);
        let unmet_href = results
            .as_ref()
            .filter(|_| !query.text.trim().is_empty())
            .map(|r| unmet_href(locale, query, r));
        let hits = results.map_or_else(Vec::new, |r| hit_views(&t, &reference, &chain, r));
        let raw = request.raw;
        let next_page = (query.offset + PAGE_SIZE < total).then(|| next_page(locale, raw, query));
        let rest = raw.map_or_else(|| "/".to_owned(), |q| format!("/?{q}"));
        let (areas, categories, attributes) = choices(&reference, &chain, query);
        let postcode = request
            .params
            .get("postcode")
            .ok()
            .flatten()
            .unwrap_or_default();
        let filter_summary = filter_summary(&t, postcode, &areas, &categories, query);
        Self {
            page: Page::new(
                &state.catalog,
                &reference,
                locale.as_str(),
                t.t("search-heading"),
                &rest,
            ),
            form: form_view(&t, request, query, filter_summary),
            postcode: searched
                .then(|| postcode_view(&t, request.params, &reference))
                .flatten(),
            areas,
            categories,
            attributes,
            searched,
            total,
            hits,
            next_page,
            unmet_href,
        }
    }

    /// 400 when the form comes back with a refused postcode.
    fn status(&self) -> StatusCode {
        match self.form.postcode_error {
            Some(_) => StatusCode::BAD_REQUEST,
            None => StatusCode::OK,
        }
    }
}

/// The form as the reader filled it in (`near` as given: a postcode's point is not
/// the reader's).
fn form_view(
    t: &Translator,
    request: &Request<'_>,
    query: &Query,
    filter_summary: String,
) -> FormView {
    let given = |name| {
        let value = request.params.get(name).ok().flatten();
        value.unwrap_or_default().to_owned()
    };
    let postcode = given("postcode");
    FormView {
        filter_summary,
        q: query.text.clone(),
        area: query
            .area
            .as_ref()
            .map(|a| a.to_string())
            .unwrap_or_default(),
        postcode_error: request
            .postcode_refused
            .then(|| t.with("postcode-error", "postcode", &postcode)),
        postcode,
        near: given("near"),
        open_now: query.open_now,
    }
}

/// The postcode a search was made for, with its town.
fn postcode_view(
    t: &Translator,
    params: &Params,
    reference: &ReferenceData,
) -> Option<PostcodeView> {
    let (postcode, place) = params.postcode(reference).ok().flatten()?;
    let line = t.with2(
        "postcode-searched",
        ("postcode", postcode.as_str()),
        ("town", &place.town),
    );
    Some(PostcodeView {
        code: postcode.to_string(),
        line,
    })
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
    postcode: &str,
    areas: &[Choice],
    categories: &[Choice],
    query: &Query,
) -> String {
    let heading = t.t("search-filters-heading");
    let named = (!postcode.is_empty())
        .then(|| postcode.to_owned())
        .into_iter()
        .chain(
            areas
                .iter()
                .chain(categories)
                .filter(|choice| choice.selected)
                .map(|choice| choice.name.text.clone()),
        );
    // A postcode's point is not "near me".
    let near_me = postcode.is_empty() && query.near.is_some();
    let others = query.attributes.len() + usize::from(query.open_now) + usize::from(near_me);
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

/// The "nothing fitted" page for this search: its words, area and the category they
/// were read as.
fn unmet_href(locale: &PageLocale, query: &Query, results: &Results) -> String {
    let mut pairs = vec![("q", query.text.as_str())];
    let area = query.area.as_ref().or(query.areas.first());
    pairs.extend(area.map(|a| ("area", a.as_str())));
    pairs.extend(results.category.as_ref().map(|c| ("matched", c.as_str())));
    let encoded = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    format!("/{}/unmet?{encoded}", locale.as_str())
}
