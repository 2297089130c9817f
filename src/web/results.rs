//! HR results over HTTP: the department view, staff lists and scorecards,
//! star staff, training needs, disputes, the printable monthly report and
//! year-end summaries, with CSV and XLSX downloads of every table and the
//! JSON for other systems. HR sees everyone; a supervisor sees the staff of
//! their own department (others are "not found"), may raise disputes for
//! them, and reads their disputes.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::Method;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use serde::Deserialize;
use tower_sessions::Session;

use super::auth::{Allowed, Caller, Results, StaffResults};
use super::render::{Me, render};
use super::routes::Routes;
use super::synthesis::audit_export;
use crate::app::AppState;
use crate::auth::Role;
use crate::auth::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::msg;
use crate::reports::disputes::{self, Person};
use crate::reports::export::{self, CSV_TYPE, Table, XLSX_TYPE};
use crate::reports::results::{self, Range, RangeQuery, Scope};
use crate::reports::{charts, ranking, scorecard, stars, tables, training};

pub fn routes() -> Routes {
    Routes::new()
        .route::<Results, _, _>(Method::GET, "/results", departments_page)
        .route::<StaffResults, _, _>(Method::GET, "/results/staff", staff_page)
        .route::<StaffResults, _, _>(Method::GET, "/results/staff/{id}", scorecard_page)
        .route::<StaffResults, _, _>(Method::GET, "/results/staff/{id}/print", scorecard_print)
        .route::<StaffResults, _, _>(Method::GET, "/results/staff/{id}/export", scorecard_export)
        .route::<StaffResults, _, _>(Method::GET, "/results/methods", methods_page)
        .route::<Results, _, _>(Method::GET, "/results/stars", stars_page)
        .route::<Results, _, _>(Method::GET, "/results/training", training_page)
        .route::<Results, _, _>(Method::POST, "/results/examples", mark_example_form)
        .route::<Results, _, _>(Method::GET, "/results/report", report_page)
        .route::<Results, _, _>(Method::GET, "/results/export", export_view)
}

pub fn api_routes() -> Routes {
    Routes::new()
        .route::<Results, _, _>(Method::GET, "/results/departments", api_departments)
        .doc("Departments and centres ranked by shrunk mean, with intervals (month, year or from/to; centre)")
        .route::<StaffResults, _, _>(Method::GET, "/results/staff", api_staff)
        .doc("Staff figures for a period (department; a supervisor's own department)")
        .route::<StaffResults, _, _>(Method::GET, "/results/staff/{id}", api_scorecard)
        .doc("A staff member's scorecard for a period")
        .route::<Results, _, _>(Method::GET, "/results/stars", api_stars)
        .doc("Star staff of a centre for a month")
        .route::<Results, _, _>(Method::GET, "/results/training", api_training)
        .doc("Training needs: staff x item matrix, topics, best-practice recordings")
}

#[derive(Deserialize, Default)]
pub struct ViewQuery {
    #[serde(flatten)]
    range: RangeQuery,
    /// Centre code.
    #[serde(default)]
    centre: Option<String>,
    /// Department code.
    #[serde(default)]
    department: Option<String>,
    /// For exports: which view, which format, which table (CSV).
    #[serde(default)]
    view: Option<String>,
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    table: Option<String>,
}

impl ViewQuery {
    /// Only a download format: for tables whose rows need no period or scope.
    pub(super) fn download_as(format: &str) -> ViewQuery {
        ViewQuery {
            format: Some(format.to_string()),
            ..ViewQuery::default()
        }
    }
}

fn today(state: &AppState) -> chrono::NaiveDate {
    state.clock.now().date_naive()
}

fn range_of(state: &AppState, q: &ViewQuery) -> AppResult<Range> {
    Range::from_query(&q.range, today(state))
}

pub(super) fn is_hr(caller: &Caller) -> bool {
    caller.roles.has(Role::Hr)
}

/// A supervisor's own department; HR is not limited. A supervisor without
/// a department sees no one.
pub(super) fn own_department(caller: &Caller) -> Option<Option<i64>> {
    if is_hr(caller) {
        None
    } else {
        Some(caller.department_id)
    }
}

/// The scope a view's filters name, within what the caller may see.
async fn scope_of(state: &AppState, caller: &Caller, q: &ViewQuery) -> AppResult<Scope> {
    if let Some(limit) = own_department(caller) {
        return Ok(Scope::Department(limit.unwrap_or(-1)));
    }
    let departments = results::departments(&state.db).await?;
    if let Some(code) = q.department.as_deref().filter(|c| !c.is_empty()) {
        let d = departments.iter().find(|d| d.code == code).ok_or_else(|| {
            AppError::invalid(
                "department",
                msg!("results-department-unknown", code = code),
            )
        })?;
        return Ok(Scope::Department(d.id));
    }
    if let Some(code) = q.centre.as_deref().filter(|c| !c.is_empty()) {
        let d = departments
            .iter()
            .find(|d| d.centre_code == code)
            .ok_or_else(|| {
                AppError::invalid("centre", msg!("results-centre-unknown", code = code))
            })?;
        return Ok(Scope::Centre(d.centre_id));
    }
    Ok(Scope::All)
}

/// The staff member, if the caller may see them.
async fn visible_staff(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> AppResult<results::StaffInfo> {
    let staff = results::staff_info(&state.db, id).await?;
    match own_department(caller) {
        Some(limit) if limit != Some(staff.department_id) => Err(AppError::NotFound(msg!(
            "results-staff-not-found",
            id = id.to_string()
        ))),
        _ => Ok(staff),
    }
}

pub(super) fn person(caller: &Caller) -> Person {
    let label = match &caller.actor {
        Actor::User { name, .. } | Actor::Token { name, .. } => name.clone(),
        _ => "unknown".into(),
    };
    Person {
        label,
        user_id: caller.user_id,
    }
}

/// The period and filters of a view, for its links and headings.
fn filters_context(q: &ViewQuery, range: &Range, lang: &Lang) -> serde_json::Value {
    let extra = |base: String| {
        let mut s = base;
        for (k, v) in [("centre", &q.centre), ("department", &q.department)] {
            if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                s.push_str(&format!(
                    "&{k}={}",
                    url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
                ));
            }
        }
        s
    };
    serde_json::json!({ "q": {
        "range": range,
        "period": range.title(lang),
        "year": range.to.format("%Y").to_string(),
        "query": extra(range.query()),
        "previous": extra(range.previous().query()),
        "next": extra(range.next().query()),
        "centre": q.centre.clone().unwrap_or_default(),
        "department": q.department.clone().unwrap_or_default(),
    }})
}

pub(super) fn merge(mut a: serde_json::Value, b: serde_json::Value) -> serde_json::Value {
    if let (Some(a), serde_json::Value::Object(b)) = (a.as_object_mut(), b) {
        a.extend(b);
    }
    a
}

/// `tables` as the download the query asks for: XLSX (every table) or CSV (one).
pub(super) async fn download(
    state: &AppState,
    caller: &Caller,
    q: &ViewQuery,
    name: &str,
    all: Vec<Table>,
) -> AppResult<Response> {
    let format = q.format.as_deref().unwrap_or("xlsx");
    let response = match format {
        "xlsx" => {
            let file = format!("{name}.xlsx");
            audit_export(state, caller, format!("results {file}")).await?;
            export::download(export::xlsx(&all)?, XLSX_TYPE, &file)
        }
        "csv" => {
            let key = q.table.clone().unwrap_or_else(|| all[0].key.clone());
            let table = tables::pick(all, &key)?;
            let file = format!("{name}-{key}.csv");
            audit_export(state, caller, format!("results {file}")).await?;
            export::download(export::csv(&table)?, CSV_TYPE, &file)
        }
        other => {
            return Err(AppError::invalid(
                "format",
                msg!("export-format-invalid", value = other),
            ));
        }
    };
    Ok(response)
}

/// The tables a page offers as CSV: each one's key and name.
fn table_names(all: &[Table]) -> Vec<serde_json::Value> {
    all.iter()
        .map(|t| serde_json::json!({ "key": t.key, "name": t.name }))
        .collect()
}

// --- the department view ---

async fn build_ranking(
    state: &AppState,
    caller: &Caller,
    q: &ViewQuery,
) -> AppResult<ranking::Ranking> {
    let range = range_of(state, q)?;
    let scope = scope_of(state, caller, q).await?;
    ranking::build(
        &state.db,
        scope,
        &range,
        state.config.results.flag_probability.get(),
    )
    .await
}

async fn departments_page(
    Allowed(caller, _): Allowed<Results>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let r = build_ranking(&state, &caller, &q).await?;
    let me = Me::of(&caller, &session).await;
    let centres: Vec<(String, String)> = {
        let mut seen: Vec<(String, String)> = Vec::new();
        for d in results::departments(&state.db).await? {
            if !seen.iter().any(|(c, _)| *c == d.centre_code) {
                seen.push((d.centre_code, d.centre_name));
            }
        }
        seen
    };
    let ctx = merge(
        filters_context(&q, &r.range, &lang),
        serde_json::json!({
            "r": r,
            "centres": centres,
            "tables": table_names(&tables::ranking(&r, &lang)),
            "departments_chart": charts::departments(&r.departments, &lang)?,
            "distribution_chart": charts::distribution(&r.distribution, &lang)?,
        }),
    );
    Ok(render("results.html", Some(&me), ctx)?.into_response())
}

async fn api_departments(
    Allowed(caller, _): Allowed<Results>,
    State(state): State<AppState>,
    Query(q): Query<ViewQuery>,
) -> AppResult<Json<ranking::Ranking>> {
    Ok(Json(build_ranking(&state, &caller, &q).await?))
}

// --- staff ---

async fn staff_page(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let range = range_of(&state, &q)?;
    let scope = scope_of(&state, &caller, &q).await?;
    let lines = ranking::staff_lines(&state.db, scope, &range).await?;
    let me = Me::of(&caller, &session).await;
    let departments = if is_hr(&caller) {
        results::departments(&state.db).await?
    } else {
        Vec::new()
    };
    let ctx = merge(
        filters_context(&q, &range, &lang),
        serde_json::json!({
            "lines": lines,
            "departments": departments,
            "policies": crate::reports::reach::policies(&state.db, scope, &range).await?,
        }),
    );
    Ok(render("results_staff.html", Some(&me), ctx)?.into_response())
}

async fn api_staff(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    Query(q): Query<ViewQuery>,
) -> AppResult<Json<Vec<ranking::StaffLine>>> {
    let range = range_of(&state, &q)?;
    let scope = scope_of(&state, &caller, &q).await?;
    Ok(Json(ranking::staff_lines(&state.db, scope, &range).await?))
}

async fn build_scorecard(
    state: &AppState,
    caller: &Caller,
    id: i64,
    q: &ViewQuery,
) -> AppResult<scorecard::Scorecard> {
    visible_staff(state, caller, id).await?;
    let range = range_of(state, q)?;
    scorecard::build(&state.db, &state.scripts, id, &range).await
}

async fn scorecard_context(
    state: &AppState,
    s: &scorecard::Scorecard,
    q: &ViewQuery,
    lang: &Lang,
) -> AppResult<serde_json::Value> {
    let now = state.clock.now_ms();
    let window = state.config.results.dispute_window_days;
    let disputable: Vec<i64> = s
        .evaluations
        .iter()
        .filter(|e| {
            e.dispute.as_deref() != Some("open")
                && disputes::closed_reason(e.finalized_at, e.locked, window, now).is_none()
        })
        .map(|e| e.evaluation_id)
        .collect();
    Ok(merge(
        filters_context(q, &s.range, lang),
        serde_json::json!({
            "s": s,
            "trend_chart": charts::trend(&s.trend, s.threshold, lang)?,
            "disputable": disputable,
            "tables": table_names(&tables::scorecard(s, lang)),
            "generated_at": now,
        }),
    ))
}

async fn scorecard_page(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Path(id): Path<i64>,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let s = build_scorecard(&state, &caller, id, &q).await?;
    let me = Me::of(&caller, &session).await;
    let ctx = merge(
        scorecard_context(&state, &s, &q, &lang).await?,
        serde_json::json!({ "listen": is_hr(&caller) }),
    );
    Ok(render("scorecard.html", Some(&me), ctx)?.into_response())
}

/// The printable scorecard; for a year (`year=2026`) it is the year-end summary.
async fn scorecard_print(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    lang: Lang,
    Path(id): Path<i64>,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let s = build_scorecard(&state, &caller, id, &q).await?;
    let ctx = scorecard_context(&state, &s, &q, &lang).await?;
    Ok(render("scorecard_print.html", None, ctx)?.into_response())
}

async fn scorecard_export(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    lang: Lang,
    Path(id): Path<i64>,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let s = build_scorecard(&state, &caller, id, &q).await?;
    let name = format!("scorecard-{}-{}", s.staff.employee_no, s.range.tag());
    download(&state, &caller, &q, &name, tables::scorecard(&s, &lang)).await
}

async fn api_scorecard(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<ViewQuery>,
) -> AppResult<Json<scorecard::Scorecard>> {
    Ok(Json(build_scorecard(&state, &caller, id, &q).await?))
}

// --- how the figures are computed ---

/// In plain words, with this service's own settings: the model, shrinkage,
/// intervals and rank intervals, the evidence rule for flags, and the
/// minimum sample for stars.
async fn methods_page(
    Allowed(caller, _): Allowed<StaffResults>,
    State(state): State<AppState>,
    session: Session,
) -> AppResult<Response> {
    let me = Me::of(&caller, &session).await;
    let cfg = &state.config.results;
    let ctx = serde_json::json!({
        "probability": cfg.flag_probability.get(),
        "differences_level": crate::reports::stats::DIFFERENCES_LEVEL,
        "min": cfg.star_min_evaluations,
        "worlds": crate::reports::posterior::draws_for(6),
        "policies": crate::campaigns::UnansweredPolicy::ALL.map(|p| p.as_str()),
    });
    Ok(render("results_methods.html", Some(&me), ctx)?.into_response())
}

// --- star staff ---

async fn build_stars(state: &AppState, q: &ViewQuery) -> AppResult<Vec<stars::Stars>> {
    let mut range = range_of(state, q)?;
    if range.kind != "month" {
        range = Range::month(range.to);
    }
    let cfg = &state.config.results;
    let mut centres: Vec<(i64, String)> = Vec::new();
    for d in results::departments(&state.db).await? {
        let wanted = q
            .centre
            .as_deref()
            .is_none_or(|c| c.is_empty() || c == d.centre_code);
        if wanted && !centres.iter().any(|(id, _)| *id == d.centre_id) {
            centres.push((d.centre_id, d.centre_name));
        }
    }
    let mut out = Vec::new();
    for (id, _) in centres {
        out.push(
            stars::stars(
                &state.db,
                &state.scripts,
                id,
                &range,
                cfg.star_min_evaluations,
                cfg.stars_per_centre,
                cfg.flag_probability.get(),
            )
            .await?,
        );
    }
    Ok(out)
}

async fn centre_names(state: &AppState) -> AppResult<HashMap<i64, String>> {
    Ok(results::departments(&state.db)
        .await?
        .into_iter()
        .map(|d| (d.centre_id, d.centre_name))
        .collect())
}

async fn stars_page(
    Allowed(caller, _): Allowed<Results>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let all = build_stars(&state, &q).await?;
    let range = all
        .first()
        .map(|s| s.range.clone())
        .unwrap_or(range_of(&state, &q)?);
    let names = centre_names(&state).await?;
    let me = Me::of(&caller, &session).await;
    let centres: Vec<serde_json::Value> = all
        .iter()
        .map(|s| serde_json::json!({ "name": names.get(&s.centre_id), "s": s }))
        .collect();
    let ctx = merge(
        filters_context(&q, &range, &lang),
        serde_json::json!({
            "policies": policies_of_all(&all),
            "centres": centres,
            "min": state.config.results.star_min_evaluations,
            "probability": state.config.results.flag_probability.get(),
        }),
    );
    Ok(render("stars.html", Some(&me), ctx)?.into_response())
}

/// The policies behind several centres' star lists, each once.
fn policies_of_all(all: &[stars::Stars]) -> Vec<String> {
    let mut policies: Vec<String> = all.iter().flat_map(|s| s.policies.clone()).collect();
    policies.sort();
    policies.dedup();
    policies
}

async fn api_stars(
    Allowed(_caller, _): Allowed<Results>,
    State(state): State<AppState>,
    Query(q): Query<ViewQuery>,
) -> AppResult<Json<Vec<stars::Stars>>> {
    Ok(Json(build_stars(&state, &q).await?))
}

// --- training ---

async fn build_training(
    state: &AppState,
    caller: &Caller,
    q: &ViewQuery,
) -> AppResult<training::Training> {
    let range = range_of(state, q)?;
    let scope = scope_of(state, caller, q).await?;
    training::build(&state.db, &state.scripts, scope, &range).await
}

async fn training_page(
    Allowed(caller, _): Allowed<Results>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let t = build_training(&state, &caller, &q).await?;
    let me = Me::of(&caller, &session).await;
    let ctx = merge(
        filters_context(&q, &t.range, &lang),
        serde_json::json!({
            "training": t,
            "departments": results::departments(&state.db).await?,
            "tables": table_names(&tables::training(&t, &lang)),
        }),
    );
    Ok(render("training.html", Some(&me), ctx)?.into_response())
}

async fn api_training(
    Allowed(caller, _): Allowed<Results>,
    State(state): State<AppState>,
    Query(q): Query<ViewQuery>,
) -> AppResult<Json<training::Training>> {
    Ok(Json(build_training(&state, &caller, &q).await?))
}

#[derive(Deserialize)]
struct ExampleForm {
    evaluation_id: i64,
    item_key: String,
    /// "1" to share, "0" to stop sharing.
    shared: String,
    #[serde(default)]
    back: Option<String>,
}

/// Only back to a results page, never to an address given from outside.
fn back_to(back: Option<String>, fallback: &str) -> String {
    back.filter(|b| b.starts_with("/results") && !b.starts_with("//") && !b.contains('\\'))
        .unwrap_or_else(|| fallback.to_string())
}

async fn mark_example_form(
    Allowed(caller, _): Allowed<Results>,
    State(state): State<AppState>,
    Form(f): Form<ExampleForm>,
) -> AppResult<Response> {
    disputes::mark_example(
        &state.db,
        f.evaluation_id,
        &f.item_key,
        f.shared == "1",
        &person(&caller).label,
        state.clock.now_ms(),
    )
    .await?;
    Ok(Redirect::to(&format!(
        "{}#examples",
        back_to(f.back, "/results/training")
    ))
    .into_response())
}

// --- the monthly report and the exports ---

async fn report_page(
    Allowed(caller, _): Allowed<Results>,
    State(state): State<AppState>,
    lang: Lang,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let r = build_ranking(&state, &caller, &q).await?;
    let stars = build_stars(&state, &q).await?;
    let names = centre_names(&state).await?;
    let t = build_training(&state, &caller, &q).await?;
    let all_disputes = disputes::in_range(disputes::list(&state.db, None, None).await?, &r.range);
    let centres: Vec<serde_json::Value> = stars
        .iter()
        .map(|s| serde_json::json!({ "name": names.get(&s.centre_id), "s": s }))
        .collect();
    let ctx = merge(
        filters_context(&q, &r.range, &lang),
        serde_json::json!({
            "r": r,
            "stars": centres,
            "training": t,
            "disputes": disputes::summarize(&all_disputes),
            "departments_chart": charts::departments(&r.departments, &lang)?,
            "distribution_chart": charts::distribution(&r.distribution, &lang)?,
            "generated_at": state.clock.now_ms(),
        }),
    );
    Ok(render("report_print.html", None, ctx)?.into_response())
}

/// `view`: departments, staff, year (year-end summary of every staff member), stars or training.
async fn export_view(
    Allowed(caller, _): Allowed<Results>,
    State(state): State<AppState>,
    lang: Lang,
    Query(q): Query<ViewQuery>,
) -> AppResult<Response> {
    let view = q.view.clone().unwrap_or_else(|| "departments".into());
    let (name, all) = match view.as_str() {
        "departments" => {
            let r = build_ranking(&state, &caller, &q).await?;
            (
                format!("departments-{}", r.range.tag()),
                tables::ranking(&r, &lang),
            )
        }
        "staff" | "year" => {
            let mut range = range_of(&state, &q)?;
            if view == "year" && range.kind != "year" {
                let year = chrono::Datelike::year(&range.to);
                range = Range::year(year).ok_or_else(|| {
                    AppError::invalid(
                        "year",
                        msg!("results-year-invalid", value = year.to_string()),
                    )
                })?;
            }
            let scope = scope_of(&state, &caller, &q).await?;
            let lines = ranking::staff_lines(&state.db, scope, &range).await?;
            let policies = crate::reports::reach::policies(&state.db, scope, &range).await?;
            let table = tables::staff(&lines, &policies, view == "year", &lang);
            (format!("{}-{}", table.key, range.tag()), vec![table])
        }
        "stars" => {
            let all = build_stars(&state, &q).await?;
            let names = centre_names(&state).await?;
            let mut out = Vec::new();
            for s in &all {
                let centre = names.get(&s.centre_id).cloned().unwrap_or_default();
                out.extend(tables::stars(s, &centre, &lang));
            }
            if out.is_empty() {
                return Err(AppError::NotFound(msg!("stars-no-centre")));
            }
            let tag = all.first().map(|s| s.range.tag()).unwrap_or_default();
            (format!("stars-{tag}"), out)
        }
        "training" => {
            let t = build_training(&state, &caller, &q).await?;
            (
                format!("training-{}", t.range.tag()),
                tables::training(&t, &lang),
            )
        }
        other => {
            return Err(AppError::invalid(
                "view",
                msg!("export-view-invalid", value = other),
            ));
        }
    };
    download(&state, &caller, &q, &name, all).await
}
