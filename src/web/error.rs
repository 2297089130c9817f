//! How an `AppError` becomes an HTTP answer: a JSON body with a stable
//! `code`, what was wrong and where; internal causes go to the log, never to
//! the caller. A page request gets the same as an error page in the
//! reader's language.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::lang;

use crate::error::AppError;

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, body) = match &self {
            AppError::NotFound(what) => (
                StatusCode::NOT_FOUND,
                json!({ "code": "not-found", "error": format!("{what} not found") }),
            ),
            AppError::Invalid { field, message } => (
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({ "code": "invalid", "error": format!("{field}: {message}"), "field": field }),
            ),
            AppError::BadRequest(message) => (
                StatusCode::BAD_REQUEST,
                json!({ "code": "bad-request", "error": message }),
            ),
            AppError::Conflict(message) => (
                StatusCode::CONFLICT,
                json!({ "code": "conflict", "error": message }),
            ),
            AppError::Forbidden(message) => (
                StatusCode::FORBIDDEN,
                json!({ "code": "forbidden", "error": message }),
            ),
            AppError::Telephony(err) => {
                tracing::warn!(%err, "carrier error");
                let code = err.code().map(|c| c.code());
                (
                    StatusCode::BAD_GATEWAY,
                    json!({ "code": "carrier-error", "error": err.to_string(), "carrier_code": code }),
                )
            }
            AppError::Database(err) => {
                tracing::error!(error = %err, "database error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({ "code": "internal-error", "error": "internal error" }),
                )
            }
            AppError::Internal(err) => {
                tracing::error!(error = format!("{err:#}"), "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({ "code": "internal-error", "error": "internal error" }),
                )
            }
        };
        let shown = ErrorShown {
            message: match &self {
                AppError::Database(_) | AppError::Internal(_) => None,
                AppError::Telephony(_) => Some(lang::current().t("status-carrier-detail")),
                other => Some(other.to_string()),
            },
        };
        let mut response = (status, Json(body)).into_response();
        response.extensions_mut().insert(shown);
        response
    }
}

/// What an error answer may show a reader of a page.
#[derive(Clone)]
struct ErrorShown {
    message: Option<String>,
}

/// Whether a path is a page (not the API, the carrier's webhooks or a file).
pub fn is_page(path: &str) -> bool {
    !(path.starts_with("/api/") || path.starts_with("/webhooks/") || path.starts_with("/static/"))
}

/// An error answer to a page request, as an error page.
pub fn as_page(response: Response) -> Response {
    let Some(shown) = response.extensions().get::<ErrorShown>().cloned() else {
        return response;
    };
    let status = response.status();
    let message = shown
        .message
        .unwrap_or_else(|| lang::current().t("status-error-detail"));
    (status, super::render::error_page(status, &message)).into_response()
}
