//! The upkeep API (`/api/v1/admin/...` with a bearer token): a resource's history and
//! bringing a version back, verification, translation status, saving and reviewing one
//! language's texts, what a language needs, XLIFF out and in, the needs-checking list,
//! and the queue of reports from the field; and the anonymous report itself
//! (`POST /api/v1/resources/{id}/reports`).

use crate::AppState;
use crate::admin::if_match;
use crate::auth::Authenticated;
use crate::error::ApiError;
use crate::wire::{self, upkeep as out};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use nabo_domain::{AreaId, LanguageTag, ReferenceData, ReportInput, ResourceId};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

/// The largest XLIFF document accepted.
pub const XLIFF_LIMIT: usize = 4 * 1024 * 1024;
/// Entries of a list answered at most.
const LIST_LIMIT: usize = 1_000;

pub fn routes() -> Router<AppState> {
    let resource = "/api/v1/admin/resources/{id}";
    Router::new()
        .route(&format!("{resource}/history"), get(history))
        .route(&format!("{resource}/revert"), post(revert))
        .route(&format!("{resource}/verify"), post(verify))
        .route(&format!("{resource}/translations"), get(statuses))
        .route(&format!("{resource}/translations/{{lang}}"), put(translate))
        .route(
            &format!("{resource}/translations/{{lang}}/review"),
            post(review),
        )
        .route("/api/v1/admin/translations", get(tasks))
        .route(
            "/api/v1/admin/translations/xliff",
            get(export)
                .post(import)
                .layer(DefaultBodyLimit::max(XLIFF_LIMIT)),
        )
        .route("/api/v1/admin/needs-checking", get(needs_checking))
        .route("/api/v1/admin/reports", get(reports))
        .route("/api/v1/admin/reports/{report}", post(close_report))
        .route("/api/v1/resources/{id}/reports", post(report))
}

/// Every version of a resource, newest first, with what each changed.
async fn history(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path(id): Path<String>,
) -> Result<Json<out::HistoryResponse>, ApiError> {
    let id = wire::resource_id(&id)?;
    let revisions = state.directory.history(&account, &id).await?;
    Ok(Json(out::history(id.as_str(), &revisions)))
}

/// Brings back `{"version": n}` as a new version (`If-Match`: the current one).
async fn revert(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path(id): Path<String>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (id, expected) = (wire::resource_id(&id)?, if_match(&headers)?);
    let wanted: out::RevertBody = json(&body)?;
    let saved = state
        .directory
        .revert_resource(&account, &id, wanted.version, expected)
        .await?;
    Ok(wire::saved(StatusCode::OK, &saved))
}

/// Confirms the resource is right today (`If-Match`: the current version).
async fn verify(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path(id): Path<String>,
    headers: axum::http::HeaderMap,
) -> Result<Response, ApiError> {
    let (id, expected) = (wire::resource_id(&id)?, if_match(&headers)?);
    let saved = state
        .directory
        .verify_resource(&account, &id, expected)
        .await?;
    Ok(wire::saved(StatusCode::OK, &saved))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesQuery {
    /// Comma-separated tags; every language of the directory when absent.
    lang: Option<String>,
}

/// The status of each translated field in each language asked for.
async fn statuses(
    State(state): State<AppState>,
    Authenticated(_): Authenticated,
    Path(id): Path<String>,
    query: Result<Query<LanguagesQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<out::StatusItem>>, ApiError> {
    let id = wire::resource_id(&id)?;
    let Query(query) = query.map_err(|e| ApiError::invalid("query", e.body_text()))?;
    let languages = languages(&state.directory.reference(), query.lang.as_deref())?;
    let stored = state.directory.resource(&id).await?;
    let stored =
        stored.ok_or_else(|| ApiError::NotFound(format!("there is no resource {id:?}")))?;
    let found = state
        .directory
        .translation_status(&stored, &languages)
        .await?;
    Ok(Json(out::statuses(found)))
}

/// Saves one language's texts (`{"name": ..., "description": ...}`; an empty text
/// removes it). `If-Match`: the current version.
async fn translate(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path((id, lang)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (id, expected) = (wire::resource_id(&id)?, if_match(&headers)?);
    let lang = language(&state.directory.reference(), "lang", &lang)?;
    let texts: BTreeMap<String, String> = json(&body)?;
    let saved = state
        .directory
        .save_translation(&account, &id, &lang, &texts, expected)
        .await?;
    Ok(wire::saved(StatusCode::OK, &saved))
}

/// Marks a language's texts of a resource as reviewed (by another person than their
/// translator).
async fn review(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path((id, lang)): Path<(String, String)>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let id = wire::resource_id(&id)?;
    let lang = language(&state.directory.reference(), "lang", &lang)?;
    let fields = state
        .directory
        .review_translation(&account, &id, &lang)
        .await?;
    Ok(Json(serde_json::json!({ "reviewed": fields })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TasksQuery {
    lang: Option<String>,
    from: Option<String>,
    to: Option<String>,
    area: Option<String>,
}

/// What a language needs (`lang`), in an area or everywhere, most viewed first.
async fn tasks(
    State(state): State<AppState>,
    Authenticated(_): Authenticated,
    query: Result<Query<TasksQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<out::TaskItem>>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::invalid("query", e.body_text()))?;
    let reference = state.directory.reference();
    let lang = required_language(&reference, "lang", query.lang.as_deref())?;
    let area = area(&reference, query.area.as_deref())?;
    let found = state
        .directory
        .translation_tasks(&lang, area.as_ref(), LIST_LIMIT)
        .await?;
    Ok(Json(out::tasks(found)))
}

/// XLIFF 2.1 of what `to` needs among resources written in `from`.
async fn export(
    State(state): State<AppState>,
    Authenticated(_): Authenticated,
    query: Result<Query<TasksQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::invalid("query", e.body_text()))?;
    let reference = state.directory.reference();
    let from = required_language(&reference, "from", query.from.as_deref())?;
    let to = required_language(&reference, "to", query.to.as_deref())?;
    let area = area(&reference, query.area.as_deref())?;
    let document = state
        .directory
        .export_xliff(&from, &to, area.as_ref())
        .await?;
    Ok(xliff_download(&document.to_xml(), &from, &to))
}

/// Saves the translations of an XLIFF document; says what was saved and what refused.
async fn import(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    body: Bytes,
) -> Result<Json<out::XliffReport>, ApiError> {
    let text = std::str::from_utf8(&body)
        .map_err(|_| ApiError::invalid("body", "the XLIFF document is not UTF-8"))?;
    let report = state.directory.import_xliff(&account, text).await?;
    Ok(Json(out::xliff_report(report)))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckingQuery {
    area: Option<String>,
    months: Option<u32>,
}

/// Resources not verified for `months` (default 12), never verified ones first.
async fn needs_checking(
    State(state): State<AppState>,
    Authenticated(_): Authenticated,
    query: Result<Query<CheckingQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<out::CheckingItem>>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::invalid("query", e.body_text()))?;
    let area = area(&state.directory.reference(), query.area.as_deref())?;
    let months = query
        .months
        .unwrap_or(nabo_directory::VERIFY_EVERY_MONTHS)
        .min(240);
    let today = chrono::Utc::now().date_naive();
    let found = state
        .directory
        .needs_checking(area.as_ref(), months, today, LIST_LIMIT)
        .await?;
    Ok(Json(out::checking(found)))
}

/// The open reports of the account's areas.
async fn reports(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
) -> Result<Json<Vec<out::ReportItem>>, ApiError> {
    let found = state.directory.open_reports(&account).await?;
    Ok(Json(out::reports(found)))
}

/// Closes a report: `{"resolution": "resolved" | "dismissed"}`.
async fn close_report(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path(report): Path<i64>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let body: out::ResolutionBody = json(&body)?;
    let resolved = match body.resolution.as_str() {
        "resolved" => true,
        "dismissed" => false,
        other => {
            return Err(ApiError::invalid(
                "resolution",
                format!("{other:?} is not resolved or dismissed"),
            ));
        }
    };
    state
        .directory
        .close_report(&account, report, resolved)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An anonymous report that a resource has changed: `{"category": ..., "note": ...}`.
async fn report(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let id: ResourceId = wire::resource_id(&id)?;
    let body: out::ReportBody = json(&body)?;
    let report = ReportInput::new(&body.category, &body.note)
        .map_err(|e| ApiError::InvalidBody(vec![("note".to_owned(), e.to_string())]))?;
    state.directory.report_change(&id, &report).await?;
    Ok(StatusCode::ACCEPTED)
}

/// A JSON body of the type `T`, or a 400 saying why not.
fn json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| {
        ApiError::InvalidBody(vec![(
            String::new(),
            format!("the body is not the expected JSON: {e}"),
        )])
    })
}

/// The XLIFF document as a download named after its languages.
pub fn xliff_download(xml: &str, from: &LanguageTag, to: &LanguageTag) -> Response {
    let disposition = format!("attachment; filename=\"nabo-{from}-{to}.xlf\"");
    (
        [
            (
                header::CONTENT_TYPE,
                "application/xliff+xml; charset=utf-8".to_owned(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        xml.to_owned(),
    )
        .into_response()
}

fn language(reference: &ReferenceData, name: &str, raw: &str) -> Result<LanguageTag, ApiError> {
    let tag = LanguageTag::parse(raw).map_err(|e| ApiError::invalid(name, e.to_string()))?;
    reference
        .languages
        .resolve(&tag)
        .map(|language| language.tag.clone())
        .ok_or_else(|| {
            ApiError::invalid(name, format!("{raw:?} is not a language of the directory"))
        })
}

fn required_language(
    reference: &ReferenceData,
    name: &str,
    raw: Option<&str>,
) -> Result<LanguageTag, ApiError> {
    let raw = raw.ok_or_else(|| ApiError::invalid(name, format!("{name} is required")))?;
    language(reference, name, raw)
}

fn languages(reference: &ReferenceData, raw: Option<&str>) -> Result<Vec<LanguageTag>, ApiError> {
    match raw {
        None => Ok(reference
            .languages
            .all()
            .iter()
            .map(|l| l.tag.clone())
            .collect()),
        Some(raw) => raw
            .split(',')
            .map(|tag| language(reference, "lang", tag.trim()))
            .collect(),
    }
}

fn area(reference: &ReferenceData, raw: Option<&str>) -> Result<Option<AreaId>, ApiError> {
    let Some(raw) = raw.filter(|r| !r.is_empty()) else {
        return Ok(None);
    };
    let area = AreaId::parse(raw).map_err(|e| ApiError::invalid("area", e.to_string()))?;
    match reference.area(&area) {
        Some(_) => Ok(Some(area)),
        None => Err(ApiError::invalid("area", format!("unknown area {raw:?}"))),
    }
}
