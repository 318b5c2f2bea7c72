//! The public API's routes and its OpenAPI 3.1 document, made from the same
//! declarations: each handler's `#[utoipa::path]` (path, method, parameters, bodies,
//! answers) and the wire types' `ToSchema`. A route cannot be served without being
//! described, nor described without being served. What the middleware of every API route
//! adds (partner keys, rate limits, conditional requests) is written into each operation
//! here, once; what the directory accepts at the moment (languages, areas, categories) is
//! written in when the document is served (`contract`).

use crate::AppState;
use axum::Router;
use serde_json::{Value, json};
use std::sync::LazyLock;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Nabo public API",
        version = "1.0.0",
        description = "Search a multilingual directory of local services. Every localized text is chosen along the reader's language fallback chain and says which language it is in. Errors are application/problem+json (RFC 9457). Partner sites send their API key (`nabo key add`) as `Authorization: Bearer nabo_key_...` or as `?key=` (the widget): the key's own rate applies and answers are shared (CORS) with the key's origins only; without a key a modest per-address rate applies. Over a limit: 429 with Retry-After. Successful reads carry ETag and Cache-Control; If-None-Match gives 304; gzip and brotli are offered."
    ),
    components(schemas(crate::error::Problem))
)]
struct ApiDoc;

/// Every documented route of the API (the Open Referral routes follow HSDS's own
/// document and are added beside these).
fn documented() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(crate::api::routes())
        .merge(crate::admin::routes())
        .merge(crate::upkeep::routes())
        .merge(crate::people::routes())
        .merge(crate::keys::routes())
        .merge(crate::widget::routes())
        .merge(crate::insights::routes())
}

/// The API's routes.
pub fn routes() -> Router<AppState> {
    documented().split_for_parts().0
}

/// The OpenAPI document of the API's routes, made once.
pub fn document() -> &'static Value {
    static DOCUMENT: LazyLock<Value> = LazyLock::new(|| {
        let mut document = serde_json::to_value(documented().into_openapi()).unwrap_or_default();
        add_conventions(&mut document);
        document
    });
    &DOCUMENT
}

const PROBLEM: &str = "#/components/schemas/Problem";

/// What holds for every operation because of the layers around the routes.
fn add_conventions(document: &mut Value) {
    document["components"]["securitySchemes"] = json!({
        "bearer": {
            "type": "http",
            "scheme": "bearer",
            "description": "An API token issued with `nabo user token-add` (shown once; stored hashed; revocable; expires)."
        },
        "partnerKey": {
            "type": "http",
            "scheme": "bearer",
            "description": "A partner site's API key from `nabo key add` (nabo_key_...): its own rate limit and allowed browser origins. May also be given as the `key` query parameter."
        },
        "partnerKeyQuery": {
            "type": "apiKey",
            "in": "query",
            "name": "key",
            "description": "The partner key as a query parameter (for the embeddable widget)."
        }
    });
    for body in ["AccountBody", "NewAccountBody"] {
        document["components"]["schemas"][body]["allOf"] = account_scopes();
    }
    let Some(paths) = document["paths"].as_object_mut() else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, operation) in item.iter_mut() {
            let api = path.starts_with("/api/");
            let public = operation.get("security").is_none();
            let responses = &mut operation["responses"];
            if api && public {
                operation_answers(responses, method == "get");
                operation["security"] = json!([{}, {"partnerKey": []}, {"partnerKeyQuery": []}]);
            }
            if api {
                add_answer(
                    &mut operation["responses"],
                    "429",
                    "Over the rate limit of this address or key; see Retry-After",
                );
            }
            problems_for_errors(&mut operation["responses"]);
        }
    }
}

/// Which scope each role takes (as the accounts service checks it): an editor edits in
/// some areas, a translator translates into some languages, admins and coordinators
/// work everywhere and take neither. (Conditions a derived schema cannot carry.)
fn account_scopes() -> Value {
    let role = |roles: &[&str]| json!({ "properties": { "role": { "enum": roles } } });
    json!([
        {
            "if": role(&["editor"]),
            "then": { "required": ["areas"], "properties": { "areas": { "minItems": 1 } } }
        },
        {
            "if": role(&["translator"]),
            "then": { "required": ["languages"], "properties": { "languages": { "minItems": 1 } } }
        },
        {
            "if": role(&["volunteer"]),
            "then": {
                "required": ["group"],
                "properties": { "group": { "type": "string" }, "areas": { "maxItems": 0 }, "languages": { "maxItems": 0 } }
            }
        },
        {
            "if": role(&["admin", "coordinator"]),
            "then": { "properties": { "areas": { "maxItems": 0 }, "languages": { "maxItems": 0 } } }
        }
    ])
}

/// What the partner gate and the conditional-request layer answer on a public route.
fn operation_answers(responses: &mut Value, read: bool) {
    add_answer(responses, "401", "The partner key is unknown or revoked");
    add_answer(
        responses,
        "403",
        "The partner key may not be used from this Origin",
    );
    if read {
        add_answer(
            responses,
            "304",
            "Not modified: the If-None-Match tag is current",
        );
    }
}

fn add_answer(responses: &mut Value, status: &str, description: &str) {
    if responses.get(status).is_none() {
        responses[status] = json!({ "description": description });
    }
}

/// Every error answer of the API is problem details (`error`).
fn problems_for_errors(responses: &mut Value) {
    let Some(responses) = responses.as_object_mut() else {
        return;
    };
    for (status, response) in responses.iter_mut() {
        let error = status.starts_with('4') || status.starts_with('5');
        if error && response.get("content").is_none() {
            response["content"] = json!({
                "application/problem+json": { "schema": { "$ref": PROBLEM } }
            });
        }
    }
}
