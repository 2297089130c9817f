//! Customer-care callbacks over HTTP: visits in (JSON and CSV), the draws
//! and their explanation, and the operators' desk (pages and API). An
//! operator sees a citizen's number in full only while holding the callback,
//! and every such view is audited.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;
use utoipa::{IntoParams, ToSchema};

use super::api::stored;
use super::auth::{Allowed, CallbackResults, Callbacks, Caller, Intake};
use super::problem::Problem;
use super::render::{Me, render};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth;
use crate::auth::audit::{self, Action};
use crate::callbacks::desk::{self, Attempt, CallbackLine, Held, Operator, Outcome, OutcomeIn};
use crate::callbacks::draw::{self, Explained, VisitSummary};
use crate::callbacks::hours::CallingHours;
use crate::callbacks::visits::VisitImportError;
use crate::callbacks::{bridge, visits};
use crate::clock::from_ms;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::privacy::mask_phone;
use crate::roster::{self, ImportReport};
use crate::{msg, tr};

pub fn routes() -> Routes {
    Routes::new()
        .route::<Callbacks, _, _>(Method::GET, "/callbacks", desk_page)
        .route::<Callbacks, _, _>(Method::POST, "/callbacks/next", take_next_form)
        .route::<Callbacks, _, _>(Method::GET, "/callbacks/{id}", held_page)
        .route::<Callbacks, _, _>(Method::POST, "/callbacks/{id}/take", take_form)
        .route::<Callbacks, _, _>(Method::POST, "/callbacks/{id}/call", call_form)
        .route::<Callbacks, _, _>(Method::POST, "/callbacks/{id}/outcome", outcome_form)
}

pub fn api_routes() -> Routes {
    Routes::new()
        .route::<Intake, _, _>(Method::POST, "/visits", push_visits)
        .doc("Push service visits (a list), idempotent by external_id, all or none")
        .route::<Intake, _, _>(Method::POST, "/visits/import", import_visits)
        .doc("Import service visits from CSV, all or none")
        .route::<CallbackResults, _, _>(Method::GET, "/callbacks/draws", draw_explained)
        .doc("A centre's draw for a day: seed, who was eligible, who was excluded and why, who was drawn")
        .route::<Callbacks, _, _>(Method::GET, "/callbacks/today", today)
        .doc("Today's callbacks for your centre (numbers masked)")
        .route::<Callbacks, _, _>(Method::POST, "/callbacks/next", take_next)
        .doc("Take the next callback due; 204 when none")
        .route::<Callbacks, _, _>(Method::POST, "/callbacks/{id}/take", take)
        .doc("Take a given callback")
        .route::<Callbacks, _, _>(Method::GET, "/callbacks/{id}", held)
        .doc("A callback you hold, with the citizen's number (audited)")
        .route::<Callbacks, _, _>(Method::POST, "/callbacks/{id}/call", call)
        .doc("Ring your phone and bridge to the citizen, recorded")
        .route::<Callbacks, _, _>(Method::GET, "/callbacks/{id}/call", call_state)
        .doc("How the latest bridged call of a callback you hold is going")
        .route::<Callbacks, _, _>(Method::POST, "/callbacks/{id}/outcome", outcome)
        .doc("Record the outcome of an attempt")
}

// --- The API's own types ------------------------------------------------
// Times are RFC 3339 with their offset, flags are booleans, ids numbers.

/// What a callback is: still to call, done, or given up after the attempts
/// allowed.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(super) enum CallbackState {
    Open,
    Closed,
    Unreachable,
}

/// A callback in today's list, the citizen's number masked.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct CallbackOut {
    id: i64,
    centre_id: i64,
    state: CallbackState,
    /// The last attempt's outcome, or `do_not_call` when the citizen asked
    /// never to be called on another callback.
    outcome: Option<String>,
    attempts: i64,
    /// When it may next be called.
    next_attempt_at: DateTime<Utc>,
    service: String,
    visited_at: DateTime<Utc>,
    department: Option<String>,
    staff: Option<String>,
    /// Masked.
    phone: Option<String>,
    /// You hold it (its lease is yours and running).
    held_by_me: bool,
    /// Someone else holds it.
    held_by_other: bool,
}

impl CallbackOut {
    fn of(line: CallbackLine) -> AppResult<CallbackOut> {
        Ok(CallbackOut {
            id: line.id,
            centre_id: line.centre_id,
            state: stored("callback state", &line.state)?,
            outcome: line.outcome,
            attempts: line.attempts,
            next_attempt_at: from_ms(line.next_attempt_at),
            service: line.service,
            visited_at: from_ms(line.visited_at),
            department: line.department,
            staff: line.staff,
            phone: line.phone,
            held_by_me: line.held_by_me != 0,
            held_by_other: line.held_by_other != 0,
        })
    }
}

/// One earlier attempt at a callback.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct AttemptOut {
    at: DateTime<Utc>,
    /// `bridged` (through the service) or `other`.
    method: String,
    outcome: String,
    operator_key: String,
}

impl From<Attempt> for AttemptOut {
    fn from(a: Attempt) -> AttemptOut {
        AttemptOut {
            at: from_ms(a.at),
            method: a.method,
            outcome: a.outcome,
            operator_key: a.operator_key,
        }
    }
}

/// A callback you hold, with the citizen's number in full (each view is
/// audited).
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct HeldOut {
    id: i64,
    centre_id: i64,
    centre: String,
    citizen_name: Option<String>,
    phone: Option<String>,
    service: String,
    life_situation: Option<String>,
    /// `counter`, `phone` or `online`.
    channel: String,
    /// With the centre's own offset.
    visited_at: DateTime<FixedOffset>,
    department: Option<String>,
    staff: Option<String>,
    attempts: Vec<AttemptOut>,
    /// Your hold ends then unless renewed.
    lease_until: DateTime<Utc>,
}

impl From<Held> for HeldOut {
    fn from(h: Held) -> HeldOut {
        HeldOut {
            id: h.id,
            centre_id: h.centre_id,
            centre: h.centre,
            citizen_name: h.citizen_name,
            phone: h.phone,
            service: h.service,
            life_situation: h.life_situation,
            channel: h.channel,
            visited_at: h.visited,
            department: h.department,
            staff: h.staff,
            attempts: h.attempts.into_iter().map(AttemptOut::from).collect(),
            lease_until: from_ms(h.lease_until),
        }
    }
}

/// A drawn visit, the number masked.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct DrawnVisitOut {
    visit_id: i64,
    external_id: String,
    service: String,
    department: Option<String>,
    phone: Option<String>,
    visited_at: DateTime<Utc>,
}

impl From<VisitSummary> for DrawnVisitOut {
    fn from(v: VisitSummary) -> DrawnVisitOut {
        DrawnVisitOut {
            visit_id: v.visit_id,
            external_id: v.external_id,
            service: v.service,
            department: v.department,
            phone: v.phone,
            visited_at: from_ms(v.visited_at),
        }
    }
}

/// A visit left out of a draw, and why.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct ExcludedOut {
    visit_id: i64,
    /// The reason, as the draw recorded it (`{"reason": …}` and its details).
    #[schema(value_type = Object)]
    why: serde_json::Value,
}

/// A centre's draw for a day: its seed, who was eligible, who was left out
/// and why, and who was drawn.
#[derive(Debug, Serialize, ToSchema)]
pub(super) struct DrawOut {
    centre: String,
    day: NaiveDate,
    /// In hex, as the draw used it: the same seed draws the same visits.
    seed: String,
    target: i64,
    ran_at: DateTime<Utc>,
    eligible: Vec<i64>,
    excluded: Vec<ExcludedOut>,
    drawn: Vec<DrawnVisitOut>,
}

impl From<Explained> for DrawOut {
    fn from(e: Explained) -> DrawOut {
        DrawOut {
            centre: e.centre,
            day: e.day,
            seed: e.seed,
            target: e.target,
            ran_at: from_ms(e.ran_at),
            eligible: e.eligible,
            excluded: e
                .excluded
                .into_iter()
                .map(|(visit_id, why)| ExcludedOut { visit_id, why })
                .collect(),
            drawn: e.drawn.into_iter().map(DrawnVisitOut::from).collect(),
        }
    }
}

/// The operator behind a caller: their line and centre from their account.
async fn operator(state: &AppState, caller: &Caller) -> AppResult<Operator> {
    let (phone, centre_id) = match caller.user_id {
        Some(id) => {
            let user = auth::get_user(&state.db, id).await?;
            (user.phone, user.centre_id)
        }
        None => (None, None),
    };
    Ok(Operator {
        key: caller.lease_owner(),
        user_id: caller.user_id,
        centre_id,
        phone,
    })
}

async fn hours_of(state: &AppState, centre_id: i64) -> AppResult<CallingHours> {
    let centre = roster::get_centre(&state.db, centre_id).await?;
    CallingHours::for_centre(&state.config.callbacks, &centre.code, centre.time_zone.tz())
}

fn regions(state: &AppState) -> visits::Regions<'_> {
    visits::Regions {
        default: &state.config.roster.default_region,
        centres: &state.config.callbacks.centres,
    }
}

fn lease_ms(state: &AppState) -> i64 {
    state.config.callbacks.lease_minutes * 60_000
}

/// An import's answer: the report, or every problem with its line, field,
/// value and code, in the reader's language.
fn import_answer(lang: &Lang, result: Result<ImportReport, VisitImportError>) -> Response {
    match result {
        Ok(report) => Json(report).into_response(),
        Err(VisitImportError::Rejected { source, problems }) => {
            let (code, error) = if source == visits::PUSHED {
                let code = "visits-push-rejected";
                (
                    code,
                    tr!(lang, "visits-push-rejected", count = problems.len()),
                )
            } else {
                let code = "visits-import-rejected";
                let text = tr!(
                    lang,
                    "visits-import-rejected",
                    source = source.as_str(),
                    count = problems.len()
                );
                (code, text)
            };
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(serde_json::json!({
                    "code": code,
                    "kind": "invalid",
                    "error": error,
                    "source": source,
                    "problems": problems.iter().map(|p| p.to_json(lang)).collect::<Vec<_>>(),
                })),
            )
                .into_response()
        }
        Err(VisitImportError::Failed { error, .. }) => error.into_response(),
    }
}

/// Pushes service visits (a list), idempotent by `external_id`, all or none.
#[utoipa::path(post, path = "/api/v1/visits", tag = "callbacks",
    request_body = Vec<visits::VisitIn>,
    responses((status = 200, body = ImportReport), (status = 422, description = "Every problem, by record and field; nothing stored", body = Problem, content_type = "application/problem+json")))]
pub(super) async fn push_visits(
    Allowed(caller, _): Allowed<Intake>,
    State(state): State<AppState>,
    lang: Lang,
    Json(input): Json<Vec<visits::VisitIn>>,
) -> Response {
    let result = visits::push(&state.db, &state.clock, &input, &regions(&state)).await;
    if let Ok(report) = &result {
        let entry = caller.audit(Action::RosterImported).detail(format!(
            "service visits pushed: {} created, {} updated, {} unchanged",
            report.created, report.updated, report.unchanged
        ));
        let _ = audit::record(&state.db, entry, state.clock.now_ms()).await;
    }
    import_answer(&lang, result)
}

/// Imports service visits from CSV (the columns of a pushed visit), all or
/// none.
#[utoipa::path(post, path = "/api/v1/visits/import", tag = "callbacks",
    request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = ImportReport), (status = 422, description = "Every problem, by record and field; nothing stored", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not CSV", body = Problem, content_type = "application/problem+json")))]
pub(super) async fn import_visits(
    Allowed(caller, _): Allowed<Intake>,
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let csv = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/csv") || t.starts_with("text/plain"));
    if !csv {
        return (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Json(serde_json::json!({
                "code": "visits-send-csv",
                "kind": "unsupported-media-type",
                "error": lang.t("visits-send-csv"),
            })),
        )
            .into_response();
    }
    let result = visits::import_csv(
        &state.db,
        &state.clock,
        &body[..],
        "visits.csv",
        &regions(&state),
    )
    .await;
    if let Ok(report) = &result {
        let entry = caller.audit(Action::RosterImported).detail(format!(
            "service visits imported: {} created, {} updated, {} unchanged",
            report.created, report.updated, report.unchanged
        ));
        let _ = audit::record(&state.db, entry, state.clock.now_ms()).await;
    }
    import_answer(&lang, result)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct DrawQuery {
    /// The centre's code.
    centre: String,
    /// The centre's local day.
    day: NaiveDate,
}

/// A centre's draw for a day, explained.
#[utoipa::path(get, path = "/api/v1/callbacks/draws", tag = "callbacks", params(DrawQuery),
    responses(
        (status = 200, body = DrawOut),
        (status = 404, description = "No draw that day", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No such centre", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn draw_explained(
    _: Allowed<CallbackResults>,
    State(state): State<AppState>,
    lang: Lang,
    Query(q): Query<DrawQuery>,
) -> AppResult<Json<DrawOut>> {
    let centre = roster::list_centres(&state.db)
        .await?
        .into_iter()
        .find(|c| c.code == q.centre)
        .ok_or_else(|| {
            AppError::invalid(
                "centre",
                msg!("callbacks-no-centre", centre = q.centre.as_str()),
            )
        })?;
    let explained = draw::explain(&state.db, &centre, q.day)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(msg!(
                "callbacks-no-draw",
                centre = q.centre.as_str(),
                day = lang.date(q.day)
            ))
        })?;
    Ok(Json(explained.into()))
}

/// Today's callbacks for your centre: those still to call and those dealt
/// with today.
#[utoipa::path(get, path = "/api/v1/callbacks/today", tag = "callbacks",
    responses((status = 200, body = [CallbackOut])))]
pub(super) async fn today(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
) -> AppResult<Json<Vec<CallbackOut>>> {
    let op = operator(&state, &caller).await?;
    let lines = desk::today(&state.db, &op, state.clock.now()).await?;
    Ok(Json(
        lines
            .into_iter()
            .map(CallbackOut::of)
            .collect::<AppResult<_>>()?,
    ))
}

/// The held view, audited: this is where the number is shown in full.
async fn held_view(state: &AppState, caller: &Caller, op: &Operator, id: i64) -> AppResult<Held> {
    let view = desk::held(&state.db, op, id, state.clock.now()).await?;
    let entry = caller
        .audit(Action::CitizenPhoneViewed)
        .on("callback", id)
        .detail(view.phone.as_deref().map(mask_phone).unwrap_or_default());
    audit::record(&state.db, entry, state.clock.now_ms()).await?;
    Ok(view)
}

/// Takes the next callback due, under a lease; 204 when none is due.
#[utoipa::path(post, path = "/api/v1/callbacks/next", tag = "callbacks",
    responses((status = 200, body = HeldOut), (status = 204, description = "Nothing due")))]
pub(super) async fn take_next(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let op = operator(&state, &caller).await?;
    match desk::take(&state.db, &op, None, state.clock.now(), lease_ms(&state)).await? {
        Some(id) => {
            Ok(Json(HeldOut::from(held_view(&state, &caller, &op, id).await?)).into_response())
        }
        None => Ok(StatusCode::NO_CONTENT.into_response()),
    }
}

/// Takes a given callback, under a lease.
#[utoipa::path(post, path = "/api/v1/callbacks/{id}/take", tag = "callbacks",
    params(("id" = i64, Path, description = "The callback")),
    responses(
        (status = 200, body = HeldOut),
        (status = 409, description = "Someone else holds it, or it is closed", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn take(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<HeldOut>> {
    let op = operator(&state, &caller).await?;
    desk::take(
        &state.db,
        &op,
        Some(id),
        state.clock.now(),
        lease_ms(&state),
    )
    .await?
    .ok_or_else(|| AppError::Conflict(msg!("callbacks-not-available", id = id.to_string())))?;
    Ok(Json(held_view(&state, &caller, &op, id).await?.into()))
}

/// A callback you hold, with the citizen's number (audited).
#[utoipa::path(get, path = "/api/v1/callbacks/{id}", tag = "callbacks",
    params(("id" = i64, Path, description = "The callback")),
    responses((status = 200, body = HeldOut), (status = 404, description = "You do not hold it", body = Problem, content_type = "application/problem+json")))]
pub(super) async fn held(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<HeldOut>> {
    let op = operator(&state, &caller).await?;
    Ok(Json(held_view(&state, &caller, &op, id).await?.into()))
}

/// The bridged call placed: your line rings first.
#[derive(Serialize, ToSchema)]
pub(super) struct Placed {
    call_id: i64,
}

async fn place(state: &AppState, caller: &Caller, id: i64) -> AppResult<i64> {
    let op = operator(state, caller).await?;
    let view = desk::held(&state.db, &op, id, state.clock.now()).await?;
    let hours = hours_of(state, view.centre_id).await?;
    bridge::place(
        &state.db,
        &state.dialer,
        &hours,
        &op,
        id,
        &state.config.callbacks.script,
        state.clock.now(),
    )
    .await
}

/// How the latest bridged call of a callback you hold is going.
#[utoipa::path(get, path = "/api/v1/callbacks/{id}/call", tag = "callbacks",
    params(("id" = i64, Path, description = "The callback")),
    responses((status = 200, body = bridge::BridgedCall), (status = 404, description = "You do not hold it", body = Problem, content_type = "application/problem+json")))]
pub(super) async fn call_state(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<bridge::BridgedCall>> {
    let op = operator(&state, &caller).await?;
    desk::held(&state.db, &op, id, state.clock.now()).await?;
    Ok(Json(bridge::latest_call(&state.db, id).await?.ok_or_else(
        || AppError::NotFound(msg!("callbacks-no-bridged-call", id = id.to_string())),
    )?))
}

/// Rings your phone and bridges you to the citizen, recorded.
#[utoipa::path(post, path = "/api/v1/callbacks/{id}/call", tag = "callbacks",
    params(("id" = i64, Path, description = "The callback")),
    responses(
        (status = 201, body = Placed),
        (status = 404, description = "You do not hold it", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Outside calling hours, or you have no line of your own", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn call(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<(StatusCode, Json<Placed>)> {
    let call_id = place(&state, &caller, id).await?;
    Ok((StatusCode::CREATED, Json(Placed { call_id })))
}

async fn save_outcome(
    state: &AppState,
    caller: &Caller,
    id: i64,
    input: &OutcomeIn,
) -> AppResult<&'static str> {
    let op = operator(state, caller).await?;
    let view = desk::held(&state.db, &op, id, state.clock.now()).await?;
    let hours = hours_of(state, view.centre_id).await?;
    desk::record_outcome(
        &state.db,
        &state.config.callbacks,
        &hours,
        &op,
        id,
        input,
        state.clock.now(),
    )
    .await
}

/// What became of the callback after the outcome.
#[derive(Serialize, ToSchema)]
pub(super) struct OutcomeOut {
    #[schema(value_type = CallbackState)]
    state: &'static str,
}

/// Records the outcome of an attempt.
#[utoipa::path(post, path = "/api/v1/callbacks/{id}/outcome", tag = "callbacks",
    params(("id" = i64, Path, description = "The callback")),
    request_body = OutcomeIn,
    responses(
        (status = 200, body = OutcomeOut),
        (status = 404, description = "You do not hold it", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An answer out of range, or text refused", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn outcome(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Json(input): Json<OutcomeIn>,
) -> AppResult<Json<OutcomeOut>> {
    Ok(Json(OutcomeOut {
        state: save_outcome(&state, &caller, id, &input).await?,
    }))
}

// --- Pages -------------------------------------------------------------

#[derive(Deserialize)]
struct Notice {
    notice: Option<String>,
}

async fn desk_page(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Query(q): Query<Notice>,
) -> AppResult<Response> {
    let op = operator(&state, &caller).await?;
    let now = state.clock.now();
    let lines = desk::today(&state.db, &op, now).await?;
    let me = Me::of(&caller, &session).await;
    // Times are written in each callback's centre's own time zone.
    let zones: HashMap<i64, chrono_tz::Tz> = roster::list_centres(&state.db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.time_zone.tz()))
        .collect();
    let callbacks = lines
        .iter()
        .map(|line| desk_line(&lang, line, &zones))
        .collect::<AppResult<Vec<_>>>()?;
    let hours = match op.centre_id {
        Some(centre) => {
            let hours = hours_of(&state, centre).await?;
            let tz = hours.time_zone();
            Some(serde_json::json!({
                "text": hours.describe(&lang),
                "open": hours.is_open(now),
                "resume": hours.next_open(now).map(|t| lang.datetime(&t.with_timezone(&tz))),
                "demo_any_hour": hours.is_demo_any_hour(),
            }))
        }
        None => None,
    };
    let ctx = serde_json::json!({ "callbacks": callbacks, "notice": q.notice, "now": state.clock.now_ms(), "has_phone": op.phone.is_some(), "hours": hours });
    Ok(render("callbacks.html", Some(&me), ctx)?.into_response())
}

/// A line of the desk's list with its times written for the reader.
fn desk_line(
    lang: &Lang,
    line: &CallbackLine,
    zones: &HashMap<i64, chrono_tz::Tz>,
) -> AppResult<serde_json::Value> {
    let tz = zones
        .get(&line.centre_id)
        .copied()
        .unwrap_or(chrono_tz::Tz::UTC);
    let mut value = serde_json::to_value(line).map_err(anyhow::Error::from)?;
    value["visited_text"] = lang.when(line.visited_at, Some(tz)).into();
    value["next_text"] = lang.when(line.next_attempt_at, Some(tz)).into();
    Ok(value)
}

/// Every state of a call (`calls.state`), for the callback page's script.
const CALL_STATES: [&str; 7] = [
    "scheduled",
    "dialing",
    "placed",
    "ended",
    "dial_failed",
    "canceled",
    "missed",
];

/// Every way a call can connect (`calls.connection`).
const CONNECTIONS: [&str; 6] = [
    "person",
    "voicemail",
    "busy",
    "no-answer",
    "failed",
    "canceled",
];

/// Every state of a recording (`recordings.state`).
const RECORDING_STATES: [&str; 5] = ["pending", "available", "corrupt", "failed", "purged"];

/// The ways the progress of a bridged call is written, by what is known of it.
const CALL_PROGRESS: [&str; 4] = [
    "callbacks-call-progress",
    "callbacks-call-progress-connected",
    "callbacks-call-progress-timed",
    "callbacks-call-progress-connected-timed",
];

/// A value of an enumeration in the reader's language, or as it is when
/// the catalogue has no message for it.
fn word(lang: &Lang, prefix: &str, known: &[&str], value: &str) -> String {
    if known.contains(&value) {
        lang.t(&format!("{prefix}{value}"))
    } else {
        value.to_string()
    }
}

/// How a bridged call is going, in whole sentences; `callback.js` writes
/// the same from `call_messages` as the call goes on.
fn call_progress(lang: &Lang, call: &bridge::BridgedCall) -> Vec<String> {
    let id = call.id.to_string();
    let state = word(lang, "call-state-", &CALL_STATES, &call.state);
    let connection = call
        .connection
        .as_deref()
        .map(|c| word(lang, "connection-", &CONNECTIONS, c));
    let seconds = call.duration_secs.map(|s| lang.number(s as f64, 0));
    let first = match (connection, seconds) {
        (Some(connection), Some(seconds)) => tr!(
            lang,
            "callbacks-call-progress-connected-timed",
            id = id,
            state = state,
            connection = connection,
            seconds = seconds
        ),
        (Some(connection), None) => tr!(
            lang,
            "callbacks-call-progress-connected",
            id = id,
            state = state,
            connection = connection
        ),
        (None, Some(seconds)) => tr!(
            lang,
            "callbacks-call-progress-timed",
            id = id,
            state = state,
            seconds = seconds
        ),
        (None, None) => tr!(lang, "callbacks-call-progress", id = id, state = state),
    };
    let mut out = vec![first];
    if let Some(recording) = call
        .recording
        .as_deref()
        .filter(|r| RECORDING_STATES.contains(r))
    {
        out.push(lang.t(&format!("callbacks-recording-{recording}")));
    }
    out
}

/// The texts `callback.js` shows, by message id; placeholders stay as
/// `{id}`, `{state}`, `{connection}` and `{seconds}` for the script to fill.
fn call_messages(lang: &Lang) -> serde_json::Value {
    let mut out = serde_json::Map::new();
    for id in CALL_PROGRESS {
        let text = tr!(
            lang,
            id,
            id = "{id}",
            state = "{state}",
            connection = "{connection}",
            seconds = "{seconds}"
        );
        out.insert(id.to_string(), text.into());
    }
    let families: [(&str, &[&str]); 3] = [
        ("call-state-", &CALL_STATES),
        ("connection-", &CONNECTIONS),
        ("callbacks-recording-", &RECORDING_STATES),
    ];
    for (prefix, values) in families {
        for value in values {
            let id = format!("{prefix}{value}");
            out.insert(id.clone(), lang.t(&id).into());
        }
    }
    serde_json::Value::Object(out)
}

async fn take_next_form(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let op = operator(&state, &caller).await?;
    Ok(
        match desk::take(&state.db, &op, None, state.clock.now(), lease_ms(&state)).await? {
            Some(id) => Redirect::to(&format!("/callbacks/{id}")).into_response(),
            None => Redirect::to("/callbacks?notice=nothing-due").into_response(),
        },
    )
}

async fn take_form(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let op = operator(&state, &caller).await?;
    Ok(
        match desk::take(
            &state.db,
            &op,
            Some(id),
            state.clock.now(),
            lease_ms(&state),
        )
        .await?
        {
            Some(id) => Redirect::to(&format!("/callbacks/{id}")).into_response(),
            None => Redirect::to("/callbacks?notice=not-available").into_response(),
        },
    )
}

async fn held_page(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Path(id): Path<i64>,
    Query(q): Query<Notice>,
) -> AppResult<Response> {
    let op = operator(&state, &caller).await?;
    let view = held_view(&state, &caller, &op, id).await?;
    let script = state.scripts.get(&state.config.callbacks.script).cloned();
    let bridged = bridge::latest_call(&state.db, id).await?;
    let hours = hours_of(&state, view.centre_id).await?;
    let tz = hours.time_zone();
    let me = Me::of(&caller, &session).await;
    // Times in the centre's own time zone, as the operator calls it.
    let attempts: Vec<serde_json::Value> = view
        .attempts
        .iter()
        .map(|a| {
            serde_json::json!({
                "when": lang.when(a.at, Some(tz)),
                "outcome": a.outcome,
                "method": a.method,
            })
        })
        .collect();
    let visited = {
        use chrono::TimeZone;
        tz.from_local_datetime(&view.visited_local)
            .earliest()
            .map(|t| lang.when(t.timestamp_millis(), Some(tz)))
            .unwrap_or_else(|| lang.datetime(&view.visited_local.and_utc()))
    };
    let ctx = serde_json::json!({
        "title": tr!(lang, "callbacks-callback-title", id = view.id.to_string()),
        "visited": visited,
        "centre_zone": tz.name(),
        "attempts": attempts,
        "callback": view,
        "script": script,
        "notice": q.notice,
        "call_text": bridged.as_ref().map(|c| call_progress(&lang, c)),
        "call": bridged,
        "open_now": hours.is_open(state.clock.now()),
        "has_phone": op.phone.is_some(),
        "outcomes": Outcome::ALL.map(Outcome::as_str),
        "categories": desk::CATEGORIES,
        "messages": call_messages(&lang),
    });
    Ok(render("callback.html", Some(&me), ctx)?.into_response())
}

async fn call_form(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    match place(&state, &caller, id).await {
        Ok(_) => Ok(Redirect::to(&format!("/callbacks/{id}?notice=ringing")).into_response()),
        Err(AppError::Conflict(_)) | Err(AppError::Invalid { .. }) => {
            Ok(Redirect::to(&format!("/callbacks/{id}?notice=cannot-call")).into_response())
        }
        Err(other) => Err(other),
    }
}

/// The outcome form, as the page posts it.
#[derive(Deserialize)]
struct OutcomeForm {
    outcome: Outcome,
    #[serde(default)]
    call_back_at: Option<String>,
    #[serde(default)]
    satisfaction_staff: Option<String>,
    #[serde(default)]
    satisfaction_process: Option<String>,
    #[serde(default)]
    satisfaction_overall: Option<String>,
    #[serde(default)]
    comments: Option<String>,
    #[serde(default)]
    questions: Option<String>,
    #[serde(default)]
    suggestions: Option<String>,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    follow_up_needed: Option<String>,
    #[serde(default)]
    follow_up_by: Option<String>,
    #[serde(default)]
    call_id: Option<String>,
    /// "next": take the next callback due once this one is saved.
    #[serde(default)]
    then: Option<String>,
}

fn score(field: &str, raw: &Option<String>) -> AppResult<Option<i64>> {
    match raw.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(v) => v
            .parse()
            .map(Some)
            .map_err(|_| AppError::invalid(field, msg!("callbacks-satisfaction-range"))),
    }
}

async fn outcome_form(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(f): Form<OutcomeForm>,
) -> AppResult<Response> {
    let op = operator(&state, &caller).await?;
    let view = desk::held(&state.db, &op, id, state.clock.now()).await?;
    let hours = hours_of(&state, view.centre_id).await?;
    let call_back_at = match f
        .call_back_at
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(raw) => {
            // Typed as pages show times (`2026-12-01 14:30`); a browser's own
            // picker sends the `T` form.
            let local = chrono::NaiveDateTime::parse_from_str(raw, "%Y-%m-%d %H:%M")
                .or_else(|_| chrono::NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M"))
                .map_err(|_| {
                    AppError::invalid("call_back_at", msg!("callbacks-call-back-at-invalid"))
                })?;
            use chrono::TimeZone;
            hours
                .time_zone()
                .from_local_datetime(&local)
                .earliest()
                .map(|t| t.to_utc())
        }
    };
    let input = OutcomeIn {
        outcome: f.outcome,
        call_back_at,
        satisfaction_staff: score("satisfaction_staff", &f.satisfaction_staff)?,
        satisfaction_process: score("satisfaction_process", &f.satisfaction_process)?,
        satisfaction_overall: score("satisfaction_overall", &f.satisfaction_overall)?,
        comments: f.comments,
        questions: f.questions,
        suggestions: f.suggestions,
        category: f.category,
        follow_up_needed: f.follow_up_needed.is_some(),
        follow_up_by: f.follow_up_by,
        call_id: f.call_id.and_then(|c| c.parse().ok()),
    };
    save_outcome(&state, &caller, id, &input).await?;
    if f.then.as_deref() == Some("next") {
        let next = desk::take(&state.db, &op, None, state.clock.now(), lease_ms(&state)).await?;
        return Ok(match next {
            Some(next) => Redirect::to(&format!("/callbacks/{next}?notice=saved")),
            None => Redirect::to("/callbacks?notice=saved-nothing-due"),
        }
        .into_response());
    }
    Ok(Redirect::to("/callbacks?notice=saved").into_response())
}
