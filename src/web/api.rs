//! The JSON API under `/api/v1/`: calls and recordings.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method};
use axum::http::{StatusCode, header};
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::auth::{AdminOnly, Allowed, Operations};
use super::problem::Problem;
use super::routes::Routes;
use crate::app::AppState;
use crate::auth::audit::{self, Action};
use crate::calls::{self, CallEvent, CallFilter, CallRow, CallState};
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

/// A call to place now.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CallIn {
    /// E.164 (`+82…`), or as the carrier allows (`sip:…`, `client:…`).
    pub to: String,
    /// A call script's id; the line check when left out.
    #[serde(default)]
    pub script: Option<String>,
}

/// A stage of the script, as the call reached it.
#[derive(Serialize, ToSchema)]
pub struct StageOut {
    pub stage: String,
    /// Milliseconds after the answer, as seen by this service.
    pub offset_ms: Option<i64>,
}

/// What a recording is: waiting to be fetched, stored and checked, kept
/// aside as corrupt, or given up on.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RecordingState {
    Pending,
    Available,
    Corrupt,
    Failed,
}

impl RecordingState {
    fn of(state: &str) -> RecordingState {
        match state {
            "available" => RecordingState::Available,
            "corrupt" => RecordingState::Corrupt,
            "failed" => RecordingState::Failed,
            _ => RecordingState::Pending,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            RecordingState::Pending => "pending",
            RecordingState::Available => "available",
            RecordingState::Corrupt => "corrupt",
            RecordingState::Failed => "failed",
        }
    }
}

/// A state or kind as the database stores it, read into the API's enum; a
/// value the enum does not know is a fault of ours, not the caller's.
pub(super) fn stored<T: serde::de::DeserializeOwned>(what: &str, value: &str) -> AppResult<T> {
    serde_json::from_value(serde_json::Value::String(value.to_string()))
        .map_err(|_| anyhow::anyhow!("unknown {what} {value:?}").into())
}

/// A call, its measures, stages, recordings and evaluation.
#[derive(Serialize, ToSchema)]
pub struct CallOut {
    pub id: i64,
    /// `evaluation`, `callback` or `line-check`.
    pub purpose: String,
    pub script: String,
    /// The line called, masked.
    pub to: String,
    pub state: CallState,
    pub call_sid: Option<String>,
    /// The carrier's last status (`queued`, `ringing`, `in-progress`, `completed` …).
    pub status: Option<String>,
    /// What answered: `person`, `machine`, `voicemail`, `no-answer`, `busy` …
    pub connection: Option<String>,
    pub answer_latency_ms: Option<i64>,
    pub receipt_latency_ms: Option<i64>,
    pub ring_count: Option<i64>,
    pub answered_by: Option<String>,
    pub duration_s: Option<i64>,
    pub sip_response_code: Option<i64>,
    pub ringing_at: Option<DateTime<Utc>>,
    pub answered_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub stages: Vec<StageOut>,
    pub error: Option<String>,
    pub campaign_id: Option<i64>,
    pub staff_id: Option<i64>,
    pub script_version: Option<String>,
    pub due_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub recordings: Vec<RecordingOut>,
    /// The evaluation of an evaluation call, once it has ended.
    pub evaluation: Option<EvaluationOut>,
}

/// One item's score.
#[derive(Serialize, ToSchema)]
pub struct ScoreOut {
    pub stage_key: String,
    pub item_key: String,
    pub value: Option<i64>,
    pub not_applicable: bool,
    /// `machine`, a grader's key, or `dispute`.
    pub scored_by: String,
    pub comment: Option<String>,
}

impl From<ItemScoreRow> for ScoreOut {
    fn from(r: ItemScoreRow) -> ScoreOut {
        ScoreOut {
            stage_key: r.stage_key,
            item_key: r.item_key,
            value: r.value,
            not_applicable: r.not_applicable != 0,
            scored_by: r.scored_by,
            comment: r.comment,
        }
    }
}

/// An evaluation call's evaluation.
#[derive(Serialize, ToSchema)]
pub struct EvaluationOut {
    pub id: i64,
    /// `waiting`, `in_grading`, `final`, `void` …
    pub state: String,
    pub script_version: String,
    pub final_total: Option<f64>,
    pub final_band: Option<String>,
    pub final_source: Option<String>,
    pub scores: Vec<ScoreOut>,
}

impl CallOut {
    fn new(call: CallRow, recordings: Vec<RecordingRow>) -> AppResult<Self> {
        let answered = call.answered_received_at;
        let stages = call
            .stage_marks()
            .into_iter()
            .map(|m| StageOut {
                offset_ms: answered.map(|a| (m.received_at - a).max(0)),
                stage: m.stage,
            })
            .collect();
        Ok(CallOut {
            id: call.id,
            purpose: call.purpose,
            script: call.script_id,
            to: mask_phone(&call.to_number),
            state: stored("call state", &call.state)?,
            call_sid: call.call_sid,
            status: call.status,
            connection: call.connection,
            answer_latency_ms: call.answer_latency_ms,
            receipt_latency_ms: call.receipt_latency_ms,
            ring_count: call.ring_count,
            answered_by: call.answered_by,
            duration_s: call.duration_s,
            sip_response_code: call.sip_response_code,
            ringing_at: call.ringing_at.map(from_ms),
            answered_at: call.answered_at.map(from_ms),
            ended_at: call.ended_at.map(from_ms),
            stages,
            error: call.error,
            campaign_id: call.campaign_id,
            staff_id: call.staff_id,
            script_version: call.script_version,
            due_at: call.due_at.map(from_ms),
            created_at: from_ms(call.created_at),
            recordings: recordings.into_iter().map(RecordingOut::from).collect(),
            evaluation: None,
        })
    }
}

/// A recording's metadata.
#[derive(Serialize, ToSchema)]
pub struct RecordingOut {
    pub id: i64,
    pub call_id: i64,
    pub recording_sid: String,
    pub state: RecordingState,
    pub source: Option<String>,
    pub channels: Option<i64>,
    pub reported_duration_s: Option<i64>,
    pub duration_ms: Option<i64>,
    pub sha256: Option<String>,
    pub size_bytes: Option<i64>,
    pub error: Option<String>,
    /// Where to play it, once available.
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
            state: RecordingState::of(&r.state),
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

/// A carrier event as stored.
#[derive(Serialize, ToSchema)]
pub struct EventOut {
    pub id: i64,
    /// `status`, `twiml`, `gather`, `recording`, `dial`, `stage` …
    pub kind: String,
    pub call_sid: Option<String>,
    pub sequence_number: Option<i64>,
    pub call_status: Option<String>,
    /// The carrier's own time of the event, when it sent one.
    pub carrier_at: Option<DateTime<Utc>>,
    pub received_at: DateTime<Utc>,
    pub stage: Option<String>,
    /// The parameters the carrier sent, as sent.
    pub params: std::collections::BTreeMap<String, String>,
}

impl From<CallEvent> for EventOut {
    fn from(e: CallEvent) -> EventOut {
        let params: Vec<(String, String)> = serde_json::from_str(&e.params).unwrap_or_default();
        EventOut {
            id: e.id,
            kind: e.kind,
            call_sid: e.call_sid,
            sequence_number: e.sequence_number,
            call_status: e.call_status,
            carrier_at: e.carrier_at.map(from_ms),
            received_at: from_ms(e.received_at),
            stage: e.stage,
            params: params.into_iter().collect(),
        }
    }
}

const PROBLEM: &str = "application/problem+json";

/// Places one call now, to see a call go through before campaigns exist.
#[utoipa::path(post, path = "/api/v1/calls", tag = "calls", request_body = CallIn,
    responses(
        (status = 201, body = CallOut),
        (status = 422, description = "An unknown script, or a line refused", body = Problem, content_type = PROBLEM),
        (status = 502, description = "The carrier refused the call", body = Problem, content_type = PROBLEM),
    ))]
pub(super) async fn place_call(
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
    Ok((StatusCode::CREATED, Json(CallOut::new(call, Vec::new())?)))
}

/// Which calls to list.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct CallQuery {
    #[serde(default)]
    state: Option<CallState>,
    /// Only this campaign's calls.
    #[serde(default)]
    campaign: Option<i64>,
    /// How many, newest first (1–1000; 100 when left out).
    #[serde(default)]
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<i64>,
}

/// Which recordings to list.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct RecordingQuery {
    #[serde(default)]
    state: Option<RecordingState>,
    /// How many, newest first (1–1000; 100 when left out).
    #[serde(default)]
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<i64>,
}

/// A list's size: 1 to 1,000, a hundred when not said.
pub(super) fn limit(limit: Option<i64>) -> AppResult<i64> {
    limit_or(limit, 100)
}

/// A list's size: 1 to 1,000, `default` when not said.
pub(super) fn limit_or(limit: Option<i64>, default: i64) -> AppResult<i64> {
    match limit {
        None => Ok(default),
        Some(n) if (1..=1000).contains(&n) => Ok(n),
        Some(n) => Err(AppError::invalid(
            "limit",
            crate::msg!("api-limit-range", limit = n.to_string()),
        )),
    }
}

const NOT_FOUND: &str = "No such call or recording";

/// Calls, newest first.
#[utoipa::path(get, path = "/api/v1/calls", tag = "calls", params(CallQuery),
    responses((status = 200, body = [CallOut]),
        (status = 422, description = "A limit out of range", body = Problem, content_type = PROBLEM)))]
pub(super) async fn list_calls(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Query(q): Query<CallQuery>,
) -> AppResult<Json<Vec<CallOut>>> {
    let filter = CallFilter {
        state: q.state.map(CallState::as_str),
        campaign_id: q.campaign,
        limit: limit(q.limit)?,
    };
    let rows = calls::list(&state.db, &filter).await?;
    Ok(Json(
        rows.into_iter()
            .map(|c| CallOut::new(c, Vec::new()))
            .collect::<AppResult<_>>()?,
    ))
}

/// One call: measures, stages, recordings, evaluation.
#[utoipa::path(get, path = "/api/v1/calls/{id}", tag = "calls",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, body = CallOut),
        (status = 404, description = NOT_FOUND, body = Problem, content_type = PROBLEM)))]
pub(super) async fn get_call(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<CallOut>> {
    let call = calls::get(&state.db, id).await?;
    let recs = recordings::for_call(&state.db, id).await?;
    let mut out = CallOut::new(call, recs)?;
    out.evaluation = grading::evaluation_for_call(&state.db, id)
        .await?
        .map(|(e, scores)| EvaluationOut {
            id: e.id,
            state: e.state,
            script_version: e.script_version,
            final_total: e.final_total,
            final_band: e.final_band,
            final_source: e.final_source,
            scores: scores.into_iter().map(ScoreOut::from).collect(),
        });
    Ok(Json(out))
}

/// The raw carrier events of a call, in the order received.
#[utoipa::path(get, path = "/api/v1/calls/{id}/events", tag = "calls",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, body = [EventOut]),
        (status = 404, description = NOT_FOUND, body = Problem, content_type = PROBLEM)))]
pub(super) async fn call_events(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<Vec<EventOut>>> {
    calls::get(&state.db, id).await?;
    let events = calls::events(&state.db, id).await?;
    Ok(Json(events.into_iter().map(EventOut::from).collect()))
}

/// Recordings, newest first.
#[utoipa::path(get, path = "/api/v1/recordings", tag = "calls", params(RecordingQuery),
    responses((status = 200, body = [RecordingOut]),
        (status = 422, description = "A limit out of range", body = Problem, content_type = PROBLEM)))]
pub(super) async fn list_recordings(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Query(q): Query<RecordingQuery>,
) -> AppResult<Json<Vec<RecordingOut>>> {
    let rows = recordings::list(
        &state.db,
        q.state.map(RecordingState::as_str),
        limit(q.limit)?,
    )
    .await?;
    Ok(Json(rows.into_iter().map(RecordingOut::from).collect()))
}

/// One recording's metadata.
#[utoipa::path(get, path = "/api/v1/recordings/{id}", tag = "calls",
    params(("id" = i64, Path, description = "The recording")),
    responses((status = 200, body = RecordingOut),
        (status = 404, description = NOT_FOUND, body = Problem, content_type = PROBLEM)))]
pub(super) async fn get_recording(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<RecordingOut>> {
    Ok(Json(recordings::get(&state.db, id).await?.into()))
}

/// Streams a recording to an authorised listener, honouring `Range` so a
/// player can seek. Every play is audit-logged.
#[utoipa::path(get, path = "/api/v1/recordings/{id}/audio", tag = "calls",
    params(("id" = i64, Path, description = "The recording"),
        ("Range" = Option<String>, Header, description = "A byte range (`bytes=0-1023`)")),
    responses(
        (status = 200, description = "The whole WAV", content_type = "audio/wav", body = Vec<u8>),
        (status = 206, description = "The range asked for", content_type = "audio/wav", body = Vec<u8>),
        (status = 404, description = "No such recording, or not available", body = Problem, content_type = PROBLEM),
        (status = 416, description = "A range outside the file", body = Problem, content_type = PROBLEM),
    ))]
pub(super) async fn recording_audio(
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
