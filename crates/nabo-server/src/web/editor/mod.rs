//! The editors' pages (`/{lang}/edit/...`): for signed-in accounts only, every form
//! CSRF-checked, every change checked by the directory against the account's role and
//! areas. `list` finds resources, `resource` creates, changes, archives and restores
//! them through the resource form (`form`), `history` shows and brings back versions,
//! `translations` and `translate` are the translators' (what a language needs, XLIFF,
//! one resource's texts, review), `checking` verifies, `reports` is the queue of
//! reports from the field.

mod accounts;
mod checking;
mod form;
mod history;
mod insights;
mod keys;
mod list;
mod reports;
mod resource;
mod translate;
mod translations;

use super::failure::WebError;
use super::locale::PageLocale;
pub use super::session::Editor;
use super::view::{EditorBar, Page, Translator};
use crate::AppState;
use axum::Router;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use nabo_domain::ResourceId;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/edit/", get(list::page))
        .route(
            "/{lang}/edit/new",
            get(resource::new).post(resource::create),
        )
        .route(
            "/{lang}/edit/resources/{id}",
            get(resource::edit).post(resource::update),
        )
        .route(
            "/{lang}/edit/resources/{id}/archive",
            post(resource::archive),
        )
        .route(
            "/{lang}/edit/resources/{id}/restore",
            post(resource::restore),
        )
        .route("/{lang}/edit/resources/{id}/history", get(history::page))
        .route("/{lang}/edit/resources/{id}/revert", post(history::revert))
        .route("/{lang}/edit/resources/{id}/verify", post(checking::verify))
        .route(
            "/{lang}/edit/resources/{id}/translate/{to}",
            get(translate::page).post(translate::save),
        )
        .route(
            "/{lang}/edit/resources/{id}/translate/{to}/review",
            post(translate::review),
        )
        .route("/{lang}/edit/translations", get(translations::page))
        .route("/{lang}/edit/translations.xlf", get(translations::export))
        .route(
            "/{lang}/edit/translations/import",
            post(translations::import).layer(axum::extract::DefaultBodyLimit::max(
                crate::upkeep::XLIFF_LIMIT,
            )),
        )
        .route("/{lang}/edit/checking", get(checking::page))
        .route("/{lang}/edit/reports", get(reports::page))
        .route("/{lang}/edit/reports/{report}", post(reports::close))
        .route(
            "/{lang}/edit/accounts",
            get(accounts::page).post(accounts::create),
        )
        .route("/{lang}/edit/accounts/{account}", post(accounts::act))
        .route("/{lang}/edit/keys", get(keys::page).post(keys::create))
        .route("/{lang}/edit/insights", get(insights::page))
        .route("/{lang}/edit/insights/{report}", get(insights::download))
        .route("/{lang}/edit/keys/{key}/revoke", post(keys::revoke))
}

/// The resource a path names (`/{lang}/edit/resources/{id}...`); an id that cannot
/// exist is not found.
#[derive(Debug, Clone)]
pub struct ResourcePath(pub ResourceId);

impl FromRequestParts<AppState> for ResourcePath {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let Path((_, id)) = Path::<(String, String)>::from_request_parts(parts, state)
            .await
            .map_err(|_| WebError::NotFound)?;
        ResourceId::parse(&id)
            .map(Self)
            .map_err(|_| WebError::NotFound)
    }
}

/// The shell of an editors' page: the reader's locale, with who is signed in.
fn editor_page(state: &AppState, locale: &PageLocale, editor: &Editor, title: String) -> Page {
    let reference = state.directory.reference();
    let mut page = Page::new(&state.catalog, &reference, locale.as_str(), title, "/edit/");
    let role = page.t.t(&format!("role-{}", editor.account.role.as_str()));
    let signed_in_as = page.t.with2(
        "editor-signed-in-as",
        ("account", editor.account.id.as_str()),
        ("role", &role),
    );
    page.editor = Some(EditorBar {
        signed_in_as,
        csrf: editor.secret.csrf_token(),
        admin: editor.account.may_manage_accounts(),
        reports: editor.account.may_read_reports(),
    });
    page
}

/// After a form: on to `to` (303, so reloading does not send the form again).
fn redirect(to: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_owned())]).into_response()
}

/// The label of a field path (`name.so` → "Name (Soomaali)").
fn field_label(t: &Translator, field: &str) -> String {
    let (head, lang) = field.split_once('.').unwrap_or((field, ""));
    let message = match head {
        "name" | "summary" | "description" | "access" => {
            let label = t.t(&format!("editor-field-{head}"));
            return format!("{label} ({})", t.language_name(lang));
        }
        "address" => format!("editor-field-{lang}"),
        "geo" => {
            return format!("{}, {}", t.t("editor-field-lat"), t.t("editor-field-lon"));
        }
        "opening_hours" => "editor-field-opening-hours".to_owned(),
        "languages_spoken" => "editor-field-languages-spoken".to_owned(),
        "source_language" => "editor-field-source-language".to_owned(),
        "verified_at" => "editor-field-verified-at".to_owned(),
        other => format!("editor-field-{other}"),
    };
    t.t(&message)
}
