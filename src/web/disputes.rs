//! Disputes over HTTP: the list with states and resolution times, an
//! evaluation's page (its items, every score version, its disputes, and the
//! forms to raise or resolve one), and the JSON for other systems. HR sees
//! every evaluation; a supervisor those of their own department (others
//! are "not found") and may raise disputes for them; only HR resolves.

use std::collections::{BTreeMap, HashMap};

use axum::extract::{Path, Query, State};
use axum::http::Method;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;
use utoipa::{IntoParams, ToSchema};

use super::auth::{Allowed, Caller, Results, StaffResults};
use super::problem::Problem;
use super::render::{Me, render};
use super::results::{ViewQuery, download, is_hr, own_department, person};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth::audit::{self, Action};
use crate::clock::from_ms;
use crate::error::AppResult;
use crate::grading::versions;
use crate::i18n::Lang;
use crate::reports::disputes::{self, NewDispute, Review};
use crate::reports::{results, tables};

pub fn routes() -> Routes {
    Routes::new()
        .route::<StaffResults, _, _>(Method::GET, "/results/disputes", disputes_page)
        .route::<StaffResults, _, _>(Method::GET, "/results/evaluations/{id}", evaluation_page)
        .route::<StaffResults, _, _>(
            Method::POST,
            "/results/evaluations/{id}/dispute",
            raise_form,
        )
        .route::<Results, _, _>(Method::POST, "/results/disputes/{id}/resolve", resolve_form)
}

pub fn api_routes() -> Routes {
    Routes::new()
        .route::<StaffResults, _, _>(Method::GET, "/results/disputes", api_disputes)
        .doc("Disputes with their state and resolution")
        .route::<StaffResults, _, _>(Method::POST, "/results/evaluations/{id}/disputes", api_raise)
        .doc("Dispute a final evaluation: {items, comment}")
        .route::<Results, _, _>(Method::POST, "/results/disputes/{id}/resolve", api_resolve)
        .doc("Resolve a dispute: {decision: accept|reject, resolution, scores: {item: level|\"na\"}}")
        .route::<StaffResults, _, _>(Method::GET, "/results/evaluations/{id}/versions", api_versions)
        .doc("Every version of an evaluation's final score")
}

async fn visible_disputes(
    state: &AppState,
    caller: &Caller,
    q: &DisputeQuery,
) -> AppResult<Vec<disputes::Dispute>> {
    let state_filter = q.state.as_deref().filter(|s| !s.is_empty() && *s != "all");
    match own_department(caller) {
        Some(limit) => disputes::list(&state.db, state_filter, Some(limit.unwrap_or(-1))).await,
        None => disputes::list(&state.db, state_filter, None).await,
    }
}

/// Which disputes.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct DisputeQuery {
    /// `open`, `accepted`, `partly_accepted` or `rejected`.
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    format: Option<String>,
}

async fn staff_names(
    state: &AppState,
    list: &[disputes::Dispute],
) -> AppResult<HashMap<i64, results::StaffInfo>> {
    let ids: Vec<i64> = list.iter().filter_map(|d| d.staff_id).collect();
    results::staff_by_id(&state.db, &ids).await
}

async fn disputes_page(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Query(q): Query<DisputeQuery>,
) -> AppResult<Response> {
    let list = visible_disputes(&state, &caller, &q).await?;
    let staff = staff_names(&state, &list).await?;
    if let Some(format) = q.format.as_deref() {
        let table = tables::disputes(
            &list,
            |id| {
                id.and_then(|id| staff.get(&id))
                    .map(|s| s.name.clone())
                    .unwrap_or_default()
            },
            &lang,
        );
        let view = ViewQuery::download_as(format);
        return download(&state, &caller, &view, "disputes", vec![table]).await;
    }
    let me = Me::of(&caller, &session).await;
    let rows: Vec<serde_json::Value> = list
        .iter()
        .map(|d| {
            serde_json::json!({
                "d": d,
                "items": d.item_keys(),
                "staff": d.staff_id.and_then(|id| staff.get(&id)),
                "hours": d.resolution_hours(),
            })
        })
        .collect();
    let states: Vec<&str> = disputes::STATES.iter().map(|(s, _)| *s).collect();
    let ctx = serde_json::json!({
        "rows": rows,
        "summary": disputes::summarize(&list),
        "state": q.state.clone().unwrap_or_default(),
        "states": states,
        "hr": is_hr(&caller),
    });
    Ok(render("disputes.html", Some(&me), ctx)?.into_response())
}

/// A dispute over a final evaluation.
#[derive(Serialize, ToSchema)]
pub(super) struct DisputeOut {
    id: i64,
    evaluation_id: i64,
    raised_by: String,
    comment: String,
    /// The items disputed.
    items: Vec<String>,
    /// `open`, `accepted`, `partly_accepted` or `rejected`.
    state: String,
    reviewed_by: Option<String>,
    resolution: Option<String>,
    created_at: DateTime<Utc>,
    resolved_at: Option<DateTime<Utc>>,
    /// Hours from raising to resolving.
    resolution_hours: Option<f64>,
    staff_id: Option<i64>,
    department_id: Option<i64>,
    /// The local day of the call disputed.
    local_date: Option<NaiveDate>,
}

/// Disputes with a summary of their states and resolution times.
#[derive(Serialize, ToSchema)]
pub(super) struct DisputesOut {
    summary: disputes::Summary,
    disputes: Vec<DisputeOut>,
}

const PROBLEM: &str = "application/problem+json";

/// Disputes with their state and resolution (HR: all; a supervisor: their
/// department's).
#[utoipa::path(get, path = "/api/v1/results/disputes", tag = "results", params(DisputeQuery),
    responses((status = 200, body = DisputesOut)))]
pub(super) async fn api_disputes(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    Query(q): Query<DisputeQuery>,
) -> AppResult<Json<DisputesOut>> {
    let list = visible_disputes(&state, &caller, &q).await?;
    Ok(Json(DisputesOut {
        summary: disputes::summarize(&list),
        disputes: list
            .iter()
            .map(|d| DisputeOut {
                id: d.id,
                evaluation_id: d.evaluation_id,
                raised_by: d.raised_by.clone(),
                comment: d.comment.clone(),
                items: d.item_keys(),
                state: d.state.clone(),
                reviewed_by: d.reviewed_by.clone(),
                resolution: d.resolution.clone(),
                created_at: from_ms(d.created_at),
                resolved_at: d.resolved_at.map(from_ms),
                resolution_hours: d.resolution_hours(),
                staff_id: d.staff_id,
                department_id: d.department_id,
                local_date: d.local_date.parse().ok(),
            })
            .collect(),
    }))
}

/// The final evaluation, if the caller may see whom it is about.
async fn visible_evaluation(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> AppResult<results::Final> {
    let f = results::final_evaluation(&state.db, id)
        .await?
        .ok_or_else(|| disputes::evaluation_not_found(id))?;
    match (own_department(caller), f.department_id) {
        (Some(limit), dep) if limit.is_none() || limit != dep => {
            Err(disputes::evaluation_not_found(id))
        }
        _ => Ok(f),
    }
}

async fn evaluation_page(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let f = visible_evaluation(&state, &caller, id).await?;
    let script =
        crate::grading::script_for(&state.db, &state.scripts, &f.script_id, &f.script_version)
            .await?;
    let history = versions::history(&state.db, id).await?;
    let staff = match f.staff_id {
        Some(s) => Some(results::staff_info(&state.db, s).await?),
        None => None,
    };
    let all = disputes::of_evaluation(&state.db, id).await?;
    let theirs: Vec<serde_json::Value> = all
        .iter()
        .map(|d| serde_json::json!({ "d": d, "items": d.item_keys() }))
        .collect();
    let now = state.clock.now_ms();
    let closed = disputes::closed_reason(
        f.finalized_at,
        f.locked,
        state.config.results.dispute_window_days,
        now,
    )
    .map(|why| why.message().in_lang(&lang));
    let items: Vec<serde_json::Value> = script
        .items()
        .map(|(stage, item)| {
            let share = f.items.get(&item.key).copied().flatten();
            let levels: Vec<(i64, String)> = (item.scale.min()..=item.scale.max())
                .map(|v| {
                    let name = match &item.scale {
                        crate::scripts::Scale::YesNo => lang.t(if v == 1 {
                            "disputes-level-yes"
                        } else {
                            "disputes-level-no"
                        }),
                        crate::scripts::Scale::ThreePoint { levels }
                        | crate::scripts::Scale::FivePoint { levels } => levels
                            .get((v - item.scale.min()) as usize)
                            .cloned()
                            .unwrap_or_default(),
                    };
                    (v, name)
                })
                .collect();
            serde_json::json!({
                "key": item.key, "label": item.label, "stage": stage.title,
                "score": share.map(|s| s * 100.0), "applies": f.items.contains_key(&item.key),
                "measured": item.auto.is_some(), "na_allowed": item.na_allowed, "levels": levels,
            })
        })
        .collect();
    let me = Me::of(&caller, &session).await;
    let ctx = serde_json::json!({
        "f": f,
        "script": { "id": script.id, "title": script.title },
        "staff": staff,
        "history": history,
        "disputes": theirs,
        "open": all.iter().any(|d| d.state == "open"),
        "closed": closed,
        "items": items,
        "hr": is_hr(&caller),
        "window": state.config.results.dispute_window_days,
    });
    Ok(render("evaluation.html", Some(&me), ctx)?.into_response())
}

async fn raise(state: &AppState, caller: &Caller, id: i64, input: &NewDispute) -> AppResult<i64> {
    visible_evaluation(state, caller, id).await?;
    let dispute = disputes::raise(
        &state.db,
        &state.scripts,
        id,
        input,
        &person(caller),
        state.config.results.dispute_window_days,
        state.clock.now_ms(),
    )
    .await?;
    let entry = caller
        .audit(Action::ScoreChanged)
        .detail(format!("dispute {dispute} raised on evaluation {id}"));
    audit::record(&state.db, entry, state.clock.now_ms()).await?;
    Ok(dispute)
}

/// The dispute raised.
#[derive(Serialize, ToSchema)]
pub(super) struct Raised {
    dispute_id: i64,
    evaluation_id: i64,
    /// Always `open`.
    state: &'static str,
}

/// Disputes a final evaluation: the items and why.
#[utoipa::path(post, path = "/api/v1/results/evaluations/{id}/disputes", tag = "results",
    params(("id" = i64, Path, description = "The evaluation")),
    request_body = NewDispute,
    responses((status = 201, body = Raised),
        (status = 404, description = "No such final evaluation (or not yours to see)", body = Problem, content_type = PROBLEM),
        (status = 409, description = "Already disputed, or its score is locked", body = Problem, content_type = PROBLEM),
        (status = 422, description = "No item, an unknown item, or a comment refused", body = Problem, content_type = PROBLEM)))]
pub(super) async fn api_raise(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Json(input): Json<NewDispute>,
) -> AppResult<Response> {
    let dispute = raise(&state, &caller, id, &input).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        Json(Raised {
            dispute_id: dispute,
            evaluation_id: id,
            state: "open",
        }),
    )
        .into_response())
}

async fn raise_form(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let input = NewDispute {
        items: fields
            .iter()
            .filter(|(k, _)| k == "item")
            .map(|(_, v)| v.clone())
            .collect(),
        comment: fields
            .iter()
            .find(|(k, _)| k == "comment")
            .map(|(_, v)| v.clone())
            .unwrap_or_default(),
    };
    raise(&state, &caller, id, &input).await?;
    Ok(Redirect::to(&format!("/results/evaluations/{id}#disputes")).into_response())
}

async fn resolve(
    state: &AppState,
    caller: &Caller,
    id: i64,
    review: &Review,
) -> AppResult<disputes::Resolved> {
    let resolved = disputes::resolve(
        &state.db,
        &state.scripts,
        id,
        review,
        &person(caller),
        state.clock.now_ms(),
    )
    .await?;
    let entry = caller.audit(Action::ScoreChanged).detail(format!(
        "dispute {id} {}: total {:.2} -> {:.2}",
        resolved.state, resolved.total_before, resolved.total_after
    ));
    audit::record(&state.db, entry, state.clock.now_ms()).await?;
    Ok(resolved)
}

/// Resolves a dispute: accept (with the new scores) or reject.
#[utoipa::path(post, path = "/api/v1/results/disputes/{id}/resolve", tag = "results",
    params(("id" = i64, Path, description = "The dispute")),
    request_body = Review,
    responses((status = 200, body = disputes::Resolved),
        (status = 404, description = "No such dispute", body = Problem, content_type = PROBLEM),
        (status = 409, description = "Already resolved, or raised by you", body = Problem, content_type = PROBLEM),
        (status = 422, description = "A decision or score refused (named)", body = Problem, content_type = PROBLEM)))]
pub(super) async fn api_resolve(
    Allowed(caller, _): Allowed<Results>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Json(review): Json<Review>,
) -> AppResult<Json<disputes::Resolved>> {
    Ok(Json(resolve(&state, &caller, id, &review).await?))
}

async fn resolve_form(
    Allowed(caller, _): Allowed<Results>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let scores: BTreeMap<String, serde_json::Value> = fields
        .iter()
        .filter_map(|(k, v)| {
            Some((
                k.strip_prefix("score.")?.to_string(),
                serde_json::Value::String(v.clone()),
            ))
        })
        .collect();
    let review = Review {
        decision: field("decision"),
        resolution: field("resolution"),
        scores,
    };
    let resolved = resolve(&state, &caller, id, &review).await?;
    let dispute = disputes::get(&state.db, resolved.dispute_id).await?;
    Ok(Redirect::to(&format!(
        "/results/evaluations/{}#disputes",
        dispute.evaluation_id
    ))
    .into_response())
}

/// One version of an evaluation's final score.
#[derive(Serialize, ToSchema)]
pub(super) struct VersionOut {
    version: i64,
    total: f64,
    band: String,
    stages: Vec<versions::StageLine>,
    items: BTreeMap<String, Option<f64>>,
    /// `single`, `mean`, `adjudication`, `dispute` …
    source: String,
    reason: Option<String>,
    changed_by: String,
    dispute_id: Option<i64>,
    at: DateTime<Utc>,
}

/// Every version of an evaluation's final score, oldest first.
#[utoipa::path(get, path = "/api/v1/results/evaluations/{id}/versions", tag = "results",
    params(("id" = i64, Path, description = "The evaluation")),
    responses((status = 200, body = [VersionOut]),
        (status = 404, description = "No such final evaluation (or not yours to see)", body = Problem, content_type = PROBLEM)))]
pub(super) async fn api_versions(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<Vec<VersionOut>>> {
    visible_evaluation(&state, &caller, id).await?;
    let history = versions::history(&state.db, id).await?;
    Ok(Json(
        history
            .into_iter()
            .map(|v| VersionOut {
                version: v.version,
                total: v.total,
                band: v.band,
                stages: v.stages,
                items: v.items,
                source: v.source,
                reason: v.reason,
                changed_by: v.changed_by,
                dispute_id: v.dispute_id,
                at: from_ms(v.at),
            })
            .collect(),
    ))
}
