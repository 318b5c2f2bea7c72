//! What the embeddable `<nabo-search>` widget needs from Nabo: its script (`/embed.js`,
//! loadable from any origin as a module) and its UI messages in a language
//! (`/api/v1/widget/messages?lang=`), taken from the same Fluent files as the web app.

use crate::AppState;
use crate::error::ApiError;
use crate::params::Params;
use crate::query_names::QueryNames;
use crate::wire::LangQuery;
use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Message ids the widget uses: its own and the names of languages ("shown in …").
const PREFIXES: [&str; 2] = ["widget-", "language-"];
/// Variables the widget fills in itself.
const VARIABLES: [&str; 1] = ["language"];

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(messages))
}

static LANG: LazyLock<QueryNames> = LazyLock::new(QueryNames::of::<LangQuery>);

/// The script, for the public router (it carries its own CORS header: a module script
/// from another origin is fetched with CORS).
pub async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        include_str!("../static/embed.js"),
    )
        .into_response()
}

/// The widget's messages in one language.
#[derive(Debug, Serialize, ToSchema)]
pub struct WidgetMessages {
    /// The UI language the messages are in (the default one when `lang` has none).
    pub lang: String,
    #[schema(value_type = nabo_domain::Direction)]
    pub dir: &'static str,
    pub messages: BTreeMap<String, String>,
    /// The directory's right-to-left languages (tags and other tags), for texts the
    /// widget shows in a language other than its own.
    pub rtl: Vec<String>,
}

/// The embeddable widget's UI messages in a language
///
/// Every message the `<nabo-search>` widget shows, from the same Fluent files as the web
/// app, with `{language}` left for the widget to fill in; also the names of languages and
/// the directory's right-to-left languages.
#[utoipa::path(
    get,
    path = "/api/v1/widget/messages",
    operation_id = "widget_messages",
    tag = "partners",
    params(LangQuery),
    responses(
        (status = 200, description = "The messages", body = WidgetMessages),
        (status = 400, description = "An invalid parameter; `parameter` names it"),
    )
)]
async fn messages(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<WidgetMessages>, ApiError> {
    let params = Params::parse(raw.as_deref());
    params.expect(&LANG)?;
    let reference = state.directory.reference();
    let lang = params.lang(&reference)?;
    let locale = match state.catalog.has_locale(lang.as_str()) {
        true => lang.as_str().to_owned(),
        false => nabo_i18n::DEFAULT_LOCALE.to_owned(),
    };
    let mut messages = BTreeMap::new();
    for prefix in PREFIXES {
        messages.extend(state.catalog.messages(&locale, prefix, &VARIABLES));
    }
    messages.retain(|id, _| !id.starts_with("language-picker-"));
    let rtl = reference
        .languages
        .all()
        .iter()
        .filter(|language| language.direction == nabo_domain::Direction::Rtl)
        .flat_map(|language| std::iter::once(&language.tag).chain(&language.aliases))
        .map(|tag| tag.to_string())
        .collect();
    let dir = match nabo_domain::LanguageTag::parse(&locale) {
        Ok(tag) => reference.languages.direction(&tag).as_str(),
        Err(_) => "ltr",
    };
    Ok(Json(WidgetMessages {
        lang: locale,
        dir,
        messages,
        rtl,
    }))
}
