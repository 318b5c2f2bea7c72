//! The public API, driven in-process: response shapes, localization along the fallback
//! chain, and problem+json for every kind of bad input.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use nabo_directory::{Config, Directory, IndexMode};
use nabo_server::{AppState, router};
use serde_json::Value;
use std::path::PathBuf;
use std::sync::Arc;
use tower::ServiceExt;

struct TestApp {
    router: Router,
    directory: Arc<Directory>,
    _dir: tempfile::TempDir,
}

fn catalog() -> Arc<nabo_i18n::Catalog> {
    let locales = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    Arc::new(nabo_i18n::Catalog::load(&locales).expect("locales"))
}

impl TestApp {
    async fn with_demo() -> Self {
        Self::with_demo_at(nabo_server::RateLimit::default()).await
    }

    /// The demo directory with `rate_limit` per client address.
    async fn with_demo_at(rate_limit: nabo_server::RateLimit) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let repository = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let config = Config {
            database_url: format!("sqlite://{}/nabo.db", dir.path().display()).into(),
            index_dir: dir.path().join("index"),
            content_dir: repository.join("content"),
        };
        let directory = Directory::open(config, IndexMode::Required)
            .await
            .expect("open");
        directory.import_demo_if_empty().await.expect("demo");
        let directory = Arc::new(directory);
        let mut state = AppState::new(Arc::clone(&directory), catalog());
        state.rate_limit = rate_limit;
        Self {
            router: router(state),
            directory,
            _dir: dir,
        }
    }

    async fn get(&self, uri: &str) -> (StatusCode, String, Value) {
        self.get_as(uri, None).await
    }

    /// A request with a JSON body, a bearer token and extra headers; status, headers, body.
    async fn send(
        &self,
        method: &str,
        uri: &str,
        token: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> (StatusCode, axum::http::HeaderMap, Value) {
        let mut request = Request::builder()
            .method(method)
            .uri(uri)
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::from(body.to_owned())).expect("request"))
            .await
            .expect("response");
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        (
            status,
            headers,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    /// A token for a new account of `role` in `areas` / `languages`.
    async fn token_for(
        &self,
        id: &str,
        role: nabo_domain::Role,
        areas: &[&str],
        languages: &[&str],
    ) -> String {
        let account = nabo_domain::Account {
            id: nabo_domain::UserId::parse(id).expect("id"),
            role,
            areas: areas
                .iter()
                .map(|a| nabo_domain::AreaId::parse(a).expect("area"))
                .collect(),
            languages: languages
                .iter()
                .map(|l| nabo_domain::LanguageTag::parse(l).expect("tag"))
                .collect(),
            disabled: false,
            group: None,
        };
        self.directory
            .accounts()
            .add(account.clone(), None)
            .await
            .expect("account");
        let tokens = self.directory.tokens();
        tokens
            .issue(&account.id, "test", 1, chrono::Utc::now())
            .await
            .expect("token")
            .token
    }

    /// A GET with a bearer token whose body is read as text: status, content type, body.
    async fn get_text(&self, uri: &str, token: &str) -> (StatusCode, String, String) {
        let request = Request::get(uri).header("authorization", format!("Bearer {token}"));
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::empty()).expect("request"))
            .await
            .expect("response");
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        (
            status,
            content_type,
            String::from_utf8_lossy(&bytes).into_owned(),
        )
    }

    /// A GET with `Authorization: Bearer <token>` when a token is given.
    async fn get_as(&self, uri: &str, token: Option<&str>) -> (StatusCode, String, Value) {
        let mut request = Request::get(uri);
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::empty()).expect("request"))
            .await
            .expect("response");
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, content_type, body)
    }
}

#[tokio::test]
async fn search_returns_localized_hits_and_facets() {
    let app = TestApp::with_demo().await;
    let (status, _, body) = app.get("/api/v1/search?q=jobcenter&lang=da").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["total"].as_u64().expect("total") >= 4);
    assert!(body["took_ms"].is_u64());
    let hit = &body["hits"][0];
    for field in ["id", "name", "lang", "categories", "area", "score"] {
        assert!(!hit[field].is_null(), "hit lacks {field}: {hit}");
    }
    assert_eq!(hit["lang"], "da");
    assert_eq!(body["facets"]["category"]["jobcentre"], 4);

    // Somali is shown where a Somali text exists, and every hit says its language.
    let (_, _, body) = app
        .get("/api/v1/search?q=jobcenter&lang=so&area=dk-0101")
        .await;
    let hits = body["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["area"] == "dk-0101"));
    assert!(hits.iter().any(|h| h["lang"] == "so"), "{body}");

    // A region includes its municipalities.
    let (_, _, body) = app
        .get("/api/v1/search?lang=da&area=dk-1084&category=health-visitor")
        .await;
    let areas: Vec<&str> = body["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .filter_map(|h| h["area"].as_str())
        .collect();
    assert!(
        areas.contains(&"dk-0101") && areas.contains(&"dk-0183"),
        "{areas:?}"
    );
    assert!(!areas.contains(&"dk-0751"));
}

#[tokio::test]
async fn explain_says_how_the_query_was_read_and_what_each_score_is_made_of() {
    let app = TestApp::with_demo().await;
    let (status, _, body) = app
        .get("/api/v1/search?q=jeg+leder+efter+arbejde&lang=da&explain=true")
        .await;
    assert_eq!(status, StatusCode::OK);
    let explanation = &body["explanation"];
    assert_eq!(
        explanation["categories"][0]["id"], "jobcentre",
        "{explanation}"
    );
    let hit = &body["hits"][0];
    let parts = &hit["explanation"];
    assert_eq!(parts["categories"][0][0], "jobcentre", "{parts}");
    let (_, _, plain) = app
        .get("/api/v1/search?q=jeg+leder+efter+arbejde&lang=da")
        .await;
    assert!(plain["explanation"].is_null() && plain["hits"][0]["explanation"].is_null());
    let (status, _, problem) = app.get("/api/v1/search?q=x&explain=maybe").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        problem["detail"]
            .as_str()
            .expect("detail")
            .contains("explain")
    );
}

#[tokio::test]
async fn paging_and_filters_behave() {
    let app = TestApp::with_demo().await;
    let (_, _, all) = app.get("/api/v1/search?lang=en&limit=100").await;
    let total = all["total"].as_u64().expect("total");
    let (_, _, page) = app.get("/api/v1/search?lang=en&limit=5&offset=5").await;
    assert_eq!(page["total"].as_u64(), Some(total));
    let ids = |v: &Value| -> Vec<String> {
        v["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .map(|h| h["id"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(ids(&page), ids(&all)[5..10].to_vec());
    // Scored results page stably too: equal scores (eight hits tie here) are ordered by id.
    let (_, _, nine) = app.get("/api/v1/search?lang=da&q=center&limit=9").await;
    let mut paged = Vec::new();
    for offset in [0, 3, 6] {
        let (_, _, three) = app
            .get(&format!(
                "/api/v1/search?lang=da&q=center&limit=3&offset={offset}"
            ))
            .await;
        paged.extend(ids(&three));
    }
    assert_eq!(ids(&nine).len(), 9, "enough hits to page");
    assert_eq!(paged, ids(&nine));
    let (_, _, women) = app
        .get("/api/v1/search?lang=en&attribute=women-only-hours")
        .await;
    let hits = women["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| {
        h["attributes"]
            .as_array()
            .expect("attrs")
            .iter()
            .any(|a| a == "women-only-hours")
    }));
}

#[tokio::test]
async fn resource_is_localized_with_fallback_and_languages() {
    let app = TestApp::with_demo().await;
    let (_, _, search) = app
        .get("/api/v1/search?lang=da&category=health-visitor&area=dk-0101")
        .await;
    let id = search["hits"][0]["id"]
        .as_str()
        .expect("a health visitor")
        .to_owned();
    let (status, _, body) = app.get(&format!("/api/v1/resources/{id}?lang=ar")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["lang"], "ar");
    assert_eq!(body["name"]["lang"], "ar");
    let available = body["available_languages"].as_array().expect("languages");
    assert!(available.iter().any(|l| l == "so") && available.iter().any(|l| l == "da"));
    // Dari by its alias: falls back along fa-AF → fa → en → da.
    let (status, _, body) = app.get(&format!("/api/v1/resources/{id}?lang=prs")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["lang"], "fa-AF");
    assert!(["fa-AF", "fa", "en", "da"].contains(&body["name"]["lang"].as_str().expect("lang")));
}

#[tokio::test]
async fn reference_endpoints_answer_in_the_readers_language() {
    let app = TestApp::with_demo().await;
    let (_, _, categories) = app.get("/api/v1/categories?lang=en").await;
    assert_eq!(categories.as_array().expect("list").len(), 28);
    assert_eq!(categories[1]["id"], "jobcentre");
    assert_eq!(categories[1]["name"]["lang"], "en");
    let (_, _, areas) = app.get("/api/v1/areas?lang=da").await;
    assert_eq!(areas.as_array().expect("list").len(), 104);
    let (_, _, languages) = app.get("/api/v1/languages").await;
    let languages = languages.as_array().expect("list");
    assert!(languages.len() >= 32);
    let arabic = languages.iter().find(|l| l["tag"] == "ar").expect("arabic");
    assert_eq!(arabic["direction"], "rtl");
    let (status, content_type, openapi) = app.get("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("application/json"));
    assert_eq!(openapi["openapi"], "3.1.0");
    // What the server accepts is written into the served document.
    let search = openapi["paths"]["/api/v1/search"]["get"]["parameters"]
        .as_array()
        .expect("parameters");
    let schema = |name: &str| {
        search
            .iter()
            .find(|p| p["name"] == name)
            .map(|p| p["schema"].clone())
            .expect("documented")
    };
    let tags = schema("lang")["enum"]
        .as_array()
        .expect("languages")
        .clone();
    assert!(tags.contains(&serde_json::json!("ar")) && tags.contains(&serde_json::json!("prs")));
    assert_eq!(schema("area")["enum"].as_array().map(Vec::len), Some(104));
    assert!(
        schema("attribute")["items"]["enum"]
            .as_array()
            .is_some_and(|a| !a.is_empty())
    );
    assert!(
        schema("category")["enum"]
            .as_array()
            .is_some_and(|c| c.len() >= 28)
    );
    for (path, item) in openapi["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("methods") {
            assert!(
                operation
                    .get("parameters")
                    .is_none_or(serde_json::Value::is_array),
                "{method} {path}: parameters are a list when present"
            );
        }
    }
    let (status, _, health) = app.get("/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(health["index_seq"], health["database_seq"]);
}

#[tokio::test]
async fn bad_input_is_a_problem_json_4xx_naming_what_is_wrong() {
    let app = TestApp::with_demo().await;
    let long = format!("/api/v1/search?q={}", "a".repeat(600));
    let cases: Vec<(&str, StatusCode, &str)> = vec![
        (
            "/api/v1/search?q=x&lang=not_a_tag!",
            StatusCode::BAD_REQUEST,
            "is not a valid BCP 47 language tag",
        ),
        (
            "/api/v1/search?q=x&lang=xx",
            StatusCode::BAD_REQUEST,
            "language xx is not supported",
        ),
        (
            "/api/v1/search?q=x&limit=-1",
            StatusCode::BAD_REQUEST,
            "limit must be a whole number from 1 to 100",
        ),
        (
            "/api/v1/search?q=x&limit=100000",
            StatusCode::BAD_REQUEST,
            "limit must be a whole number",
        ),
        (
            "/api/v1/search?q=x&offset=abc",
            StatusCode::BAD_REQUEST,
            "offset must be a whole number",
        ),
        (
            "/api/v1/search?q=x&area=dk-9999",
            StatusCode::BAD_REQUEST,
            "unknown area \"dk-9999\"",
        ),
        (
            "/api/v1/search?q=x&area=%27%3B%20DROP%20TABLE",
            StatusCode::BAD_REQUEST,
            "area",
        ),
        (
            "/api/v1/search?q=x&category=nope",
            StatusCode::BAD_REQUEST,
            "unknown category \"nope\"",
        ),
        (
            "/api/v1/search?q=x&attribute=nope",
            StatusCode::BAD_REQUEST,
            "unknown attribute \"nope\"",
        ),
        (
            "/api/v1/search?qq=x",
            StatusCode::BAD_REQUEST,
            "unknown parameter \"qq\"",
        ),
        (
            "/api/v1/search?q=a&q=b",
            StatusCode::BAD_REQUEST,
            "given more than once",
        ),
        (
            &long,
            StatusCode::BAD_REQUEST,
            "q is longer than 500 characters",
        ),
        (
            "/api/v1/resources/no-such-thing",
            StatusCode::NOT_FOUND,
            "there is no resource with id \"no-such-thing\"",
        ),
        (
            "/api/v1/resources/%3Cscript%3E",
            StatusCode::NOT_FOUND,
            "there is no resource",
        ),
        ("/api/v1/nope", StatusCode::NOT_FOUND, "no such endpoint"),
    ];
    for (uri, status, detail) in cases {
        let (got, content_type, body) = app.get(uri).await;
        assert_eq!(got, status, "{uri}: {body}");
        assert_eq!(content_type, "application/problem+json", "{uri}");
        assert_eq!(body["status"], status.as_u16(), "{uri}");
        assert!(
            body["title"].is_string() && body["type"].is_string(),
            "{uri}: {body}"
        );
        let text = body["detail"].as_str().unwrap_or_default();
        assert!(
            text.contains(detail),
            "{uri}: detail {text:?} lacks {detail:?}"
        );
    }
    // Hostile but well-formed text is just a query.
    let (status, _, _) = app
        .get("/api/v1/search?q=%27%20OR%201%3D1%20--%20%3Cscript%3E&lang=da")
        .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn geo_and_open_now_parameters_are_checked() {
    let app = TestApp::with_demo().await;
    let (status, _, body) = app
        .get("/api/v1/search?lang=da&near=55.676,12.568&radius_km=3&open_now=false")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let hits = body["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .all(|h| h["distance_m"].as_u64().is_some_and(|d| d <= 3000))
    );
    assert!(hits.iter().all(|h| h.get("open_now").is_some()));
    for (uri, detail) in [
        ("/api/v1/search?near=55.6", "near must be LAT,LON"),
        ("/api/v1/search?near=abc,12", "\"abc\" is not a number"),
        (
            "/api/v1/search?near=95,12",
            "latitude 95 is outside -90..90",
        ),
        ("/api/v1/search?radius_km=5000", "radius_km must be above 0"),
        (
            "/api/v1/search?near=55,12&radius_km=0",
            "radius_km must be above 0",
        ),
        (
            "/api/v1/search?open_now=yes",
            "open_now must be true or false",
        ),
    ] {
        let (status, _, body) = app.get(uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
        let text = body["detail"].as_str().unwrap_or_default();
        assert!(text.contains(detail), "{uri}: {text}");
    }
    // Without a point to measure from, a radius limits nothing (as the contract says).
    let (status, _, everywhere) = app
        .get("/api/v1/search?lang=da&q=jobcenter&radius_km=5")
        .await;
    let (_, _, plain) = app.get("/api/v1/search?lang=da&q=jobcenter").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(everywhere["total"], plain["total"]);
}

/// The areas of the hits of `body`, and the distances of those that have one, after
/// checking that these come first (a place without coordinates has no distance).
fn areas_and_distances(body: &Value) -> (Vec<String>, Vec<u64>) {
    let hits = body["hits"].as_array().cloned().unwrap_or_default();
    let areas = hits
        .iter()
        .map(|h| h["area"].as_str().unwrap_or_default().to_owned())
        .collect();
    let distances: Vec<Option<u64>> = hits.iter().map(|h| h["distance_m"].as_u64()).collect();
    assert!(
        distances.is_sorted_by_key(Option::is_none),
        "places with a distance first: {body}"
    );
    (areas, distances.into_iter().flatten().collect())
}

#[tokio::test]
async fn a_postcode_searches_its_municipalities_nearest_first() {
    let app = TestApp::with_demo().await;
    let (status, _, body) = app
        .get("/api/v1/search?lang=da&postcode=8000&limit=100")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (areas, distances) = areas_and_distances(&body);
    assert!(areas.len() >= 5, "{body}");
    assert!(areas.iter().all(|a| a == "dk-0751"), "{areas:?}");
    // All but the women's shelter, whose address is not given.
    assert_eq!(
        distances.len(),
        areas.len() - 1,
        "hits have distance_m: {body}"
    );
    assert!(distances.is_sorted(), "nearest first: {distances:?}");
    // All of Aarhus's resources, and a need in words narrows them.
    let (_, _, aarhus) = app
        .get("/api/v1/search?lang=da&area=dk-0751&limit=100")
        .await;
    assert_eq!(body["total"], aarhus["total"]);
    let (_, _, jobs) = app
        .get("/api/v1/search?lang=da&postcode=8000&q=jobcenter")
        .await;
    assert_eq!(
        jobs["hits"][0]["id"], "aarhus-jobcenter-frederiks-alle",
        "{jobs}"
    );

    // 2000 Frederiksberg spans Copenhagen and Frederiksberg: Copenhagen's resources.
    let (_, _, body) = app
        .get("/api/v1/search?lang=da&postcode=2000&limit=100")
        .await;
    let (areas, distances) = areas_and_distances(&body);
    assert!(areas.iter().any(|a| a == "dk-0101"), "{body}");
    assert!(
        areas.iter().all(|a| a == "dk-0101" || a == "dk-0147"),
        "{areas:?}"
    );
    assert!(distances.is_sorted(), "{distances:?}");

    // With an area: the postcode's municipalities inside it.
    let (_, _, region) = app
        .get("/api/v1/search?lang=da&postcode=8000&area=dk-1082&limit=100")
        .await;
    assert_eq!(region["total"], aarhus["total"]);
    let (status, _, elsewhere) = app
        .get("/api/v1/search?lang=da&postcode=8000&area=dk-0101")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(elsewhere["total"], 0, "{elsewhere}");
    // With near: distances from near, within the postcode's municipalities.
    let (_, _, far) = app
        .get("/api/v1/search?lang=da&postcode=8000&near=55.676,12.568&limit=100")
        .await;
    let (areas, distances) = areas_and_distances(&far);
    assert!(areas.iter().all(|a| a == "dk-0751"), "{areas:?}");
    assert!(
        distances.iter().all(|&d| d > 100_000),
        "from Copenhagen: {distances:?}"
    );
    // A radius counts from the postcode's point.
    let (_, _, near) = app
        .get("/api/v1/search?lang=da&postcode=8000&radius_km=1&limit=100")
        .await;
    let (_, distances) = areas_and_distances(&near);
    assert!(distances.iter().all(|&d| d <= 1000), "{distances:?}");
    assert!(near["total"].as_u64() < aarhus["total"].as_u64(), "{near}");
}

#[tokio::test]
async fn unknown_and_malformed_postcodes_are_refused_naming_the_parameter() {
    let app = TestApp::with_demo().await;
    for (uri, detail) in [
        ("/api/v1/search?postcode=1234", "unknown postcode \"1234\""),
        ("/api/v1/search?postcode=0960", "unknown postcode \"0960\""),
        (
            "/api/v1/search?postcode=82200",
            "postcode \"82200\" must be 4 digits, e.g. 8000",
        ),
        (
            "/api/v1/search?postcode=8a20&q=x",
            "postcode \"8a20\" must be 4 digits",
        ),
        (
            "/api/v1/search?postcode=8000&postcode=8220",
            "given more than once",
        ),
    ] {
        let (status, content_type, body) = app.get(uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
        assert_eq!(content_type, "application/problem+json", "{uri}");
        assert_eq!(body["parameter"], "postcode", "{uri}: {body}");
        let text = body["detail"].as_str().unwrap_or_default();
        assert!(text.contains(detail), "{uri}: {text}");
    }
    // Empty counts as absent, as HTML forms send it.
    let (status, _, _) = app.get("/api/v1/search?q=jobcenter&postcode=").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_served_document_lists_the_known_postcodes() {
    let app = TestApp::with_demo().await;
    let (_, _, document) = app.get("/api/v1/openapi.json").await;
    let parameters = document["paths"]["/api/v1/search"]["get"]["parameters"]
        .as_array()
        .expect("parameters");
    let postcode = parameters
        .iter()
        .find(|p| p["name"] == "postcode")
        .expect("postcode parameter");
    assert_eq!(postcode["in"], "query");
    assert_eq!(postcode["schema"]["pattern"], "^[0-9]{4}$");
    let known: Vec<&str> = postcode["schema"]["enum"]
        .as_array()
        .expect("enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        known.contains(&"8220") && known.contains(&"2000"),
        "{known:?}"
    );
    assert!(!known.contains(&"0960"));
    let description = postcode["description"].as_str().unwrap_or_default();
    assert!(description.contains("With area"), "{description}");
}

#[tokio::test]
async fn too_many_requests_get_a_429_problem_with_retry_after() {
    let app = TestApp::with_demo().await;
    let one = std::num::NonZeroU32::new(1).expect("non-zero");
    let state_router = {
        // The same directory behind a strict limit: one request a second, burst of two.
        let directory = app.directory.clone();
        router(AppState {
            rate_limit: nabo_server::RateLimit {
                per_second: one,
                burst: std::num::NonZeroU32::new(2).expect("non-zero"),
                trust_forwarded: false,
            },
            ..AppState::new(directory, catalog())
        })
    };
    let mut statuses = Vec::new();
    let mut last = None;
    for _ in 0..3 {
        let response = state_router
            .clone()
            .oneshot(
                Request::get("/api/v1/languages")
                    .body(Body::empty())
                    .expect("request"),
            )
            .await
            .expect("response");
        statuses.push(response.status());
        last = Some(response);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::OK,
            StatusCode::OK,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
    let response = last.expect("a response");
    assert!(response.headers().contains_key("retry-after"));
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
}

#[tokio::test]
async fn suggest_completes_phrases_and_names_as_you_type() {
    let app = TestApp::with_demo().await;
    let (status, _, body) = app.get("/api/v1/suggest?q=jobc&lang=da").await;
    assert_eq!(status, StatusCode::OK);
    let suggestions = body["suggestions"].as_array().expect("list");
    assert!(
        suggestions.iter().any(|s| s["resource"].is_string()
            && s["text"]
                .as_str()
                .is_some_and(|t| t.to_lowercase().starts_with("jobc"))),
        "{body}"
    );
    assert!(
        suggestions.iter().any(|s| s["category"] == "jobcentre"),
        "{body}"
    );
    let (_, _, body) = app.get("/api/v1/suggest?q=x&lang=da").await;
    assert_eq!(
        body["suggestions"].as_array().map(Vec::len),
        Some(0),
        "one letter suggests nothing"
    );
    let (status, _, _) = app.get("/api/v1/suggest?q=jobc&lang=da&limit=0").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_admin_api_knows_the_account_of_a_bearer_token_and_refuses_others() {
    use nabo_domain::{Account, AreaId, Role, UserId};
    let app = TestApp::with_demo().await;
    let editor = Account {
        id: UserId::parse("amina").expect("id"),
        role: Role::Editor,
        areas: vec![AreaId::parse("dk-0751").expect("area")],
        languages: Vec::new(),
        disabled: false,
        group: None,
    };
    app.directory
        .accounts()
        .add(editor.clone(), None)
        .await
        .expect("add");
    let tokens = app.directory.tokens();
    let issued = tokens
        .issue(&editor.id, "test", 1, chrono::Utc::now())
        .await
        .expect("issue");

    let (status, _, me) = app.get_as("/api/v1/admin/me", Some(&issued.token)).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["id"], "amina");
    assert_eq!(me["role"], "editor");
    assert_eq!(me["areas"], serde_json::json!(["dk-0751"]));

    let forged = format!("{}A", &issued.token[..issued.token.len() - 1]);
    for token in [None, Some("nonsense"), Some(forged.as_str())] {
        let (status, content_type, problem) = app.get_as("/api/v1/admin/me", token).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{token:?}");
        assert_eq!(content_type, "application/problem+json");
        assert!(
            problem["detail"]
                .as_str()
                .is_some_and(|d| d.contains("token")),
            "{problem}"
        );
    }
    tokens.revoke(&issued.info.id).await.expect("revoke");
    let (status, _, _) = app.get_as("/api/v1/admin/me", Some(&issued.token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "revoked");
}

#[tokio::test]
async fn an_editor_creates_and_updates_in_her_area_only_and_a_stale_save_is_refused() {
    use nabo_domain::Role;
    let app = TestApp::with_demo().await;
    let editor = app
        .token_for("amina", Role::Editor, &["dk-0751"], &[])
        .await;
    let translator = app.token_for("ayan", Role::Translator, &[], &["so"]).await;
    let record = |area: &str, name: &str| {
        serde_json::json!({"id": "aarhus-naboskab", "categories": ["women-network"], "area": area,
            "source_language": "da", "name": {"da": name}})
        .to_string()
    };
    let admin_resources = "/api/v1/admin/resources";

    let (status, headers, body) = app
        .send(
            "POST",
            admin_resources,
            &editor,
            &[],
            &record("dk-0751", "Naboskabet Zanzibarvej"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(headers["etag"], "\"1\"");
    assert_eq!(headers["location"], "/api/v1/resources/aarhus-naboskab");
    let (_, _, found) = app.get("/api/v1/search?q=zanzibarvej&lang=da").await;
    assert_eq!(
        found["hits"][0]["id"], "aarhus-naboskab",
        "searchable at once: {found}"
    );

    let (status, _, body) = app
        .send(
            "POST",
            admin_resources,
            &editor,
            &[],
            &record("dk-0751", "Again"),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    let other =
        record("dk-0461", "Naboskabet Odense").replace("aarhus-naboskab", "odense-naboskab");
    let (status, _, body) = app
        .send("POST", admin_resources, &editor, &[], &other)
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "another municipality: {body}"
    );
    let (status, _, _) = app
        .send("POST", admin_resources, &translator, &[], &other)
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a translator creates nothing"
    );

    let path = "/api/v1/admin/resources/aarhus-naboskab";
    let renamed = record("dk-0751", "Naboskabet Mågevej");
    let (status, _, body) = app.send("PUT", path, &editor, &[], &renamed).await;
    assert_eq!(status, StatusCode::PRECONDITION_REQUIRED, "{body}");
    let (status, headers, _) = app
        .send("PUT", path, &editor, &[("if-match", "\"1\"")], &renamed)
        .await;
    assert_eq!(
        (status, &headers["etag"]),
        (StatusCode::OK, &"\"2\"".parse().expect("value"))
    );
    let (status, headers, body) = app
        .send(
            "PUT",
            path,
            &editor,
            &[("if-match", "\"1\"")],
            &record("dk-0751", "Stale"),
        )
        .await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED, "{body}");
    assert_eq!(headers["etag"], "\"2\"", "the current version");
    let (status, _, body) = app
        .send(
            "PUT",
            path,
            &editor,
            &[("if-match", "\"2\"")],
            &record("dk-0461", "Moved away"),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "not into another municipality: {body}"
    );
    let (_, _, now) = app.get("/api/v1/resources/aarhus-naboskab?lang=da").await;
    assert_eq!(
        now["name"]["text"], "Naboskabet Mågevej",
        "refused saves changed nothing: {now}"
    );
}

#[tokio::test]
async fn a_bad_body_is_refused_naming_every_problem() {
    let app = TestApp::with_demo().await;
    let editor = app
        .token_for("amina", nabo_domain::Role::Editor, &["dk-0751"], &[])
        .await;
    let invalid = serde_json::json!({"id": "Bad Id", "categories": ["no-such"], "area": "dk-0751",
        "source_language": "da", "name": {"da": "X"}, "phone": "12"})
    .to_string();
    let (status, _, problem) = app
        .send("POST", "/api/v1/admin/resources", &editor, &[], &invalid)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    for field in ["id", "categories[0]", "phone"] {
        assert!(fields.contains(&field), "{field} in {problem}");
    }
    for body in ["{not json", "{\"id\": \"x\", \"colour\": \"red\"}", ""] {
        let (status, _, problem) = app
            .send("POST", "/api/v1/admin/resources", &editor, &[], body)
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {problem}");
        assert!(
            problem["detail"]
                .as_str()
                .is_some_and(|d| d.contains("JSON")),
            "{problem}"
        );
    }
    let (status, _, _) = app
        .send(
            "PUT",
            "/api/v1/admin/resources/x",
            &editor,
            &[("if-match", "\"1\"")],
            &serde_json::json!({"id": "y"}).to_string(),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "the body names another resource"
    );
    let (status, _, _) = app
        .send(
            "POST",
            "/api/v1/admin/resources",
            "nabo_forged",
            &[],
            &invalid,
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn archiving_removes_from_search_at_once_and_a_restore_brings_it_back() {
    use nabo_domain::Role;
    let app = TestApp::with_demo().await;
    let editor = app
        .token_for("amina", Role::Editor, &["dk-0751"], &[])
        .await;
    let elsewhere = app.token_for("jens", Role::Editor, &["dk-0461"], &[]).await;
    let body =
        serde_json::json!({"id": "aarhus-arkiv", "categories": ["library"], "area": "dk-0751",
        "source_language": "da", "name": {"da": "Bibliotek Zanzibarvej"}})
        .to_string();
    let (status, _, _) = app
        .send("POST", "/api/v1/admin/resources", &editor, &[], &body)
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let path = "/api/v1/admin/resources/aarhus-arkiv";
    let found = |app: &TestApp| {
        let app = app.router.clone();
        async move {
            let response = app
                .oneshot(
                    Request::get("/api/v1/search?q=zanzibarvej&lang=da")
                        .body(Body::empty())
                        .expect("request"),
                )
                .await
                .expect("response");
            let bytes = response
                .into_body()
                .collect()
                .await
                .expect("body")
                .to_bytes();
            let body: Value = serde_json::from_slice(&bytes).expect("json");
            body["total"].as_u64().unwrap_or(0)
        }
    };
    assert_eq!(found(&app).await, 1);

    let (status, _, _) = app.send("DELETE", path, &editor, &[], "").await;
    assert_eq!(status, StatusCode::PRECONDITION_REQUIRED);
    let (status, _, _) = app
        .send("DELETE", path, &editor, &[("if-match", "\"9\"")], "")
        .await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED);
    let (status, _, _) = app
        .send("DELETE", path, &elsewhere, &[("if-match", "\"1\"")], "")
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "another municipality's editor"
    );
    let (status, _, _) = app
        .send("DELETE", path, &editor, &[("if-match", "\"1\"")], "")
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(found(&app).await, 0, "out of search at once");
    let (status, _, _) = app.get("/api/v1/resources/aarhus-arkiv?lang=da").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, problem) = app
        .send("POST", "/api/v1/admin/resources", &editor, &[], &body)
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "the id is archived: {problem}"
    );
    assert!(
        problem["detail"]
            .as_str()
            .is_some_and(|d| d.contains("restore"))
    );

    let restore = "/api/v1/admin/resources/aarhus-arkiv/restore";
    let (status, _, _) = app.send("POST", restore, &elsewhere, &[], "").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, headers, _) = app.send("POST", restore, &editor, &[], "").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["etag"], "\"3\"", "versions go on counting");
    assert_eq!(found(&app).await, 1, "searchable again");
    let (status, _, _) = app.send("POST", restore, &editor, &[], "").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "nothing archived any more");
}

#[tokio::test]
async fn the_editors_workflow_over_the_api_from_a_danish_change_to_a_reviewed_somali_text() {
    use nabo_domain::Role;
    let app = TestApp::with_demo().await;
    let editor = app
        .token_for("amina", Role::Editor, &["dk-0751"], &[])
        .await;
    let ayan = app.token_for("ayan", Role::Translator, &[], &["so"]).await;
    let hodan = app.token_for("hodan", Role::Translator, &[], &["so"]).await;
    let coordinator = app.token_for("nadia", Role::Coordinator, &[], &[]).await;
    let id = "aarhus-sundhedsplejen-brabrand";
    let resource = format!("/api/v1/admin/resources/{id}");
    let status_of = |body: &Value, field: &str| {
        body.as_array()
            .and_then(|items| items.iter().find(|i| i["field"] == field))
            .map(|i| i["status"].as_str().unwrap_or_default().to_owned())
    };

    let (status, _, body) = app
        .get_as(&format!("{resource}/translations?lang=so"), Some(&ayan))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(status_of(&body, "description").as_deref(), Some("current"));

    // The editor changes the Danish description.
    let (_, _, current) = app.get(&format!("/api/v1/resources/{id}?lang=da")).await;
    let version = app
        .directory
        .resource(&nabo_domain::ResourceId::parse(id).expect("id"))
        .await
        .expect("read")
        .expect("demo")
        .version;
    let mut record = nabo_domain::ResourceRecord::from(
        &app.directory
            .resource(&nabo_domain::ResourceId::parse(id).expect("id"))
            .await
            .expect("read")
            .expect("demo")
            .resource,
    );
    assert!(current.is_object());
    record.description.insert(
        "da".into(),
        "Sundhedsplejersken kommer hjem til dig. Ring og aftal en tid.".into(),
    );
    let etag = format!("\"{version}\"");
    let body = serde_json::to_string(&record).expect("json");
    let (status, headers, saved) = app
        .send("PUT", &resource, &editor, &[("if-match", &etag)], &body)
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, _, stale) = app
        .send("PUT", &resource, &editor, &[("if-match", &etag)], &body)
        .await;
    assert_eq!(
        status,
        StatusCode::PRECONDITION_FAILED,
        "a stale save: {stale}"
    );
    let (_, _, body) = app
        .get_as(&format!("{resource}/translations?lang=so"), Some(&ayan))
        .await;
    assert_eq!(status_of(&body, "description").as_deref(), Some("outdated"));
    let (status, _, tasks) = app
        .get_as(
            "/api/v1/admin/translations?lang=so&area=dk-0751",
            Some(&ayan),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{tasks}");
    assert!(
        tasks
            .as_array()
            .expect("list")
            .iter()
            .any(|t| t["id"] == id && t["outdated"][0] == "description"),
        "{tasks}"
    );

    // The translator exports XLIFF, translates and imports it.
    let (status, content_type, xliff) = app
        .get_text(
            "/api/v1/admin/translations/xliff?from=da&to=so&area=dk-0751",
            &ayan,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{xliff}");
    assert!(content_type.starts_with("application/xliff+xml"));
    let unit = format!("<unit id=\"{id}/description\">");
    let start = xliff
        .find(&unit)
        .expect("the outdated description is a unit");
    let end = start + xliff[start..].find("</unit>").expect("unit end");
    let old_target = &xliff[start..end];
    let target_start = old_target
        .find("<target>")
        .expect("the old translation to start from");
    let target_end = old_target.find("</target>").expect("target end");
    let translated = format!(
        "{}{}<target>Kalkaalisada caafimaadka ayaa gurigaaga imanaysa. Soo wac oo ballan qabso.</target>{}",
        &xliff[..start],
        &old_target[..target_start],
        &xliff[start + target_end + "</target>".len()..]
    );
    let (status, _, report) = app
        .send(
            "POST",
            "/api/v1/admin/translations/xliff",
            &ayan,
            &[],
            &translated,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert!(report["saved"].as_u64().unwrap_or(0) >= 1, "{report}");
    let (_, _, body) = app
        .get_as(&format!("{resource}/translations?lang=so"), Some(&ayan))
        .await;
    assert_eq!(status_of(&body, "description").as_deref(), Some("current"));
    let (status, _, bad) = app
        .send(
            "POST",
            "/api/v1/admin/translations/xliff",
            &ayan,
            &[],
            "<xliff>",
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");

    // A second translator reviews it; the first may not.
    let review = format!("{resource}/translations/so/review");
    let (status, _, _) = app.send("POST", &review, &ayan, &[], "").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, reviewed) = app.send("POST", &review, &hodan, &[], "").await;
    assert_eq!(status, StatusCode::OK, "{reviewed}");
    let (_, _, body) = app
        .get_as(&format!("{resource}/translations?lang=so"), Some(&ayan))
        .await;
    assert_eq!(status_of(&body, "description").as_deref(), Some("reviewed"));

    // History shows who changed what; an old version comes back as a new one.
    let (status, _, history) = app
        .get_as(&format!("{resource}/history"), Some(&editor))
        .await;
    assert_eq!(status, StatusCode::OK, "{history}");
    let revisions = history["revisions"].as_array().expect("revisions");
    assert_eq!(revisions[0]["author"], "ayan");
    assert_eq!(revisions[0]["changes"][0]["field"], "description.so");
    assert_eq!(revisions[1]["author"], "amina");
    let now = headers["etag"]
        .to_str()
        .expect("etag")
        .trim_matches('"')
        .parse::<i64>()
        .expect("n")
        + 1;
    let (status, _, reverted) = app
        .send(
            "POST",
            &format!("{resource}/revert"),
            &editor,
            &[("if-match", &format!("\"{now}\""))],
            &format!("{{\"version\": {version}}}"),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{reverted}");
    let (_, _, body) = app
        .get_as(&format!("{resource}/translations?lang=so"), Some(&ayan))
        .await;
    assert_eq!(
        status_of(&body, "description").as_deref(),
        Some("current"),
        "the old texts, as they were"
    );

    // Verification and the needs-checking list.
    let (status, _, before) = app
        .get_as(
            "/api/v1/admin/needs-checking?area=dk-0751&months=1",
            Some(&coordinator),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{before}");
    assert!(
        before
            .as_array()
            .expect("list")
            .iter()
            .any(|i| i["id"] == id)
    );
    let etag = format!("\"{}\"", reverted["version"]);
    let (status, _, verified) = app
        .send(
            "POST",
            &format!("{resource}/verify"),
            &coordinator,
            &[("if-match", &etag)],
            "",
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{verified}");
    let (_, _, after) = app
        .get_as(
            "/api/v1/admin/needs-checking?area=dk-0751&months=1",
            Some(&coordinator),
        )
        .await;
    assert!(
        !after
            .as_array()
            .expect("list")
            .iter()
            .any(|i| i["id"] == id)
    );

    // A report from the field reaches the editor of the area.
    let (status, _, _) = app
        .send(
            "POST",
            &format!("/api/v1/resources/{id}/reports"),
            "",
            &[],
            r#"{"category": "phone", "note": "Nyt nummer"}"#,
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let (status, _, refused) = app
        .send(
            "POST",
            &format!("/api/v1/resources/{id}/reports"),
            "",
            &[],
            r#"{"category": "gone"}"#,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
    let (_, _, queue) = app.get_as("/api/v1/admin/reports", Some(&editor)).await;
    assert_eq!(queue[0]["note"], "Nyt nummer", "{queue}");
    let odense = app.token_for("hawa", Role::Editor, &["dk-0461"], &[]).await;
    let (_, _, none) = app.get_as("/api/v1/admin/reports", Some(&odense)).await;
    assert_eq!(none, serde_json::json!([]));
    let report = format!("/api/v1/admin/reports/{}", queue[0]["id"]);
    let (status, _, _) = app
        .send(
            "POST",
            &report,
            &odense,
            &[],
            r#"{"resolution": "resolved"}"#,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = app
        .send(
            "POST",
            &report,
            &editor,
            &[],
            r#"{"resolution": "resolved"}"#,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn admins_manage_accounts_over_the_api_and_expired_tokens_are_refused() {
    use nabo_domain::Role;
    let app = TestApp::with_demo().await;
    let admin = app.token_for("root", Role::Admin, &[], &[]).await;
    let editor = app
        .token_for("amina", Role::Editor, &["dk-0751"], &[])
        .await;
    let accounts = "/api/v1/admin/accounts";
    let body = r#"{"id": "hodan", "role": "translator", "languages": ["so"]}"#;
    let (status, _, refused) = app.send("POST", accounts, &editor, &[], body).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refused}");
    let (status, _, created) = app.send("POST", accounts, &admin, &[], body).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["account"]["languages"][0], "so");
    let password = created["password"]
        .as_str()
        .expect("a generated password")
        .to_owned();
    assert!(password.len() >= 12);
    let id = nabo_domain::UserId::parse("hodan").expect("id");
    let signed_in = app
        .directory
        .accounts()
        .authenticate(
            &id,
            nabo_directory::Password::new(password.clone()).expect("password"),
        )
        .await;
    assert!(signed_in.is_ok(), "the shown password works");
    let (status, _, _) = app.send("POST", accounts, &admin, &[], body).await;
    assert_eq!(status, StatusCode::CONFLICT);
    for (bad, field) in [
        (r#"{"id": "x", "role": "king"}"#, "role"),
        (r#"{"id": "Not Valid", "role": "admin"}"#, "id"),
        (r#"{"id": "x", "role": "editor"}"#, "account"),
        (
            r#"{"id": "x", "role": "editor", "areas": ["dk-9999"]}"#,
            "account",
        ),
        (r#"{"id": "x", "role": "editor", "boss": true}"#, ""),
    ] {
        let (status, _, problem) = app.send("POST", accounts, &admin, &[], bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {problem}");
        let named = problem["parameter"] == field || problem["errors"][0]["field"] == field;
        assert!(named, "{bad}: names {field:?}: {problem}");
    }
    let (status, _, changed) = app
        .send(
            "PUT",
            &format!("{accounts}/hodan"),
            &admin,
            &[],
            r#"{"role": "translator", "languages": ["so", "ar"], "disabled": true}"#,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    let (_, _, list) = app.get_as(accounts, Some(&admin)).await;
    assert!(
        list.as_array()
            .expect("list")
            .iter()
            .any(|a| a["id"] == "hodan" && a["languages"][1] == "ar")
    );
    let (status, _, _) = app
        .send(
            "PUT",
            &format!("{accounts}/root"),
            &admin,
            &[],
            r#"{"role": "admin", "disabled": true}"#,
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "not oneself");
    // The login is the path's: a body cannot name another account.
    let (status, _, problem) = app
        .send(
            "PUT",
            &format!("{accounts}/hodan"),
            &admin,
            &[],
            r#"{"id": "root", "role": "translator", "languages": ["so"]}"#,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{problem}");
    let (_, _, list) = app.get_as(accounts, Some(&admin)).await;
    let root = list
        .as_array()
        .and_then(|all| all.iter().find(|a| a["id"] == "root"))
        .expect("root");
    assert_eq!(root["role"], "admin", "root untouched");
    let (status, _, reset) = app
        .send(
            "POST",
            &format!("{accounts}/amina/password"),
            &admin,
            &[],
            "",
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(reset["password"].is_string());

    // A token past its expiry is refused like an unknown one.
    let issued = app
        .directory
        .tokens()
        .issue(
            &nabo_domain::UserId::parse("root").expect("id"),
            "old",
            1,
            chrono::Utc::now() - chrono::Duration::days(2),
        )
        .await
        .expect("token");
    let (status, _, problem) = app.get_as("/api/v1/admin/me", Some(&issued.token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "expired: {problem}");
}

/// The OpenAPI document is made from the routes: every operation it lists is served (no
/// fallback 404, no 405), and every query parameter it lists is one the endpoint takes,
/// while one it does not list is refused.
#[tokio::test]
async fn every_documented_operation_and_parameter_is_served() {
    let many = std::num::NonZeroU32::new(100_000).expect("non-zero");
    let app = TestApp::with_demo_at(nabo_server::RateLimit {
        per_second: many,
        burst: many,
        trust_forwarded: false,
    })
    .await;
    let admin = app
        .token_for("contract-admin", nabo_domain::Role::Admin, &[], &[])
        .await;
    let (_, _, document) = app.get("/api/v1/openapi.json").await;
    let paths = document["paths"].as_object().expect("paths");
    assert!(paths.len() >= 25, "{} paths", paths.len());
    for (path, item) in paths {
        let concrete = path
            .replace("{id}", "demo-nonexistent")
            .replace("{lang}", "ar")
            .replace("{report}", "999999");
        for (method, operation) in item.as_object().expect("methods") {
            let method = method.to_uppercase();
            let if_match = [("if-match", "\"1\"")];
            let (status, _, body) = app.send(&method, &concrete, &admin, &if_match, "{}").await;
            let fallback = status == StatusCode::NOT_FOUND
                && body["detail"]
                    .as_str()
                    .is_some_and(|d| d.contains("no such endpoint"));
            assert!(
                status != StatusCode::METHOD_NOT_ALLOWED && !fallback,
                "{method} {path} is documented but not served: {status} {body}"
            );
            let queries: Vec<&str> = operation["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "query")
                .filter_map(|p| p["name"].as_str())
                .collect();
            if method != "GET" || queries.is_empty() {
                continue;
            }
            for name in &queries {
                let uri = format!("{concrete}?{name}=");
                let (_, _, body) = app.send("GET", &uri, &admin, &[], "").await;
                let detail = body["detail"].as_str().unwrap_or_default();
                assert!(
                    !detail.contains("unknown parameter") && !detail.contains("unknown field"),
                    "GET {path}: documented parameter {name} refused: {detail}"
                );
            }
            let uri = format!("{concrete}?undocumented=1");
            let (status, _, body) = app.send("GET", &uri, &admin, &[], "").await;
            assert_eq!(
                status,
                StatusCode::BAD_REQUEST,
                "GET {path}?undocumented=1: {body}"
            );
            let detail = body["detail"].as_str().unwrap_or_default();
            assert!(
                detail.contains("unknown parameter") || detail.contains("unknown field"),
                "GET {path}?undocumented=1: {detail}"
            );
        }
    }
}

#[tokio::test]
async fn the_documents_operation_ids_are_unique_and_every_error_is_a_problem() {
    let app = TestApp::with_demo().await;
    let (_, _, document) = app.get("/api/v1/openapi.json").await;
    let mut ids = std::collections::BTreeSet::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("methods") {
            let id = operation["operationId"].as_str().expect("operationId");
            assert!(ids.insert(id.to_owned()), "{method} {path}: {id} twice");
            for (status, response) in operation["responses"].as_object().expect("responses") {
                if status.starts_with('4') {
                    assert!(
                        response["content"]["application/problem+json"].is_object(),
                        "{method} {path} {status} is not problem+json"
                    );
                }
            }
        }
    }
}

/// A volunteer of the local group `group` with a token.
async fn volunteer_token(app: &TestApp, id: &str, group: &str) -> String {
    let account = nabo_domain::Account {
        id: nabo_domain::UserId::parse(id).expect("id"),
        role: nabo_domain::Role::Volunteer,
        areas: Vec::new(),
        languages: Vec::new(),
        disabled: false,
        group: Some(nabo_domain::GroupId::parse(group).expect("group")),
    };
    app.directory
        .accounts()
        .add(account, None)
        .await
        .expect("account");
    let issued = app
        .directory
        .tokens()
        .issue(
            &nabo_domain::UserId::parse(id).expect("id"),
            "phone",
            1,
            chrono::Utc::now(),
        )
        .await
        .expect("token");
    issued.token
}

fn referral_body(id: &str, resource: &str, language: &str, day: chrono::NaiveDate) -> String {
    serde_json::json!({ "id": id, "resource": resource, "language": language, "day": day.to_string() })
        .to_string()
}

#[tokio::test]
async fn a_referral_is_recorded_once_however_often_it_is_sent_and_bad_ones_are_named() {
    let app = TestApp::with_demo().await;
    let token = volunteer_token(&app, "hodan", "aarhus-gellerup").await;
    let today = chrono::Utc::now().date_naive();
    let body = referral_body(
        "0b4c8f0e-4f7e-4a55-9b5c-7f1d2a9e6c3b",
        "aarhus-jobcenter-frederiks-alle",
        "so",
        today,
    );
    let (status, _, answer) = app
        .send("POST", "/api/v1/referrals", &token, &[], &body)
        .await;
    assert_eq!(
        (status, answer["recorded"].as_bool()),
        (StatusCode::CREATED, Some(true)),
        "{answer}"
    );
    let (status, _, answer) = app
        .send("POST", "/api/v1/referrals", &token, &[], &body)
        .await;
    assert_eq!(
        (status, answer["recorded"].as_bool()),
        (StatusCode::OK, Some(false)),
        "{answer}"
    );
    assert_eq!(app.directory.raw_referrals().await.expect("count"), 1);

    let week_ahead = today + chrono::Duration::days(7);
    let refused = [
        (referral_body("0b4c8f0e-4f7e-4a55-9b5c-000000000001", "aarhus-jobcenter-frederiks-alle", "so", week_ahead), "day"),
        (referral_body("0b4c8f0e-4f7e-4a55-9b5c-000000000002", "aarhus-jobcenter-frederiks-alle", "xx-nope", today), "language"),
        (referral_body("short", "aarhus-jobcenter-frederiks-alle", "so", today), "id"),
        (r#"{"id": "0b4c8f0e-4f7e-4a55-9b5c-000000000003", "resource": "aarhus-jobcenter-frederiks-alle", "language": "so", "day": "yesterday"}"#.to_owned(), "day"),
        (r#"{"id": "0b4c8f0e-4f7e-4a55-9b5c-000000000004", "name": "Fatima"}"#.to_owned(), ""),
        ("{not json".to_owned(), ""),
    ];
    for (body, field) in refused {
        let (status, _, problem) = app
            .send("POST", "/api/v1/referrals", &token, &[], &body)
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {problem}");
        assert_eq!(problem["errors"][0]["field"], field, "{body}: {problem}");
    }
    let unknown = referral_body(
        "0b4c8f0e-4f7e-4a55-9b5c-000000000005",
        "no-such-service",
        "so",
        today,
    );
    let (status, _, _) = app
        .send("POST", "/api/v1/referrals", &token, &[], &unknown)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = app
        .send("POST", "/api/v1/referrals", "nabo_forged_token", &[], &body)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.directory.raw_referrals().await.expect("count"),
        1,
        "nothing refused was kept"
    );
}

#[tokio::test]
async fn reports_are_for_coordinators_and_partners_and_never_show_a_count_under_five() {
    let app = TestApp::with_demo().await;
    let volunteer = volunteer_token(&app, "hodan", "aarhus-gellerup").await;
    let today = chrono::Utc::now().date_naive();
    // Forty days ago is in a month that is over, and within the 90 days a referral is taken.
    let day = today - chrono::Duration::days(40);
    let year = chrono::Datelike::year(&day);
    let mut n = 0;
    for (resource, language, times) in [
        ("aarhus-jobcenter-frederiks-alle", "so", 9),
        ("aarhus-bibliotek-vest", "ar", 2),
    ] {
        for _ in 0..times {
            n += 1;
            let body = referral_body(&format!("event-{n:020}"), resource, language, day);
            let (status, _, _) = app
                .send("POST", "/api/v1/referrals", &volunteer, &[], &body)
                .await;
            assert_eq!(status, StatusCode::CREATED);
        }
    }
    let uri = format!("/api/v1/reports/referrals?year={year}&lang=en");
    let (status, _, _) = app.get(&uri).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "anonymous");
    let editor = app
        .token_for("amina", nabo_domain::Role::Editor, &["dk-0751"], &[])
        .await;
    let (status, _, _) = app.get_as(&uri, Some(&editor)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "an editor");
    let (status, _, _) = app.get_as(&uri, Some(&volunteer)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a volunteer");

    let coordinator = app
        .token_for("sara", nabo_domain::Role::Coordinator, &[], &[])
        .await;
    let (status, _, report) = app.get_as(&uri, Some(&coordinator)).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    let month = format!("{}", day.format("%Y-%m"));
    let months: Vec<&str> = report["months"]
        .as_array()
        .expect("months")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(months.contains(&month.as_str()), "{months:?}");
    let tables = report["tables"].as_array().expect("tables");
    let bys: Vec<&str> = tables.iter().filter_map(|t| t["by"].as_str()).collect();
    assert_eq!(bys, ["area", "category", "language", "group"]);
    let language = &tables[2];
    let arabic = language["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["key"] == "ar")
        .expect("ar row");
    assert_eq!(arabic["label"], "Arabic");
    assert_eq!(arabic["total"], "<5", "{arabic}");
    // Nine Somali and two Arabic: the nine cannot stand beside a shown total of eleven.
    let somali = language["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["key"] == "so")
        .expect("so row");
    assert!(
        !(somali["total"] == 9 && language["total"] == 11),
        "the Arabic <5 would be 11 - 9: {language}"
    );
    for figure in tables.iter().flat_map(|t| {
        t["rows"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|r| {
                r["cells"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .chain([&r["total"]])
            })
            .chain(t["totals"].as_array().into_iter().flatten())
            .chain([&t["total"]])
    }) {
        let shown = figure.as_u64();
        assert!(
            !matches!(shown, Some(1..=4)),
            "a count under five is shown: {figure}"
        );
    }

    let csv_uri = format!("/api/v1/reports/referrals?year={year}&format=csv&by=language&lang=en");
    let (status, content_type, csv) = app.get_text(&csv_uri, &coordinator).await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/csv"), "{content_type}");
    let arabic_line = csv
        .lines()
        .find(|l| l.starts_with("Arabic,"))
        .expect("Arabic line");
    assert!(arabic_line.ends_with(",<5"), "{csv}");
    let (status, _, _) = app
        .get_as(
            &format!("/api/v1/reports/referrals?year={year}&by=colour&format=csv"),
            Some(&coordinator),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let key = app
        .directory
        .partner_keys()
        .issue(
            "Aarhus Kommune",
            &["https://aarhus.dk".to_owned()],
            60,
            chrono::Utc::now(),
        )
        .await
        .expect("key")
        .key;
    let (status, _, from_key) = app
        .get_as(
            &format!("/api/v1/reports/referrals?year={year}&lang=en"),
            Some(&key),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "a partner's key reads the same report"
    );
    assert_eq!(from_key["tables"], report["tables"]);
}

#[tokio::test]
async fn a_search_that_finds_nothing_and_nothing_fitted_are_counted_as_unmet_needs() {
    let app = TestApp::with_demo().await;
    let (status, _, found) = app
        .get("/api/v1/search?q=zqxjv+wkprt&lang=so&area=dk-0751")
        .await;
    assert_eq!((status, found["total"].as_u64()), (StatusCode::OK, Some(0)));
    let body = r#"{"lang": "ar", "q": "مساعدة قانونية", "area": "dk-0751", "needed": "legal-aid"}"#;
    let (status, _, _) = app.send("POST", "/api/v1/unmet-needs", "", &[], body).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let (status, _, problem) = app
        .send(
            "POST",
            "/api/v1/unmet-needs",
            "",
            &[],
            r#"{"lang": "xx", "q": "help"}"#,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(problem["errors"][0]["field"], "lang", "{problem}");

    let today = chrono::Utc::now().date_naive();
    let later = today + chrono::Duration::days(45);
    let year = nabo_domain::Week::of(today).month().year();
    let report = app
        .directory
        .unmet_report(year, later)
        .await
        .expect("report");
    let by_language = report
        .table(nabo_directory::Breakdown::Language)
        .expect("table");
    let languages: Vec<String> = by_language
        .rows()
        .iter()
        .map(|row| format!("{row:?}"))
        .collect();
    assert_eq!(languages.len(), 2, "Somali and Arabic: {languages:?}");
    assert!(
        report.texts.is_empty(),
        "a text searched once is never kept"
    );
}

#[tokio::test]
async fn ready_waits_for_the_index_to_read_every_change_and_every_answer_has_a_request_id() {
    let app = TestApp::with_demo().await;
    let (status, _, ready) = app.get("/ready").await;
    assert_eq!(
        (status, ready["status"].as_str()),
        (StatusCode::OK, Some("ready"))
    );

    // Another process (an import, a replica) writes: until this one has read the
    // change, it is not ready.
    let config = app.directory.config().clone();
    let writer = Directory::open(config, IndexMode::Skip)
        .await
        .expect("second process");
    let record = r#"{"id": "ready-test-service", "categories": ["library"], "area": "dk-0751", "name": {"da": "Testbibliotek"}, "source_language": "da"}"#;
    let file = app._dir.path().join("more.jsonl");
    std::fs::write(&file, format!("{record}\n")).expect("write");
    writer.import(&[file]).await.expect("import");
    let (status, _, behind) = app.get("/ready").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{behind}");
    assert_eq!(behind["status"], "catching-up");
    app.directory.sync().await.expect("sync");
    let (status, _, _) = app.get("/ready").await;
    assert_eq!(status, StatusCode::OK);

    let request_ids: Vec<String> = {
        let mut ids = Vec::new();
        for _ in 0..2 {
            let request = Request::get("/ready")
                .header("x-request-id", "forged-by-the-client")
                .body(Body::empty())
                .expect("request");
            let response = app.router.clone().oneshot(request).await.expect("response");
            let id = response.headers().get("x-request-id").expect("an id");
            ids.push(id.to_str().expect("text").to_owned());
        }
        ids
    };
    assert_ne!(request_ids[0], request_ids[1], "one id per request");
    assert!(
        request_ids.iter().all(|id| !id.contains("forged")),
        "never the client's own"
    );
}

/// A metric's value in OpenMetrics text: the first sample line starting with `prefix`.
fn sample(text: &str, prefix: &str) -> Option<f64> {
    text.lines()
        .find(|line| line.starts_with(prefix))
        .and_then(|line| line.rsplit(' ').next())
        .and_then(|value| value.parse().ok())
}

#[tokio::test]
async fn metrics_need_their_token_and_show_latency_by_route_lag_imports_and_refusals() {
    let app = TestApp::with_demo().await;
    // Without a token configured there is no /metrics on the service's address.
    let (status, _, _) = app.get("/metrics").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Traffic through a strict limit (one a second, burst of two); scrapes through another
    // router of the same process (the same metrics).
    let metrics = std::sync::Arc::new(nabo_server::Metrics::default());
    let state = AppState {
        metrics_token: Some("scrape-secret-123".to_owned()),
        metrics: std::sync::Arc::clone(&metrics),
        ..AppState::new(app.directory.clone(), catalog())
    };
    let scraper = router(state.clone());
    let one = std::num::NonZeroU32::new(1).expect("non-zero");
    let traffic = router(AppState {
        rate_limit: nabo_server::RateLimit {
            per_second: one,
            burst: std::num::NonZeroU32::new(2).expect("non-zero"),
            trust_forwarded: false,
        },
        ..state
    });
    for path in [
        "/api/v1/search?q=jobcenter&lang=da",
        "/api/v1/resources/no-such-thing",
        "/api/v1/resources/no-such-thing",
    ] {
        let request = Request::get(path).body(Body::empty()).expect("request");
        traffic.clone().oneshot(request).await.expect("response");
    }
    let call = |path: &str, token: Option<&str>| {
        let mut request = Request::get(path);
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        scraper
            .clone()
            .oneshot(request.body(Body::empty()).expect("request"))
    };
    for token in [None, Some("wrong-secret-1234")] {
        let refused = call("/metrics", token).await.expect("response");
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    }

    // Another process writes: the index is one change behind until it syncs.
    let writer = Directory::open(app.directory.config().clone(), IndexMode::Skip)
        .await
        .expect("second process");
    let record = r#"{"id": "metrics-test-service", "categories": ["library"], "area": "dk-0751", "name": {"da": "Målebibliotek"}, "source_language": "da"}"#;
    let file = app._dir.path().join("metrics.jsonl");
    std::fs::write(&file, format!("{record}\n")).expect("write");
    writer.import(&[file]).await.expect("import");

    let scraped = call("/metrics", Some("scrape-secret-123"))
        .await
        .expect("response");
    assert_eq!(scraped.status(), StatusCode::OK);
    assert!(
        scraped.headers()["content-type"]
            .to_str()
            .expect("text")
            .starts_with("application/openmetrics-text")
    );
    let text = body_text(scraped).await;
    assert!(text.ends_with("# EOF\n"), "{text}");
    let routes = [
        (
            r#"nabo_http_request_duration_seconds_count{method="GET",route="/api/v1/search",status="2xx"}"#,
            1.0,
        ),
        (
            r#"nabo_http_request_duration_seconds_count{method="GET",route="/api/v1/resources/{id}",status="4xx"}"#,
            2.0,
        ),
        (
            r#"nabo_rate_limited_total{route="/api/v1/resources/{id}"}"#,
            1.0,
        ),
    ];
    for (route, count) in routes {
        assert_eq!(sample(&text, route), Some(count), "{route} in\n{text}");
    }
    assert!(
        !text.contains("jobcenter") && !text.contains("no-such-thing"),
        "no values of a path or query"
    );
    assert_eq!(sample(&text, "nabo_index_lag_changes"), Some(1.0), "{text}");
    let (database, index) = (
        sample(&text, "nabo_change_log_position").expect("database position"),
        sample(&text, "nabo_index_position").expect("index position"),
    );
    assert_eq!(database - index, 1.0);
    assert!(sample(&text, "nabo_index_documents").is_some_and(|n| n > 10.0));
    let imported = sample(&text, "nabo_imported_resources_total").expect("imported");
    app.directory
        .import(&[std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/eval/corpus")])
        .await
        .expect("import here");
    let text = body_text(
        call("/metrics", Some("scrape-secret-123"))
            .await
            .expect("response"),
    )
    .await;
    assert!(
        sample(&text, "nabo_imported_resources_total").is_some_and(|n| n >= imported + 252.0),
        "{text}"
    );

    app.directory.sync().await.expect("sync");
    let text = body_text(
        call("/metrics", Some("scrape-secret-123"))
            .await
            .expect("response"),
    )
    .await;
    assert_eq!(sample(&text, "nabo_index_lag_changes"), Some(0.0), "{text}");
    assert_eq!(sample(&text, "nabo_index_lag_seconds"), Some(0.0), "{text}");
}

async fn body_text(response: axum::response::Response) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    String::from_utf8(bytes.to_vec()).expect("utf-8")
}
