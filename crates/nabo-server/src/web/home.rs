//! `/`: the reader's language, remembered or asked for by the browser.

use super::failure::WebError;
use super::locale::{PageLocale, locale_of};
use super::render::LANGUAGE_COOKIE;
use crate::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::Redirect;
use nabo_i18n::{DEFAULT_LOCALE, negotiate, parse_accept_language};

/// `/`: the remembered language, else the browser's, else the default.
pub async fn root(State(state): State<AppState>, headers: HeaderMap) -> Redirect {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    let remembered = header(header::COOKIE)
        .and_then(remembered_language)
        .and_then(|tag| locale_of(&state, tag));
    let locale = remembered.map_or_else(
        || browser_language(&state, header(header::ACCEPT_LANGUAGE)),
        |tag| tag.to_string(),
    );
    Redirect::to(&format!("/{locale}/"))
}

/// `/{lang}` without the slash: the search page of a language; anything else
/// (`/robots.txt`) is not found.
pub async fn to_search(locale: PageLocale) -> Result<Redirect, WebError> {
    Ok(Redirect::permanent(&format!("/{}/", locale.as_str())))
}

fn remembered_language(cookies: &str) -> Option<&str> {
    cookies.split(';').find_map(|cookie| {
        cookie
            .trim()
            .strip_prefix(LANGUAGE_COOKIE)?
            .strip_prefix('=')
    })
}

fn browser_language(state: &AppState, accept_language: Option<&str>) -> String {
    let wanted: Vec<String> = accept_language
        .map(parse_accept_language)
        .unwrap_or_default()
        .into_iter()
        .map(|tag| locale_of(state, &tag).map_or(tag, |found| found.to_string()))
        .collect();
    negotiate(&wanted, &state.catalog.locales(), DEFAULT_LOCALE)
}
