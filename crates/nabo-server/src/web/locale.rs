//! The page's locale: the first segment of the path, a language the UI is translated
//! into. A language's other tag (`prs` for Dari) moves to its own (`fa-AF`).

use super::failure::WebError;
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use nabo_domain::LanguageTag;

/// The locale a page is shown in.
#[derive(Debug, Clone)]
pub struct PageLocale(pub LanguageTag);

impl PageLocale {
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl FromRequestParts<AppState> for PageLocale {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let path = parts.uri.path();
        let segment = path.split('/').nth(1).unwrap_or_default();
        let tag = locale_of(state, segment).ok_or(WebError::NotFound)?;
        if tag.as_str() != segment {
            let rest = &path[1 + segment.len()..];
            let query = parts
                .uri
                .query()
                .map(|q| format!("?{q}"))
                .unwrap_or_default();
            return Err(WebError::Moved(format!("/{tag}{rest}{query}")));
        }
        Ok(Self(tag))
    }
}

/// The locale a path segment or cookie names (other tags such as `prs` included), if
/// the UI is translated into it.
pub fn locale_of(state: &AppState, segment: &str) -> Option<LanguageTag> {
    let tag = LanguageTag::parse(segment).ok()?;
    let reference = state.directory.reference();
    let tag = reference
        .languages
        .resolve(&tag)
        .map_or(tag, |language| language.tag.clone());
    state.catalog.has_locale(tag.as_str()).then_some(tag)
}
