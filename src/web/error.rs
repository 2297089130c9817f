//! How an `AppError` becomes an HTTP answer: a problem body (see
//! [`super::problem`]) with a stable `code` (the message id where there is
//! one), what was wrong in the request's language and the field at fault;
//! internal causes go to the log, never to the caller. A page request gets
//! the same as an error page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::problem::Problem;
use crate::error::AppError;

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let lang = crate::i18n::current();
        let (status, kind) = match &self {
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, "not-found"),
            AppError::Invalid { .. } => (StatusCode::UNPROCESSABLE_ENTITY, "invalid"),
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad-request"),
            AppError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            AppError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            AppError::Telephony(_) => (StatusCode::BAD_GATEWAY, "carrier-error"),
            AppError::Database(_) | AppError::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, "internal-error")
            }
        };
        let shown = match &self {
            AppError::Invalid { field, message } => {
                tracing::debug!(field, %message, "refused input");
                message.in_lang(&lang)
            }
            AppError::Telephony(err) => {
                tracing::warn!(%err, "carrier error");
                lang.t("status-carrier-detail")
            }
            AppError::Database(err) => {
                tracing::error!(error = %err, "database error");
                lang.t("status-error-detail")
            }
            AppError::Internal(err) => {
                tracing::error!(error = format!("{err:#}"), "internal error");
                lang.t("status-error-detail")
            }
            AppError::NotFound(crate::i18n::Msg::Verbatim(what)) => {
                crate::tr!(lang, "not-found-verbatim", what = what.as_str())
            }
            other => other
                .message()
                .map(|m| m.in_lang(&lang))
                .unwrap_or_default(),
        };
        let code = self.message().and_then(|m| m.code()).unwrap_or(kind);
        let mut problem = Problem::new(status, kind, code, shown.clone());
        match &self {
            AppError::Invalid { field, .. } => problem = problem.with_field(field.clone()),
            AppError::Telephony(err) => {
                problem = problem.with("carrier_code", json!(err.code().map(|c| c.code())))
            }
            _ => {}
        }
        let mut response = problem.into_response();
        response.extensions_mut().insert(ErrorShown(shown));
        response
    }
}

/// What an error answer shows a reader, in their language.
#[derive(Clone)]
struct ErrorShown(String);

/// Whether a path is a page (not the API, the carrier's webhooks or a file).
pub fn is_page(path: &str) -> bool {
    !(path.starts_with("/api/") || path.starts_with("/webhooks/") || path.starts_with("/static/"))
}

/// An error answer to a page request, as an error page.
pub fn as_page(response: Response) -> Response {
    let Some(ErrorShown(message)) = response.extensions().get::<ErrorShown>().cloned() else {
        return response;
    };
    let status = response.status();
    (status, super::render::error_page(status, &message)).into_response()
}
