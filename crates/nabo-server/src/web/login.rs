//! `/{lang}/login` and `/{lang}/logout`: editors sign in with their account and password
//! (failed attempts throttled per account and per client) and get a new session.

use super::failure::WebError;
use super::locale::PageLocale;
use super::render::render;
use super::session::{
    CSRF_COOKIE, CheckedForm, Client, Editor, SESSION_COOKIE, Visitor, cookie, set_cookie,
};
use super::view::Page;
use crate::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use nabo_directory::{DirectoryError, Secret, StartedSession};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
    signed_out: Option<String>,
}

pub async fn form(
    State(state): State<AppState>,
    locale: PageLocale,
    visitor: Visitor,
    Query(query): Query<LoginQuery>,
) -> Result<Response, WebError> {
    let notice = match (&query.signed_out, &query.next) {
        (Some(_), _) => Some("login-signed-out"),
        (None, Some(_)) => Some("login-required"),
        _ => None,
    };
    let view = LoginPage::new(&state, &locale, &visitor, query.next, notice);
    Ok(visitor.keep(&state, render(&view)?))
}

pub async fn submit(
    State(state): State<AppState>,
    locale: PageLocale,
    visitor: Visitor,
    Client(client): Client,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let account = form.text("account").unwrap_or_default();
    let password = form.get("password").unwrap_or_default();
    let next = form.text("next");
    match state.directory.log_in(&account, password, &client).await {
        Ok((account, session)) => {
            // Volunteers record referrals from the volunteers' pages; the rest edit.
            let home = match account.role {
                nabo_domain::Role::Volunteer => format!("/{}/", locale.as_str()),
                _ => format!("/{}/edit/", locale.as_str()),
            };
            Ok(signed_in(&state, &home, next.as_deref(), &session))
        }
        Err(refusal) => LoginPage::refused(&state, &locale, &visitor, next, &account, refusal),
    }
}

pub async fn logout(
    State(state): State<AppState>,
    locale: PageLocale,
    headers: HeaderMap,
    _form: CheckedForm,
) -> Result<Response, WebError> {
    if let Some(secret) = cookie(&headers, SESSION_COOKIE).and_then(Secret::from_cookie) {
        state.directory.log_out(&secret).await?;
    }
    let to = format!("/{}/login?signed_out=1", locale.as_str());
    let cookies = [(header::SET_COOKIE, set_cookie(&state, SESSION_COOKIE, None))];
    Ok((
        StatusCode::SEE_OTHER,
        AppendHeaders(cookies),
        [(header::LOCATION, to)],
    )
        .into_response())
}

/// On to where the editor was going, with the new session's cookie (the anonymous
/// CSRF cookie is no longer needed).
fn signed_in(
    state: &AppState,
    home: &str,
    next: Option<&str>,
    session: &StartedSession,
) -> Response {
    // Only a path of this site: never a redirect to another one.
    let to = next
        .filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.contains('\\'))
        .unwrap_or(home);
    let cookies = [
        (
            header::SET_COOKIE,
            set_cookie(state, SESSION_COOKIE, Some(session.secret.expose())),
        ),
        (header::SET_COOKIE, set_cookie(state, CSRF_COOKIE, None)),
    ];
    let location = [(header::LOCATION, to.to_owned())];
    (StatusCode::SEE_OTHER, AppendHeaders(cookies), location).into_response()
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    csrf: String,
    next: String,
    account: String,
    notice: Option<String>,
    error: Option<String>,
}

impl LoginPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        visitor: &Visitor,
        next: Option<String>,
        notice: Option<&str>,
    ) -> Self {
        let reference = state.directory.reference();
        let title = state.catalog.format(locale.as_str(), "login-title", &[]);
        let page = Page::new(&state.catalog, &reference, locale.as_str(), title, "/login");
        Self {
            notice: notice.map(|id| page.t.t(id)),
            page,
            csrf: visitor.csrf_token(),
            next: next.unwrap_or_default(),
            account: String::new(),
            error: None,
        }
    }

    /// The form again, saying why the login was refused (401, or 429 when throttled).
    fn refused(
        state: &AppState,
        locale: &PageLocale,
        visitor: &Visitor,
        next: Option<String>,
        account: &str,
        refusal: DirectoryError,
    ) -> Result<Response, WebError> {
        let mut view = Self::new(state, locale, visitor, next, None);
        view.account = account.to_owned();
        let (status, retry) = match refusal {
            DirectoryError::WrongCredentials => {
                view.error = Some(view.page.t.t("login-wrong"));
                (StatusCode::UNAUTHORIZED, None)
            }
            DirectoryError::Throttled(wait) => {
                let minutes = wait.as_secs().div_ceil(60).max(1);
                view.error = Some(view.page.t.count(
                    "login-throttled",
                    "minutes",
                    &(minutes as usize),
                ));
                (StatusCode::TOO_MANY_REQUESTS, Some(wait.as_secs().max(1)))
            }
            other => return Err(other.into()),
        };
        let mut response = (status, render(&view)?).into_response();
        if let Some(seconds) = retry
            && let Ok(value) = seconds.to_string().parse()
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        Ok(response)
    }
}

/// `GET /{lang}/logout`: a page with the sign-out button, for those whose pages have no
/// editors' bar (volunteers on the public pages, where no form token may be).
pub async fn logout_page(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
) -> Result<Response, WebError> {
    let view = LogoutPage::new(&state, &locale, &editor);
    Ok(render(&view)?.into_response())
}

#[derive(Template)]
#[template(path = "logout.html")]
struct LogoutPage {
    page: Page,
    csrf: String,
    signed_in_as: String,
}

impl LogoutPage {
    fn new(state: &AppState, locale: &PageLocale, editor: &Editor) -> Self {
        let reference = state.directory.reference();
        let title = state.catalog.format(locale.as_str(), "nav-sign-out", &[]);
        let page = Page::new(
            &state.catalog,
            &reference,
            locale.as_str(),
            title,
            "/logout",
        );
        let role = page.t.t(&format!("role-{}", editor.account.role.as_str()));
        let signed_in_as = page.t.with2(
            "editor-signed-in-as",
            ("account", editor.account.id.as_str()),
            ("role", &role),
        );
        Self {
            page,
            csrf: editor.secret.csrf_token(),
            signed_in_as,
        }
    }
}
