//! Customer-care callbacks over HTTP: visits in (JSON and CSV), the draws
//! and their explanation, and the operators' desk (pages and API). An
//! operator sees a citizen's number in full only while holding the callback,
//! and every such view is audited.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::auth::{Allowed, CallbackResults, Callbacks, Caller, Intake};
use super::render::{Me, render};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth;
use crate::auth::audit::{self, Action};
use crate::callbacks::desk::{self, CallbackLine, Held, Operator, Outcome, OutcomeIn};
use crate::callbacks::draw::{self, Explained};
use crate::callbacks::hours::CallingHours;
use crate::callbacks::{bridge, visits};
use crate::error::{AppError, AppResult};
use crate::privacy::mask_phone;
use crate::roster::{self, ImportError, ImportReport};

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

/// An import's answer: the report, or every problem with its line and field.
fn import_answer(result: Result<ImportReport, ImportError>) -> Response {
    match result {
        Ok(report) => Json(report).into_response(),
        Err(ImportError::Rejected { source, problems }) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(serde_json::json!({
                "error": format!("{source}: nothing was imported; {} problem(s)", problems.len()),
                "problems": problems,
            })),
        )
            .into_response(),
        Err(ImportError::Failed { error, .. }) => error.into_response(),
    }
}

async fn push_visits(
    Allowed(caller, _): Allowed<Intake>,
    State(state): State<AppState>,
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
    import_answer(result)
}

async fn import_visits(
    Allowed(caller, _): Allowed<Intake>,
    State(state): State<AppState>,
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
            Json(serde_json::json!({ "error": "send the file as text/csv" })),
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
    import_answer(result)
}

#[derive(Deserialize)]
struct DrawQuery {
    centre: String,
    day: NaiveDate,
}

/// A centre's draw for a day, explained.
async fn draw_explained(
    _: Allowed<CallbackResults>,
    State(state): State<AppState>,
    Query(q): Query<DrawQuery>,
) -> AppResult<Json<Explained>> {
    let centre = roster::list_centres(&state.db)
        .await?
        .into_iter()
        .find(|c| c.code == q.centre)
        .ok_or_else(|| AppError::invalid("centre", format!("no centre {:?}", q.centre)))?;
    Ok(Json(
        draw::explain(&state.db, &centre, q.day)
            .await?
            .ok_or_else(|| AppError::not_found(format!("draw for {} on {}", q.centre, q.day)))?,
    ))
}

async fn today(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
) -> AppResult<Json<Vec<CallbackLine>>> {
    let op = operator(&state, &caller).await?;
    Ok(Json(desk::today(&state.db, &op, state.clock.now()).await?))
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

async fn take_next(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
) -> AppResult<Response> {
    let op = operator(&state, &caller).await?;
    match desk::take(&state.db, &op, None, state.clock.now(), lease_ms(&state)).await? {
        Some(id) => Ok(Json(held_view(&state, &caller, &op, id).await?).into_response()),
        None => Ok(StatusCode::NO_CONTENT.into_response()),
    }
}

async fn take(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<Held>> {
    let op = operator(&state, &caller).await?;
    desk::take(
        &state.db,
        &op,
        Some(id),
        state.clock.now(),
        lease_ms(&state),
    )
    .await?
    .ok_or_else(|| {
        AppError::Conflict(format!(
            "callback {id} is not due, not yours to take, or held by someone else"
        ).into())
    })?;
    Ok(Json(held_view(&state, &caller, &op, id).await?))
}

async fn held(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<Held>> {
    let op = operator(&state, &caller).await?;
    Ok(Json(held_view(&state, &caller, &op, id).await?))
}

#[derive(Serialize)]
struct Placed {
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

async fn call_state(
    Allowed(caller, _): Allowed<Callbacks>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<bridge::BridgedCall>> {
    let op = operator(&state, &caller).await?;
    desk::held(&state.db, &op, id, state.clock.now()).await?;
    Ok(Json(bridge::latest_call(&state.db, id).await?.ok_or_else(
        || AppError::not_found(format!("a bridged call for callback {id}")),
    )?))
}

async fn call(
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

#[derive(Serialize)]
struct OutcomeOut {
    state: &'static str,
}

async fn outcome(
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
    Query(q): Query<Notice>,
) -> AppResult<Response> {
    let op = operator(&state, &caller).await?;
    let now = state.clock.now();
    let lines = desk::today(&state.db, &op, now).await?;
    let me = Me::of(&caller, &session).await;
    let hours = match op.centre_id {
        Some(centre) => {
            let hours = hours_of(&state, centre).await?;
            Some(serde_json::json!({
                "text": hours.describe(),
                "open": hours.is_open(now),
                "opens_at": hours.next_open(now).map(|t| t.timestamp_millis()),
            }))
        }
        None => None,
    };
    let ctx = serde_json::json!({ "callbacks": lines, "notice": q.notice, "now": state.clock.now_ms(), "has_phone": op.phone.is_some(), "hours": hours });
    Ok(render("callbacks.html", Some(&me), ctx)?.into_response())
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
    Path(id): Path<i64>,
    Query(q): Query<Notice>,
) -> AppResult<Response> {
    let op = operator(&state, &caller).await?;
    let view = held_view(&state, &caller, &op, id).await?;
    let script = state.scripts.get(&state.config.callbacks.script).cloned();
    let bridged = bridge::latest_call(&state.db, id).await?;
    let hours = hours_of(&state, view.centre_id).await?;
    let me = Me::of(&caller, &session).await;
    let ctx = serde_json::json!({
        "callback": view,
        "script": script,
        "notice": q.notice,
        "call": bridged,
        "open_now": hours.is_open(state.clock.now()),
        "has_phone": op.phone.is_some(),
        "categories": desk::CATEGORIES,
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
            .map_err(|_| AppError::invalid(field, "give 1 to 5")),
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
            let local = chrono::NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
                .map_err(|_| AppError::invalid("call_back_at", "give a date and time"))?;
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
