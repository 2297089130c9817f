//! Carrier-facing endpoints under `/webhooks/twilio/`. Every request must
//! carry a valid `X-Twilio-Signature` over the public URL the carrier used;
//! anything else gets 403 before a byte is written.

use axum::body::Bytes;
use axum::extract::{FromRequest, OriginalUri, Request, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use secrecy::ExposeSecret;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::routes::Routes;
use crate::app::AppState;
use crate::calls::measures::EventKind;
use crate::calls::{self, IncomingEvent, Ingested};
use crate::error::AppError;
use crate::i18n::{Lang, Locale};
use crate::recordings;
use crate::telephony::flow::Cursor;
use crate::telephony::signature;
use crate::telephony::twiml::Twiml;

pub fn routes() -> Routes {
    Routes::new()
        .carrier(Method::POST, "/twiml", twiml)
        .carrier(Method::POST, "/gather", gather)
        .carrier(Method::POST, "/status", status)
        .carrier(Method::POST, "/recording", recording)
        .carrier(Method::POST, "/dial", dial)
}

/// The form parameters of a webhook whose signature checked out, and its
/// query read as `Q`. The signature is checked before anything else is read,
/// so a forged request learns nothing, not even what it got wrong.
pub struct Signed<Q>(pub Vec<(String, String)>, pub Q);

impl<Q: DeserializeOwned> FromRequest<AppState> for Signed<Q> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let signature = request
            .headers()
            .get(signature::HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let method = request.method().clone();
        // Inside a nested router the URI has lost its prefix; the carrier signed the whole one.
        let original = request
            .extensions()
            .get::<OriginalUri>()
            .map(|o| o.0.clone())
            .unwrap_or_else(|| request.uri().clone());
        let path_and_query = original
            .path_and_query()
            .map(|pq| pq.as_str().to_string())
            .unwrap_or_default();
        let body = Bytes::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let url = format!(
            "{}{}",
            state.public_url.as_str().trim_end_matches('/'),
            path_and_query
        );
        let params: Vec<(String, String)> = if method == Method::POST {
            url::form_urlencoded::parse(&body).into_owned().collect()
        } else {
            Vec::new()
        };
        let token = state.telephony.webhook_token().expose_secret();
        let valid = signature
            .as_deref()
            .is_some_and(|sig| signature::is_valid(token, &url, &params, sig));
        let account_ok = params
            .iter()
            .find(|(k, _)| k == "AccountSid")
            .is_none_or(|(_, v)| v == state.telephony.account_sid());
        if !valid || !account_ok {
            state.metrics.webhook("any", "forbidden");
            tracing::warn!(
                url = %url,
                signature_present = signature.is_some(),
                "webhook refused: signature does not match"
            );
            return Err((StatusCode::FORBIDDEN, "invalid X-Twilio-Signature").into_response());
        }
        let query = original.query().unwrap_or_default();
        let parsed = serde_urlencoded::from_str(query).map_err(|e| {
            (StatusCode::BAD_REQUEST, format!("webhook query: {e}")).into_response()
        })?;
        Ok(Signed(params, parsed))
    }
}

#[derive(Deserialize)]
struct CallRef {
    call: i64,
    #[serde(default)]
    stage: Option<usize>,
    #[serde(default)]
    step: Option<usize>,
}

fn xml(twiml: &Twiml) -> Response {
    (
        [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        twiml.render(),
    )
        .into_response()
}

fn sid(params: &[(String, String)]) -> Result<&str, AppError> {
    params
        .iter()
        .find(|(k, _)| k == "CallSid")
        .map(|(_, v)| v.as_str())
        .ok_or_else(|| AppError::invalid("CallSid", "missing"))
}

/// Renders the call's flow from `cursor`, recording which stages began.
async fn continue_flow(
    state: &AppState,
    call_id: i64,
    cursor: Cursor,
    params: &[(String, String)],
) -> Result<Response, AppError> {
    let call = calls::get(&state.db, call_id).await?;
    if call.purpose == "callback" {
        return bridge(state, call_id, params).await;
    }
    let flow = match state.flow_for(&call).await {
        Ok(flow) => flow,
        Err(err) => {
            tracing::error!(call = call_id, script = %call.script_id, %err, "no call script for this call; hanging up");
            return Ok(xml(&Twiml::new().hangup()));
        }
    };
    let rendered = flow.render(cursor, |next| {
        calls::dialer::webhook_url(
            &state.public_url,
            "gather",
            call_id,
            &[
                ("stage", next.stage.to_string()),
                ("step", next.step.to_string()),
            ],
        )
    });
    let sid = sid(params)?;
    let received_at = state.clock.now_ms();
    // A request that starts no stage is still kept, for the record of what was heard.
    let stages: Vec<Option<String>> = if rendered.stages_started.is_empty() {
        vec![None]
    } else {
        rendered.stages_started.iter().cloned().map(Some).collect()
    };
    for stage in stages {
        let key = format!(
            "flow:{sid}:{}:{}:{}",
            cursor.stage,
            cursor.step,
            stage.as_deref().unwrap_or("-")
        );
        calls::ingest(
            &state.db,
            IncomingEvent {
                call_id,
                kind: EventKind::Flow,
                dedupe_key: key,
                params,
                stage,
                received_at,
            },
            state.ring_cycle_ms,
        )
        .await?;
    }
    Ok(xml(&rendered.twiml))
}

/// A bridged callback: the operator answered; connect the citizen.
async fn bridge(
    state: &AppState,
    call_id: i64,
    params: &[(String, String)],
) -> Result<Response, AppError> {
    let sid = sid(params)?.to_string();
    calls::ingest(
        &state.db,
        IncomingEvent {
            call_id,
            kind: EventKind::Flow,
            dedupe_key: format!("bridge:{sid}"),
            params,
            stage: None,
            received_at: state.clock.now_ms(),
        },
        state.ring_cycle_ms,
    )
    .await?;
    let parties = crate::callbacks::bridge::parties_of_call(&state.db, call_id).await?;
    // The operator hears their own language: their setting, else their centre's.
    let locale = parties.as_ref().and_then(|p| {
        p.operator_locale.or_else(|| {
            state
                .config
                .i18n
                .centre_languages
                .get(&p.centre_code)
                .copied()
        })
    });
    let lang = Lang::new(state.catalog.clone(), locale.unwrap_or(Locale::En));
    let Some(citizen) = parties.and_then(|p| p.citizen) else {
        return Ok(xml(&Twiml::new()
            .say(
                lang.t("bridge-number-gone"),
                Some(lang.locale.speech_language()),
            )
            .hangup()));
    };
    Ok(xml(&crate::callbacks::bridge::twiml(
        &state.public_url,
        call_id,
        &citizen,
        &state.config.carrier.from_number,
        &lang,
    )))
}

/// The end of a bridge: keep what the carrier says of the citizen's leg.
async fn dial(
    State(state): State<AppState>,
    Signed(params, call): Signed<CallRef>,
) -> Result<Response, AppError> {
    let sid = sid(&params)?.to_string();
    calls::ingest(
        &state.db,
        IncomingEvent {
            call_id: call.call,
            kind: EventKind::Flow,
            dedupe_key: format!("dial:{sid}"),
            params: &params,
            stage: None,
            received_at: state.clock.now_ms(),
        },
        state.ring_cycle_ms,
    )
    .await?;
    state.metrics.webhook("dial", "ok");
    Ok(xml(&Twiml::new().hangup()))
}

async fn twiml(
    State(state): State<AppState>,
    Signed(params, call): Signed<CallRef>,
) -> Result<Response, AppError> {
    state.metrics.webhook("twiml", "ok");
    continue_flow(&state, call.call, Cursor { stage: 0, step: 0 }, &params).await
}

async fn gather(
    State(state): State<AppState>,
    Signed(params, call): Signed<CallRef>,
) -> Result<Response, AppError> {
    state.metrics.webhook("gather", "ok");
    let cursor = Cursor {
        stage: call.stage.unwrap_or(0),
        step: call.step.unwrap_or(0),
    };
    continue_flow(&state, call.call, cursor, &params).await
}

async fn status(
    State(state): State<AppState>,
    Signed(params, call): Signed<CallRef>,
) -> Result<StatusCode, AppError> {
    let key = calls::status_dedupe_key(&params)?;
    let outcome = calls::ingest(
        &state.db,
        IncomingEvent {
            call_id: call.call,
            kind: EventKind::Status,
            dedupe_key: key,
            params: &params,
            stage: None,
            received_at: state.clock.now_ms(),
        },
        state.ring_cycle_ms,
    )
    .await?;
    state.metrics.webhook(
        "status",
        if outcome == Ingested::Duplicate {
            "duplicate"
        } else {
            "applied"
        },
    );
    Ok(StatusCode::NO_CONTENT)
}

async fn recording(
    State(state): State<AppState>,
    Signed(params, call): Signed<CallRef>,
) -> Result<StatusCode, AppError> {
    let recording_sid = params
        .iter()
        .find(|(k, _)| k == "RecordingSid")
        .map(|(_, v)| v.clone())
        .ok_or_else(|| AppError::invalid("RecordingSid", "missing"))?;
    let status = params
        .iter()
        .find(|(k, _)| k == "RecordingStatus")
        .map(|(_, v)| v.as_str())
        .unwrap_or("completed");
    calls::ingest(
        &state.db,
        IncomingEvent {
            call_id: call.call,
            kind: EventKind::Recording,
            dedupe_key: format!("recording:{recording_sid}:{status}"),
            params: &params,
            stage: None,
            received_at: state.clock.now_ms(),
        },
        state.ring_cycle_ms,
    )
    .await?;
    if recordings::register(&state.db, call.call, &params, state.clock.now_ms()).await? {
        state.recordings_wake.notify_one();
    }
    state.metrics.webhook("recording", "ok");
    Ok(StatusCode::NO_CONTENT)
}
