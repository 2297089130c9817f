//! Liveness, readiness and metrics.

use axum::extract::State;
use axum::http::{Method, StatusCode, header};
use axum::response::IntoResponse;

use super::routes::Routes;
use crate::app::AppState;

pub fn routes() -> Routes {
    Routes::new()
        .public(Method::GET, "/healthz", alive)
        .public(Method::GET, "/readyz", ready)
        .public(Method::GET, "/metrics", metrics)
}

async fn alive() -> &'static str {
    "ok"
}

async fn ready(State(state): State<AppState>) -> impl IntoResponse {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(err) => {
            tracing::warn!(%err, "database not reachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
        }
    }
}

async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.render(),
    )
}
