//! The OpenAPI document of the JSON API. Operations described on their
//! handlers (`#[utoipa::path]`, with the handlers' own request and response
//! types) come from those; the route table adds to every operation who may
//! call it (`security`, `x-roles`) and the problems every operation can
//! answer with, and lists any route not yet described on its handler with
//! what the table knows. A test holds the two to the same routes.

use axum::Json;
use axum::http::Method;
use serde_json::{Map, Value, json};
use utoipa::OpenApi;

use super::auth::Access;
use super::routes::{RouteSpec, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .public(Method::GET, "/api/openapi.json", document_handler)
        .doc("This document")
}

/// The operations described on their handlers.
#[derive(OpenApi)]
#[openapi(
    paths(
        super::account::me,
        super::admin::users_json,
        super::admin::audit_json,
        super::disputes::api_disputes,
        super::disputes::api_raise,
        super::disputes::api_resolve,
        super::disputes::api_versions,
        super::campaigns::list,
        super::campaigns::create,
        super::campaigns::preview,
        super::campaigns::one,
        super::campaigns::act,
        super::campaigns::scripts,
        super::campaigns::script,
        super::roster::list_centres,
        super::roster::list_departments,
        super::roster::put_department,
        super::roster::list_staff,
        super::roster::get_staff,
        super::roster::put_staff,
        super::roster::import_departments,
        super::roster::import_staff,
        super::roster::import_absences,
        super::grading::queue,
        super::grading::next_task,
        super::grading::task,
        super::grading::task_audio,
        super::grading::task_waveform,
        super::grading::heartbeat,
        super::grading::release,
        super::grading::save_draft,
        super::grading::submit,
        super::grading::agreement,
        super::grading::calibration,
        super::grading::call_scores,
        super::api::place_call,
        super::api::list_calls,
        super::api::get_call,
        super::api::call_events,
        super::api::list_recordings,
        super::api::get_recording,
        super::api::recording_audio,
        super::callbacks::push_visits,
        super::callbacks::import_visits,
        super::callbacks::draw_explained,
        super::callbacks::today,
        super::callbacks::take_next,
        super::callbacks::take,
        super::callbacks::held,
        super::callbacks::call,
        super::callbacks::call_state,
        super::callbacks::outcome,
    ),
    components(schemas(super::problem::Problem))
)]
struct Described;

/// The paths and schemas described on the handlers, as JSON.
pub fn described() -> Value {
    serde_json::to_value(Described::openapi()).expect("the described operations serialise")
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

/// A problem answer, by reference.
fn problem(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } },
    })
}

pub fn document(specs: &[RouteSpec]) -> Value {
    let described = described();
    let mut paths = Map::new();
    for spec in specs.iter().filter(|s| s.path.starts_with("/api/")) {
        let method = spec.method.as_str().to_lowercase();
        let typed = described["paths"][&spec.path][&method].as_object().cloned();
        let is_typed = typed.is_some();
        let mut operation = typed.unwrap_or_default();
        if !is_typed {
            operation.insert("summary".into(), json!(spec.summary.unwrap_or("")));
            let parameters = path_parameters(&spec.path);
            if !parameters.is_empty() {
                operation.insert("parameters".into(), json!(parameters));
            }
        } else if !operation.contains_key("summary") {
            operation.insert("summary".into(), json!(spec.summary.unwrap_or("")));
        }
        operation.insert(
            "operationId".into(),
            json!(format!("{} {}", spec.method, spec.path)),
        );
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
        if !is_typed {
            if matches!(spec.method, Method::POST | Method::PUT) {
                operation.insert(
                    "requestBody".into(),
                    json!({ "content": { "application/json": { "schema": { "type": "object" } } } }),
                );
            }
            operation.insert(
                "responses".into(),
                json!({ "200": { "description": "OK", "content": { "application/json": { "schema": {} } } } }),
            );
        }
        // What any operation can answer besides its own: refusals by the
        // auth layer, and the framework's rejections of what it cannot read.
        let responses = operation
            .entry("responses")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .expect("responses are an object");
        let mut add = |status: &str, description: &str| {
            responses
                .entry(status.to_string())
                .or_insert_with(|| problem(description));
        };
        if spec.access != Access::Public {
            add(
                "401",
                "Not signed in, or the token is unknown, expired or revoked",
            );
            add(
                "403",
                "The role does not allow it (or a session's form token is missing)",
            );
        }
        if spec.path.contains('{') || !is_typed {
            add("400", "A path or query parameter does not parse");
            add("404", "No such resource");
        }
        if matches!(spec.method, Method::POST | Method::PUT) {
            add("400", "The body does not parse");
            add("413", "The body is too large");
            add("415", "The body is not of the type the operation reads");
            add(
                "422",
                "The body lacks a field the operation needs, or a value is refused",
            );
        }
        let entry = paths.entry(spec.path.clone()).or_insert_with(|| json!({}));
        entry[spec.method.as_str().to_lowercase()] = Value::Object(operation);
    }
    let mut schemas = described["components"]["schemas"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    schemas
        .entry("Problem")
        .or_insert_with(|| json!({ "type": "object" }));
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
            "schemas": schemas,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v) {
                        ("$ref", Value::String(r)) => out.push(r.clone()),
                        _ => refs(v, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }

    #[test]
    fn every_reference_in_the_document_resolves() {
        let doc = document(&crate::web::route_table());
        let mut found = Vec::new();
        refs(&doc, &mut found);
        assert!(!found.is_empty());
        for r in found {
            let pointer = r.strip_prefix('#').expect("local references only");
            assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
        }
    }
}
