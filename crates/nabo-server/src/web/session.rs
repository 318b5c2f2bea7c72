//! Who uses the editors' pages, and that their forms come from our own pages.
//!
//! A signed-in browser holds the session's secret in `nabo_session` (HttpOnly,
//! SameSite=Lax, Secure behind TLS); an anonymous one gets a random `nabo_csrf` secret
//! when a page shows it a form. Each form carries a token derived from the secret
//! (`Secret::csrf_token`), which a page of another site can neither read nor compute;
//! `CheckedForm` refuses a form without it, and any request that says it came from
//! another site.

use super::failure::WebError;
use crate::AppState;
use axum::extract::{ConnectInfo, Form, FromRequest, FromRequestParts, Multipart, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use nabo_directory::{DirectoryError, SESSION_HOURS, Secret};
use nabo_domain::Account;
use std::net::SocketAddr;

pub const SESSION_COOKIE: &str = "nabo_session";
pub const CSRF_COOKIE: &str = "nabo_csrf";
/// The form field that carries the CSRF token.
pub const CSRF_FIELD: &str = "csrf";

/// Marks the answer to a signed-in browser as holding a secret (the sign-out form's
/// token), so that it is not compressed.
pub async fn mark_signed_in(request: Request, next: Next) -> Response {
    let signed_in = cookie(request.headers(), SESSION_COOKIE).is_some();
    let mut response = next.run(request).await;
    if signed_in {
        response.extensions_mut().insert(crate::HoldsSecret);
    }
    response
}

/// The value of the cookie `name`, if the request has it.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
}

/// A `Set-Cookie` value for `name` (`None`: remove the cookie).
pub fn set_cookie(state: &AppState, name: &str, value: Option<&str>) -> String {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    match value {
        Some(value) if name == SESSION_COOKIE => format!(
            "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
            SESSION_HOURS * 3600
        ),
        Some(value) => format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax{secure}"),
        None => format!("{name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"),
    }
}

/// The secret forms of this browser are made for: its session's, else its anonymous one.
fn form_secret(headers: &HeaderMap) -> Option<Secret> {
    cookie(headers, SESSION_COOKIE)
        .and_then(Secret::from_cookie)
        .or_else(|| cookie(headers, CSRF_COOKIE).and_then(Secret::from_cookie))
}

/// The signed-in account of a request; without a live session, the page asks to sign in.
#[derive(Debug, Clone)]
pub struct Editor {
    pub account: Account,
    pub secret: Secret,
}

impl FromRequestParts<AppState> for Editor {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let sign_in = || {
            let lang = parts.uri.path().split('/').nth(1).unwrap_or_default();
            let next = parts
                .uri
                .path_and_query()
                .map_or("/", |p| p.as_str())
                .to_owned();
            WebError::SignIn(format!("/{lang}/login?next={}", encode(&next)))
        };
        let secret = cookie(&parts.headers, SESSION_COOKIE)
            .and_then(Secret::from_cookie)
            .ok_or_else(sign_in)?;
        match state.directory.session_account(&secret).await {
            Ok(account) => Ok(Self { account, secret }),
            Err(DirectoryError::WrongCredentials) => Err(sign_in()),
            Err(other) => Err(other.into()),
        }
    }
}

/// The CSRF token for the forms of a page, with the anonymous cookie to set when the
/// browser has no secret yet.
#[derive(Debug, Clone)]
pub struct Visitor {
    secret: Secret,
    fresh: bool,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, WebError> {
        if let Some(secret) = form_secret(&parts.headers) {
            return Ok(Self {
                secret,
                fresh: false,
            });
        }
        let secret = Secret::generate().map_err(|e| WebError::Internal(e.to_string()))?;
        Ok(Self {
            secret,
            fresh: true,
        })
    }
}

impl Visitor {
    /// The token this browser's forms carry.
    pub fn csrf_token(&self) -> String {
        self.secret.csrf_token()
    }

    /// `page`, with the anonymous secret's cookie when the browser had none.
    pub fn keep(&self, state: &AppState, page: impl IntoResponse) -> Response {
        let mut response = page.into_response();
        if self.fresh
            && let Ok(value) =
                HeaderValue::from_str(&set_cookie(state, CSRF_COOKIE, Some(self.secret.expose())))
        {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
        response
    }
}

/// The fields of a form that came from one of our pages (its CSRF token checked).
#[derive(Debug, Clone, Default)]
pub struct CheckedForm(pub Vec<(String, String)>);

impl FromRequest<AppState> for CheckedForm {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, WebError> {
        let headers = request.headers().clone();
        if from_another_site(&headers) {
            return Err(WebError::FormExpired);
        }
        let Form(fields) = Form::<Vec<(String, String)>>::from_request(request, state)
            .await
            .map_err(|e| WebError::BadRequest(e.body_text()))?;
        let form = Self(fields);
        let token = form.get(CSRF_FIELD).unwrap_or_default();
        match form_secret(&headers) {
            Some(secret) if secret.accepts_csrf(token) => Ok(form),
            _ => Err(WebError::FormExpired),
        }
    }
}

impl CheckedForm {
    /// The first value of the field `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }

    /// The first value of `name`, trimmed; `None` when missing or blank.
    pub fn text(&self, name: &str) -> Option<String> {
        self.get(name)
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .map(str::to_owned)
    }

    /// The field `name` as a number (a version); 0 when missing or not a number.
    pub fn number(&self, name: &str) -> i64 {
        self.get(name)
            .and_then(|value| value.trim().parse().ok())
            .unwrap_or(0)
    }

    /// Every value of the field `name` (checkboxes, multiple selects).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(field, _)| field == name)
            .map(|(_, value)| value.clone())
            .collect()
    }
}

/// A file sent with a form of ours (multipart), its CSRF token checked: the form's other
/// fields and the file's text.
#[derive(Debug, Clone, Default)]
pub struct CheckedUpload {
    pub fields: CheckedForm,
    pub file: Option<String>,
}

impl FromRequest<AppState> for CheckedUpload {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, WebError> {
        let headers = request.headers().clone();
        if from_another_site(&headers) {
            return Err(WebError::FormExpired);
        }
        let bad = |e: &dyn std::fmt::Display| WebError::BadRequest(e.to_string());
        let mut multipart = Multipart::from_request(request, state)
            .await
            .map_err(|e| bad(&e))?;
        let mut upload = Self::default();
        while let Some(field) = multipart.next_field().await.map_err(|e| bad(&e))? {
            let name = field.name().unwrap_or_default().to_owned();
            let is_file = field.file_name().is_some();
            let text = field.text().await.map_err(|e| bad(&e))?;
            match is_file {
                true => upload.file = Some(text),
                false => upload.fields.0.push((name, text)),
            }
        }
        let token = upload.fields.get(CSRF_FIELD).unwrap_or_default();
        match form_secret(&headers) {
            Some(secret) if secret.accepts_csrf(token) => Ok(upload),
            _ => Err(WebError::FormExpired),
        }
    }
}

/// Browsers say where a request comes from (`Sec-Fetch-Site`, `Origin`); a form sent
/// from another site is refused whatever its token. (Under `Referrer-Policy:
/// no-referrer` a browser sends `Origin: null` for our own forms: that says nothing.)
fn from_another_site(headers: &HeaderMap) -> bool {
    let value = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    if value("sec-fetch-site").is_some_and(|site| site == "cross-site" || site == "same-site") {
        return true;
    }
    match (value("origin"), value("host")) {
        (Some("null"), _) => false,
        (Some(origin), Some(host)) => origin.split("://").nth(1) != Some(host),
        _ => false,
    }
}

/// The client's address for login throttling: the peer, or the trusted proxy's
/// `X-Forwarded-For`.
pub fn client_address(parts: &Parts, state: &AppState) -> String {
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip().to_string());
    let forwarded = parts
        .headers
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .map(|v| v.trim().to_owned());
    match state.rate_limit.trust_forwarded {
        true => forwarded.or(peer),
        false => peer,
    }
    .unwrap_or_else(|| "unknown".to_owned())
}

/// The client of a request, as `client_address` sees it.
#[derive(Debug, Clone)]
pub struct Client(pub String);

impl FromRequestParts<AppState> for Client {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        Ok(Self(client_address(parts, state)))
    }
}

/// Percent-encodes a path for a query parameter.
fn encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
