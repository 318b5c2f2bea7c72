//! `/{lang}/`: the search box, filters, category tiles and (when asked) results.

use super::failure::WebError;
use super::locale::PageLocale;
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
    pub icon: String,
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
    pub any_filter: bool,
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
        let hits = results.map_or_else(Vec::new, |r| hit_views(&t, &reference, &chain, r));
        let raw = request.raw;
        let next_page = (query.offset + PAGE_SIZE < total).then(|| next_page(locale, raw, query));
        let rest = raw.map_or_else(|| "/".to_owned(), |q| format!("/?{q}"));
        let (areas, categories, attributes) = choices(&reference, &chain, query);
        Self {
            page: Page::new(
                &state.catalog,
                &reference,
                locale.as_str(),
                t.t("search-heading"),
                &rest,
            ),
            form: form_view(&t, request, query),
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
fn form_view(t: &Translator, request: &Request<'_>, query: &Query) -> FormView {
    let given = |name| {
        let value = request.params.get(name).ok().flatten();
        value.unwrap_or_default().to_owned()
    };
    let postcode = given("postcode");
    FormView {
        any_filter: query.is_filtered() || request.postcode_refused,
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
            icon: String::new(),
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
            icon: c.icon.clone().unwrap_or_default(),
        })
        .collect();
    let attributes = reference
        .attributes
        .iter()
        .map(|a| Choice {
            id: a.id.to_string(),
            name: shown(&a.name),
            selected: query.attributes.contains(&a.id),
            icon: String::new(),
        })
        .collect();
    (areas, categories, attributes)
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
