//! Partner sites over HTTP, in-process: API keys (bearer or `?key=`) with their own rate
//! and origins, CORS on the API only (by key, or the anonymous policy), preflights, and
//! what the embeddable widget loads; conditional requests (ETag, 304) and compression.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use chrono::Utc;
use http_body_util::BodyExt;
use nabo_server::{AnonymousCors, AppState, RateLimit, router};
use serde_json::Value;
use std::num::NonZeroU32;
use tower::ServiceExt;

mod common;

const PARTNER: &str = "https://kommune.example";

struct App {
    state: AppState,
    router: Router,
    _dir: tempfile::TempDir,
}

impl App {
    async fn new(configure: impl FnOnce(&mut AppState)) -> Self {
        let (mut state, dir) = common::demo_state().await;
        configure(&mut state);
        Self {
            router: router(state.clone()),
            state,
            _dir: dir,
        }
    }

    async fn key(&self, origins: &[&str], per_minute: u32) -> (String, nabo_domain::KeyId) {
        let origins: Vec<String> = origins.iter().map(|o| (*o).to_owned()).collect();
        let issued = self
            .state
            .directory
            .partner_keys()
            .issue("test partner", &origins, per_minute, Utc::now())
            .await
            .expect("issue");
        (issued.key, issued.info.id)
    }

    async fn call(
        &self,
        method: &str,
        uri: &str,
        headers: &[(&str, &str)],
    ) -> (StatusCode, HeaderMap, Value) {
        let mut request = Request::builder().method(method).uri(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::empty()).expect("request"))
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
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

const SEARCH: &str = "/api/v1/search?q=jobcenter&lang=da";

#[tokio::test]
async fn a_key_has_its_own_rate_and_is_shared_only_with_its_origins() {
    let app = App::new(|_| {}).await;
    let (key, _) = app.key(&[PARTNER, "https://www.kommune.example"], 3).await;
    let by_query = format!("{SEARCH}&key={key}");
    for _ in 0..2 {
        let (status, headers, body) = app.call("GET", &by_query, &[("origin", PARTNER)]).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(
            header(&headers, "access-control-allow-origin"),
            Some(PARTNER)
        );
        assert!(headers.get_all("vary").iter().any(|v| v == "origin"));
    }
    // The same key as a bearer token, from a server (no Origin): the third request.
    let bearer = format!("Bearer {key}");
    let (status, headers, _) = app.call("GET", SEARCH, &[("authorization", &bearer)]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "access-control-allow-origin"), None);

    let (status, headers, body) = app.call("GET", &by_query, &[("origin", PARTNER)]).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(
        header(&headers, "content-type"),
        Some("application/problem+json")
    );
    assert_eq!(body["type"], "/problems/rate-limited");
    assert!(
        body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("this API key")),
        "{body}"
    );
    let retry: u64 = header(&headers, "retry-after")
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=20).contains(&retry), "{retry}");
    // The page can read the refusal: it is shared with the origin like an answer.
    assert_eq!(
        header(&headers, "access-control-allow-origin"),
        Some(PARTNER)
    );

    // Anonymous requests are not charged to the key.
    let (status, _, _) = app.call("GET", SEARCH, &[]).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn unknown_revoked_and_foreign_origin_keys_are_refused_clearly() {
    let app = App::new(|_| {}).await;
    let (key, id) = app.key(&[PARTNER], 100).await;
    let (status, _, body) = app
        .call(
            "GET",
            &format!("{SEARCH}&key={key}"),
            &[("origin", "https://other.example")],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(
        body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("https://other.example")),
        "{body}"
    );

    for wrong in [
        "nabo_key_aaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
        "nabo_key_x",
        "%00",
    ] {
        let (status, headers, body) = app.call("GET", &format!("{SEARCH}&key={wrong}"), &[]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{wrong}: {body}");
        assert!(header(&headers, "www-authenticate").is_some_and(|v| v.contains("invalid_token")));
        assert_eq!(body["type"], "/problems/unauthorized");
    }

    app.state
        .directory
        .partner_keys()
        .revoke(&id, Utc::now())
        .await
        .expect("revoke");
    app.state.keys.invalidate();
    let (status, _, _) = app.call("GET", &format!("{SEARCH}&key={key}"), &[]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a revoked key is refused");
}

#[tokio::test]
async fn keyed_requests_skip_the_per_address_limit() {
    let app = App::new(|state| {
        state.rate_limit = RateLimit {
            per_second: NonZeroU32::MIN,
            burst: NonZeroU32::MIN,
            trust_forwarded: false,
        };
    })
    .await;
    let (key, _) = app.key(&[PARTNER], 100).await;
    let (first, _, _) = app.call("GET", SEARCH, &[]).await;
    let (second, _, body) = app.call("GET", SEARCH, &[]).await;
    assert_eq!(
        (first, second),
        (StatusCode::OK, StatusCode::TOO_MANY_REQUESTS),
        "{body}"
    );
    assert!(
        body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("this address")),
        "{body}"
    );
    for _ in 0..5 {
        let (status, _, _) = app.call("GET", &format!("{SEARCH}&key={key}"), &[]).await;
        assert_eq!(status, StatusCode::OK);
    }
}

#[tokio::test]
async fn cors_is_on_the_api_only_and_follows_the_anonymous_policy() {
    let open = App::new(|_| {}).await;
    let (_, headers, _) = open.call("GET", SEARCH, &[("origin", PARTNER)]).await;
    assert_eq!(header(&headers, "access-control-allow-origin"), Some("*"));
    for page in ["/da/", "/da/resources/aarhus-jobcenter", "/da/login"] {
        let (_, headers, _) = open.call("GET", page, &[("origin", PARTNER)]).await;
        assert_eq!(
            header(&headers, "access-control-allow-origin"),
            None,
            "{page}"
        );
    }

    let listed = App::new(|state| {
        state.anonymous_cors = format!("{PARTNER},https://b.example")
            .parse()
            .expect("policy");
    })
    .await;
    let (_, headers, _) = listed.call("GET", SEARCH, &[("origin", PARTNER)]).await;
    assert_eq!(
        header(&headers, "access-control-allow-origin"),
        Some(PARTNER)
    );
    let (_, headers, _) = listed
        .call("GET", SEARCH, &[("origin", "https://c.example")])
        .await;
    assert_eq!(header(&headers, "access-control-allow-origin"), None);
    assert!("https://a.example/x".parse::<AnonymousCors>().is_err());
    assert_eq!(
        "none".parse::<AnonymousCors>(),
        Ok(AnonymousCors::Only(Vec::new()))
    );
}

#[tokio::test]
async fn preflights_allow_origins_of_the_policy_or_of_a_key() {
    let app = App::new(|state| state.anonymous_cors = AnonymousCors::Only(Vec::new())).await;
    app.key(&[PARTNER], 100).await;
    let preflight = |origin: &'static str| {
        [
            ("origin", origin),
            ("access-control-request-method", "GET"),
            ("access-control-request-headers", "authorization"),
        ]
    };
    let (status, headers, _) = app.call("OPTIONS", SEARCH, &preflight(PARTNER)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        header(&headers, "access-control-allow-origin"),
        Some(PARTNER)
    );
    assert!(
        header(&headers, "access-control-allow-headers")
            .is_some_and(|h| h.contains("authorization"))
    );
    let (status, headers, _) = app
        .call("OPTIONS", SEARCH, &preflight("https://other.example"))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(header(&headers, "access-control-allow-origin"), None);
}

#[tokio::test]
async fn the_widget_loads_its_script_and_messages_from_any_origin() {
    let app = App::new(|_| {}).await;
    let response = app
        .router
        .clone()
        .oneshot(
            Request::get("/embed.js")
                .body(Body::empty())
                .expect("request"),
        )
        .await
        .expect("response");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header(response.headers(), "access-control-allow-origin"),
        Some("*")
    );
    assert!(
        header(response.headers(), "content-type")
            .is_some_and(|t| t.starts_with("text/javascript"))
    );

    let (status, _, body) = app
        .call("GET", "/api/v1/widget/messages?lang=ar", &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        (body["lang"].as_str(), body["dir"].as_str()),
        (Some("ar"), Some("rtl"))
    );
    let label = body["messages"]["widget-search-label"]
        .as_str()
        .expect("label");
    let english = app
        .call("GET", "/api/v1/widget/messages?lang=en", &[])
        .await
        .2;
    assert_ne!(
        Some(label),
        english["messages"]["widget-search-label"].as_str(),
        "translated"
    );
    assert!(
        body["messages"]["language-da"].is_string(),
        "language names for 'shown in'"
    );
    assert!(
        !label.contains('\u{2068}'),
        "plain text, no isolation marks"
    );

    let (status, _, body) = app
        .call("GET", "/api/v1/widget/messages?lang=xx-nope", &[])
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["parameter"], "lang");
}

#[tokio::test]
async fn reads_carry_etag_and_cache_control_and_revalidate_with_304() {
    let app = App::new(|_| {}).await;
    let (status, headers, first) = app.call("GET", SEARCH, &[("origin", PARTNER)]).await;
    assert_eq!(status, StatusCode::OK);
    let tag = header(&headers, "etag").expect("ETag").to_owned();
    assert!(tag.starts_with("W/\""), "{tag}");
    assert_eq!(
        header(&headers, "cache-control"),
        Some("public, max-age=60")
    );

    let (status, headers, body) = app
        .call(
            "GET",
            SEARCH,
            &[
                ("if-none-match", &format!("\"x\", {tag}")),
                ("origin", PARTNER),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert_eq!(body, Value::Null, "no body");
    assert_eq!(header(&headers, "etag"), Some(tag.as_str()));
    assert_eq!(header(&headers, "access-control-allow-origin"), Some("*"));
    let (status, _, again) = app
        .call("GET", SEARCH, &[("if-none-match", "W/\"other\"")])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again["hits"], first["hits"]);

    let (_, headers, _) = app.call("GET", "/api/v1/categories?lang=ar", &[]).await;
    assert_eq!(
        header(&headers, "cache-control"),
        Some("public, max-age=3600")
    );
    let (_, headers, _) = app.call("GET", "/healthz", &[]).await;
    assert_eq!(header(&headers, "cache-control"), Some("private, no-store"));
    // Errors are not cached as answers.
    let (status, headers, _) = app.call("GET", "/api/v1/search?lang=xx-nope", &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(header(&headers, "etag"), None);
}

#[tokio::test]
async fn answers_are_compressed_for_clients_that_accept_it_but_not_pages_with_secrets() {
    let app = App::new(|_| {}).await;
    let search = "/api/v1/search?q=sundhedspleje&lang=da&limit=20";
    for (accept, expected) in [
        ("br", Some("br")),
        ("gzip", Some("gzip")),
        ("identity", None),
    ] {
        let (_, headers, _) = app
            .call("GET", search, &[("accept-encoding", accept)])
            .await;
        assert_eq!(header(&headers, "content-encoding"), expected, "{accept}");
    }
    let response = app
        .router
        .clone()
        .oneshot(
            Request::get(search)
                .header("accept-encoding", "gzip")
                .body(Body::empty())
                .expect("request"),
        )
        .await
        .expect("response");
    let zipped = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    let plain = app.call("GET", search, &[]).await.2;
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&zipped[..]), &mut text)
        .expect("gzip");
    let unzipped: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(unzipped["hits"], plain["hits"]);

    let (_, headers, _) = app
        .call("GET", "/da/?q=jobcenter", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(
        header(&headers, "content-encoding"),
        Some("gzip"),
        "a public page"
    );
    let signed_in = [
        ("accept-encoding", "gzip"),
        ("cookie", "nabo_session=whatever"),
    ];
    let (_, headers, _) = app.call("GET", "/da/?q=jobcenter", &signed_in).await;
    assert_eq!(
        header(&headers, "content-encoding"),
        None,
        "a page with a form token"
    );
    let (_, headers, _) = app
        .call("GET", "/da/login", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(header(&headers, "content-encoding"), None, "the login form");
}

#[tokio::test]
async fn errors_made_outside_the_handlers_are_problems_too() {
    let app = App::new(|_| {}).await;
    let admin = nabo_domain::Account {
        id: nabo_domain::UserId::parse("root").expect("id"),
        role: nabo_domain::Role::Admin,
        areas: Vec::new(),
        languages: Vec::new(),
        disabled: false,
        group: None,
    };
    let directory = &app.state.directory;
    directory
        .accounts()
        .add(admin.clone(), None)
        .await
        .expect("account");
    let token = directory
        .tokens()
        .issue(&admin.id, "t", 1, Utc::now())
        .await
        .expect("token")
        .token;
    let big = "x".repeat(200 * 1024);
    let response = app
        .router
        .clone()
        .oneshot(
            Request::post("/api/v1/admin/resources")
                .header("content-type", "application/json")
                .header("authorization", format!("Bearer {token}"))
                .body(Body::from(big))
                .expect("request"),
        )
        .await
        .expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    let body: Value = serde_json::from_slice(&bytes).expect("a problem");
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        header(&headers, "content-type"),
        Some("application/problem+json")
    );
    assert!(
        body["detail"].as_str().is_some_and(|d| d.contains("64 KB")),
        "{body}"
    );

    let (status, headers, body) = app.call("DELETE", "/api/v1/categories", &[]).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(body["type"], "/problems/method-not-allowed");
    assert!(
        header(&headers, "allow").is_some_and(|a| a.contains("GET")),
        "{headers:?}"
    );
}

#[tokio::test]
async fn admins_manage_keys_over_the_api_and_others_may_not() {
    let app = App::new(|_| {}).await;
    let directory = &app.state.directory;
    let token_of = |id: &'static str, role| async move {
        let account = nabo_domain::Account {
            id: nabo_domain::UserId::parse(id).expect("id"),
            role,
            areas: vec![nabo_domain::AreaId::parse("dk-0751").expect("area")],
            languages: Vec::new(),
            disabled: false,
            group: None,
        };
        let account = match role {
            nabo_domain::Role::Admin => nabo_domain::Account {
                areas: Vec::new(),
                ..account
            },
            _ => account,
        };
        directory
            .accounts()
            .add(account.clone(), None)
            .await
            .expect("account");
        directory
            .tokens()
            .issue(&account.id, "t", 1, Utc::now())
            .await
            .expect("token")
            .token
    };
    let admin = format!(
        "Bearer {}",
        token_of("root", nabo_domain::Role::Admin).await
    );
    let editor = format!(
        "Bearer {}",
        token_of("amina", nabo_domain::Role::Editor).await
    );
    let send = |method: &'static str, uri: String, auth: String, body: String| {
        let router = app.router.clone();
        async move {
            let response = router
                .oneshot(
                    Request::builder()
                        .method(method)
                        .uri(uri)
                        .header("authorization", auth)
                        .header("content-type", "application/json")
                        .body(Body::from(body))
                        .expect("request"),
                )
                .await
                .expect("response");
            let status = response.status();
            let bytes = response
                .into_body()
                .collect()
                .await
                .expect("body")
                .to_bytes();
            (
                status,
                serde_json::from_slice::<Value>(&bytes).unwrap_or(Value::Null),
            )
        }
    };
    let body =
        format!(r#"{{"name": "Aarhus Kommune", "origins": ["{PARTNER}"], "rate_per_minute": 2}}"#);
    let (status, _) = send(
        "POST",
        "/api/v1/admin/keys".into(),
        editor.clone(),
        body.clone(),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "only admins");
    let (status, problem) = send(
        "POST",
        "/api/v1/admin/keys".into(),
        admin.clone(),
        r#"{"name": "x", "origins": ["not an origin"]}"#.into(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("not a web origin")),
        "{problem}"
    );

    let (status, issued) = send("POST", "/api/v1/admin/keys".into(), admin.clone(), body).await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    let key = issued["key"].as_str().expect("the key, once").to_owned();
    let id = issued["info"]["id"].as_str().expect("id").to_owned();
    assert_eq!(issued["info"]["rate_per_minute"], 2);
    let (_, listed) = send(
        "GET",
        "/api/v1/admin/keys".into(),
        admin.clone(),
        String::new(),
    )
    .await;
    assert_eq!(listed[0]["origins"][0], PARTNER);
    assert!(
        !listed.to_string().contains(&key),
        "listed without its secret"
    );

    let search = format!("{SEARCH}&key={key}");
    assert_eq!(app.call("GET", &search, &[]).await.0, StatusCode::OK);
    let (status, _) = send(
        "DELETE",
        format!("/api/v1/admin/keys/{id}"),
        admin.clone(),
        String::new(),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.call("GET", &search, &[]).await.0,
        StatusCode::UNAUTHORIZED,
        "at once"
    );
    let (status, _) = send(
        "DELETE",
        "/api/v1/admin/keys/nosuchkey".into(),
        admin,
        String::new(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
