//! `/{lang}/resources/{id}`: everything about one service, in the reader's language.

use super::failure::WebError;
use super::hours::{self, DayView};
use super::linked_data;
use super::locale::PageLocale;
use super::pictogram::Pictogram;
use super::referral::ReferralBox;
use super::render::{remembered, render};
use super::view::{Page, Shown, Translator};
use crate::AppState;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::Utc;
use nabo_directory::opening;
use nabo_domain::{Resource, ResourceId};

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    Path((_, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let resource = load(&state, &id).await?;
    state.directory.count_view(&resource.id);
    let reference = state.directory.reference();
    let referral = ReferralBox::new(
        &reference,
        &resource,
        locale.as_str(),
        &headers,
        raw.as_deref(),
    );
    let view = ResourcePage::new(&state, &locale, &resource, referral);
    Ok(remembered(&locale, render(&view)?))
}

/// The resource `id` names, or not found (an id that cannot exist included).
pub(super) async fn load(state: &AppState, id: &str) -> Result<Resource, WebError> {
    let id = ResourceId::parse(id).map_err(|_| WebError::NotFound)?;
    let stored = state.directory.resource(&id).await?;
    stored.map(|s| s.resource).ok_or(WebError::NotFound)
}

/// "Street 1, 8000 Aarhus C", when the resource has an address.
pub(super) fn address_line(resource: &Resource) -> Option<String> {
    let address = resource.address.as_ref()?;
    let city = [address.postcode.as_deref(), address.city.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let parts: Vec<String> = [address.street.clone(), (!city.is_empty()).then_some(city)]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

pub struct ResourceView {
    pub id: String,
    pub name: Shown,
    pub name_language: String,
    pub summary: Option<Shown>,
    pub description: Option<Shown>,
    pub access: Option<Shown>,
    pub open_status: String,
    pub week: Vec<DayView>,
    pub phone: Option<(String, String)>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub geo: Option<(f64, f64)>,
    pub address: Option<String>,
    pub languages_spoken: Vec<String>,
    pub attributes: Vec<AttributeChip>,
    pub verified: String,
}

/// An access attribute as the resource page shows it: its pictogram and name.
pub struct AttributeChip {
    /// The pictogram's SVG markup (from `Pictogram`, never from content).
    pub icon: Option<String>,
    pub name: Shown,
}

#[derive(Template)]
#[template(path = "resource.html")]
struct ResourcePage {
    page: Page,
    r: ResourceView,
    /// schema.org JSON-LD, escaped for a script element.
    linked_data: String,
    referral: ReferralBox,
}

impl ResourcePage {
    fn new(
        state: &AppState,
        locale: &PageLocale,
        resource: &Resource,
        referral: ReferralBox,
    ) -> Self {
        let reference = state.directory.reference();
        let chain = reference.languages.chain(&locale.0);
        let t = Translator::new(state.catalog.clone(), locale.as_str());
        let source = Some(&resource.source_language);
        let pick = |text| Shown::pick(text, &chain, source, &reference);
        let name = pick(&resource.name).unwrap_or_default();
        let opening = opening(&reference, resource, Utc::now());
        let linked_data = linked_data::resource(resource, &reference, &chain, &opening);
        let r = ResourceView {
            id: resource.id.to_string(),
            name_language: t.language_name(&name.lang),
            summary: pick(&resource.summary),
            description: pick(&resource.description),
            access: pick(&resource.access),
            open_status: hours::status(&t, &opening),
            week: hours::week(&t, &opening),
            phone: resource
                .phone
                .as_ref()
                .map(|p| (p.display().to_owned(), p.e164().to_owned())),
            email: resource.email.as_ref().map(|e| e.as_str().to_owned()),
            website: resource.website.as_ref().map(|w| w.as_str().to_owned()),
            geo: resource.geo.map(|g| (g.lat, g.lon)),
            address: address_line(resource),
            languages_spoken: resource
                .languages_spoken
                .iter()
                .map(|l| t.language_name(l.as_str()))
                .collect(),
            attributes: resource
                .attributes
                .iter()
                .filter_map(|a| reference.attribute(a))
                .filter_map(|a| {
                    Some(AttributeChip {
                        icon: a
                            .icon
                            .as_deref()
                            .and_then(Pictogram::named)
                            .map(|p| p.svg()),
                        name: Shown::pick(&a.name, &chain, None, &reference)?,
                    })
                })
                .collect(),
            verified: resource.verified_at.map_or_else(
                || t.t("resource-not-verified"),
                |d| {
                    t.with(
                        "resource-verified",
                        "date",
                        &d.format("%Y-%m-%d").to_string(),
                    )
                },
            ),
            name,
        };
        let rest = format!("/resources/{}", resource.id);
        let page = Page::new(
            &state.catalog,
            &reference,
            locale.as_str(),
            r.name.text.clone(),
            &rest,
        );
        Self {
            page,
            r,
            linked_data,
            referral,
        }
    }
}
