//! One error body for the whole JSON API and the carrier's webhooks: RFC 9457
//! problem details (`application/problem+json`) with a stable `code` (a
//! message id, or the kind of problem), the message in the request's
//! language as `detail` (and, for readers of the first version, as `error`),
//! and the field at fault where there is one. The service's own errors, the
//! auth layer's refusals and the framework's own rejections (a body that is
//! not JSON, a path or query that does not parse, a body too large, a wrong
//! content type, a method the route does not have) all answer with it.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::{Map, Value};

/// The media type of a problem body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// A problem, ready to answer with.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always `about:blank`: `title` is the status's own phrase.
    #[serde(rename = "type")]
    #[schema(value_type = String, example = "about:blank")]
    pub kind_uri: &'static str,
    pub title: String,
    pub status: u16,
    /// What was wrong, in the request's language.
    pub detail: String,
    /// Stable: the message id where there is one, else the kind.
    pub code: String,
    /// The family of the problem: `invalid`, `not-found`, `unauthorized` …
    pub kind: String,
    /// The same as `detail`.
    pub error: String,
    /// The field (or path or query parameter) at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Anything particular to the problem (`carrier_code`, an import's
    /// `problems` …).
    #[serde(flatten)]
    #[schema(ignore)]
    pub extra: Map<String, Value>,
}

impl Problem {
    pub fn new(status: StatusCode, kind: &str, code: &str, detail: String) -> Problem {
        Problem {
            kind_uri: "about:blank",
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            error: detail.clone(),
            detail,
            code: code.to_string(),
            kind: kind.to_string(),
            field: None,
            extra: Map::new(),
        }
    }

    pub fn with_field(mut self, field: impl Into<String>) -> Problem {
        self.field = Some(field.into());
        self
    }

    pub fn with(mut self, key: &str, value: Value) -> Problem {
        self.extra.insert(key.to_string(), value);
        self
    }

    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = self.status_code();
        let mut response = (status, Json(self)).into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response
    }
}

/// The kind of problem and its message for an answer the framework made
/// (an extractor's rejection, a method the route lacks), by status.
fn framework_kind(status: StatusCode) -> (&'static str, &'static str) {
    match status {
        StatusCode::BAD_REQUEST => ("bad-request", "api-bad-request"),
        StatusCode::NOT_FOUND => ("not-found", "api-no-such-resource"),
        StatusCode::METHOD_NOT_ALLOWED => ("method-not-allowed", "api-method-not-allowed"),
        StatusCode::PAYLOAD_TOO_LARGE => ("too-large", "api-too-large"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ("unsupported-media-type", "api-media-type"),
        StatusCode::UNPROCESSABLE_ENTITY => ("invalid", "api-bad-body"),
        s if s.is_server_error() => ("internal-error", "status-error-detail"),
        _ => ("bad-request", "api-bad-request"),
    }
}

/// The field a deserializer names in its message (serde's "missing field
/// `x`", "unknown field `x`", or a path parameter's name), if any.
fn field_named(reason: &str) -> Option<String> {
    let start = reason.find("field `")? + "field `".len();
    let rest = &reason[start..];
    let end = rest.find('`')?;
    Some(rest[..end].to_string())
}

/// Whether answers to `path` are problems when they are errors: the API
/// and the carrier's webhooks (pages keep their HTML errors).
pub fn answers_problems(path: &str) -> bool {
    path.starts_with("/api/") || path.starts_with("/webhooks/")
}

/// Turns an error answer that is not yet a problem into one: the framework
/// answers its rejections in plain text (and a wrong method with no body at
/// all). Runs within the request's language.
pub async fn as_problem(response: Response) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_JSON));
    if is_problem {
        return response;
    }
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let (parts, body) = response.into_parts();
    // The framework's rejections are a line of text, and the service's own
    // JSON refusals small; a larger body is not read.
    let bytes = axum::body::to_bytes(body, 1024 * 1024)
        .await
        .unwrap_or_default();
    let (kind, code) = framework_kind(status);
    let lang = crate::i18n::current();
    let problem = match serde_json::from_slice::<Value>(&bytes) {
        // A refusal the service wrote as JSON (an import's list of problems):
        // its members stay, in the problem's shape.
        Ok(Value::Object(mut members)) if json => {
            let mut take = |key: &str| match members.remove(key) {
                Some(Value::String(s)) => Some(s),
                _ => None,
            };
            let code = take("code").unwrap_or_else(|| code.to_string());
            let kind = take("kind").unwrap_or_else(|| kind.to_string());
            let detail = take("error").unwrap_or_else(|| lang.t(&code));
            let field = take("field");
            let mut problem = Problem::new(status, &kind, &code, detail);
            problem.field = field;
            for key in ["type", "title", "status", "detail"] {
                members.remove(key);
            }
            problem.extra = members;
            problem
        }
        _ => {
            let reason = String::from_utf8_lossy(&bytes).trim().to_string();
            let detail = if reason.is_empty() || status.is_server_error() {
                lang.t(code)
            } else {
                crate::tr!(
                    lang,
                    "api-rejected",
                    what = lang.t(code),
                    reason = reason.as_str()
                )
            };
            let mut problem = Problem::new(status, kind, code, detail);
            if let Some(field) = field_named(&reason) {
                problem = problem.with_field(field);
            }
            problem
        }
    };
    let mut answer = problem.into_response();
    // Keep what the framework said about the method (`Allow`) and the like.
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            answer.headers_mut().insert(name.clone(), value.clone());
        }
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_read_from_deserializer_messages() {
        assert_eq!(
            field_named(
                "Failed to deserialize the JSON body into the target type: missing field `phone` at line 1 column 2"
            ),
            Some("phone".into())
        );
        assert_eq!(
            field_named("Expected request with `Content-Type: application/json`"),
            None
        );
    }

    #[test]
    fn a_problem_is_problem_json_with_its_status() {
        let response = Problem::new(StatusCode::CONFLICT, "conflict", "x-taken", "taken".into())
            .with_field("name")
            .into_response();
        assert_eq!(response.status(), StatusCode::CONFLICT);
        assert_eq!(response.headers()[header::CONTENT_TYPE], PROBLEM_JSON);
    }
}
