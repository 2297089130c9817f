//! How an `AppError` becomes an HTTP answer: a JSON body that says what was
//! wrong and where; internal causes go to the log, never to the caller.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::error::AppError;

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, body) = match &self {
            AppError::NotFound(what) => (
                StatusCode::NOT_FOUND,
                json!({ "error": format!("{what} not found") }),
            ),
            AppError::Invalid { field, message } => (
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({ "error": format!("{field}: {message}"), "field": field }),
            ),
            AppError::BadRequest(message) => (StatusCode::BAD_REQUEST, json!({ "error": message })),
            AppError::Conflict(message) => (StatusCode::CONFLICT, json!({ "error": message })),
            AppError::Forbidden(message) => (StatusCode::FORBIDDEN, json!({ "error": message })),
            AppError::Telephony(err) => {
                tracing::warn!(%err, "carrier error");
                let code = err.code().map(|c| c.code());
                (
                    StatusCode::BAD_GATEWAY,
                    json!({ "error": err.to_string(), "carrier_code": code }),
                )
            }
            AppError::Database(err) => {
                tracing::error!(error = %err, "database error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({ "error": "internal error" }),
                )
            }
            AppError::Internal(err) => {
                tracing::error!(error = format!("{err:#}"), "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({ "error": "internal error" }),
                )
            }
        };
        (status, Json(body)).into_response()
    }
}
