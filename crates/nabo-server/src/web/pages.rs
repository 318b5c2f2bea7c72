//! Page handlers: parse, one call to the directory, build the view, render.

use super::view::{LanguageLink, Page, Shown, Translator};
use crate::AppState;
use crate::params::Params;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{Datelike, Utc};
use nabo_directory::open_state;
use nabo_domain::{LanguageTag, OpenState, ReferenceData, Resource, ResourceId};
use nabo_i18n::{DEFAULT_LOCALE, negotiate, parse_accept_language};

const COOKIE: &str = "nabo_lang";
const PAGE_SIZE: usize = 20;

/// The locale a path segment names (aliases such as `prs` included), if it exists.
fn locale_of(state: &AppState, segment: &str) -> Option<String> {
    let reference = state.directory.reference();
    let tag = LanguageTag::parse(segment).ok()?;
    let tag = reference
        .languages
        .resolve(&tag)
        .map_or(tag, |l| l.tag.clone());
    state
        .catalog
        .has_locale(tag.as_str())
        .then(|| tag.to_string())
}

fn remember(locale: &str, mut response: Response) -> Response {
    let cookie = format!("{COOKIE}={locale}; Path=/; Max-Age=31536000; SameSite=Lax");
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

fn render(template: &impl Template, status: StatusCode) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "a page could not be rendered");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `/`: the remembered language, else the browser's, else the default.
pub async fn root(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let remembered = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|cookies| {
            cookies.split(';').find_map(|c| {
                c.trim()
                    .strip_prefix(&format!("{COOKIE}="))
                    .map(str::to_owned)
            })
        })
        .and_then(|tag| locale_of(&state, &tag));
    let locale = remembered.unwrap_or_else(|| {
        let wanted: Vec<String> = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(parse_accept_language)
            .unwrap_or_default()
            .into_iter()
            .map(|tag| locale_of(&state, &tag).unwrap_or(tag))
            .collect();
        negotiate(&wanted, &state.catalog.locales(), DEFAULT_LOCALE)
    });
    Redirect::to(&format!("/{locale}/")).into_response()
}

/// `/{lang}` without the slash: the search page, for a language that exists; anything
/// else (`/favicon.ico`, `/robots.txt`) is not found.
pub async fn to_search(State(state): State<AppState>, Path(lang): Path<String>) -> Response {
    match locale_of(&state, &lang) {
        Some(locale) => Redirect::permanent(&format!("/{locale}/")).into_response(),
        None => error_page(&state, DEFAULT_LOCALE, StatusCode::NOT_FOUND, None),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    heading: String,
    text: String,
}

fn error_page(
    state: &AppState,
    locale: &str,
    status: StatusCode,
    detail: Option<String>,
) -> Response {
    let reference = state.directory.reference();
    let t = Translator::new(state.catalog.clone(), locale);
    let (heading, text) = match status {
        StatusCode::NOT_FOUND => (t.t("error-not-found-title"), t.t("error-not-found-text")),
        StatusCode::BAD_REQUEST => (t.t("error-bad-request-title"), detail.unwrap_or_default()),
        _ => (t.t("error-server-title"), t.t("error-server-text")),
    };
    let page = Page::new(&state.catalog, &reference, locale, heading.clone(), "/");
    render(
        &ErrorPage {
            page,
            heading,
            text,
        },
        status,
    )
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
    pub near: String,
    pub open_now: bool,
    pub any_filter: bool,
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

/// `/{lang}/`: the search box, filters, category tiles and (when asked) results.
pub async fn search(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let Some(locale) = locale_of(&state, &lang) else {
        return error_page(&state, DEFAULT_LOCALE, StatusCode::NOT_FOUND, None);
    };
    if locale != lang {
        let query = raw.map(|q| format!("?{q}")).unwrap_or_default();
        return Redirect::to(&format!("/{locale}/{query}")).into_response();
    }
    let reference = state.directory.reference();
    let params = Params::parse(raw.as_deref());
    let bad = |error: crate::ApiError| {
        error_page(
            &state,
            &locale,
            StatusCode::BAD_REQUEST,
            Some(error.to_string()),
        )
    };
    let tag =
        LanguageTag::parse(&locale).unwrap_or_else(|_| reference.languages.all()[0].tag.clone());
    let chain = reference.languages.chain(&tag);
    let query = match params.search_query(&reference, tag.clone(), PAGE_SIZE) {
        Ok(query) => query,
        Err(error) => return bad(error),
    };
    let (q, offset) = (query.text.clone(), query.offset);
    let (area, category) = (query.area.clone(), query.category.clone());
    let (attributes, near, open_now) = (query.attributes.clone(), query.near, query.open_now);
    let searched = !q.is_empty()
        || area.is_some()
        || category.is_some()
        || !attributes.is_empty()
        || open_now
        || near.is_some();

    let mut total = 0;
    let mut hits = Vec::new();
    let mut next_page = None;
    if searched {
        match state.directory.search(query).await {
            Ok(results) => {
                total = results.total;
                let t = Translator::new(state.catalog.clone(), &locale);
                for hit in results.hits {
                    let resource = &hit.resource;
                    let Some(name) = Shown::pick(
                        &resource.name,
                        &chain,
                        Some(&resource.source_language),
                        &reference,
                    ) else {
                        continue;
                    };
                    let shown_language = t.language_name(&name.lang);
                    hits.push(HitView {
                        id: resource.id.to_string(),
                        summary: Shown::pick(
                            &resource.summary,
                            &chain,
                            Some(&resource.source_language),
                            &reference,
                        ),
                        open_now: hit.open_now,
                        distance: hit.distance_m.map(|m| distance(&t, m)),
                        shown_language,
                        name,
                    });
                }
                if offset + PAGE_SIZE < total {
                    let mut query: Vec<String> = raw
                        .as_deref()
                        .unwrap_or_default()
                        .split('&')
                        .filter(|p| !p.is_empty() && !p.starts_with("offset="))
                        .map(str::to_owned)
                        .collect();
                    query.push(format!("offset={}", offset + PAGE_SIZE));
                    next_page = Some(format!("/{locale}/?{}", query.join("&")));
                }
            }
            Err(error) => {
                tracing::error!(%error, "search failed");
                return error_page(&state, &locale, StatusCode::INTERNAL_SERVER_ERROR, None);
            }
        }
    }

    let shown = |text: &nabo_domain::LocalizedText| {
        Shown::pick(text, &chain, None, &reference).unwrap_or_default()
    };
    let mut areas: Vec<Choice> = reference
        .areas
        .values()
        .filter(|a| a.kind.as_deref() == Some("municipality"))
        .map(|a| Choice {
            id: a.id.to_string(),
            name: shown(&a.name),
            selected: area.as_ref() == Some(&a.id),
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
            selected: category.as_ref() == Some(&c.id),
            icon: c.icon.clone().unwrap_or_default(),
        })
        .collect();
    let attribute_choices = reference
        .attributes
        .iter()
        .map(|a| Choice {
            id: a.id.to_string(),
            name: shown(&a.name),
            selected: attributes.contains(&a.id),
            icon: String::new(),
        })
        .collect();
    let t = Translator::new(state.catalog.clone(), &locale);
    let rest = raw
        .as_deref()
        .map(|q| format!("/?{q}"))
        .unwrap_or_else(|| "/".to_owned());
    let page = Page::new(
        &state.catalog,
        &reference,
        &locale,
        t.t("search-heading"),
        &rest,
    );
    let form = FormView {
        any_filter: area.is_some()
            || category.is_some()
            || !attributes.is_empty()
            || open_now
            || near.is_some(),
        q,
        area: area.map(String::from).unwrap_or_default(),
        near: near
            .map(|g| format!("{},{}", g.lat, g.lon))
            .unwrap_or_default(),
        open_now,
    };
    let view = SearchPage {
        page,
        form,
        areas,
        categories,
        attributes: attribute_choices,
        searched,
        total,
        hits,
        next_page,
    };
    remember(&locale, render(&view, StatusCode::OK))
}

fn distance(t: &Translator, metres: f64) -> String {
    if metres < 1000.0 {
        t.with(
            "results-distance-m",
            "distance",
            &format!("{}", (metres / 10.0).round() * 10.0),
        )
    } else {
        t.with(
            "results-distance-km",
            "distance",
            &format!("{:.1}", metres / 1000.0),
        )
    }
}

pub struct DayView {
    pub name: String,
    pub times: String,
}

fn week(t: &Translator, reference: &ReferenceData, resource: &Resource) -> Vec<DayView> {
    let Some(hours) = &resource.opening_hours else {
        return Vec::new();
    };
    let country = reference.area(&resource.area).map(|a| a.country.as_str());
    let tz = reference
        .timezone(&resource.area)
        .and_then(|tz| tz.parse::<chrono_tz::Tz>().ok());
    let today = match tz {
        Some(tz) => Utc::now().with_timezone(&tz).date_naive(),
        None => Utc::now().date_naive(),
    };
    hours
        .week(today, country)
        .into_iter()
        .map(|day| DayView {
            name: t.t(day_id(day.date.weekday())),
            times: if day.open.is_empty() {
                t.t("hours-closed-day")
            } else if day.open == [("00:00".to_owned(), "24:00".to_owned())] {
                t.t("hours-always-open")
            } else {
                day.open
                    .iter()
                    .map(|(from, to)| format!("{from}–{to}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        })
        .collect()
}

fn day_id(day: chrono::Weekday) -> &'static str {
    match day {
        chrono::Weekday::Mon => "day-mo",
        chrono::Weekday::Tue => "day-tu",
        chrono::Weekday::Wed => "day-we",
        chrono::Weekday::Thu => "day-th",
        chrono::Weekday::Fri => "day-fr",
        chrono::Weekday::Sat => "day-sa",
        chrono::Weekday::Sun => "day-su",
    }
}

fn open_status(t: &Translator, reference: &ReferenceData, resource: &Resource) -> String {
    let now = Utc::now();
    let state = open_state(reference, resource, now);
    let next = resource.opening_hours.as_ref().and_then(|hours| {
        let country = reference.area(&resource.area).map(|a| a.country.as_str());
        hours.next_change(now, reference.timezone(&resource.area), country)
    });
    let at = |when: chrono::NaiveDateTime| when.format("%H:%M").to_string();
    match (state, next) {
        (Some(OpenState::Open), Some(next)) => format!(
            "{} · {}",
            t.t("hours-open-now"),
            t.with("hours-closes-at", "time", &at(next))
        ),
        (Some(OpenState::Open), None) => t.t("hours-open-now"),
        (Some(OpenState::Closed), Some(next)) => format!(
            "{} · {}",
            t.t("hours-closed-now"),
            t.with2(
                "hours-opens-at",
                ("day", &t.t(day_id(next.weekday()))),
                ("time", &at(next))
            )
        ),
        (Some(OpenState::Closed), None) => t.t("hours-closed-now"),
        _ => t.t("hours-unknown"),
    }
}

pub struct ResourceView {
    pub id: String,
    pub name: Shown,
    pub name_language: String,
    pub summary: Option<Shown>,
    pub description: Option<Shown>,
    pub access: Option<Shown>,
    pub open_status: String,
    pub week: Vec<DayView>,
    pub phone: Option<(String, String)>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub geo: Option<(f64, f64)>,
    pub address: Option<String>,
    pub languages_spoken: Vec<String>,
    pub attributes: Vec<Shown>,
    pub verified: String,
}

#[derive(Template)]
#[template(path = "resource.html")]
struct ResourcePage {
    page: Page,
    r: ResourceView,
}

fn address_line(resource: &Resource) -> Option<String> {
    let address = resource.address.as_ref()?;
    let city = [address.postcode.as_deref(), address.city.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let parts: Vec<String> = [address.street.clone(), (!city.is_empty()).then_some(city)]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

async fn load(state: &AppState, id: &str) -> Option<Resource> {
    let id = ResourceId::parse(id).ok()?;
    state
        .directory
        .resource(&id)
        .await
        .ok()
        .flatten()
        .map(|s| s.resource)
}

/// The page's locale and the resource of a `/{lang}/resources/{id}...` path, or the
/// not-found page (in the default locale when the language itself is unknown).
async fn locale_and_resource(
    state: &AppState,
    lang: &str,
    id: &str,
) -> Result<(String, Resource), Response> {
    let Some(locale) = locale_of(state, lang) else {
        return Err(error_page(
            state,
            DEFAULT_LOCALE,
            StatusCode::NOT_FOUND,
            None,
        ));
    };
    match load(state, id).await {
        Some(resource) => Ok((locale, resource)),
        None => Err(error_page(state, &locale, StatusCode::NOT_FOUND, None)),
    }
}

/// `/{lang}/resources/{id}`: everything about one service, in the reader's language.
pub async fn resource(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
) -> Response {
    let (locale, resource) = match locale_and_resource(&state, &lang, &id).await {
        Ok(found) => found,
        Err(not_found) => return not_found,
    };
    let reference = state.directory.reference();
    let tag = LanguageTag::parse(&locale).unwrap_or_else(|_| resource.source_language.clone());
    let chain = reference.languages.chain(&tag);
    let t = Translator::new(state.catalog.clone(), &locale);
    let source = Some(&resource.source_language);
    let pick = |text| Shown::pick(text, &chain, source, &reference);
    let name = pick(&resource.name).unwrap_or_default();
    let view = ResourceView {
        id: resource.id.to_string(),
        name_language: t.language_name(&name.lang),
        summary: pick(&resource.summary),
        description: pick(&resource.description),
        access: pick(&resource.access),
        open_status: open_status(&t, &reference, &resource),
        week: week(&t, &reference, &resource),
        phone: resource
            .phone
            .as_ref()
            .map(|p| (p.display().to_owned(), p.e164().to_owned())),
        email: resource.email.as_ref().map(|e| e.as_str().to_owned()),
        website: resource.website.as_ref().map(|w| w.as_str().to_owned()),
        geo: resource.geo.map(|g| (g.lat, g.lon)),
        address: address_line(&resource),
        languages_spoken: resource
            .languages_spoken
            .iter()
            .map(|l| t.language_name(l.as_str()))
            .collect(),
        attributes: resource
            .attributes
            .iter()
            .filter_map(|a| reference.attribute(a))
            .filter_map(|a| Shown::pick(&a.name, &chain, None, &reference))
            .collect(),
        verified: resource
            .verified_at
            .map(|d| {
                t.with(
                    "resource-verified",
                    "date",
                    &d.format("%Y-%m-%d").to_string(),
                )
            })
            .unwrap_or_else(|| t.t("resource-not-verified")),
        name,
    };
    let page = Page::new(
        &state.catalog,
        &reference,
        &locale,
        view.name.text.clone(),
        &format!("/resources/{}", resource.id),
    );
    remember(
        &locale,
        render(&ResourcePage { page, r: view }, StatusCode::OK),
    )
}

pub struct CardSide {
    pub lang: String,
    pub dir: &'static str,
    pub language: String,
    pub name: Shown,
    pub intro: String,
    pub what: Option<Shown>,
    pub what_label: String,
    pub where_label: String,
    pub when_label: String,
    pub phone_label: String,
    pub week: Vec<DayView>,
}

#[derive(Template)]
#[template(path = "card.html")]
struct CardPage {
    page: Page,
    id: String,
    title: String,
    choices: Vec<LanguageLink>,
    sides: Vec<CardSide>,
    address: Option<String>,
    phone: Option<String>,
    qr_svg: String,
    qr_caption: String,
    woman_lang: String,
    woman_dir: &'static str,
    share_url: String,
}

/// `/{lang}/resources/{id}/card?for=TAG`: the essentials in her language beside the
/// local one, with a QR code that opens the service's page in her language.
pub async fn card(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let (locale, resource) = match locale_and_resource(&state, &lang, &id).await {
        Ok(found) => found,
        Err(not_found) => return not_found,
    };
    let reference = state.directory.reference();
    let params = Params::parse(raw.as_deref());
    let woman = match params.get("for").ok().flatten() {
        Some(wanted) => match locale_of(&state, wanted) {
            Some(found) => found,
            None => {
                return error_page(
                    &state,
                    &locale,
                    StatusCode::BAD_REQUEST,
                    Some(format!("for: {wanted:?}")),
                );
            }
        },
        None => locale.clone(),
    };
    let local = resource.source_language.to_string();
    let mut languages = vec![woman.clone()];
    if local != woman {
        languages.push(local);
    }
    let sides: Vec<CardSide> = languages
        .iter()
        .map(|side_locale| {
            let t = Translator::new(state.catalog.clone(), side_locale);
            let tag = LanguageTag::parse(side_locale)
                .unwrap_or_else(|_| resource.source_language.clone());
            let chain = reference.languages.chain(&tag);
            let pick =
                |text| Shown::pick(text, &chain, Some(&resource.source_language), &reference);
            CardSide {
                lang: side_locale.clone(),
                dir: reference.languages.direction(&tag).as_str(),
                language: reference
                    .languages
                    .resolve(&tag)
                    .map(|l| l.autonym.clone())
                    .unwrap_or_default(),
                name: pick(&resource.name).unwrap_or_default(),
                intro: t.t("card-intro"),
                what: pick(&resource.summary),
                what_label: t.t("card-what"),
                where_label: t.t("card-where"),
                when_label: t.t("card-when"),
                phone_label: t.t("card-phone"),
                week: week(&t, &reference, &resource),
            }
        })
        .collect();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1:8080");
    let share_url = format!("http://{host}/{woman}/resources/{}", resource.id);
    let qr_svg = qrcode::QrCode::new(share_url.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color<'_>>()
                .min_dimensions(180, 180)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default();
    let woman_t = Translator::new(state.catalog.clone(), &woman);
    let woman_tag = LanguageTag::parse(&woman).unwrap_or_else(|_| resource.source_language.clone());
    let t = Translator::new(state.catalog.clone(), &locale);
    let title_name = sides
        .first()
        .map(|s| s.name.text.clone())
        .unwrap_or_default();
    let title = t.with("card-heading", "name", &title_name);
    let choices = Page::new(&state.catalog, &reference, &woman, String::new(), "")
        .languages
        .into_iter()
        .collect();
    let page = Page::new(
        &state.catalog,
        &reference,
        &locale,
        title.clone(),
        &format!("/resources/{}/card?for={woman}", resource.id),
    );
    let view = CardPage {
        page,
        id: resource.id.to_string(),
        title,
        choices,
        sides,
        address: address_line(&resource),
        phone: resource.phone.as_ref().map(|p| p.display().to_owned()),
        // The SVG is generated here from a URL we built; it contains no user text.
        qr_svg: qr_svg.replace("<?xml version=\"1.0\" standalone=\"yes\"?>", ""),
        qr_caption: woman_t.t("card-qr-caption"),
        woman_lang: woman.clone(),
        woman_dir: reference.languages.direction(&woman_tag).as_str(),
        share_url,
    };
    render(&view, StatusCode::OK)
}
