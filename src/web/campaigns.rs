//! JSON API for campaigns and call scripts.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{Method, StatusCode};

use super::auth::{AdminOnly, Allowed, Caller, Operations};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth::audit::{self, Action as Audited};
use crate::campaigns::{self, Action, CampaignIn, CampaignOut, CampaignRow, Created, Preview};
use crate::error::{AppError, AppResult};
use crate::scripts::CallScript;

pub fn routes() -> Routes {
    Routes::new()
        .route::<Operations, _, _>(Method::GET, "/campaigns", list)
        .doc("List campaigns with their progress")
        .route::<AdminOnly, _, _>(Method::POST, "/campaigns", create)
        .doc("Create a campaign and plan its calls")
        .route::<AdminOnly, _, _>(Method::POST, "/campaigns/preview", preview)
        .doc("Preview a campaign's plan without storing it")
        .route::<Operations, _, _>(Method::GET, "/campaigns/{id}", one)
        .doc("One campaign")
        .route::<AdminOnly, _, _>(Method::POST, "/campaigns/{id}/{action}", act)
        .doc("Pause, resume or cancel a campaign")
        .route::<Operations, _, _>(Method::GET, "/scripts", scripts)
        .doc("The loaded call scripts with their rubrics")
        .route::<Operations, _, _>(Method::GET, "/scripts/{id}", script)
        .doc("One call script")
}

async fn list(
    _: Allowed<Operations>,
    State(state): State<AppState>,
) -> AppResult<Json<Vec<CampaignOut>>> {
    Ok(Json(campaigns::list(&state.db).await?))
}

/// Creates a campaign and plans its calls, recorded in the audit log (the
/// API and the page both create through here).
pub(super) async fn create_audited(
    state: &AppState,
    caller: &Caller,
    input: &CampaignIn,
) -> AppResult<Created> {
    let created = campaigns::create(
        &state.db,
        &state.clock,
        &state.scripts,
        &state.config.carrier.from_number,
        input,
    )
    .await?;
    let entry = caller
        .audit(Audited::CampaignChanged)
        .on("campaign", created.campaign.id)
        .detail(format!(
            "created with {} calls planned",
            created.planned_calls
        ));
    audit::record(&state.db, entry, state.clock.now_ms()).await?;
    Ok(created)
}

/// Pauses, resumes or cancels a campaign, recorded in the audit log.
pub(super) async fn act_audited(
    state: &AppState,
    caller: &Caller,
    id: i64,
    action: Action,
) -> AppResult<CampaignRow> {
    let row = campaigns::act(&state.db, &state.clock, id, action).await?;
    let entry = caller
        .audit(Audited::CampaignChanged)
        .on("campaign", id)
        .detail(format!("now {}", row.state));
    audit::record(&state.db, entry, state.clock.now_ms()).await?;
    Ok(row)
}

/// Creates a campaign and plans its calls.
async fn create(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    Json(input): Json<CampaignIn>,
) -> AppResult<(StatusCode, Json<Created>)> {
    let created = create_audited(&state, &caller, &input).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// What a campaign would plan, without storing anything.
async fn preview(
    _: Allowed<AdminOnly>,
    State(state): State<AppState>,
    Json(input): Json<CampaignIn>,
) -> AppResult<Json<Preview>> {
    Ok(Json(
        campaigns::preview(&state.db, &state.clock, &state.scripts, &input).await?,
    ))
}

async fn one(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<CampaignRow>> {
    Ok(Json(campaigns::get(&state.db, id).await?))
}

/// Pauses, resumes or cancels a campaign.
async fn act(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    Path((id, action)): Path<(i64, String)>,
) -> AppResult<Json<CampaignRow>> {
    let action = Action::parse(&action)?;
    Ok(Json(act_audited(&state, &caller, id, action).await?))
}

async fn scripts(_: Allowed<Operations>, State(state): State<AppState>) -> Json<Vec<CallScript>> {
    Json(state.scripts.iter().cloned().collect())
}

async fn script(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> AppResult<Json<CallScript>> {
    state
        .scripts
        .get(&id)
        .cloned()
        .map(Json)
        .ok_or_else(|| AppError::NotFound(crate::msg!("not-found-script", script = id.as_str())))
}
