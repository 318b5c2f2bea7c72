//! `/{lang}/resources/{id}/card?for=TAG`: the essentials in her language beside the
//! local one, with a QR code that opens the service's page in her language.

use super::failure::WebError;
use super::hours::{self, DayView};
use super::locale::{PageLocale, locale_of};
use super::referral::ReferralBox;
use super::render::render;
use super::resource::{address_line, load};
use super::view::{LanguageLink, Page, Shown, Translator, public_base};
use crate::AppState;
use crate::params::Params;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use nabo_directory::opening;
use nabo_domain::{LanguageTag, Resource};

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let resource = load(&state, &id).await?;
    let woman = her_language(&state, &locale, raw.as_deref())?;
    let base = public_base(&state, &headers);
    let reference = state.directory.reference();
    let referral = ReferralBox::new(
        &reference,
        &resource,
        woman.as_str(),
        &headers,
        raw.as_deref(),
    );
    let view = CardPage::new(&state, &locale, &woman, &resource, &base, referral);
    Ok(render(&view)?.into_response())
}

/// The language of `?for=`, else the page's.
fn her_language(
    state: &AppState,
    locale: &PageLocale,
    raw: Option<&str>,
) -> Result<LanguageTag, WebError> {
    let params = Params::parse(raw);
    match params.get("for")? {
        Some(wanted) => {
            locale_of(state, wanted).ok_or_else(|| WebError::BadRequest(format!("for: {wanted:?}")))
        }
        None => Ok(locale.0.clone()),
    }
}

pub struct CardSide {
    pub lang: String,
    pub dir: &'static str,
    pub language: String,
    pub name: Shown,
    /// "Shown in …" in the side's language, when the name is in another one.
    pub name_note: Option<String>,
    pub intro: String,
    pub what: Option<Shown>,
    pub what_note: Option<String>,
    pub what_label: String,
    pub where_label: String,
    pub when_label: String,
    pub phone_label: String,
    pub week: Vec<DayView>,
    /// The read-aloud button, in the side's language.
    pub read_aloud: String,
    pub read_stop: String,
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
    referral: ReferralBox,
}

impl CardPage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        woman: &LanguageTag,
        resource: &Resource,
        base: &str,
        referral: ReferralBox,
    ) -> Self {
        let reference = state.directory.reference();
        let mut languages = vec![woman.clone()];
        if resource.source_language != *woman {
            languages.push(resource.source_language.clone());
        }
        let sides: Vec<CardSide> = languages
            .iter()
            .map(|side| CardSide::new(state, side, resource))
            .collect();
        let share_url = format!("{base}/{woman}/resources/{}", resource.id);
        let t = Translator::new(state.catalog.clone(), locale.as_str());
        let title_name = sides
            .first()
            .map(|s| s.name.text.clone())
            .unwrap_or_default();
        let title = t.with("card-heading", "name", &title_name);
        let choices = Page::new(
            &state.catalog,
            &reference,
            woman.as_str(),
            String::new(),
            "",
        )
        .languages;
        let rest = format!("/resources/{}/card?for={woman}", resource.id);
        Self {
            page: Page::new(
                &state.catalog,
                &reference,
                locale.as_str(),
                title.clone(),
                &rest,
            ),
            id: resource.id.to_string(),
            title,
            choices,
            sides,
            address: address_line(resource),
            phone: resource.phone.as_ref().map(|p| p.display().to_owned()),
            qr_svg: qr_svg(&share_url),
            qr_caption: Translator::new(state.catalog.clone(), woman.as_str()).t("card-qr-caption"),
            woman_lang: woman.to_string(),
            woman_dir: reference.languages.direction(woman).as_str(),
            share_url,
            referral,
        }
    }
}

impl CardSide {
    fn new(state: &AppState, side: &LanguageTag, resource: &Resource) -> Self {
        let reference = state.directory.reference();
        let t = Translator::new(state.catalog.clone(), side.as_str());
        let chain = reference.languages.chain(side);
        let pick = |text| Shown::pick(text, &chain, Some(&resource.source_language), &reference);
        let opening = opening(&reference, resource, Utc::now());
        let name = pick(&resource.name).unwrap_or_default();
        let what = pick(&resource.summary);
        let note = |shown: &Shown| shown.fallback.then(|| t.shown_in(shown));
        Self {
            lang: side.to_string(),
            dir: reference.languages.direction(side).as_str(),
            language: reference
                .languages
                .resolve(side)
                .map(|l| l.autonym.clone())
                .unwrap_or_default(),
            name_note: note(&name),
            name,
            intro: t.t("card-intro"),
            what_note: what.as_ref().and_then(note),
            what,
            what_label: t.t("card-what"),
            where_label: t.t("card-where"),
            when_label: t.t("card-when"),
            phone_label: t.t("card-phone"),
            read_aloud: t.t("read-aloud"),
            read_stop: t.t("read-aloud-stop"),
            week: hours::week(&t, &opening),
        }
    }
}

/// The QR code of `url` as inline SVG. It is generated here from a URL we built and
/// holds no text of anyone's.
fn qr_svg(url: &str) -> String {
    qrcode::QrCode::new(url.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color<'_>>()
                .min_dimensions(180, 180)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default()
        .replace("<?xml version=\"1.0\" standalone=\"yes\"?>", "")
}
