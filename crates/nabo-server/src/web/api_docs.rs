//! `/{lang}/api`: the API described for the people who build partner sites, read from
//! the same OpenAPI document the server serves at `/api/v1/openapi.json` — every path,
//! its parameters with their constraints, and its answers — with the two lines that
//! embed the widget. Served by Nabo itself, nothing from elsewhere.

use super::failure::WebError;
use super::locale::PageLocale;
use super::render::render;
use super::view::{Page, Translator, public_base};
use crate::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

pub async fn page(
    State(state): State<AppState>,
    locale: PageLocale,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let base = public_base(&state, &headers);
    let view = ApiPage::new(&state, &locale, &base, crate::openapi::document());
    Ok(render(&view)?.into_response())
}

/// One operation: method and path, what it does, what it takes and answers.
pub struct Operation {
    pub anchor: String,
    pub method: String,
    pub path: String,
    pub summary: String,
    pub description: String,
    pub parameters: Vec<Parameter>,
    pub responses: Vec<(String, String)>,
    pub needs_account: bool,
}

pub struct Parameter {
    pub name: String,
    pub place: String,
    pub required: bool,
    /// Type and constraints: "integer, 1–100", "string, one of …".
    pub accepts: String,
    pub description: String,
}

#[derive(Template)]
#[template(path = "api.html")]
struct ApiPage {
    page: Page,
    /// The two lines that put the widget on a page.
    embed: String,
    /// The machine-readable descriptions: OpenAPI, and the Open Referral endpoints.
    links: [&'static str; 2],
    operations: Vec<Operation>,
}

impl ApiPage {
    fn new(state: &AppState, locale: &PageLocale, base: &str, document: &Value) -> Self {
        let reference = state.directory.reference();
        let title = state.catalog.format(locale.as_str(), "api-title", &[]);
        let page = Page::new(&state.catalog, &reference, locale.as_str(), title, "/api");
        let t = &page.t;
        let operations = document["paths"]
            .as_object()
            .into_iter()
            .flatten()
            .flat_map(|(path, item)| {
                item.as_object()
                    .into_iter()
                    .flatten()
                    .map(move |(method, operation)| Operation::new(t, path, method, operation))
            })
            .collect();
        let embed = format!(
            "<script type=\"module\" src=\"{base}/embed.js\"></script>\n\
             <nabo-search lang=\"{}\" area=\"dk-0751\" key=\"…\"></nabo-search>",
            locale.as_str()
        );
        Self {
            page,
            embed,
            links: ["/api/v1/openapi.json", "/hsds/"],
            operations,
        }
    }
}

impl Operation {
    fn new(t: &Translator, path: &str, method: &str, operation: &Value) -> Self {
        let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
        let parameters = operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|parameter| Parameter {
                name: text(&parameter["name"]),
                place: text(&parameter["in"]),
                required: parameter["required"].as_bool().unwrap_or(false),
                accepts: accepts(t, &parameter["schema"]),
                description: text(&parameter["description"]),
            })
            .collect();
        let responses = operation["responses"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(status, response)| (status.clone(), text(&response["description"])))
            .collect();
        let needs_account = operation["security"]
            .as_array()
            .is_some_and(|schemes| schemes.iter().any(|s| s.get("bearer").is_some()));
        let anchor: String = format!("{method}-{path}")
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        Self {
            anchor,
            method: method.to_uppercase(),
            path: path.to_owned(),
            summary: text(&operation["summary"]),
            description: text(&operation["description"]),
            parameters,
            responses,
            needs_account,
        }
    }
}

/// A schema in a few words of the reader's language: its type and the constraints a
/// caller must meet.
fn accepts(t: &Translator, schema: &Value) -> String {
    let mut parts = Vec::new();
    match &schema["type"] {
        Value::String(kind) if kind == "array" => {
            parts.push(t.with("api-accepts-list", "items", &accepts(t, &schema["items"])));
        }
        Value::String(kind) => parts.push(kind.clone()),
        _ => {}
    }
    if let Some(values) = schema["enum"].as_array() {
        let values: Vec<String> = values
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect();
        parts.push(t.with("api-accepts-one-of", "values", &values.join(", ")));
    }
    let number = |key: &str| schema.get(key).map(ToString::to_string);
    match (number("minimum"), number("maximum")) {
        (Some(min), Some(max)) => {
            parts.push(t.with2("api-accepts-range", ("min", &min), ("max", &max)))
        }
        (Some(min), None) => parts.push(t.with("api-accepts-min", "min", &min)),
        (None, Some(max)) => parts.push(t.with("api-accepts-max", "max", &max)),
        (None, None) => {}
    }
    if let Some(length) = schema["maxLength"].as_u64() {
        parts.push(t.with("api-accepts-length", "length", &length.to_string()));
    }
    if let Some(pattern) = schema["pattern"].as_str() {
        parts.push(t.with("api-accepts-pattern", "pattern", pattern));
    }
    parts.join(", ")
}
