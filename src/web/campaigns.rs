//! JSON API for campaigns and call scripts.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{Method, StatusCode};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::api::stored;
use super::auth::{AdminOnly, Allowed, Caller, Operations};
use super::problem::Problem;
use super::routes::Routes;
use crate::app::AppState;
use crate::auth::audit::{self, Action as Audited};
use crate::campaigns::{
    self, Action, CampaignIn, CampaignRow, Created, Preview, Progress, UnansweredPolicy,
};
use crate::clock::from_ms;
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

/// What a campaign is doing.
#[derive(Clone, Copy, Debug, Serialize, serde::Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(super) enum CampaignState {
    Active,
    Paused,
    Canceled,
}

/// A campaign as stored, with its progress when listed.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct CampaignApi {
    id: i64,
    name: String,
    state: CampaignState,
    scripts: Vec<String>,
    /// Department codes; empty: every department.
    departments: Vec<String>,
    /// Empty: every grade.
    grades: Vec<String>,
    holidays: Vec<NaiveDate>,
    start_date: NaiveDate,
    end_date: NaiveDate,
    /// `HH:MM`, in each department's own time.
    window_start: String,
    window_end: String,
    calls_per_staff: i64,
    seed: i64,
    planned_calls: i64,
    /// Calls that found no free working day in the period.
    shortfall: i64,
    unanswered_policy: UnansweredPolicy,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    progress: Option<Progress>,
}

impl CampaignApi {
    fn of(row: CampaignRow, progress: Option<Progress>) -> AppResult<CampaignApi> {
        let date = |s: &str| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|e| crate::error::AppError::from(anyhow::anyhow!("stored date {s}: {e}")))
        };
        Ok(CampaignApi {
            id: row.id,
            name: row.name.clone(),
            state: stored("campaign state", &row.state)?,
            scripts: CampaignRow::list(&row.script_ids),
            departments: CampaignRow::list(&row.department_codes),
            grades: CampaignRow::list(&row.grades),
            holidays: serde_json::from_str(&row.holidays).unwrap_or_default(),
            start_date: date(&row.start_date)?,
            end_date: date(&row.end_date)?,
            window_start: row.window_start.clone(),
            window_end: row.window_end.clone(),
            calls_per_staff: row.calls_per_staff,
            seed: row.seed,
            planned_calls: row.planned_calls,
            shortfall: row.shortfall,
            unanswered_policy: UnansweredPolicy::parse(&row.unanswered_policy).unwrap_or_default(),
            created_at: from_ms(row.created_at),
            updated_at: from_ms(row.updated_at),
            progress,
        })
    }
}

/// A campaign created, with its calls planned.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct CreatedApi {
    campaign: CampaignApi,
    planned_calls: usize,
    /// Calls that could not be placed on a free working day in the period.
    shortfall: u32,
}

const PROBLEM: &str = "application/problem+json";
const REFUSED: &str = "A field refused (it is named), or no staff to call";

/// Campaigns, newest first, with their progress.
#[utoipa::path(get, path = "/api/v1/campaigns", tag = "campaigns",
    responses((status = 200, body = [CampaignApi])))]
pub(super) async fn list(
    _: Allowed<Operations>,
    State(state): State<AppState>,
) -> AppResult<Json<Vec<CampaignApi>>> {
    let listed = campaigns::list(&state.db).await?;
    Ok(Json(
        listed
            .into_iter()
            .map(|c| CampaignApi::of(c.campaign, Some(c.progress)))
            .collect::<AppResult<_>>()?,
    ))
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
#[utoipa::path(post, path = "/api/v1/campaigns", tag = "campaigns", request_body = CampaignIn,
    responses((status = 201, body = CreatedApi),
        (status = 422, description = REFUSED, body = Problem, content_type = PROBLEM)))]
pub(super) async fn create(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    Json(input): Json<CampaignIn>,
) -> AppResult<(StatusCode, Json<CreatedApi>)> {
    let Created {
        campaign,
        planned_calls,
        shortfall,
    } = create_audited(&state, &caller, &input).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedApi {
            campaign: CampaignApi::of(campaign, None)?,
            planned_calls,
            shortfall,
        }),
    ))
}

/// What a campaign would plan, without storing anything.
#[utoipa::path(post, path = "/api/v1/campaigns/preview", tag = "campaigns", request_body = CampaignIn,
    responses((status = 200, body = Preview),
        (status = 422, description = REFUSED, body = Problem, content_type = PROBLEM)))]
pub(super) async fn preview(
    _: Allowed<AdminOnly>,
    State(state): State<AppState>,
    Json(input): Json<CampaignIn>,
) -> AppResult<Json<Preview>> {
    Ok(Json(
        campaigns::preview(&state.db, &state.clock, &state.scripts, &input).await?,
    ))
}

/// One campaign.
#[utoipa::path(get, path = "/api/v1/campaigns/{id}", tag = "campaigns",
    params(("id" = i64, Path, description = "The campaign")),
    responses((status = 200, body = CampaignApi),
        (status = 404, description = "No such campaign", body = Problem, content_type = PROBLEM)))]
pub(super) async fn one(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<CampaignApi>> {
    Ok(Json(CampaignApi::of(
        campaigns::get(&state.db, id).await?,
        None,
    )?))
}

/// Pauses, resumes or cancels a campaign.
#[utoipa::path(post, path = "/api/v1/campaigns/{id}/{action}", tag = "campaigns",
    params(("id" = i64, Path, description = "The campaign"),
        ("action" = String, Path, description = "`pause`, `resume` or `cancel`")),
    responses((status = 200, body = CampaignApi),
        (status = 404, description = "No such campaign or action", body = Problem, content_type = PROBLEM),
        (status = 409, description = "Not in a state that allows it", body = Problem, content_type = PROBLEM)))]
pub(super) async fn act(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    Path((id, action)): Path<(i64, String)>,
) -> AppResult<Json<CampaignApi>> {
    let action = Action::parse(&action)?;
    Ok(Json(CampaignApi::of(
        act_audited(&state, &caller, id, action).await?,
        None,
    )?))
}

/// The loaded call scripts with their rubrics.
#[utoipa::path(get, path = "/api/v1/scripts", tag = "campaigns",
    responses((status = 200, body = [CallScript])))]
pub(super) async fn scripts(
    _: Allowed<Operations>,
    State(state): State<AppState>,
) -> Json<Vec<CallScript>> {
    Json(state.scripts.iter().cloned().collect())
}

/// One call script.
#[utoipa::path(get, path = "/api/v1/scripts/{id}", tag = "campaigns",
    params(("id" = String, Path, description = "The script's id")),
    responses((status = 200, body = CallScript),
        (status = 404, description = "No such script", body = Problem, content_type = PROBLEM)))]
pub(super) async fn script(
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
