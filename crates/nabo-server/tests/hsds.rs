//! The read-only Open Referral HSDS 3.0 endpoints over HTTP: every answer valid against
//! the official compiled schemas (`../shared/hsds/schema`), paging as the HSDS API pages,
//! ids that lead from a list to the entity, translations in `x-nabo`, and clear problems
//! for bad paging and unknown ids.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use nabo_server::router;
use serde_json::{Value, json};
use tower::ServiceExt;

mod common;
use common::repository;

fn schema(name: &str) -> Value {
    let path = repository()
        .join("../shared/hsds/schema/compiled")
        .join(format!("{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(&path).expect("the official schema"))
        .expect("JSON")
}

/// The HSDS API's `Page` with every paging field required, holding `item`s.
fn page_of(item: Value) -> Value {
    let path = repository().join("../shared/hsds/schema/openapi.json");
    let openapi: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("openapi")).expect("JSON");
    json!({
        "allOf": [openapi["components"]["schemas"]["Page"].clone()],
        "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
        "properties": {"contents": {"type": "array", "items": item}}
    })
}

fn assert_valid(schema: &Value, instance: &Value, label: &str) {
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .take(5)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{label} is not valid HSDS 3.0: {errors:#?}"
    );
}

async fn app() -> (Router, tempfile::TempDir) {
    let (state, dir) = common::demo_state().await;
    (router(state), dir)
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    let response = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
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
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

#[tokio::test]
async fn services_and_organizations_are_valid_hsds_pages_and_entities() {
    let (app, _dir) = app().await;
    let (status, root) = get(&app, "/hsds/").await;
    assert_eq!(
        (status, root["version"].as_str()),
        (StatusCode::OK, Some("3.0"))
    );

    let (status, page) = get(&app, "/hsds/services?page=2&per_page=15").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_valid(&page_of(schema("service_list")), &page, "the services page");
    assert_eq!(
        (
            page["total_items"].as_u64(),
            page["total_pages"].as_u64(),
            page["page_number"].as_u64(),
            page["size"].as_u64()
        ),
        (Some(40), Some(3), Some(2), Some(15)),
        "40 demo resources, 15 a page"
    );
    assert_eq!(
        (page["first_page"].as_bool(), page["last_page"].as_bool()),
        (Some(false), Some(false))
    );
    let (_, last) = get(&app, "/hsds/services?page=3&per_page=15").await;
    assert_eq!(
        (last["size"].as_u64(), last["last_page"].as_bool()),
        (Some(10), Some(true))
    );
    let (_, beyond) = get(&app, "/hsds/services?page=9&per_page=15").await;
    assert_eq!(beyond["empty"].as_bool(), Some(true));
    let (_, again) = get(&app, "/hsds/services?page=2&per_page=15").await;
    assert_eq!(again, page, "paging is stable");

    let mut translated = 0;
    for item in page["contents"].as_array().expect("contents") {
        let id = item["id"].as_str().expect("id");
        let (status, service) = get(&app, &format!("/hsds/services/{id}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_valid(&schema("service"), &service, id);
        assert_eq!(service["name"], item["name"]);
        if service["x-nabo"]["translations"]["name"]
            .as_object()
            .is_some_and(|n| !n.is_empty())
        {
            translated += 1;
        }
    }
    assert!(translated > 0, "translations ride along in x-nabo");

    let (_, organizations) = get(&app, "/hsds/organizations?per_page=40").await;
    assert_valid(
        &page_of(schema("organization_list")),
        &organizations,
        "the organizations page",
    );
    let first = organizations["contents"][0]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let (status, organization) = get(
        &app,
        &format!("/hsds/organizations/{first}?full_service=true"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_valid(
        &schema("organization"),
        &organization,
        "an organization with full services",
    );
}

#[tokio::test]
async fn places_and_taxonomies_resolve_and_bad_requests_are_problems() {
    let (app, _dir) = app().await;
    let (_, services) = get(&app, "/hsds/services?per_page=40").await;
    let mut with_location = None;
    for item in services["contents"].as_array().expect("contents") {
        let (_, full) = get(
            &app,
            &format!("/hsds/services/{}", item["id"].as_str().expect("id")),
        )
        .await;
        if let Some(id) = full["service_at_locations"][0]["id"].as_str() {
            with_location = Some(id.to_owned());
            break;
        }
    }
    let with_location = with_location.expect("a service with a place");
    let (status, place) = get(&app, &format!("/hsds/service_at_locations/{with_location}")).await;
    assert_eq!(status, StatusCode::OK, "{place}");
    assert_valid(
        &schema("service_at_location"),
        &place,
        "a service at a location",
    );

    let (_, taxonomies) = get(&app, "/hsds/taxonomies").await;
    let taxonomy = taxonomies["contents"][0]["id"]
        .as_str()
        .expect("a taxonomy")
        .to_owned();
    assert_eq!(
        get(&app, &format!("/hsds/taxonomies/{taxonomy}")).await.0,
        StatusCode::OK
    );
    let (_, terms) = get(&app, "/hsds/taxonomy_terms?per_page=1000").await;
    let names: Vec<&str> = terms["contents"]
        .as_array()
        .expect("terms")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.to_lowercase().contains("health visit")),
        "{names:?}"
    );
    let term = terms["contents"][0]["id"]
        .as_str()
        .expect("a term")
        .to_owned();
    let (status, one) = get(&app, &format!("/hsds/taxonomy_terms/{term}")).await;
    assert_eq!(
        (status, &one["id"]),
        (StatusCode::OK, &terms["contents"][0]["id"])
    );

    for (uri, parameter) in [
        ("/hsds/services?per_page=0", "per_page"),
        ("/hsds/services?per_page=5000", "per_page"),
        ("/hsds/services?page=0", "page"),
        ("/hsds/services?page=two", "page"),
        ("/hsds/services?search=x", "search"),
    ] {
        let (status, problem) = get(&app, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(problem["parameter"], parameter, "{uri}: {problem}");
    }
    let unknown = "00000000-0000-5000-8000-000000000000";
    for uri in [
        format!("/hsds/services/{unknown}"),
        format!("/hsds/organizations/{taxonomy}"),
    ] {
        let (status, problem) = get(&app, &uri).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(problem["type"], "/problems/not-found");
    }
}
