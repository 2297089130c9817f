//! The graders' side of the API. Graders only ever see tasks they hold, and
//! never who was called: no name, department, number or call id.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::auth::{Allowed, Grading, Operations};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth::audit::{self, Action};
use crate::error::{AppError, AppResult};
use crate::grading::{self, ItemScoreRow, TaskRow};
use crate::scripts::Stage;
use crate::{calls, recordings};

pub fn routes() -> Routes {
    Routes::new()
        .route::<Operations, _, _>(Method::GET, "/grading/tasks", queue)
        .route::<Grading, _, _>(Method::POST, "/grading/next", next_task)
        .route::<Grading, _, _>(Method::GET, "/grading/tasks/{id}", task)
        .route::<Grading, _, _>(Method::GET, "/grading/tasks/{id}/audio", task_audio)
}

#[derive(Deserialize)]
struct TaskQuery {
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    limit: Option<i64>,
}

/// The queue as a whole, for the people running evaluations.
async fn queue(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Query(q): Query<TaskQuery>,
) -> AppResult<Json<Vec<TaskRow>>> {
    Ok(Json(
        grading::tasks(&state.db, q.state.as_deref(), q.limit.unwrap_or(100)).await?,
    ))
}

/// What a grader sees of a task: the rubric, the measures and the audio —
/// nothing that says who was called.
#[derive(Serialize)]
pub struct GraderTask {
    pub task_id: i64,
    pub kind: String,
    pub script_id: String,
    pub script_version: String,
    pub title: String,
    pub language: String,
    pub stages: Vec<Stage>,
    pub answer_latency_ms: Option<i64>,
    pub ring_count: Option<i64>,
    pub connection: Option<String>,
    pub duration_s: Option<i64>,
    /// Where each stage began, in ms after the answer.
    pub stage_offsets: Vec<(String, Option<i64>)>,
    /// Items scored from the call's measures, shown but not editable.
    pub measured: Vec<ItemScoreRow>,
    pub audio_url: String,
}

async fn grader_view(state: &AppState, task: TaskRow, call_id: i64) -> AppResult<GraderTask> {
    let call = calls::get(&state.db, call_id).await?;
    let (evaluation, scores) = grading::evaluation_for_call(&state.db, call_id)
        .await?
        .ok_or_else(|| AppError::not_found(format!("evaluation of task {}", task.id)))?;
    let script = grading::script_for(
        &state.db,
        &state.scripts,
        &evaluation.script_id,
        &evaluation.script_version,
    )
    .await?;
    let answered = call.answered_received_at;
    Ok(GraderTask {
        task_id: task.id,
        kind: task.kind,
        script_id: script.id.clone(),
        script_version: script.version.clone(),
        title: script.title.clone(),
        language: script.language.clone(),
        stages: script.stages.clone(),
        answer_latency_ms: call.answer_latency_ms,
        ring_count: call.ring_count,
        connection: call.connection.clone(),
        duration_s: call.duration_s,
        stage_offsets: call
            .stage_marks()
            .into_iter()
            .map(|m| (m.stage, answered.map(|a| (m.received_at - a).max(0))))
            .collect(),
        measured: scores
            .into_iter()
            .filter(|s| s.scored_by == "auto")
            .collect(),
        audio_url: format!("/api/v1/grading/tasks/{}/audio", task.id),
    })
}

/// Hands the grader their next task (or the one they hold).
async fn next_task(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let now = state.clock.now_ms();
    let lease = state.config.grading.lease_minutes * 60_000;
    let Some(id) = grading::claim_next(
        &state.db,
        &caller.lease_owner(),
        caller.department_id,
        now,
        lease,
    )
    .await?
    else {
        return Ok(StatusCode::NO_CONTENT.into_response());
    };
    let (task, call_id) = grading::held_task(&state.db, id, &caller.lease_owner(), now)
        .await?
        .ok_or_else(|| {
            AppError::Conflict("the task was taken by someone else; ask again".into())
        })?;
    Ok(Json(grader_view(&state, task, call_id).await?).into_response())
}

async fn task(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<GraderTask>> {
    let (task, call_id) =
        grading::held_task(&state.db, id, &caller.lease_owner(), state.clock.now_ms())
            .await?
            .ok_or_else(|| AppError::not_found(format!("a task {id} you hold")))?;
    Ok(Json(grader_view(&state, task, call_id).await?))
}

async fn task_audio(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let (_, call_id) =
        grading::held_task(&state.db, id, &caller.lease_owner(), state.clock.now_ms())
            .await?
            .ok_or_else(|| AppError::not_found(format!("a task {id} you hold")))?;
    let rec = recordings::for_call(&state.db, call_id)
        .await?
        .into_iter()
        .find(|r| r.state == "available")
        .ok_or_else(|| AppError::not_found(format!("audio of task {id}")))?;
    let file = rec
        .path
        .as_deref()
        .and_then(|p| recordings::resolve_path(&state.config.recordings.dir, p))
        .ok_or_else(|| AppError::not_found(format!("audio of task {id}")))?;
    audit::record(
        &state.db,
        caller
            .audit(Action::RecordingPlayed)
            .on("recording", rec.id),
        state.clock.now_ms(),
    )
    .await?;
    super::media::serve_wav(&file, &headers).await
}
