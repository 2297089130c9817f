//! The OpenAPI document of the JSON API, generated from the route table so
//! it always lists exactly the routes the service has, with who may call
//! each (`x-roles`) and how to authenticate.

use axum::Json;
use axum::http::Method;
use serde_json::{Map, Value, json};

use super::auth::Access;
use super::routes::{RouteSpec, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .public(Method::GET, "/api/openapi.json", document_handler)
        .doc("This document")
}

async fn document_handler() -> Json<Value> {
    Json(document(&super::route_table()))
}

fn path_parameters(path: &str) -> Vec<Value> {
    path.split('/')
        .filter_map(|segment| segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .map(|name| {
            let numeric = matches!(name, "id");
            json!({
                "name": name,
                "in": "path",
                "required": true,
                "schema": { "type": if numeric { "integer" } else { "string" } },
            })
        })
        .collect()
}

pub fn document(specs: &[RouteSpec]) -> Value {
    let mut paths = Map::new();
    for spec in specs.iter().filter(|s| s.path.starts_with("/api/")) {
        let mut operation = Map::new();
        operation.insert("summary".into(), json!(spec.summary.unwrap_or("")));
        operation.insert(
            "operationId".into(),
            json!(format!("{} {}", spec.method, spec.path)),
        );
        let parameters = path_parameters(&spec.path);
        if !parameters.is_empty() {
            operation.insert("parameters".into(), json!(parameters));
        }
        let (security, roles) = match spec.access {
            Access::Public => (json!([]), json!([])),
            Access::Carrier => (json!([{ "twilioSignature": [] }]), json!([])),
            Access::SignedIn => (
                json!([{ "bearer": [] }, { "session": [] }]),
                json!(["any signed-in user"]),
            ),
            Access::Roles(roles) => (
                json!([{ "bearer": [] }, { "session": [] }]),
                json!(roles.iter().map(|r| r.as_str()).collect::<Vec<_>>()),
            ),
        };
        operation.insert("security".into(), security);
        operation.insert("x-roles".into(), roles);
        if matches!(spec.method, Method::POST | Method::PUT) {
            operation.insert(
                "requestBody".into(),
                json!({ "content": { "application/json": { "schema": { "type": "object" } } } }),
            );
        }
        operation.insert(
            "responses".into(),
            json!({
                "200": { "description": "OK", "content": { "application/json": { "schema": {} } } },
                "401": { "$ref": "#/components/responses/Unauthorized" },
                "403": { "$ref": "#/components/responses/Forbidden" },
                "404": { "$ref": "#/components/responses/Error" },
                "422": { "$ref": "#/components/responses/Error" },
            }),
        );
        let entry = paths.entry(spec.path.clone()).or_insert_with(|| json!({}));
        entry[spec.method.as_str().to_lowercase()] = Value::Object(operation);
    }
    let error = json!({
        "description": "The problem, in words; `field` names the input at fault.",
        "content": { "application/json": { "schema": {
            "type": "object",
            "properties": { "error": { "type": "string" }, "field": { "type": "string" } },
            "required": ["error"],
        } } },
    });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "civicall",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Telephone friendliness evaluation and customer-care callbacks. Authenticate with an API token \
                (Authorization: Bearer cct_…) or a signed-in session; state-changing requests made with a session must \
                send the session's CSRF token in X-CSRF-Token (GET /api/v1/me returns it).",
        },
        "paths": paths,
        "components": {
            "securitySchemes": {
                "bearer": { "type": "http", "scheme": "bearer" },
                "session": { "type": "apiKey", "in": "cookie", "name": "civicall_session" },
                "twilioSignature": { "type": "apiKey", "in": "header", "name": "X-Twilio-Signature" },
            },
            "responses": {
                "Unauthorized": error.clone(),
                "Forbidden": error.clone(),
                "Error": error,
            },
        },
    })
}
