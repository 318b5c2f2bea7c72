//! `/{lang}/unmet`: "nothing fitted". The results page links here with its search (the
//! words, the area, the category they were read as); the volunteer may say what was
//! needed, from the list of categories. Anonymous, CSRF-checked, limited per address;
//! counted as `Directory::note_unmet` says (never who sent it).

use super::failure::WebError;
use super::locale::PageLocale;
use super::render::render;
use super::session::{CheckedForm, Client, Visitor};
use super::view::{Page, Shown};
use crate::AppState;
use crate::params::Params;
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use nabo_directory::UnmetSignal;
use nabo_domain::{AreaId, CategoryId, UnmetKind};

pub async fn form(
    State(state): State<AppState>,
    locale: PageLocale,
    visitor: Visitor,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let params = Params::parse(raw.as_deref());
    let view = UnmetPage::new(&state, &locale, &visitor, &params, false);
    Ok(visitor.keep(&state, render(&view)?))
}

pub async fn submit(
    State(state): State<AppState>,
    locale: PageLocale,
    visitor: Visitor,
    Client(client): Client,
    form: CheckedForm,
) -> Result<Response, WebError> {
    if !state.unmet_limit.allows(&client) {
        return Err(WebError::TooMany);
    }
    let signal = signal_of(&state, &locale, &form)?;
    state.directory.note_unmet(signal, Utc::now().date_naive());
    let params = Params::parse(None);
    let view = UnmetPage::new(&state, &locale, &visitor, &params, true);
    Ok(render(&view)?.into_response())
}

fn signal_of(
    state: &AppState,
    locale: &PageLocale,
    form: &CheckedForm,
) -> Result<UnmetSignal, WebError> {
    let reference = state.directory.reference();
    let known_area = |text: &str| {
        AreaId::parse(text)
            .ok()
            .filter(|a| reference.area(a).is_some())
    };
    let known_category = |text: &str| {
        CategoryId::parse(text)
            .ok()
            .filter(|c| reference.category(c).is_some())
    };
    let text = form.get("q").unwrap_or_default();
    if text.chars().count() > 500 {
        return Err(WebError::BadRequest(
            "q is longer than 500 characters".to_owned(),
        ));
    }
    Ok(UnmetSignal {
        kind: UnmetKind::NothingFitted,
        language: locale.0.clone(),
        area: form.get("area").and_then(known_area),
        matched: form.get("matched").and_then(known_category),
        needed: form.get("needed").and_then(known_category),
        text: text.to_owned(),
    })
}

pub struct CategoryChoice {
    pub id: String,
    pub name: Shown,
}

#[derive(Template)]
#[template(path = "unmet.html")]
struct UnmetPage {
    page: Page,
    csrf: String,
    q: String,
    area: String,
    matched: String,
    categories: Vec<CategoryChoice>,
    thanks: bool,
}

impl UnmetPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        visitor: &Visitor,
        params: &Params,
        thanks: bool,
    ) -> Self {
        let reference = state.directory.reference();
        let chain = reference.languages.chain(&locale.0);
        let title = state.catalog.format(locale.as_str(), "unmet-heading", &[]);
        let page = Page::new(&state.catalog, &reference, locale.as_str(), title, "/unmet");
        let value = |name: &str| {
            params
                .get(name)
                .ok()
                .flatten()
                .unwrap_or_default()
                .to_owned()
        };
        Self {
            page,
            csrf: visitor.csrf_token(),
            q: value("q"),
            area: value("area"),
            matched: value("matched"),
            categories: reference
                .categories
                .iter()
                .filter_map(|c| {
                    Some(CategoryChoice {
                        id: c.id.to_string(),
                        name: Shown::pick(&c.name, &chain, None, &reference)?,
                    })
                })
                .collect(),
            thanks,
        }
    }
}
