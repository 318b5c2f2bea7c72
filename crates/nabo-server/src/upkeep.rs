//! The upkeep API (`/api/v1/admin/...` with a bearer token): a resource's history and
//! bringing a version back, verification, translation status, saving and reviewing one
//! language's texts, what a language needs, XLIFF out and in, the needs-checking list,
//! and the queue of reports from the field; and the anonymous report itself
//! (`POST /api/v1/resources/{id}/reports`).

use crate::AppState;
use crate::admin::{IfMatch, if_match};
use crate::auth::Authenticated;
use crate::error::ApiError;
use crate::wire::{self, upkeep as out};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use nabo_domain::{AreaId, LanguageTag, ReferenceData, ReportInput, ResourceId};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The largest XLIFF document accepted.
pub const XLIFF_LIMIT: usize = 4 * 1024 * 1024;
/// Entries of a list answered at most.
const LIST_LIMIT: usize = 1_000;

pub fn routes() -> OpenApiRouter<AppState> {
    let (schemas, paths, xliff) = routes!(export, import);
    OpenApiRouter::new()
        .routes(routes!(history))
        .routes(routes!(revert))
        .routes(routes!(verify))
        .routes(routes!(statuses))
        .routes(routes!(translate))
        .routes(routes!(review))
        .routes(routes!(tasks))
        .routes((
            schemas,
            paths,
            xliff.layer(DefaultBodyLimit::max(XLIFF_LIMIT)),
        ))
        .routes(routes!(needs_checking))
        .routes(routes!(reports))
        .routes(routes!(close_report))
        .routes(routes!(report))
}

/// Every version of a resource, newest first, with what each changed
///
/// Admins and coordinators: any resource; others: their areas.
#[utoipa::path(
    get,
    path = "/api/v1/admin/resources/{id}/history",
    operation_id = "resource_history",
    tag = "editing",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The resource's id")),
    responses(
        (status = 200, description = "The history", body = out::HistoryResponse),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not edit resources in this area"),
        (status = 404, description = "No such resource"),
    )
)]
async fn history(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path(id): Path<String>,
) -> Result<Json<out::HistoryResponse>, ApiError> {
    let id = wire::resource_id(&id)?;
    let revisions = state.directory.history(&account, &id).await?;
    Ok(Json(out::history(id.as_str(), &revisions)))
}

/// Bring back an earlier version as a new version
///
/// A revert revision; `If-Match` must name the current version.
#[utoipa::path(
    post,
    path = "/api/v1/admin/resources/{id}/revert",
    operation_id = "revert_resource",
    tag = "editing",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The resource's id"), IfMatch),
    request_body = out::RevertBody,
    responses(
        (status = 200, response = inline(wire::Saved)),
        (status = 400, description = "Invalid body (`{\"version\": n}` expected), or an If-Match that is not a version (`parameter`: If-Match)"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not edit resources in the area of the current or the earlier version"),
        (status = 404, description = "No such resource, or no such version in its history"),
        (status = 412, description = "Changed in between: the response's ETag is the current version"),
        (status = 428, description = "If-Match missing"),
    )
)]
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

/// Confirm the resource is right today
///
/// Its `verified_at` becomes today, a verify revision records who did it; `If-Match`
/// must name the current version.
#[utoipa::path(
    post,
    path = "/api/v1/admin/resources/{id}/verify",
    operation_id = "verify_resource",
    tag = "editing",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The resource's id"), IfMatch),
    responses(
        (status = 200, response = inline(wire::Saved)),
        (status = 400, description = "An If-Match that is not a version (`parameter`: If-Match)"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not verify resources in this area"),
        (status = 404, description = "No such resource"),
        (status = 412, description = "Changed in between: the response's ETag is the current version"),
        (status = 428, description = "If-Match missing"),
    )
)]
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

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
struct LanguagesQuery {
    /// Comma-separated language tags; every language of the directory when absent.
    lang: Option<String>,
}

/// Where each translated field of a resource stands in each language asked for
///
/// Fields without a source text are left out, as is the source language.
#[utoipa::path(
    get,
    path = "/api/v1/admin/resources/{id}/translations",
    operation_id = "translation_statuses",
    tag = "translation",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The resource's id"), LanguagesQuery),
    responses(
        (status = 200, description = "One entry per field and language", body = Vec<out::StatusItem>),
        (status = 400, description = "Invalid query: `parameter` names it (e.g. a language the directory does not have)"),
        (status = 401, description = "No valid bearer token"),
        (status = 404, description = "No such resource"),
    )
)]
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

/// Save one language's texts of a resource
///
/// Translators into that language, editors of the area; an empty text removes it;
/// `If-Match` must name the current version.
#[utoipa::path(
    put,
    path = "/api/v1/admin/resources/{id}/translations/{lang}",
    operation_id = "save_translation",
    tag = "translation",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The resource's id"),
        ("lang" = String, Path, description = "The language of the texts"),
        IfMatch,
    ),
    request_body = out::TranslationTexts,
    responses(
        (status = 200, response = inline(wire::Saved)),
        (status = 400, description = "Invalid body (`errors` lists each problem by field), a language the directory does not have (`parameter`: lang), or an If-Match that is not a version"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The language is the resource's source language (change it in the resource form), or the account may not translate into it"),
        (status = 404, description = "No such resource"),
        (status = 412, description = "Changed in between: the response's ETag is the current version"),
        (status = 428, description = "If-Match missing"),
    )
)]
async fn translate(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path((id, lang)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (id, expected) = (wire::resource_id(&id)?, if_match(&headers)?);
    let lang = language(&state.directory.reference(), "lang", &lang)?;
    let texts = json::<out::TranslationTexts>(&body)?.by_field();
    let saved = state
        .directory
        .save_translation(&account, &id, &lang, &texts, expected)
        .await?;
    Ok(wire::saved(StatusCode::OK, &saved))
}

/// The fields a review approved.
#[derive(Debug, Serialize, ToSchema)]
struct Reviewed {
    reviewed: Vec<&'static str>,
}

/// Mark a language's texts of a resource as reviewed
///
/// Against the current source texts; a text must be reviewed by another person than the
/// one who wrote it last.
#[utoipa::path(
    post,
    path = "/api/v1/admin/resources/{id}/translations/{lang}/review",
    operation_id = "review_translation",
    tag = "translation",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The resource's id"),
        ("lang" = String, Path, description = "The language of the texts"),
    ),
    responses(
        (status = 200, description = "The fields reviewed", body = Reviewed),
        (status = 400, description = "A language the directory does not have (`parameter`: lang)"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The reviewer wrote one of the texts last, the language is the source language, or the account may not translate into it"),
        (status = 404, description = "No such resource"),
    )
)]
async fn review(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path((id, lang)): Path<(String, String)>,
) -> Result<Json<Reviewed>, ApiError> {
    let id = wire::resource_id(&id)?;
    let lang = language(&state.directory.reference(), "lang", &lang)?;
    let reviewed = state
        .directory
        .review_translation(&account, &id, &lang)
        .await?;
    Ok(Json(Reviewed { reviewed }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
struct TasksQuery {
    /// The language whose needs are listed.
    #[param(required = true)]
    lang: Option<String>,
    /// Only resources of this area (and the areas inside it).
    area: Option<String>,
}

/// What a language needs
///
/// Resources with fields missing or outdated in it, the most viewed first. At most 1000
/// entries.
#[utoipa::path(
    get,
    path = "/api/v1/admin/translations",
    operation_id = "translation_tasks",
    tag = "translation",
    security(("bearer" = [])),
    params(TasksQuery),
    responses(
        (status = 200, description = "Translation tasks", body = Vec<out::TaskItem>),
        (status = 400, description = "Invalid query: `parameter` names it (lang missing or not a language of the directory, an unknown area, an unknown parameter)"),
        (status = 401, description = "No valid bearer token"),
    )
)]
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

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
struct XliffQuery {
    /// The language the resources were written in.
    #[param(required = true)]
    from: Option<String>,
    /// The language to translate into.
    #[param(required = true)]
    to: Option<String>,
    /// Only resources of this area (and the areas inside it).
    area: Option<String>,
}

/// XLIFF 2.1 of what `to` needs among resources written in `from`
///
/// One unit per missing or outdated field, the target being the outdated text or a
/// translation-memory proposal.
#[utoipa::path(
    get,
    path = "/api/v1/admin/translations/xliff",
    operation_id = "export_xliff",
    tag = "translation",
    security(("bearer" = [])),
    params(XliffQuery),
    responses(
        (status = 200, description = "The XLIFF document, as a download", body = String, content_type = "application/xliff+xml",
            headers(("Content-Disposition" = String, description = "attachment; filename=\"nabo-FROM-TO.xlf\""))),
        (status = 400, description = "Invalid query: `parameter` names it (from or to missing or not a language of the directory, an unknown area, an unknown parameter)"),
        (status = 401, description = "No valid bearer token"),
    )
)]
async fn export(
    State(state): State<AppState>,
    Authenticated(_): Authenticated,
    query: Result<Query<XliffQuery>, axum::extract::rejection::QueryRejection>,
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

/// Import the translations of an XLIFF 2.1 document
///
/// As exported by GET: saves what it may, one new version per resource, and says what
/// was saved and what refused.
#[utoipa::path(
    post,
    path = "/api/v1/admin/translations/xliff",
    operation_id = "import_xliff",
    tag = "translation",
    security(("bearer" = [])),
    request_body(content = String, content_type = "application/xliff+xml", description = "An XLIFF 2.1 document, at most 4 MB"),
    responses(
        (status = 200, description = "What was saved, left untranslated and refused", body = out::XliffReport),
        (status = 400, description = "The body is not UTF-8 or not an XLIFF document that can be read (`parameter`: body)"),
        (status = 401, description = "No valid bearer token"),
        (status = 413, description = "The body is larger than 4 MB"),
    )
)]
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

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
struct CheckingQuery {
    /// Only resources of this area (and the areas inside it).
    area: Option<String>,
    /// Not verified for this many months (default 12; more than 240 counts as 240).
    #[serde(default, deserialize_with = "empty_is_none")]
    #[param(maximum = 65535)]
    months: Option<u16>,
}

/// Resources nobody has verified for a while
///
/// Never verified ones first, then the oldest verification. At most 1000 entries.
#[utoipa::path(
    get,
    path = "/api/v1/admin/needs-checking",
    tag = "editing",
    security(("bearer" = [])),
    params(CheckingQuery),
    responses(
        (status = 200, description = "Resources to check", body = Vec<out::CheckingItem>),
        (status = 400, description = "Invalid query: `parameter` names it (an unknown area, months not a whole number, an unknown parameter)"),
        (status = 401, description = "No valid bearer token"),
    )
)]
async fn needs_checking(
    State(state): State<AppState>,
    Authenticated(_): Authenticated,
    query: Result<Query<CheckingQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<out::CheckingItem>>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::invalid("query", e.body_text()))?;
    let area = area(&state.directory.reference(), query.area.as_deref())?;
    let months = query
        .months
        .map_or(nabo_directory::VERIFY_EVERY_MONTHS, u32::from)
        .min(240);
    let today = chrono::Utc::now().date_naive();
    let found = state
        .directory
        .needs_checking(area.as_ref(), months, today, LIST_LIMIT)
        .await?;
    Ok(Json(out::checking(found)))
}

/// The open reports from the field the account handles
///
/// Those of its areas; every area for admins and coordinators; oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/admin/reports",
    operation_id = "open_reports",
    tag = "editing",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Open reports", body = Vec<out::ReportItem>),
        (status = 401, description = "No valid bearer token"),
    )
)]
async fn reports(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
) -> Result<Json<Vec<out::ReportItem>>, ApiError> {
    let found = state.directory.open_reports(&account).await?;
    Ok(Json(out::reports(found)))
}

/// Close an open report as resolved or dismissed
#[utoipa::path(
    post,
    path = "/api/v1/admin/reports/{report}",
    operation_id = "close_report",
    tag = "editing",
    security(("bearer" = [])),
    params(("report" = i64, Path, description = "The report's number")),
    request_body = out::ResolutionBody,
    responses(
        (status = 204, description = "Closed"),
        (status = 400, description = "Invalid body, or a resolution other than resolved or dismissed"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not handle reports of this area"),
        (status = 404, description = "No such report, or it is closed already"),
    )
)]
async fn close_report(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    Path(report): Path<i64>,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let body: out::ResolutionBody = json(&body)?;
    let resolved = body.resolution == out::Resolution::Resolved;
    state
        .directory
        .close_report(&account, report, resolved)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Report anonymously that a resource has changed
///
/// Closed, moved, other hours or phone; the report reaches the editors of its area.
/// Nothing about the sender is kept.
#[utoipa::path(
    post,
    path = "/api/v1/resources/{id}/reports",
    operation_id = "report_change",
    tag = "search",
    params(("id" = String, Path, description = "The resource's id")),
    request_body = out::ReportBody,
    responses(
        (status = 202, description = "Received"),
        (status = 400, description = "Invalid body: an unknown category, a note longer than 280 characters or with control characters"),
        (status = 404, description = "No such resource"),
    )
)]
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

/// A query value that may be left empty (as forms send it): empty is absent.
fn empty_is_none<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    match Option::<String>::deserialize(deserializer)?
        .as_deref()
        .map(str::trim)
    {
        None | Some("") => Ok(None),
        Some(text) => text.parse().map(Some).map_err(serde::de::Error::custom),
    }
}

/// A JSON body of the type `T`, or a 400 saying why not.
pub(crate) fn json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
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
    let raw = raw
        .filter(|raw| !raw.trim().is_empty())
        .ok_or_else(|| ApiError::invalid(name, format!("{name} is required")))?;
    language(reference, name, raw)
}

/// The languages of a comma-separated list; every language when absent or empty.
fn languages(reference: &ReferenceData, raw: Option<&str>) -> Result<Vec<LanguageTag>, ApiError> {
    match raw.filter(|raw| !raw.trim().is_empty()) {
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
