//! The JSON API under `/api/v1/`: calls and recordings.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method};
use axum::http::{StatusCode, header};
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::auth::{AdminOnly, Allowed, Operations};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth::audit::{self, Action};
use crate::calls::{self, CallEvent, CallFilter, CallRow};
use crate::clock::from_ms;
use crate::error::{AppError, AppResult};
use crate::grading::{self, ItemScoreRow};
use crate::privacy::mask_phone;
use crate::recordings::{self, RecordingRow};
use crate::telephony::flow::LINE_CHECK;

pub fn routes() -> Routes {
    Routes::new()
        .route::<Operations, _, _>(Method::GET, "/calls", list_calls)
        .doc("List calls, newest first (state, campaign, limit)")
        .route::<AdminOnly, _, _>(Method::POST, "/calls", place_call)
        .doc("Place one call now (a line check)")
        .route::<Operations, _, _>(Method::GET, "/calls/{id}", get_call)
        .doc("One call: measures, stages, recordings, evaluation")
        .route::<Operations, _, _>(Method::GET, "/calls/{id}/events", call_events)
        .doc("The raw carrier events of a call")
        .route::<Operations, _, _>(Method::GET, "/recordings", list_recordings)
        .doc("List recordings (state, limit)")
        .route::<Operations, _, _>(Method::GET, "/recordings/{id}", get_recording)
        .doc("One recording's metadata")
        .route::<Operations, _, _>(Method::GET, "/recordings/{id}/audio", recording_audio)
        .doc("Stream a recording (WAV, Range supported; audited)")
}

#[derive(Deserialize)]
pub struct CallIn {
    pub to: String,
    #[serde(default)]
    pub script: Option<String>,
}

#[derive(Serialize)]
pub struct StageOut {
    pub stage: String,
    /// Milliseconds after the answer, as seen by this service.
    pub offset_ms: Option<i64>,
}

#[derive(Serialize)]
pub struct CallOut {
    pub id: i64,
    pub purpose: String,
    pub script: String,
    /// The line called, masked.
    pub to: String,
    pub state: String,
    pub call_sid: Option<String>,
    pub status: Option<String>,
    pub connection: Option<String>,
    pub answer_latency_ms: Option<i64>,
    pub receipt_latency_ms: Option<i64>,
    pub ring_count: Option<i64>,
    pub answered_by: Option<String>,
    pub duration_s: Option<i64>,
    pub sip_response_code: Option<i64>,
    pub ringing_at: Option<String>,
    pub answered_at: Option<String>,
    pub ended_at: Option<String>,
    pub stages: Vec<StageOut>,
    pub error: Option<String>,
    pub campaign_id: Option<i64>,
    pub staff_id: Option<i64>,
    pub script_version: Option<String>,
    pub due_at: Option<String>,
    pub created_at: String,
    pub recordings: Vec<RecordingOut>,
    /// The evaluation of an evaluation call, once it has ended.
    pub evaluation: Option<EvaluationOut>,
}

#[derive(Serialize)]
pub struct EvaluationOut {
    pub id: i64,
    pub state: String,
    pub script_version: String,
    pub final_total: Option<f64>,
    pub final_band: Option<String>,
    pub final_source: Option<String>,
    pub scores: Vec<ItemScoreRow>,
}

fn time(ms: Option<i64>) -> Option<String> {
    ms.map(|ms| from_ms(ms).to_rfc3339())
}

impl CallOut {
    fn new(call: CallRow, recordings: Vec<RecordingRow>) -> Self {
        let answered = call.answered_received_at;
        let stages = call
            .stage_marks()
            .into_iter()
            .map(|m| StageOut {
                offset_ms: answered.map(|a| (m.received_at - a).max(0)),
                stage: m.stage,
            })
            .collect();
        CallOut {
            id: call.id,
            purpose: call.purpose,
            script: call.script_id,
            to: mask_phone(&call.to_number),
            state: call.state,
            call_sid: call.call_sid,
            status: call.status,
            connection: call.connection,
            answer_latency_ms: call.answer_latency_ms,
            receipt_latency_ms: call.receipt_latency_ms,
            ring_count: call.ring_count,
            answered_by: call.answered_by,
            duration_s: call.duration_s,
            sip_response_code: call.sip_response_code,
            ringing_at: time(call.ringing_at),
            answered_at: time(call.answered_at),
            ended_at: time(call.ended_at),
            stages,
            error: call.error,
            campaign_id: call.campaign_id,
            staff_id: call.staff_id,
            script_version: call.script_version,
            due_at: time(call.due_at),
            created_at: from_ms(call.created_at).to_rfc3339(),
            recordings: recordings.into_iter().map(RecordingOut::from).collect(),
            evaluation: None,
        }
    }
}

#[derive(Serialize)]
pub struct RecordingOut {
    pub id: i64,
    pub call_id: i64,
    pub recording_sid: String,
    pub state: String,
    pub source: Option<String>,
    pub channels: Option<i64>,
    pub reported_duration_s: Option<i64>,
    pub duration_ms: Option<i64>,
    pub sha256: Option<String>,
    pub size_bytes: Option<i64>,
    pub error: Option<String>,
    pub audio_url: Option<String>,
}

impl From<RecordingRow> for RecordingOut {
    fn from(r: RecordingRow) -> Self {
        RecordingOut {
            audio_url: (r.state == "available")
                .then(|| format!("/api/v1/recordings/{}/audio", r.id)),
            id: r.id,
            call_id: r.call_id,
            recording_sid: r.recording_sid,
            state: r.state,
            source: r.source,
            channels: r.channels,
            reported_duration_s: r.reported_duration_s,
            duration_ms: r.duration_ms,
            sha256: r.sha256,
            size_bytes: r.size_bytes,
            error: r.error,
        }
    }
}

/// Places one call now, to see a call go through before campaigns exist.
async fn place_call(
    _: Allowed<AdminOnly>,
    State(state): State<AppState>,
    Json(input): Json<CallIn>,
) -> AppResult<(StatusCode, Json<CallOut>)> {
    let script = input.script.unwrap_or_else(|| LINE_CHECK.into());
    if script != LINE_CHECK && state.scripts.get(&script).is_none() {
        return Err(AppError::invalid(
            "script",
            crate::msg!("call-script-unknown", script = script.as_str()),
        ));
    }
    let id = state
        .dialer
        .place_now("line-check", &script, &input.to)
        .await?;
    let call = calls::get(&state.db, id).await?;
    Ok((StatusCode::CREATED, Json(CallOut::new(call, Vec::new()))))
}

#[derive(Deserialize)]
struct ListQuery {
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    campaign: Option<i64>,
    #[serde(default)]
    limit: Option<i64>,
}

async fn list_calls(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> AppResult<Json<Vec<CallOut>>> {
    let filter = CallFilter {
        state: q.state.as_deref(),
        campaign_id: q.campaign,
        limit: q.limit.unwrap_or(100),
    };
    let rows = calls::list(&state.db, &filter).await?;
    Ok(Json(
        rows.into_iter()
            .map(|c| CallOut::new(c, Vec::new()))
            .collect(),
    ))
}

async fn get_call(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<CallOut>> {
    let call = calls::get(&state.db, id).await?;
    let recs = recordings::for_call(&state.db, id).await?;
    let mut out = CallOut::new(call, recs);
    out.evaluation = grading::evaluation_for_call(&state.db, id)
        .await?
        .map(|(e, scores)| EvaluationOut {
            id: e.id,
            state: e.state,
            script_version: e.script_version,
            final_total: e.final_total,
            final_band: e.final_band,
            final_source: e.final_source,
            scores,
        });
    Ok(Json(out))
}

async fn call_events(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<Vec<CallEvent>>> {
    calls::get(&state.db, id).await?;
    Ok(Json(calls::events(&state.db, id).await?))
}

async fn list_recordings(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> AppResult<Json<Vec<RecordingOut>>> {
    let rows = recordings::list(&state.db, q.state.as_deref(), q.limit.unwrap_or(100)).await?;
    Ok(Json(rows.into_iter().map(RecordingOut::from).collect()))
}

async fn get_recording(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<RecordingOut>> {
    Ok(Json(recordings::get(&state.db, id).await?.into()))
}

/// Streams a recording to an authorised listener, honouring `Range` so a
/// player can seek. Every play is audit-logged.
async fn recording_audio(
    Allowed(caller, _): Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let rec = recordings::get(&state.db, id).await?;
    let file = match (rec.state.as_str(), rec.path.as_deref()) {
        ("available", Some(path)) => recordings::resolve_path(&state.config.recordings.dir, path)
            .ok_or_else(|| {
            AppError::Forbidden(crate::msg!("recording-path-unsafe", id = id.to_string()))
        })?,
        _ => {
            return Err(AppError::NotFound(crate::msg!(
                "not-found-recording-audio",
                id = id.to_string()
            )));
        }
    };
    let action = if headers.contains_key(header::RANGE) {
        Action::RecordingPlayed
    } else {
        Action::RecordingDownloaded
    };
    audit::record(
        &state.db,
        caller.audit(action).on("recording", id),
        state.clock.now_ms(),
    )
    .await?;
    super::media::serve_wav(&file, &headers).await
}
