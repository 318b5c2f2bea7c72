//! Errors of the pages, mapped once: a handler returns a `WebError` (its `?` takes the
//! API's and the directory's errors), and `error_pages` renders the error page in the
//! locale of the path.

use super::locale::locale_of;
use super::render::render;
use super::view::{Page, Translator};
use crate::{ApiError, AppState};
use askama::Template;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use nabo_directory::DirectoryError;
use nabo_domain::LanguageTag;
use nabo_i18n::DEFAULT_LOCALE;

/// Why a page cannot be shown.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("not found")]
    NotFound,
    /// Bad input, with what is wrong (shown to the reader).
    #[error("{0}")]
    BadRequest(String),
    /// The page lives at another address (a language's other tag).
    #[error("moved to {0}")]
    Moved(String),
    /// The page needs a signed-in account: on to the login page (its address).
    #[error("sign in at {0}")]
    SignIn(String),
    /// A form without a valid CSRF token, or sent from another site.
    #[error("the form's token is missing or wrong")]
    FormExpired,
    /// The account may not do this.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// The client sent too many of these.
    #[error("too many requests")]
    TooMany,
    /// Logged; the reader sees a general apology.
    #[error("internal error: {0}")]
    Internal(String),
}

/// What a failed handler leaves on its response for `error_pages` to render.
#[derive(Debug, Clone)]
struct Failure {
    status: StatusCode,
    detail: Option<String>,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, detail) = match self {
            WebError::Moved(to) | WebError::SignIn(to) => return Redirect::to(&to).into_response(),
            WebError::NotFound => (StatusCode::NOT_FOUND, None),
            WebError::FormExpired => (StatusCode::FORBIDDEN, Some(FORM_EXPIRED.to_owned())),
            WebError::TooMany => (StatusCode::TOO_MANY_REQUESTS, None),
            WebError::Forbidden(why) => {
                tracing::info!(%why, "a page refused an account");
                (StatusCode::FORBIDDEN, None)
            }
            WebError::BadRequest(detail) => (StatusCode::BAD_REQUEST, Some(detail)),
            WebError::Internal(error) => {
                tracing::error!(%error, "a page failed");
                (StatusCode::INTERNAL_SERVER_ERROR, None)
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(Failure { status, detail });
        response
    }
}

impl From<ApiError> for WebError {
    fn from(error: ApiError) -> Self {
        match error {
            ApiError::InvalidParameter { detail, .. } => WebError::BadRequest(detail),
            ApiError::NotFound(_) => WebError::NotFound,
            other => WebError::Internal(other.to_string()),
        }
    }
}

impl From<DirectoryError> for WebError {
    fn from(error: DirectoryError) -> Self {
        match error {
            DirectoryError::Forbidden(why) => WebError::Forbidden(why),
            DirectoryError::NotFound(_) => WebError::NotFound,
            error @ (DirectoryError::Xliff(_) | DirectoryError::Referral(_)) => {
                WebError::BadRequest(error.to_string())
            }
            other => WebError::Internal(other.to_string()),
        }
    }
}

/// The detail a 403 carries when the form, not the account, was refused.
const FORM_EXPIRED: &str = "form-expired";

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    heading: String,
    text: String,
}

/// Renders the error page for a failed handler's response, in the path's locale (the
/// default locale when the path names none).
pub async fn error_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    match response.extensions().get::<Failure>() {
        Some(failure) => {
            let segment = path.split('/').nth(1).unwrap_or_default();
            error_page(&state, locale_of(&state, segment), failure.clone())
        }
        None => response,
    }
}

fn error_page(state: &AppState, locale: Option<LanguageTag>, failure: Failure) -> Response {
    let locale = locale.map_or_else(|| DEFAULT_LOCALE.to_owned(), |tag| tag.to_string());
    let t = Translator::new(state.catalog.clone(), &locale);
    let (heading, text) = match failure.status {
        StatusCode::NOT_FOUND => (t.t("error-not-found-title"), t.t("error-not-found-text")),
        StatusCode::BAD_REQUEST => (
            t.t("error-bad-request-title"),
            failure.detail.unwrap_or_default(),
        ),
        StatusCode::FORBIDDEN if failure.detail.as_deref() == Some(FORM_EXPIRED) => (
            t.t("error-form-expired-title"),
            t.t("error-form-expired-text"),
        ),
        StatusCode::FORBIDDEN => (t.t("error-forbidden-title"), t.t("error-forbidden-text")),
        StatusCode::TOO_MANY_REQUESTS => (t.t("error-too-many-title"), t.t("error-too-many-text")),
        _ => (t.t("error-server-title"), t.t("error-server-text")),
    };
    let reference = state.directory.reference();
    let page = Page::new(&state.catalog, &reference, &locale, heading.clone(), "/");
    let view = ErrorPage {
        page,
        heading,
        text,
    };
    match render(&view) {
        Ok(html) => (failure.status, html).into_response(),
        Err(_) => failure.status.into_response(),
    }
}
