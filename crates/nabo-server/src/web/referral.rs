//! Recording a referral from the pages. The resource page and the card carry a small form
//! without a token (they stay public and cacheable); with JavaScript, `app.js` queues the
//! referral in the browser (IndexedDB) and sends it here with a token from
//! `/{lang}/referrals/token` — at once, or when the phone is online again. Without
//! JavaScript the form opens a confirmation page that holds the token and a server-made
//! event id. Either way the referral carries an id made before it is sent, so a resend
//! counts once.

use super::failure::WebError;
use super::locale::PageLocale;
use super::render::render;
use super::resource::load;
use super::session::{CheckedForm, Editor};
use super::view::{Page, Shown};
use crate::AppState;
use askama::Template;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use nabo_domain::{EventId, LanguageTag, Referral, ResourceId, parse_day};
use serde::Serialize;

/// The confirmation page (without JavaScript).
pub async fn form(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let resource = load(&state, &id).await?;
    let params = crate::params::Params::parse(raw.as_deref());
    let chosen = params
        .get("language")
        .ok()
        .flatten()
        .unwrap_or(locale.as_str());
    let view = ReferralPage::new(&state, &locale, &editor, &resource, chosen)?;
    Ok(render(&view)?.into_response())
}

/// Records a referral: for the page's script (`Accept: application/json`) whether it
/// was new; for a form, on to the resource page, which says so.
pub async fn record(
    State(state): State<AppState>,
    locale: PageLocale,
    editor: Editor,
    headers: axum::http::HeaderMap,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let referral = referral_of(&form)?;
    let to = format!(
        "/{}/resources/{}?referral=recorded",
        locale.as_str(),
        referral.resource
    );
    let today = Utc::now().date_naive();
    let recorded = state
        .directory
        .record_referral(&editor.account, referral, today)
        .await?;
    let script = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    Ok(match script {
        true => Json(crate::wire::insights::Recorded { recorded }).into_response(),
        false => (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response(),
    })
}

#[derive(Serialize)]
struct Token {
    csrf: String,
}

/// The signed-in browser's form token, for the script that sends queued referrals.
pub async fn token(editor: Editor) -> Response {
    (
        [(header::CACHE_CONTROL, "no-store")],
        Json(Token {
            csrf: editor.secret.csrf_token(),
        }),
    )
        .into_response()
}

fn referral_of(form: &CheckedForm) -> Result<Referral, WebError> {
    let field = |name: &str| form.get(name).unwrap_or_default();
    let bad = |e: &dyn std::fmt::Display| WebError::BadRequest(e.to_string());
    Ok(Referral {
        id: EventId::parse(field("id")).map_err(|e| bad(&e))?,
        resource: ResourceId::parse(field("resource")).map_err(|_| WebError::NotFound)?,
        language: LanguageTag::parse(field("language")).map_err(|e| bad(&e))?,
        day: parse_day(field("day")).map_err(|e| bad(&e))?,
    })
}

pub struct LanguageChoice {
    pub tag: String,
    pub name: Shown,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "referral.html")]
struct ReferralPage {
    page: Page,
    csrf: String,
    id: String,
    event: String,
    day: String,
    name: Shown,
    languages: Vec<LanguageChoice>,
}

impl ReferralPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        editor: &Editor,
        resource: &nabo_domain::Resource,
        chosen: &str,
    ) -> Result<Self, WebError> {
        let reference = state.directory.reference();
        let chain = reference.languages.chain(&locale.0);
        let title = state
            .catalog
            .format(locale.as_str(), "referral-heading", &[]);
        let rest = format!("/resources/{}/referral", resource.id);
        let page = Page::new(&state.catalog, &reference, locale.as_str(), title, &rest);
        let event = nabo_directory::event_id().map_err(|e| WebError::Internal(e.to_string()))?;
        Ok(Self {
            page,
            csrf: editor.secret.csrf_token(),
            id: resource.id.to_string(),
            event: event.to_string(),
            day: Utc::now().date_naive().format("%Y-%m-%d").to_string(),
            name: Shown::pick(
                &resource.name,
                &chain,
                Some(&resource.source_language),
                &reference,
            )
            .unwrap_or_default(),
            languages: language_choices(&reference, chosen),
        })
    }
}

/// The directory's languages by their own names, `chosen` selected.
pub fn language_choices(
    reference: &nabo_domain::ReferenceData,
    chosen: &str,
) -> Vec<LanguageChoice> {
    reference
        .languages
        .all()
        .iter()
        .map(|language| LanguageChoice {
            tag: language.tag.to_string(),
            name: Shown::autonym(language),
            selected: language.tag.as_str() == chosen,
        })
        .collect()
}

/// The referral form of the resource page and the card.
pub struct ReferralBox {
    pub id: String,
    /// The browser has a session (the form is shown; else a link to sign in).
    pub signed_in: bool,
    pub languages: Vec<LanguageChoice>,
    /// Back from recording one without JavaScript.
    pub recorded: bool,
}

impl ReferralBox {
    pub fn new(
        reference: &nabo_domain::ReferenceData,
        resource: &nabo_domain::Resource,
        her_language: &str,
        headers: &axum::http::HeaderMap,
        raw_query: Option<&str>,
    ) -> Self {
        let params = crate::params::Params::parse(raw_query);
        Self {
            id: resource.id.to_string(),
            signed_in: super::session::cookie(headers, super::session::SESSION_COOKIE).is_some(),
            languages: language_choices(reference, her_language),
            recorded: params.get("referral").ok().flatten() == Some("recorded"),
        }
    }
}
