//! The graders' side: the desk page and its API. Graders only ever see tasks
//! they hold, and never who was called: no name, department, number or call id.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;
use utoipa::{IntoParams, ToSchema};

use super::api::{ScoreOut, stored};
use super::auth::{Allowed, Caller, Grading, Operations};
use super::problem::Problem;
use super::render::{Me, render};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth;
use crate::auth::audit::{self, Action};
use crate::calls;
use crate::clock::from_ms;
use crate::error::{AppError, AppResult};
use crate::grading::desk::{self, DeskSettings, Grader, Sheet, Submitted};
use crate::grading::scoring::StageScore;
use crate::grading::stats::{self, AgreementReport, GraderCalibration, GradingRow};
use crate::grading::{self, TaskRow};
use crate::i18n::Lang;
use crate::msg;
use crate::recordings::{self, wav};
use crate::scripts::Stage;

/// The desk and calibration pages.
pub fn routes() -> Routes {
    Routes::new()
        .route::<Grading, _, _>(Method::GET, "/grading", desk_next)
        .route::<Grading, _, _>(Method::GET, "/grading/tasks/{id}", desk_page)
        .route::<Operations, _, _>(Method::GET, "/grading/calibration", calibration_page)
}

/// The JSON API, mounted under `/api/v1`.
pub fn api_routes() -> Routes {
    Routes::new()
        .route::<Operations, _, _>(Method::GET, "/grading/tasks", queue)
        .doc("The graders' queue (state, limit)")
        .route::<Grading, _, _>(Method::POST, "/grading/next", next_task)
        .doc("Take the next task (or the one you hold); 204 when none waits")
        .route::<Grading, _, _>(Method::GET, "/grading/tasks/{id}", task)
        .doc("A task you hold, blind: rubric, measures, audio, your draft")
        .route::<Grading, _, _>(Method::GET, "/grading/tasks/{id}/audio", task_audio)
        .doc("The recording of a task you hold")
        .route::<Grading, _, _>(Method::GET, "/grading/tasks/{id}/waveform", task_waveform)
        .doc("Peaks per channel for drawing the waveform")
        .route::<Grading, _, _>(Method::POST, "/grading/tasks/{id}/heartbeat", heartbeat)
        .doc("Keep holding a task")
        .route::<Grading, _, _>(Method::POST, "/grading/tasks/{id}/release", release)
        .doc("Give a task back, with a reason")
        .route::<Grading, _, _>(Method::PUT, "/grading/tasks/{id}/draft", save_draft)
        .doc("Save the sheet in progress")
        .route::<Grading, _, _>(Method::POST, "/grading/tasks/{id}/submit", submit)
        .doc("Submit the sheet; 422 names what is unanswered")
        .route::<Operations, _, _>(Method::GET, "/grading/agreement", agreement)
        .doc("Agreement between graders (alpha, kappa, ICC, with n)")
        .route::<Operations, _, _>(Method::GET, "/grading/calibration", calibration)
        .doc("Per grader: volume, median time per task, leniency")
        .route::<Operations, _, _>(Method::GET, "/calls/{id}/scores", call_scores)
        .doc("Every sheet of a call and its final score")
}

fn settings(state: &AppState) -> DeskSettings {
    DeskSettings {
        lease_ms: state.config.grading.lease_minutes * 60_000,
        adjudication_threshold: state.config.grading.adjudication_threshold,
    }
}

async fn grader(state: &AppState, caller: &Caller) -> AppResult<Grader> {
    let senior = match caller.user_id {
        Some(id) => auth::get_user(&state.db, id).await?.senior,
        None => false,
    };
    Ok(Grader {
        key: caller.lease_owner(),
        user_id: caller.user_id,
        department_id: caller.department_id,
        senior,
    })
}

/// Which of a task's graders it is for.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub(super) enum TaskKind {
    First,
    Second,
    Adjudication,
}

/// Where a task is: waiting for (or held by) a grader, done, or canceled
/// with its evaluation.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub(super) enum TaskState {
    Waiting,
    Done,
    Canceled,
}

impl TaskState {
    fn as_str(self) -> &'static str {
        match self {
            TaskState::Waiting => "waiting",
            TaskState::Done => "done",
            TaskState::Canceled => "canceled",
        }
    }
}

/// A task in the graders' queue.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct TaskOut {
    id: i64,
    evaluation_id: i64,
    call_id: i64,
    kind: TaskKind,
    state: TaskState,
    script_id: String,
    created_at: DateTime<Utc>,
}

impl TaskOut {
    fn of(t: TaskRow) -> AppResult<TaskOut> {
        Ok(TaskOut {
            id: t.id,
            evaluation_id: t.evaluation_id,
            call_id: t.call_id,
            kind: stored("task kind", &t.kind)?,
            state: stored("task state", &t.state)?,
            script_id: t.script_id,
            created_at: from_ms(t.created_at),
        })
    }
}

/// Which tasks to list.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct TaskQuery {
    #[serde(default)]
    state: Option<TaskState>,
    /// How many, oldest first (1–1000; 100 when left out).
    #[serde(default)]
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<i64>,
}

const PROBLEM: &str = "application/problem+json";
const NOT_HELD: &str = "You do not hold this task";

/// The queue as a whole, for the people running evaluations.
#[utoipa::path(get, path = "/api/v1/grading/tasks", tag = "grading", params(TaskQuery),
    responses((status = 200, body = [TaskOut]),
        (status = 422, description = "A limit out of range", body = Problem, content_type = PROBLEM)))]
pub(super) async fn queue(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Query(q): Query<TaskQuery>,
) -> AppResult<Json<Vec<TaskOut>>> {
    let limit = super::api::limit(q.limit)?;
    let rows = grading::tasks(&state.db, q.state.map(TaskState::as_str), limit).await?;
    Ok(Json(
        rows.into_iter()
            .map(TaskOut::of)
            .collect::<AppResult<_>>()?,
    ))
}

/// What a grader sees of a task: the rubric, the measures, the audio and
/// their own draft — nothing that says who was called, and never another
/// grader's score.
#[derive(Serialize, ToSchema)]
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
    /// Where each stage begins in the recording, in ms.
    pub stage_offsets: Vec<StageOffset>,
    /// Items scored from the call's measures, shown but not editable.
    pub measured: Vec<ScoreOut>,
    pub audio_url: String,
    pub waveform_url: String,
    /// Your hold ends then unless the desk keeps it (heartbeat).
    pub lease_until: Option<DateTime<Utc>>,
    pub draft: Option<Sheet>,
}

#[derive(Serialize, ToSchema)]
pub struct StageOffset {
    /// The stage's key in the script.
    pub stage: String,
    /// Its title, in the script's language.
    pub title: String,
    pub offset_ms: i64,
}

async fn grader_view(state: &AppState, task: TaskRow, call_id: i64) -> AppResult<GraderTask> {
    let call = calls::get(&state.db, call_id).await?;
    let (evaluation, scores) = grading::evaluation_for_call(&state.db, call_id)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(msg!(
                "grading-not-found-evaluation",
                id = task.id.to_string()
            ))
        })?;
    let script = grading::script_for(
        &state.db,
        &state.scripts,
        &evaluation.script_id,
        &evaluation.script_version,
    )
    .await?;
    let recordings = recordings::for_call(&state.db, call_id).await?;
    let audio_ms = recordings::playable(&recordings).and_then(|r| r.duration_ms);
    let stage_offsets = calls::timeline::stage_offsets(&call, audio_ms)
        .into_iter()
        .map(|o| StageOffset {
            title: script
                .stages
                .iter()
                .find(|s| s.key == o.stage)
                .map_or_else(|| o.stage.clone(), |s| s.title.clone()),
            stage: o.stage,
            offset_ms: o.offset_ms,
        })
        .collect();
    let lease_until = desk::lease_until(&state.db, task.id).await?;
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
        stage_offsets,
        measured: scores
            .into_iter()
            .filter(|s| s.scored_by == "auto")
            .map(ScoreOut::from)
            .collect(),
        audio_url: format!("/api/v1/grading/tasks/{}/audio", task.id),
        waveform_url: format!("/api/v1/grading/tasks/{}/waveform", task.id),
        lease_until: lease_until.map(from_ms),
        draft: desk::draft(&state.db, task.id).await?,
    })
}

async fn held(state: &AppState, caller: &Caller, id: i64) -> AppResult<(TaskRow, i64)> {
    desk::held_task(&state.db, id, &caller.lease_owner(), state.clock.now_ms())
        .await?
        .ok_or_else(|| AppError::NotFound(msg!("grading-not-found-held-task", id = id.to_string())))
}

/// Hands the grader their next task (or the one they hold); 204 when none waits.
#[utoipa::path(post, path = "/api/v1/grading/next", tag = "grading",
    responses((status = 200, body = GraderTask), (status = 204, description = "Nothing waits")))]
pub(super) async fn next_task(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let g = grader(&state, &caller).await?;
    let now = state.clock.now_ms();
    let Some(id) = desk::claim_next(&state.db, &g, now, settings(&state).lease_ms).await? else {
        return Ok(StatusCode::NO_CONTENT.into_response());
    };
    let (task, call_id) = held(&state, &caller, id).await?;
    Ok(Json(grader_view(&state, task, call_id).await?).into_response())
}

/// A task you hold, blind: rubric, measures, audio, your draft.
#[utoipa::path(get, path = "/api/v1/grading/tasks/{id}", tag = "grading", params(("id" = i64, Path, description = "The task")),
    responses((status = 200, body = GraderTask),
        (status = 404, description = NOT_HELD, body = Problem, content_type = PROBLEM)))]
pub(super) async fn task(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<GraderTask>> {
    let (task, call_id) = held(&state, &caller, id).await?;
    Ok(Json(grader_view(&state, task, call_id).await?))
}

async fn task_file(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> AppResult<(i64, std::path::PathBuf)> {
    let (_, call_id) = held(state, caller, id).await?;
    let all = recordings::for_call(&state.db, call_id).await?;
    let rec = recordings::playable(&all)
        .ok_or_else(|| AppError::NotFound(msg!("grading-not-found-audio", id = id.to_string())))?;
    let file = rec
        .path
        .as_deref()
        .and_then(|p| recordings::resolve_path(&state.config.recordings.dir, p))
        .ok_or_else(|| {
            AppError::Forbidden(msg!(
                "grading-recording-unsafe-path",
                id = rec.id.to_string()
            ))
        })?;
    Ok((rec.id, file))
}

/// The recording of a task you hold (WAV, `Range` supported).
#[utoipa::path(get, path = "/api/v1/grading/tasks/{id}/audio", tag = "grading",
    params(("id" = i64, Path, description = "The task"),
        ("Range" = Option<String>, Header, description = "A byte range (`bytes=0-1023`)")),
    responses(
        (status = 200, description = "The whole WAV", content_type = "audio/wav", body = Vec<u8>),
        (status = 206, description = "The range asked for", content_type = "audio/wav", body = Vec<u8>),
        (status = 404, description = NOT_HELD, body = Problem, content_type = PROBLEM),
        (status = 416, description = "A range outside the file", body = Problem, content_type = PROBLEM)))]
pub(super) async fn task_audio(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let (recording, file) = task_file(&state, &caller, id).await?;
    // A player asks in ranges; one entry per listening, when it starts from the top.
    let from_start = headers
        .get(axum::http::header::RANGE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|r| r.starts_with("bytes=0-"));
    if from_start {
        audit::record(
            &state.db,
            caller
                .audit(Action::RecordingPlayed)
                .on("recording", recording),
            state.clock.now_ms(),
        )
        .await?;
    }
    super::media::serve_wav(&file, &headers).await
}

/// How finely to draw the waveform.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct WaveQuery {
    /// Peaks per channel (1–4000; 800 when left out).
    #[param(minimum = 1, maximum = 4000)]
    buckets: Option<usize>,
}

/// Peaks per channel for drawing the waveform.
#[utoipa::path(get, path = "/api/v1/grading/tasks/{id}/waveform", tag = "grading",
    params(("id" = i64, Path, description = "The task"), WaveQuery),
    responses((status = 200, body = wav::Waveform),
        (status = 404, description = NOT_HELD, body = Problem, content_type = PROBLEM)))]
pub(super) async fn task_waveform(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<WaveQuery>,
) -> AppResult<Json<wav::Waveform>> {
    let (_, file) = task_file(&state, &caller, id).await?;
    let buckets = q.buckets.unwrap_or(800);
    let outline = tokio::task::spawn_blocking(move || wav::waveform(&file, buckets))
        .await
        .map_err(anyhow::Error::from)?
        .map_err(|e| anyhow::anyhow!(e))?;
    Ok(Json(outline))
}

/// How long you hold a task now.
#[derive(Serialize, ToSchema)]
pub(super) struct Lease {
    lease_until: DateTime<Utc>,
}

/// The open desk page keeps its hold on the task.
#[utoipa::path(post, path = "/api/v1/grading/tasks/{id}/heartbeat", tag = "grading", params(("id" = i64, Path, description = "The task")),
    responses((status = 200, body = Lease),
        (status = 409, description = "Your hold has ended", body = Problem, content_type = PROBLEM)))]
pub(super) async fn heartbeat(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<Lease>> {
    let g = grader(&state, &caller).await?;
    let now = state.clock.now_ms();
    let lease = settings(&state).lease_ms;
    if !desk::heartbeat(&state.db, id, &g, now, lease).await? {
        return Err(AppError::Conflict(msg!("grading-hold-ended")));
    }
    Ok(Json(Lease {
        lease_until: from_ms(now + lease),
    }))
}

/// Why a task is given back.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct ReleaseIn {
    reason: String,
}

/// Gives a task back, with a reason.
#[utoipa::path(post, path = "/api/v1/grading/tasks/{id}/release", tag = "grading", params(("id" = i64, Path, description = "The task")),
    request_body = ReleaseIn,
    responses((status = 204, description = "Given back"),
        (status = 404, description = NOT_HELD, body = Problem, content_type = PROBLEM)))]
pub(super) async fn release(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Json(input): Json<ReleaseIn>,
) -> AppResult<StatusCode> {
    let g = grader(&state, &caller).await?;
    desk::release(&state.db, id, &g, &input.reason, state.clock.now_ms()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// When the draft was saved.
#[derive(Serialize, ToSchema)]
pub(super) struct Saved {
    saved_at: DateTime<Utc>,
}

/// Saves the sheet in progress.
#[utoipa::path(put, path = "/api/v1/grading/tasks/{id}/draft", tag = "grading", params(("id" = i64, Path, description = "The task")),
    request_body = Sheet,
    responses((status = 200, body = Saved),
        (status = 404, description = NOT_HELD, body = Problem, content_type = PROBLEM)))]
pub(super) async fn save_draft(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Json(sheet): Json<Sheet>,
) -> AppResult<Json<Saved>> {
    let g = grader(&state, &caller).await?;
    let now = state.clock.now_ms();
    desk::save_draft(&state.db, id, &g, &sheet, now).await?;
    Ok(Json(Saved {
        saved_at: from_ms(now),
    }))
}

/// Submits the sheet; 422 names what is unanswered.
#[utoipa::path(post, path = "/api/v1/grading/tasks/{id}/submit", tag = "grading", params(("id" = i64, Path, description = "The task")),
    request_body = Sheet,
    responses((status = 200, body = Submitted),
        (status = 404, description = NOT_HELD, body = Problem, content_type = PROBLEM),
        (status = 422, description = "An item unanswered or off its scale (named)", body = Problem, content_type = PROBLEM)))]
pub(super) async fn submit(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Json(sheet): Json<Sheet>,
) -> AppResult<Json<Submitted>> {
    let g = grader(&state, &caller).await?;
    let now = state.clock.now_ms();
    let submitted = desk::submit(
        &state.db,
        &state.scripts,
        id,
        &g,
        &sheet,
        now,
        &settings(&state),
    )
    .await?;
    let entry = caller
        .audit(Action::ScoreChanged)
        .on("grading_task", id)
        .detail(format!(
            "sheet submitted: total {:.2}",
            submitted.score.total
        ));
    audit::record(&state.db, entry, now).await?;
    Ok(Json(submitted))
}

/// Whose calls to count.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct CampaignQuery {
    /// One campaign's calls only.
    campaign: Option<i64>,
}

/// Agreement between graders (alpha, kappa, ICC, with n).
#[utoipa::path(get, path = "/api/v1/grading/agreement", tag = "grading", params(CampaignQuery),
    responses((status = 200, body = AgreementReport)))]
pub(super) async fn agreement(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Query(q): Query<CampaignQuery>,
) -> AppResult<Json<AgreementReport>> {
    Ok(Json(
        stats::agreement(&state.db, &state.scripts, q.campaign).await?,
    ))
}

/// Per grader: volume, median time per task, leniency.
#[utoipa::path(get, path = "/api/v1/grading/calibration", tag = "grading",
    responses((status = 200, body = [GraderCalibration])))]
pub(super) async fn calibration(
    _: Allowed<Operations>,
    State(state): State<AppState>,
) -> AppResult<Json<Vec<GraderCalibration>>> {
    Ok(Json(stats::calibration(&state.db).await?))
}

/// One submitted sheet of a call.
#[derive(Serialize, ToSchema)]
pub(super) struct GradingOut {
    kind: TaskKind,
    grader_key: String,
    total: f64,
    band: crate::grading::scoring::Band,
    stage_scores: Vec<StageScore>,
    /// Keys of the critical items failed.
    critical_failed: Vec<String>,
    comment: Option<String>,
    submitted_at: DateTime<Utc>,
}

impl GradingOut {
    fn of(g: GradingRow) -> AppResult<GradingOut> {
        let json = |what: &str, text: &str| {
            anyhow::anyhow!("stored {what} of a grading do not read: {text:?}")
        };
        Ok(GradingOut {
            kind: stored("grading kind", &g.kind)?,
            grader_key: g.grader_key,
            total: g.total,
            band: stored("band", &g.band)?,
            stage_scores: serde_json::from_str(&g.stage_scores)
                .map_err(|_| json("stage scores", &g.stage_scores))?,
            critical_failed: serde_json::from_str(&g.critical_failed)
                .map_err(|_| json("critical items", &g.critical_failed))?,
            comment: g.comment,
            submitted_at: from_ms(g.submitted_at),
        })
    }
}

/// Every sheet of a call and its final score.
#[derive(Serialize, ToSchema)]
pub(super) struct CallScores {
    gradings: Vec<GradingOut>,
    final_total: Option<f64>,
    final_band: Option<String>,
    final_source: Option<String>,
}

/// Every sheet of a call and its final score.
#[utoipa::path(get, path = "/api/v1/calls/{id}/scores", tag = "grading",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, body = CallScores),
        (status = 404, description = "No such call", body = Problem, content_type = PROBLEM)))]
pub(super) async fn call_scores(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<CallScores>> {
    calls::get(&state.db, id).await?;
    let evaluation = grading::evaluation_for_call(&state.db, id)
        .await?
        .map(|(e, _)| e);
    let gradings = stats::gradings_for_call(&state.db, id).await?;
    Ok(Json(CallScores {
        gradings: gradings
            .into_iter()
            .map(GradingOut::of)
            .collect::<AppResult<_>>()?,
        final_total: evaluation.as_ref().and_then(|e| e.final_total),
        final_band: evaluation.as_ref().and_then(|e| e.final_band.clone()),
        final_source: evaluation.and_then(|e| e.final_source),
    }))
}

/// The grader's own day: the queue's size and what they graded since
/// midnight in their own time zone.
async fn progress(
    state: &AppState,
    caller: &Caller,
    lang: &Lang,
) -> AppResult<crate::overview::GraderProgress> {
    use chrono::TimeZone;
    let now = state.clock.now();
    let zone = lang.zone();
    let midnight = now
        .with_timezone(&zone)
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .and_then(|m| zone.from_local_datetime(&m).earliest())
        .map(|m| m.timestamp_millis())
        .unwrap_or(now.timestamp_millis() - 86_400_000);
    crate::overview::grader_progress(
        &state.db,
        &caller.lease_owner(),
        midnight,
        now.timestamp_millis(),
    )
    .await
}

/// The desk's front door: the task the grader holds or the next one.
async fn desk_next(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
) -> AppResult<Response> {
    let g = grader(&state, &caller).await?;
    match desk::claim_next(
        &state.db,
        &g,
        state.clock.now_ms(),
        settings(&state).lease_ms,
    )
    .await?
    {
        Some(id) => Ok(Redirect::to(&format!("/grading/tasks/{id}")).into_response()),
        None => {
            let me = Me::of(&caller, &session).await;
            let progress = progress(&state, &caller, &lang).await?;
            Ok(render(
                "desk_empty.html",
                Some(&me),
                serde_json::json!({ "progress": progress }),
            )?
            .into_response())
        }
    }
}

/// The texts the desk's script shows, in the reader's language. Values it
/// fills in are written `{name}` for the script to replace.
fn desk_messages(lang: &Lang) -> serde_json::Map<String, serde_json::Value> {
    let mut texts: Vec<(&str, String)> = [
        "desk-play",
        "desk-pause",
        "desk-draft-not-saved",
        "desk-not-accepted",
        "desk-release-choose-reason",
        "desk-release-failed",
        "desk-hold-lost",
        "band-excellent",
        "band-good",
        "band-needs_improvement",
    ]
    .into_iter()
    .map(|id| (id, lang.t(id)))
    .collect();
    texts.extend([
        (
            "desk-draft-saved",
            crate::tr!(lang, "desk-draft-saved", time = "{time}"),
        ),
        (
            "desk-held-until",
            crate::tr!(lang, "desk-held-until", time = "{time}"),
        ),
        (
            "desk-still-open",
            crate::tr!(lang, "desk-still-open", items = "{items}"),
        ),
        (
            "desk-result",
            crate::tr!(lang, "desk-result", total = "{total}", band = "{band}"),
        ),
        (
            "desk-result-critical-failed",
            crate::tr!(
                lang,
                "desk-result-critical-failed",
                total = "{total}",
                band = "{band}"
            ),
        ),
    ]);
    texts
        .into_iter()
        .map(|(id, text)| (id.to_string(), text.into()))
        .collect()
}

async fn desk_page(
    Allowed(caller, _): Allowed<Grading>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (task, call_id) = held(&state, &caller, id).await?;
    let view = grader_view(&state, task, call_id).await?;
    let me = Me::of(&caller, &session).await;
    let data = serde_json::to_string(&view).map_err(anyhow::Error::from)?;
    let release_reasons: Vec<serde_json::Value> = desk::RELEASE_REASONS
        .iter()
        .map(|(value, id)| serde_json::json!({ "value": value, "label": lang.t(id) }))
        .collect();
    // Measured items are named as the script names them.
    let item_labels: serde_json::Map<String, serde_json::Value> = view
        .stages
        .iter()
        .flat_map(|s| &s.items)
        .map(|i| (i.key.clone(), i.label.clone().into()))
        .collect();
    Ok(render(
        "desk.html",
        Some(&me),
        serde_json::json!({
            "progress": progress(&state, &caller, &lang).await?,
            "task": view,
            "task_json": data,
            "item_labels": item_labels,
            "release_reasons": release_reasons,
            "messages": desk_messages(&lang),
        }),
    )?
    .into_response())
}

async fn calibration_page(
    Allowed(caller, _): Allowed<Operations>,
    State(state): State<AppState>,
    session: Session,
) -> AppResult<Response> {
    let me = Me::of(&caller, &session).await;
    let agreement = stats::agreement(&state.db, &state.scripts, None).await?;
    let graders = stats::calibration(&state.db).await?;
    Ok(render(
        "calibration.html",
        Some(&me),
        serde_json::json!({ "agreement": agreement, "graders": graders }),
    )?
    .into_response())
}
