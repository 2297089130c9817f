//! Streaming a stored recording with HTTP Range support (so a player can
//! seek), through tower-http's file service.

use std::path::Path;

use axum::body::Body;
use axum::http::{HeaderMap, Request, header};
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::ServeFile;

use crate::error::AppResult;

pub async fn serve_wav(file: &Path, headers: &HeaderMap) -> AppResult<Response> {
    let mut request = Request::builder().uri("/");
    for name in [
        header::RANGE,
        header::IF_RANGE,
        header::IF_MODIFIED_SINCE,
        header::IF_NONE_MATCH,
    ] {
        if let Some(value) = headers.get(&name) {
            request = request.header(name, value);
        }
    }
    let request = request.body(Body::empty()).map_err(anyhow::Error::from)?;
    let response = ServeFile::new_with_mime(file, &"audio/wav".parse().expect("valid mime"))
        .oneshot(request)
        .await
        .map_err(|e| anyhow::anyhow!("serving {}: {e}", file.display()))?;
    let mut response = response.map(Body::new).into_response();
    // Personal data: never kept in shared caches.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        "private, no-store".parse().expect("valid header"),
    );
    Ok(response)
}
