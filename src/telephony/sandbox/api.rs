//! The sandbox's REST surface, with Twilio's paths, HTTP Basic auth, form
//! parameters, JSON resources and error bodies. Nothing here exists that the
//! real carrier lacks.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;

use super::destination::{is_destination, is_e164};
use super::engine::{self, CreateParams};
use super::{Carrier, Control};
use crate::telephony::{CallStatus, TwilioErrorBody};

pub fn router(carrier: Arc<Carrier>) -> Router {
    let account = Router::new()
        .route("/Calls.json", get(list_calls).post(create_call))
        .route("/Calls/{file}", get(fetch_call).post(update_call))
        .route("/Calls/{sid}/Recordings.json", get(call_recordings))
        .route("/Recordings.json", get(list_recordings))
        .route("/Recordings/{file}", get(fetch_recording))
        .layer(middleware::from_fn_with_state(
            carrier.clone(),
            authenticate,
        ));
    Router::new()
        .nest("/2010-04-01/Accounts/{account}", account)
        .fallback(not_found_route)
        .with_state(carrier)
}

/// Twilio's error body and status.
struct ApiError {
    status: StatusCode,
    code: u32,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, code: u32, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    fn bad(code: u32, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    fn not_found(uri: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            20404,
            format!("The requested resource {uri} was not found"),
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = TwilioErrorBody {
            code: self.code,
            message: self.message,
            more_info: format!("https://www.twilio.com/docs/errors/{}", self.code),
            status: self.status.as_u16(),
        };
        (self.status, Json(body)).into_response()
    }
}

async fn not_found_route(request: Request) -> ApiError {
    ApiError::not_found(request.uri().path())
}

async fn authenticate(
    State(carrier): State<Arc<Carrier>>,
    Path(params): Path<Vec<(String, String)>>,
    request: Request,
    next: Next,
) -> Response {
    if carrier.take_unavailable() {
        return ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            20503,
            "Service Unavailable",
        )
        .into_response();
    }
    let path_account = params
        .iter()
        .find(|(k, _)| k == "account")
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    let supplied = basic_credentials(request.headers());
    let expected_sid = carrier.settings.account_sid.as_str();
    let ok = matches!(&supplied, Some((sid, token)) if sid == expected_sid && token == carrier.token())
        && path_account == expected_sid;
    if !ok {
        let mut response =
            ApiError::new(StatusCode::UNAUTHORIZED, 20003, "Authenticate").into_response();
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"Twilio API\""),
        );
        return response;
    }
    next.run(request).await
}

fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let encoded = value.strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, pass) = text.split_once(':')?;
    Some((user.to_string(), pass.to_string()))
}

fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body).into_owned().collect()
}

fn first<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

fn is_http_url(value: &str) -> bool {
    url::Url::parse(value).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
}

fn parse_create(pairs: &[(String, String)]) -> Result<CreateParams, ApiError> {
    let to =
        first(pairs, "To").ok_or_else(|| ApiError::bad(21201, "No 'To' number is specified"))?;
    if !is_destination(to) {
        return Err(ApiError::bad(
            21211,
            format!("Invalid 'To' Phone Number: {to}"),
        ));
    }
    let from = first(pairs, "From")
        .ok_or_else(|| ApiError::bad(21603, "A 'From' phone number is required."))?;
    if !is_e164(from) {
        return Err(ApiError::bad(
            21212,
            format!("Invalid 'From' Phone Number: {from}"),
        ));
    }
    let url = first(pairs, "Url").map(str::to_string);
    let twiml = first(pairs, "Twiml").map(str::to_string);
    match (&url, &twiml) {
        (None, None) => return Err(ApiError::bad(21205, "Url parameter is required.")),
        (Some(u), _) if !is_http_url(u) => {
            return Err(ApiError::bad(21205, format!("Url is not a valid URL: {u}")));
        }
        _ => {}
    }
    let callback = |name: &str| -> Result<Option<String>, ApiError> {
        match first(pairs, name) {
            Some(v) if !is_http_url(v) => Err(ApiError::bad(21609, format!("Invalid {name}: {v}"))),
            other => Ok(other.map(str::to_string)),
        }
    };
    let mut events: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "StatusCallbackEvent")
        .flat_map(|(_, v)| v.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect();
    if let Some(bad) = events
        .iter()
        .find(|e| !["initiated", "ringing", "answered", "completed"].contains(&e.as_str()))
    {
        return Err(ApiError::bad(
            21626,
            format!("Invalid 'StatusCallbackEvent': {bad}"),
        ));
    }
    if events.is_empty() {
        events.push("completed".into());
    }
    let timeout_secs = match first(pairs, "Timeout") {
        None => 60,
        Some(t) => t
            .parse::<u32>()
            .map_err(|_| ApiError::bad(21216, format!("Invalid Timeout: {t}")))?
            .clamp(5, 600),
    };
    let recording_channels = match first(pairs, "RecordingChannels") {
        None | Some("mono") => 1,
        Some("dual") => 2,
        Some(other) => {
            return Err(ApiError::bad(
                21626,
                format!("Invalid RecordingChannels: {other}"),
            ));
        }
    };
    let machine_detection = match first(pairs, "MachineDetection") {
        None => None,
        Some(m @ ("Enable" | "DetectMessageEnd")) => Some(m.to_string()),
        Some(other) => {
            return Err(ApiError::bad(
                21626,
                format!("Invalid MachineDetection: {other}"),
            ));
        }
    };
    let method = |name: &str| first(pairs, name).unwrap_or("POST").to_ascii_uppercase();
    Ok(CreateParams {
        to: to.to_string(),
        from: from.to_string(),
        url,
        twiml,
        method: method("Method"),
        status_callback: callback("StatusCallback")?,
        status_callback_method: method("StatusCallbackMethod"),
        status_callback_events: events,
        timeout_secs,
        record: first(pairs, "Record").is_some_and(|v| v.eq_ignore_ascii_case("true")),
        recording_channels,
        recording_status_callback: callback("RecordingStatusCallback")?,
        recording_status_callback_method: method("RecordingStatusCallbackMethod"),
        machine_detection,
        async_amd: first(pairs, "AsyncAmd").is_some_and(|v| v.eq_ignore_ascii_case("true")),
        async_amd_status_callback: callback("AsyncAmdStatusCallback")?,
    })
}

async fn create_call(
    State(carrier): State<Arc<Carrier>>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let params = parse_create(&form_pairs(&body))?;
    let resource = engine::launch(&carrier, params);
    Ok((StatusCode::CREATED, Json(resource.to_json())).into_response())
}

fn strip_json(file: &str) -> Option<&str> {
    file.strip_suffix(".json")
}

async fn fetch_call(
    State(carrier): State<Arc<Carrier>>,
    Path((_, file)): Path<(String, String)>,
    request: Request,
) -> Result<Response, ApiError> {
    let sid = strip_json(&file).ok_or_else(|| ApiError::not_found(request.uri().path()))?;
    let call = carrier
        .call(sid)
        .ok_or_else(|| ApiError::not_found(request.uri().path()))?;
    Ok(Json(call.to_json()).into_response())
}

async fn update_call(
    State(carrier): State<Arc<Carrier>>,
    Path((_, file)): Path<(String, String)>,
    request: Request,
) -> Result<Response, ApiError> {
    let uri = request.uri().path().to_string();
    let sid = strip_json(&file)
        .ok_or_else(|| ApiError::not_found(&uri))?
        .to_string();
    let body = axum::body::to_bytes(request.into_body(), 64 * 1024)
        .await
        .map_err(|_| ApiError::bad(20001, "Request body too large"))?;
    let pairs = form_pairs(&body);
    let status = first(&pairs, "Status");
    let new_url = first(&pairs, "Url").map(str::to_string);
    let current = carrier
        .call(&sid)
        .ok_or_else(|| ApiError::not_found(&uri))?;
    let control = match (status, new_url) {
        (Some("completed"), _) | (Some("canceled"), _) if current.status.is_final() => {
            // Ending an ended call changes nothing.
            None
        }
        (Some("canceled"), _) if current.status == CallStatus::InProgress => None,
        (Some("canceled"), _) => Some(Control::End(CallStatus::Canceled)),
        (Some("completed"), _) => Some(Control::End(CallStatus::Completed)),
        (Some(other), _) => {
            return Err(ApiError::bad(21218, format!("Invalid Status: {other}")));
        }
        (None, Some(url)) if current.status == CallStatus::InProgress => {
            if !is_http_url(&url) {
                return Err(ApiError::bad(
                    21205,
                    format!("Url is not a valid URL: {url}"),
                ));
            }
            Some(Control::Redirect(url))
        }
        (None, Some(_)) => {
            return Err(ApiError::bad(
                21220,
                "Call is not in-progress. Cannot redirect.",
            ));
        }
        (None, None) => None,
    };
    if let Some(control) = control {
        carrier.with_call(&sid, |c| {
            let _ = c.control.send(Some(control));
        });
        // Give the simulation a moment to act so the answer shows the new state.
        for _ in 0..50 {
            if carrier.call(&sid).is_some_and(|c| c.status.is_final()) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
    }
    let call = carrier
        .call(&sid)
        .ok_or_else(|| ApiError::not_found(&uri))?;
    Ok(Json(call.to_json()).into_response())
}

/// `StartTime` filters accept a date or a date and time.
fn parse_when(value: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(value) {
        return Some(t.to_utc());
    }
    if let Some(t) = crate::telephony::parse_rfc2822(value) {
        return Some(t);
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
}

async fn list_calls(
    State(carrier): State<Arc<Carrier>>,
    Path(account): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = form_pairs(query.unwrap_or_default().as_bytes());
    let to = first(&pairs, "To");
    let from = first(&pairs, "From");
    let status = first(&pairs, "Status");
    let parent = first(&pairs, "ParentCallSid");
    let when = |name: &str| -> Result<Option<DateTime<Utc>>, ApiError> {
        first(&pairs, name)
            .map(|v| {
                parse_when(v).ok_or_else(|| ApiError::bad(20001, format!("Invalid {name}: {v}")))
            })
            .transpose()
    };
    let on = when("StartTime")?;
    let after = when("StartTime>")?;
    let before = when("StartTime<")?;
    let day = |t: DateTime<Utc>| t.date_naive();
    let mut calls: Vec<_> = {
        let all = carrier.calls.lock().expect("calls lock");
        all.iter()
            .map(|c| c.resource.clone())
            .filter(|c| to.is_none_or(|v| c.to == v))
            .filter(|c| from.is_none_or(|v| c.from == v))
            .filter(|c| status.is_none_or(|v| c.status.as_str() == v))
            .filter(|c| parent.is_none_or(|v| c.parent_call_sid.as_deref() == Some(v)))
            .filter(|c| on.is_none_or(|t| day(c.date_created) == day(t)))
            .filter(|c| after.is_none_or(|t| c.date_created >= t))
            .filter(|c| before.is_none_or(|t| c.date_created <= t))
            .collect()
    };
    calls.reverse();
    let page_size = first(&pairs, "PageSize")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(50)
        .clamp(1, 1000);
    let page = first(&pairs, "Page")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    let start = page * page_size;
    let items: Vec<_> = calls
        .iter()
        .skip(start)
        .take(page_size)
        .map(|c| c.to_json())
        .collect();
    let base = format!("/2010-04-01/Accounts/{account}/Calls.json");
    let keep: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, _)| k != "Page" && k != "PageSize" && k != "PageToken")
        .cloned()
        .collect();
    let page_uri = |p: usize| {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.extend_pairs(keep.iter());
        q.append_pair("PageSize", &page_size.to_string());
        q.append_pair("Page", &p.to_string());
        format!("{base}?{}", q.finish())
    };
    let has_next = start + page_size < calls.len();
    Ok(Json(json!({
        "calls": items,
        "start": start,
        "end": start + items.len().saturating_sub(1),
        "page": page,
        "page_size": page_size,
        "first_page_uri": page_uri(0),
        "previous_page_uri": if page > 0 { Some(page_uri(page - 1)) } else { None },
        "next_page_uri": if has_next { Some(page_uri(page + 1)) } else { None },
        "uri": page_uri(page),
    }))
    .into_response())
}

fn recordings_page(uri: String, items: Vec<serde_json::Value>) -> Response {
    Json(json!({
        "recordings": items,
        "start": 0,
        "end": items.len().saturating_sub(1),
        "page": 0,
        "page_size": 1000,
        "first_page_uri": uri,
        "previous_page_uri": null,
        "next_page_uri": null,
        "uri": uri,
    }))
    .into_response()
}

async fn call_recordings(
    State(carrier): State<Arc<Carrier>>,
    Path((_, sid)): Path<(String, String)>,
    request: Request,
) -> Response {
    let items = carrier
        .recordings
        .lock()
        .expect("recordings lock")
        .values()
        .filter(|r| r.call_sid == sid)
        .map(|r| r.to_json())
        .collect();
    recordings_page(request.uri().path().to_string(), items)
}

async fn list_recordings(
    State(carrier): State<Arc<Carrier>>,
    RawQuery(query): RawQuery,
    request: Request,
) -> Response {
    let pairs = form_pairs(query.unwrap_or_default().as_bytes());
    let call = first(&pairs, "CallSid");
    let items = carrier
        .recordings
        .lock()
        .expect("recordings lock")
        .values()
        .filter(|r| call.is_none_or(|c| r.call_sid == c))
        .map(|r| r.to_json())
        .collect();
    recordings_page(request.uri().path().to_string(), items)
}

async fn fetch_recording(
    State(carrier): State<Arc<Carrier>>,
    Path((_, file)): Path<(String, String)>,
    request: Request,
) -> Result<Response, ApiError> {
    let uri = request.uri().path().to_string();
    let (sid, format) = match file.rsplit_once('.') {
        Some((sid, ext)) => (sid.to_string(), ext.to_string()),
        None => (file.clone(), "wav".to_string()),
    };
    let recording = carrier
        .recording(&sid)
        .ok_or_else(|| ApiError::not_found(&uri))?;
    match format.as_str() {
        "json" => Ok(Json(recording.to_json()).into_response()),
        "wav" => {
            let bytes = tokio::fs::read(carrier.recording_path(&sid))
                .await
                .map_err(|_| ApiError::not_found(&uri))?;
            Ok(([(header::CONTENT_TYPE, "audio/x-wav")], Body::from(bytes)).into_response())
        }
        _ => Err(ApiError::not_found(&uri)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn create_takes_numbers_sip_uris_and_clients_and_rejects_garbage_with_twilios_code() {
        let err = parse_create(&pairs(&[
            ("To", "12345"),
            ("From", "+15005550006"),
            ("Url", "http://x/"),
        ]))
        .err()
        .unwrap();
        assert_eq!(err.code, 21211);
        for to in ["sip:kim@pbx.example.org;transport=tls", "client:desk_7"] {
            let p = parse_create(&pairs(&[
                ("To", to),
                ("From", "+15005550006"),
                ("Url", "http://x/"),
            ]))
            .ok()
            .unwrap();
            assert_eq!(p.to, to);
        }
        let err = parse_create(&pairs(&[("From", "+15005550006"), ("Url", "http://x/")]))
            .err()
            .unwrap();
        assert_eq!(err.code, 21201);
    }

    #[test]
    fn status_callback_events_may_be_repeated_or_space_separated() {
        let p = parse_create(&pairs(&[
            ("To", "+821012345678"),
            ("From", "+15005550006"),
            ("Url", "http://x/"),
            ("StatusCallback", "http://x/s"),
            ("StatusCallbackEvent", "initiated ringing"),
            ("StatusCallbackEvent", "answered"),
            ("StatusCallbackEvent", "completed"),
        ]))
        .ok()
        .unwrap();
        assert_eq!(
            p.status_callback_events,
            ["initiated", "ringing", "answered", "completed"]
        );
    }
}
