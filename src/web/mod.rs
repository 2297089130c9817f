//! HTTP routers only: carrier-facing webhooks, the JSON API, the pages.
//! Handlers pull their input out of the request, call one domain function
//! and map the result; they never write SQL. Every route is in the route
//! table with the access it was built for.

mod account;
mod admin;
pub mod api;
pub mod auth;
mod callbacks;
mod campaign_pages;
mod campaigns;
mod disputes;
mod error;
mod grading;
mod health;
pub mod lang;
mod media;
mod openapi;
mod pages;
pub mod problem;
mod render;
mod results;
mod roster;
mod roster_pages;
pub mod routes;
mod synthesis;
pub mod webhooks;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::cookie::time::Duration as CookieDuration;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::app::AppState;
use crate::auth::sessions::DbSessionStore;
use routes::{RouteSpec, Routes};

/// Every route of the app.
fn all_routes() -> Routes {
    Routes::new()
        .merge(health::routes())
        .merge(pages::routes())
        .merge(account::routes())
        .merge(lang::routes())
        .merge(admin::routes())
        .merge(campaign_pages::routes())
        .merge(roster_pages::routes())
        .merge(grading::routes())
        .merge(callbacks::routes())
        .merge(synthesis::routes())
        .merge(results::routes())
        .merge(disputes::routes())
        .merge(openapi::routes())
        .nest("/webhooks/twilio", webhooks::routes())
        .nest(
            "/api/v1",
            api::routes()
                .merge(campaigns::routes())
                .merge(grading::api_routes())
                .merge(callbacks::api_routes())
                .merge(synthesis::api_routes())
                .merge(results::api_routes())
                .merge(disputes::api_routes()),
        )
        .nest("/api/v1/roster", roster::routes())
}

/// The operations described on their handlers, as the OpenAPI document
/// takes them.
pub fn openapi_described() -> serde_json::Value {
    openapi::described()
}

/// The route table: method, path and access of every route.
pub fn route_table() -> Vec<RouteSpec> {
    all_routes().specs
}

pub fn router(state: AppState) -> Router {
    let limit = state.config.server.body_limit_bytes;
    let secure = state.public_url.scheme() == "https";
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name("civicall_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_expiry(Expiry::OnInactivity(CookieDuration::minutes(
            state.config.auth.session_idle_minutes,
        )));
    all_routes()
        .router
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::authenticate,
        ))
        .layer(middleware::from_fn(auth::csrf_guard))
        .layer(sessions)
        .layer(DefaultBodyLimit::max(limit))
        .layer(middleware::from_fn(security_headers))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

async fn not_found(request: Request) -> Response {
    let path = request.uri().path();
    if path.starts_with("/api/") || path.starts_with("/webhooks/") {
        let lang = crate::i18n::current();
        problem::Problem::new(
            StatusCode::NOT_FOUND,
            "not-found",
            "api-no-such-resource",
            lang.t("api-no-such-resource"),
        )
        .into_response()
    } else {
        (
            StatusCode::NOT_FOUND,
            render::error_page(
                StatusCode::NOT_FOUND,
                &crate::i18n::current().t("no-such-page"),
            ),
        )
            .into_response()
    }
}

/// Headers every answer carries: no inline scripts or styles, no framing,
/// no sniffing, no referrer to other sites, and nothing personal cached.
async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, name: header::HeaderName, value: &'static str| {
        h.entry(name).or_insert(HeaderValue::from_static(value));
    };
    set(
        h,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::REFERRER_POLICY, "same-origin");
    set(h, header::CACHE_CONTROL, "no-store");
    response
}
