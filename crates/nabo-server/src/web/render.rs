//! Turning a page's view into HTML, and remembering the reader's language.

use super::failure::WebError;
use super::locale::PageLocale;
use askama::Template;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};

/// The cookie that remembers the reader's language for `/`.
pub const LANGUAGE_COOKIE: &str = "nabo_lang";

pub fn render(template: &impl Template) -> Result<Html<String>, WebError> {
    template
        .render()
        .map(Html)
        .map_err(|error| WebError::Internal(format!("a page could not be rendered: {error}")))
}

/// `page` with a cookie that makes `/` open the reader's language next time.
pub fn remembered(locale: &PageLocale, page: impl IntoResponse) -> Response {
    let mut response = page.into_response();
    let cookie = format!(
        "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.as_str()
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
