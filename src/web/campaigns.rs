//! JSON API for campaigns, call scripts and the graders' queue.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;

use crate::app::AppState;
use crate::campaigns::{self, Action, CampaignIn, CampaignOut, CampaignRow, Created};
use crate::error::{AppError, AppResult};
use crate::grading::{self, TaskRow};
use crate::scripts::CallScript;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/campaigns", get(list).post(create))
        .route("/campaigns/{id}", get(one))
        .route("/campaigns/{id}/{action}", post(act))
        .route("/scripts", get(scripts))
        .route("/scripts/{id}", get(script))
        .route("/grading/tasks", get(tasks))
}

async fn list(State(state): State<AppState>) -> AppResult<Json<Vec<CampaignOut>>> {
    Ok(Json(campaigns::list(&state.db).await?))
}

/// Creates a campaign and plans its calls.
async fn create(
    State(state): State<AppState>,
    Json(input): Json<CampaignIn>,
) -> AppResult<(StatusCode, Json<Created>)> {
    let created = campaigns::create(
        &state.db,
        &state.clock,
        &state.scripts,
        &state.config.carrier.from_number,
        &input,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

async fn one(State(state): State<AppState>, Path(id): Path<i64>) -> AppResult<Json<CampaignRow>> {
    Ok(Json(campaigns::get(&state.db, id).await?))
}

async fn act(
    State(state): State<AppState>,
    Path((id, action)): Path<(i64, String)>,
) -> AppResult<Json<CampaignRow>> {
    let action = match action.as_str() {
        "pause" => Action::Pause,
        "resume" => Action::Resume,
        "cancel" => Action::Cancel,
        other => return Err(AppError::not_found(format!("campaign action {other:?}"))),
    };
    Ok(Json(
        campaigns::act(&state.db, &state.clock, id, action).await?,
    ))
}

async fn scripts(State(state): State<AppState>) -> Json<Vec<CallScript>> {
    Json(state.scripts.iter().cloned().collect())
}

async fn script(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> AppResult<Json<CallScript>> {
    state
        .scripts
        .get(&id)
        .cloned()
        .map(Json)
        .ok_or_else(|| AppError::not_found(format!("call script {id}")))
}

#[derive(Deserialize)]
struct TaskQuery {
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    limit: Option<i64>,
}

async fn tasks(
    State(state): State<AppState>,
    Query(q): Query<TaskQuery>,
) -> AppResult<Json<Vec<TaskRow>>> {
    Ok(Json(
        grading::tasks(&state.db, q.state.as_deref(), q.limit.unwrap_or(100)).await?,
    ))
}
