//! Insight over the API: recording a referral (`POST /api/v1/referrals`, a volunteer's
//! bearer token), "nothing fitted" (`POST /api/v1/unmet-needs`, anonymous, limited per
//! address), and the protected reports (`GET /api/v1/reports/...`) for coordinators'
//! tokens and partners' keys.

use crate::AppState;
use crate::auth::Authenticated;
use crate::error::ApiError;
use crate::params::Params;
use crate::query_names::QueryNames;
use crate::upkeep::json;
use crate::web::session::Client;
use crate::web::view::Translator;
use crate::wire::insights::{self as out, Labels};
use crate::wire::{ReferralReportQuery, UnmetReportQuery};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, RawQuery, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use nabo_directory::{Breakdown, InsightReport, UnmetSignal};
use nabo_domain::{Month, UnmetKind};
use std::sync::LazyLock;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

static REFERRAL_REPORT: LazyLock<QueryNames> = LazyLock::new(QueryNames::of::<ReferralReportQuery>);
static UNMET_REPORT: LazyLock<QueryNames> = LazyLock::new(QueryNames::of::<UnmetReportQuery>);

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(record_referral))
        .routes(routes!(nothing_fitted))
        .routes(routes!(referral_report))
        .routes(routes!(unmet_report))
}

/// A request admitted with a partner's key (set by the partner gate).
#[derive(Debug, Clone, Copy)]
pub struct PartnerKeyed;

/// Who may read the reports: a partner's key, or an admin's or coordinator's token.
#[derive(Debug)]
pub struct ReportReader;

impl FromRequestParts<AppState> for ReportReader {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if parts.extensions.get::<PartnerKeyed>().is_some() {
            return Ok(Self);
        }
        let Authenticated(account) = Authenticated::from_request_parts(parts, state).await?;
        if account.may_read_reports() {
            Ok(Self)
        } else {
            Err(ApiError::Forbidden(
                "the reports are for coordinators, administrators and partners' keys".to_owned(),
            ))
        }
    }
}

/// Record a referral
///
/// A volunteer showed a woman the way to a resource: the resource, her language and the
/// day are kept, with the account's local group — nothing about her or who recorded it.
/// The id is made by the phone; sending the same referral again (a retry from an offline
/// queue) answers 200 and counts it once.
#[utoipa::path(
    post,
    path = "/api/v1/referrals",
    operation_id = "record_referral",
    tag = "insight",
    security(("bearer" = [])),
    request_body = out::ReferralBody,
    responses(
        (status = 201, description = "Recorded", body = out::Recorded),
        (status = 200, description = "Recorded before; counted once", body = out::Recorded),
        (status = 400, description = "Invalid body: the field at fault is named (id, resource, language, day)"),
        (status = 401, description = "No valid bearer token"),
        (status = 403, description = "The account may not record referrals"),
        (status = 404, description = "No such resource"),
    )
)]
async fn record_referral(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    body: Bytes,
) -> Result<Response, ApiError> {
    let referral = json::<out::ReferralBody>(&body)?.referral()?;
    let today = Utc::now().date_naive();
    let recorded = state
        .directory
        .record_referral(&account, referral, today)
        .await?;
    let status = if recorded {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(out::Recorded { recorded })).into_response())
}

/// Say that nothing fitted
///
/// The results of a search did not help: counted by week, language, area and category
/// (what was needed, else what the words were read as). Anonymous; limited per address.
#[utoipa::path(
    post,
    path = "/api/v1/unmet-needs",
    operation_id = "nothing_fitted",
    tag = "insight",
    request_body = out::UnmetBody,
    responses(
        (status = 202, description = "Counted"),
        (status = 400, description = "Invalid body: the field at fault is named"),
    )
)]
async fn nothing_fitted(
    State(state): State<AppState>,
    Client(client): Client,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    if !state.unmet_limit.allows(&client) {
        return Err(ApiError::TooManyRequests {
            whose: "this address",
            retry_after: 3600,
        });
    }
    let signal = unmet_signal(&state, json::<out::UnmetBody>(&body)?)?;
    state.directory.note_unmet(signal, Utc::now().date_naive());
    Ok(StatusCode::ACCEPTED)
}

/// Referrals of a year, protected
///
/// By area, category, language and local group, month by month, for the months of the
/// year that are over. A count from 1 to 4 is `<5`; `x` is withheld so that no small
/// count can be worked out from the totals (the same in every format).
#[utoipa::path(
    get,
    path = "/api/v1/reports/referrals",
    operation_id = "referral_report",
    tag = "insight",
    security(("bearer" = []), ("partnerKey" = [])),
    params(ReferralReportQuery),
    responses(
        (status = 200, description = "The report (JSON, or CSV with format=csv)", content((out::ReportResponse = "application/json"), (String = "text/csv"))),
        (status = 400, description = "An invalid parameter; `parameter` names it"),
        (status = 401, description = "No partner key and no valid bearer token"),
        (status = 403, description = "The account may not read reports"),
    )
)]
async fn referral_report(
    State(state): State<AppState>,
    _reader: ReportReader,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let asked = ReportAsk::parse(raw.as_deref(), &state, &nabo_directory::REFERRAL_BREAKDOWNS)?;
    let report = state
        .directory
        .referral_report(asked.year, asked.today)
        .await?;
    Ok(asked.answer(&state, &report, "referrals"))
}

/// Unmet needs of a year, protected
///
/// Searches that found nothing and "nothing fitted", by area, category and language,
/// month by month, and the searched texts that at least five searches of a week used.
#[utoipa::path(
    get,
    path = "/api/v1/reports/unmet-needs",
    operation_id = "unmet_report",
    tag = "insight",
    security(("bearer" = []), ("partnerKey" = [])),
    params(UnmetReportQuery),
    responses(
        (status = 200, description = "The report (JSON, or CSV with format=csv)", content((out::ReportResponse = "application/json"), (String = "text/csv"))),
        (status = 400, description = "An invalid parameter; `parameter` names it"),
        (status = 401, description = "No partner key and no valid bearer token"),
        (status = 403, description = "The account may not read reports"),
    )
)]
async fn unmet_report(
    State(state): State<AppState>,
    _reader: ReportReader,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let asked = ReportAsk::parse(raw.as_deref(), &state, &nabo_directory::UNMET_BREAKDOWNS)?;
    let report = state
        .directory
        .unmet_report(asked.year, asked.today)
        .await?;
    Ok(asked.answer(&state, &report, "unmet-needs"))
}

/// A report's parameters.
pub struct ReportAsk {
    pub year: i32,
    pub today: NaiveDate,
    pub csv: bool,
    pub by: Breakdown,
    pub lang: nabo_domain::LanguageTag,
}

impl ReportAsk {
    pub fn parse(
        raw: Option<&str>,
        state: &AppState,
        breakdowns: &[Breakdown],
    ) -> Result<Self, ApiError> {
        let params = Params::parse(raw);
        let names: &QueryNames = if breakdowns.contains(&Breakdown::Group) {
            &REFERRAL_REPORT
        } else {
            &UNMET_REPORT
        };
        params.expect(names)?;
        let today = Utc::now().date_naive();
        let default_year = last_month_over(today).year();
        let year = params.number("year", default_year as usize, 2000..=9999)? as i32;
        let csv = match params.get("format")? {
            None | Some("json") => false,
            Some("csv") => true,
            Some(other) => {
                return Err(ApiError::invalid(
                    "format",
                    format!("format is json or csv, not {other:?}"),
                ));
            }
        };
        let by = match params.get("by")? {
            None => Breakdown::Area,
            Some(text) => Breakdown::parse(text)
                .filter(|by| breakdowns.contains(by))
                .ok_or_else(|| {
                    let known: Vec<&str> = breakdowns.iter().map(|b| b.as_str()).collect();
                    ApiError::invalid(
                        "by",
                        format!("by is one of {}, not {text:?}", known.join(", ")),
                    )
                })?,
        };
        let lang = params.lang(&state.directory.reference())?;
        Ok(Self {
            year,
            today,
            csv,
            by,
            lang,
        })
    }

    pub fn answer(&self, state: &AppState, report: &InsightReport, name: &str) -> Response {
        let reference = state.directory.reference();
        let chain = reference.languages.chain(&self.lang);
        let t = Translator::new(state.catalog.clone(), self.lang.as_str());
        let labels = Labels {
            reference: &reference,
            chain: &chain,
            t: &t,
        };
        if !self.csv {
            return Json(out::report(report, &labels)).into_response();
        }
        let table = report.table(self.by);
        let corner = t.t(match self.by {
            Breakdown::Area => "insights-by-area",
            Breakdown::Category => "insights-by-category",
            Breakdown::Language => "insights-by-language",
            Breakdown::Group => "insights-by-group",
        });
        let body = table
            .map(|table| out::csv(table, &corner, &labels))
            .unwrap_or_default();
        let disposition = format!(
            "attachment; filename=\"nabo-{name}-{}-{}.csv\"",
            report.year,
            self.by.as_str()
        );
        (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, disposition),
            ],
            body,
        )
            .into_response()
    }
}

/// The last month that is over on `today`.
pub fn last_month_over(today: NaiveDate) -> Month {
    let mut day = today;
    loop {
        let month = Month::of(day);
        if month.is_over(today) {
            return month;
        }
        day = NaiveDate::from_ymd_opt(month.year(), month.number(), 1)
            .and_then(|first| first.pred_opt())
            .unwrap_or(day);
    }
}

fn unmet_signal(state: &AppState, body: out::UnmetBody) -> Result<UnmetSignal, ApiError> {
    let reference = state.directory.reference();
    let mut pairs = vec![("lang", body.lang.as_str())];
    pairs.extend(body.area.as_deref().map(|area| ("area", area)));
    pairs.extend(body.needed.as_deref().map(|needed| ("category", needed)));
    let encoded = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    let params = Params::parse(Some(&encoded));
    let field = |name: &str, error: ApiError| {
        ApiError::InvalidBody(vec![(name.to_owned(), error.to_string())])
    };
    if body.q.chars().count() > 500 {
        return Err(ApiError::InvalidBody(vec![(
            "q".to_owned(),
            "q is longer than 500 characters".to_owned(),
        )]));
    }
    Ok(UnmetSignal {
        kind: UnmetKind::NothingFitted,
        language: params.lang(&reference).map_err(|e| field("lang", e))?,
        area: params.area(&reference).map_err(|e| field("area", e))?,
        matched: None,
        needed: params
            .category(&reference)
            .map_err(|e| field("needed", e))?,
        text: body.q,
    })
}
