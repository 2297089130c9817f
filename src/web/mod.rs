//! HTTP routers only: carrier-facing webhooks, the JSON API, health. Handlers
//! pull their input out of the request, call one domain function and map the
//! result; they never write SQL.

pub mod api;
mod campaigns;
mod error;
mod health;
mod pages;
mod roster;
pub mod webhooks;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use tower_http::trace::TraceLayer;

use crate::app::AppState;

pub fn router(state: AppState) -> Router {
    let limit = state.config.server.body_limit_bytes;
    Router::new()
        .merge(health::router())
        .nest("/webhooks/twilio", webhooks::router())
        .merge(pages::router())
        .nest("/api/v1", api::router().merge(campaigns::router()))
        .nest("/api/v1/roster", roster::router())
        .layer(DefaultBodyLimit::max(limit))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
