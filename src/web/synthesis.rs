//! The callbacks synthesis for leadership over HTTP: the page, a printable
//! view, CSV (one table) and XLSX (every table) downloads, the JSON for other
//! systems, and marking a follow-up done. Operators see their own centre;
//! administrators and HR see every centre.

use axum::extract::{Path, Query, State};
use axum::http::Method;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use chrono::NaiveDate;
use serde::Deserialize;
use tower_sessions::Session;

use super::auth::{Allowed, CallbackResults, Caller};
use super::render::{Me, render};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth;
use crate::auth::audit::{self, Action};
use crate::callbacks::desk::CATEGORIES;
use crate::callbacks::synthesis::{self, Period, Span, Synthesis, TABLES, UNCATEGORISED};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::msg;
use crate::reports::export::{self, CSV_TYPE, XLSX_TYPE};
use crate::roster::{self, Centre};

pub fn routes() -> Routes {
    Routes::new()
        .route::<CallbackResults, _, _>(Method::GET, "/callbacks/synthesis", page)
        .route::<CallbackResults, _, _>(Method::GET, "/callbacks/synthesis/print", print)
        .route::<CallbackResults, _, _>(Method::GET, "/callbacks/synthesis.csv", csv)
        .route::<CallbackResults, _, _>(Method::GET, "/callbacks/synthesis.xlsx", xlsx)
        .route::<CallbackResults, _, _>(
            Method::POST,
            "/callbacks/{id}/follow-up-done",
            follow_up_done_form,
        )
}

pub fn api_routes() -> Routes {
    Routes::new()
        .route::<CallbackResults, _, _>(Method::GET, "/callbacks/synthesis", api)
        .doc("The callbacks synthesis of a centre for a day, week or month (centre, span, date)")
        .route::<CallbackResults, _, _>(
            Method::POST,
            "/callbacks/{id}/follow-up-done",
            follow_up_done,
        )
        .doc("Mark a callback's follow-up as done")
}

#[derive(Deserialize, Default)]
pub struct SynthesisQuery {
    /// Centre code; the caller's own centre, or the first, when absent.
    #[serde(default)]
    centre: Option<String>,
    #[serde(default)]
    span: Span,
    /// Any day of the period; today at the centre when absent.
    #[serde(default)]
    date: Option<NaiveDate>,
    /// For CSV: which table.
    #[serde(default)]
    table: Option<String>,
}

/// The centres the caller may see: an operator tied to a centre sees it
/// alone; everyone else sees them all.
async fn visible_centres(state: &AppState, caller: &Caller) -> AppResult<Vec<Centre>> {
    let centres = roster::list_centres(&state.db).await?;
    let own = match caller.user_id {
        Some(id) if !caller.roles.any_of(&[auth::Role::Admin, auth::Role::Hr]) => {
            auth::get_user(&state.db, id).await?.centre_id
        }
        _ => None,
    };
    Ok(match own {
        Some(own) => centres.into_iter().filter(|c| c.id == own).collect(),
        None => centres,
    })
}

async fn load(
    state: &AppState,
    caller: &Caller,
    q: &SynthesisQuery,
    lang: &Lang,
) -> AppResult<(Synthesis, Vec<Centre>)> {
    let centres = visible_centres(state, caller).await?;
    let centre = match &q.centre {
        Some(code) => centres
            .iter()
            .find(|c| &c.code == code)
            .cloned()
            .ok_or_else(|| {
                AppError::invalid("centre", msg!("synthesis-no-such-centre", centre = code))
            })?,
        None => centres
            .first()
            .cloned()
            .ok_or_else(|| AppError::NotFound(msg!("synthesis-no-centres")))?,
    };
    let date = q.date.unwrap_or_else(|| {
        state
            .clock
            .now()
            .with_timezone(&centre.time_zone.tz())
            .date_naive()
    });
    let synthesis =
        synthesis::build(&state.db, &centre, Period::containing(q.span, date), lang).await?;
    Ok((synthesis, centres))
}

fn span_name(span: Span) -> &'static str {
    match span {
        Span::Day => "day",
        Span::Week => "week",
        Span::Month => "month",
    }
}

/// The query string that shows `period` of `centre`.
fn link(centre: &str, period: &Period) -> String {
    format!(
        "centre={}&span={}&date={}",
        url::form_urlencoded::byte_serialize(centre.as_bytes()).collect::<String>(),
        span_name(period.span),
        period.first
    )
}

fn context(
    s: &Synthesis,
    centres: &[Centre],
    now_ms: i64,
    lang: &Lang,
) -> AppResult<serde_json::Value> {
    let this = link(&s.centre.code, &s.period);
    let mut categories: Vec<&str> = CATEGORIES.to_vec();
    categories.push(UNCATEGORISED);
    Ok(serde_json::json!({
        "s": s,
        "span": span_name(s.period.span),
        "centres": centres,
        "query": this,
        "previous": link(&s.centre.code, &s.period.previous()),
        "next": link(&s.centre.code, &s.period.next()),
        "tables": TABLES,
        "categories": categories,
        // In the centre's own time zone, as the report is about its day.
        "generated": lang.when(now_ms, Some(s.centre.time_zone.tz())),
    }))
}

async fn page(
    Allowed(caller, _): Allowed<CallbackResults>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Query(q): Query<SynthesisQuery>,
) -> AppResult<Response> {
    let (s, centres) = load(&state, &caller, &q, &lang).await?;
    let me = Me::of(&caller, &session).await;
    let ctx = context(&s, &centres, state.clock.now_ms(), &lang)?;
    Ok(render("synthesis.html", Some(&me), ctx)?.into_response())
}

async fn print(
    Allowed(caller, _): Allowed<CallbackResults>,
    State(state): State<AppState>,
    lang: Lang,
    Query(q): Query<SynthesisQuery>,
) -> AppResult<Response> {
    let (s, centres) = load(&state, &caller, &q, &lang).await?;
    let ctx = context(&s, &centres, state.clock.now_ms(), &lang)?;
    Ok(render("synthesis_print.html", None, ctx)?.into_response())
}

/// Records in the audit log that the caller downloaded `what`.
pub(super) async fn audit_export(state: &AppState, caller: &Caller, what: String) -> AppResult<()> {
    let entry = caller.audit(Action::DataExported).detail(what);
    audit::record(&state.db, entry, state.clock.now_ms()).await
}

async fn csv(
    Allowed(caller, _): Allowed<CallbackResults>,
    State(state): State<AppState>,
    lang: Lang,
    Query(q): Query<SynthesisQuery>,
) -> AppResult<Response> {
    let name = q.table.clone().unwrap_or_else(|| "callbacks".into());
    let (s, _) = load(&state, &caller, &q, &lang).await?;
    let table = s.table(&name, &lang)?;
    let bytes = export::csv(&table)?;
    let file = format!("callbacks-{}-{}-{name}.csv", s.centre.code, s.period.tag());
    audit_export(&state, &caller, format!("callbacks synthesis {file}")).await?;
    Ok(export::download(bytes, CSV_TYPE, &file))
}

async fn xlsx(
    Allowed(caller, _): Allowed<CallbackResults>,
    State(state): State<AppState>,
    lang: Lang,
    Query(q): Query<SynthesisQuery>,
) -> AppResult<Response> {
    let (s, _) = load(&state, &caller, &q, &lang).await?;
    let bytes = export::xlsx(&s.tables(&lang))?;
    let file = format!("callbacks-{}-{}.xlsx", s.centre.code, s.period.tag());
    audit_export(&state, &caller, format!("callbacks synthesis {file}")).await?;
    Ok(export::download(bytes, XLSX_TYPE, &file))
}

async fn api(
    Allowed(caller, _): Allowed<CallbackResults>,
    State(state): State<AppState>,
    lang: Lang,
    Query(q): Query<SynthesisQuery>,
) -> AppResult<Json<Synthesis>> {
    Ok(Json(load(&state, &caller, &q, &lang).await?.0))
}

/// The follow-up's callback must be of a centre the caller may see.
async fn mark_done(state: &AppState, caller: &Caller, id: i64) -> AppResult<()> {
    let centre_id = synthesis::centre_of(&state.db, id).await?;
    let not_found = || AppError::NotFound(msg!("callbacks-not-found", id = id.to_string()));
    let centre_id = centre_id.ok_or_else(not_found)?;
    if !visible_centres(state, caller)
        .await?
        .iter()
        .any(|c| c.id == centre_id)
    {
        return Err(not_found());
    }
    synthesis::follow_up_done(&state.db, id, state.clock.now_ms()).await
}

async fn follow_up_done(
    Allowed(caller, _): Allowed<CallbackResults>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> AppResult<Json<serde_json::Value>> {
    mark_done(&state, &caller, id).await?;
    Ok(Json(
        serde_json::json!({ "callback_id": id, "follow_up": "done" }),
    ))
}

#[derive(Deserialize)]
struct Back {
    #[serde(default)]
    back: Option<String>,
}

async fn follow_up_done_form(
    Allowed(caller, _): Allowed<CallbackResults>,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(f): Form<Back>,
) -> AppResult<Response> {
    mark_done(&state, &caller, id).await?;
    // Only back to the synthesis, never to an address given from outside.
    let query = f
        .back
        .filter(|b| !b.contains(['/', '\\', '#']) && !b.starts_with("//"))
        .unwrap_or_default();
    Ok(Redirect::to(&format!("/callbacks/synthesis?{query}#follow-ups")).into_response())
}
