//! The query strings of the public API as the OpenAPI document describes them. `Params`
//! reads the values (with errors that name the parameter); these types say which
//! parameters there are (`QueryNames::of`) and what each accepts, so the document and
//! the parsing cannot name different parameters. The values a directory accepts (its
//! languages, areas, postcodes, categories, attributes) are written in when the document
//! is served (`contract`).

// Never built: `Params` reads the query string; these describe it.
#![allow(dead_code)]

use utoipa::IntoParams;

/// `GET /api/v1/search`.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// What the person needs or the name of a service, in any supported language. May be
    /// empty when a filter is given.
    #[param(max_length = 500)]
    q: Option<String>,
    /// The reader's language (BCP 47, one of `GET /api/v1/languages`; other tags such as
    /// prs are accepted). Defaults to the first configured language.
    lang: Option<String>,
    /// Area id (e.g. dk-0751); a region includes its municipalities.
    area: Option<String>,
    /// A Danish postcode, 4 digits (e.g. 8220): only hits in the municipalities it covers
    /// (every one of them when it spans several), nearer ones ranked higher from the mean
    /// of those municipalities' centres; hits get distance_m. With area: only those of its
    /// municipalities inside that area (none: no hits). With near: distances are measured
    /// from near instead. radius_km counts from the same point. An unknown postcode is a
    /// 400.
    #[param(pattern = "^[0-9]{4}$")]
    postcode: Option<String>,
    /// Category id (`GET /api/v1/categories`).
    category: Option<String>,
    /// Access attribute id; repeatable, all must hold.
    attribute: Option<Vec<String>>,
    /// A point, LAT,LON in decimal degrees (latitude -90 to 90, longitude -180 to 180),
    /// e.g. 55.68,12.57: hits get distance_m and nearer ones rank higher.
    #[param(
        pattern = r"^-?(90(\.0+)?|[1-8]?[0-9](\.[0-9]+)?),-?(180(\.0+)?|(1[0-7][0-9]|[1-9]?[0-9])(\.[0-9]+)?)$"
    )]
    near: Option<String>,
    /// Only hits within this many kilometres of near, or of a postcode's point (above 0,
    /// at most 1000). Without either it limits nothing.
    #[param(exclusive_minimum = 0, maximum = 1000)]
    radius_km: Option<f64>,
    /// true: leave out places known to be closed now (local time and public holidays of
    /// each place); open ones first, unknown hours after.
    open_now: Option<bool>,
    /// Hits per page.
    #[param(minimum = 1, maximum = 100, default = 10)]
    limit: Option<u32>,
    /// Hits to skip.
    #[param(minimum = 0, maximum = 10000, default = 0)]
    offset: Option<u32>,
    /// Add how the query was read (words, categories, places, named word) and, per hit,
    /// what each part of its score was. For tuning; its shape is not part of the stable
    /// contract.
    #[param(default = false)]
    explain: Option<bool>,
}

/// `GET /api/v1/suggest`.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestQuery {
    /// What has been typed so far.
    #[param(max_length = 500)]
    q: Option<String>,
    /// The reader's language (as for search).
    lang: Option<String>,
    /// Only resource names of this area.
    area: Option<String>,
    /// Suggestions at most.
    #[param(minimum = 1, maximum = 20, default = 8)]
    limit: Option<u32>,
}

/// Endpoints that answer in the reader's language and take nothing else.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LangQuery {
    /// The reader's language (BCP 47, one of `GET /api/v1/languages`). Defaults to the
    /// first configured language; each text says which language it is in.
    lang: Option<String>,
}

/// `GET /api/v1/reports/referrals`.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReferralReportQuery {
    /// The year (only whole years are reported, and of them only the months that are over).
    /// Defaults to the year of the last month that is over.
    #[param(minimum = 2000, maximum = 9999)]
    year: Option<u32>,
    /// json (default) or csv (one table: the breakdown `by`).
    #[param(pattern = "^(json|csv)$")]
    format: Option<String>,
    /// With format=csv, the breakdown: area (default), category, language or group.
    #[param(pattern = "^(area|category|language|group)$")]
    by: Option<String>,
    /// The language of the rows' names (BCP 47, one of `GET /api/v1/languages`).
    lang: Option<String>,
}

/// `GET /api/v1/reports/unmet-needs`.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UnmetReportQuery {
    /// The year (only whole years are reported, and of them only the months that are over).
    /// Defaults to the year of the last month that is over.
    #[param(minimum = 2000, maximum = 9999)]
    year: Option<u32>,
    /// json (default) or csv (one table: the breakdown `by`).
    #[param(pattern = "^(json|csv)$")]
    format: Option<String>,
    /// With format=csv, the breakdown: area (default), category (what was needed, else
    /// what the words were read as) or language.
    #[param(pattern = "^(area|category|language)$")]
    by: Option<String>,
    /// The language of the rows' names (BCP 47, one of `GET /api/v1/languages`).
    lang: Option<String>,
}
