//! Campaigns managed in pages: a form that previews the plan (how many calls,
//! per department and per week, who falls short and why) before anything is
//! stored, then creates exactly the previewed plan; and pause, resume and
//! cancel buttons on a campaign's page.

use axum::extract::{Path, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use bytes::Bytes;
use chrono::NaiveDate;
use serde::Serialize;
use tower_sessions::Session;

use super::auth::{AdminOnly, Allowed, Caller};
use super::render::{Me, render_answer};
use super::routes::Routes;
use crate::app::AppState;
use crate::campaigns::{self, Action, CampaignIn, UnansweredPolicy};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::msg;
use crate::roster;
use crate::scripts::ScriptKind;

pub fn routes() -> Routes {
    Routes::new()
        .route::<AdminOnly, _, _>(Method::GET, "/campaigns/new", new_page)
        .route::<AdminOnly, _, _>(Method::POST, "/campaigns/new", submit)
        .route::<AdminOnly, _, _>(Method::POST, "/campaigns/{id}/{action}", act)
}

/// The form as typed, kept as text so it comes back exactly as entered.
#[derive(Debug, Default, Serialize)]
struct CampaignForm {
    name: String,
    scripts: Vec<String>,
    departments: Vec<String>,
    grades: String,
    start_date: String,
    end_date: String,
    calls_per_staff: String,
    window_start: String,
    window_end: String,
    holidays: String,
    seed: String,
    unanswered_policy: String,
}

impl CampaignForm {
    fn parse(body: &Bytes) -> CampaignForm {
        let mut form = CampaignForm::default();
        for (k, v) in url::form_urlencoded::parse(body).into_owned() {
            match k.as_str() {
                "name" => form.name = v,
                "script" => form.scripts.push(v),
                "department" => form.departments.push(v),
                "grades" => form.grades = v,
                "start_date" => form.start_date = v,
                "end_date" => form.end_date = v,
                "calls_per_staff" => form.calls_per_staff = v,
                "window_start" => form.window_start = v,
                "window_end" => form.window_end = v,
                "holidays" => form.holidays = v,
                "seed" => form.seed = v,
                "unanswered_policy" => form.unanswered_policy = v,
                _ => {}
            }
        }
        form
    }

    /// The campaign the form describes, or the first field at fault.
    fn input(&self) -> Result<CampaignIn, (String, Msg)> {
        let date = |field: &str, raw: &str| {
            NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| {
                (
                    field.to_string(),
                    msg!("campaign-form-date-invalid", value = raw),
                )
            })
        };
        let calls_per_staff = self.calls_per_staff.trim().parse::<u32>().map_err(|_| {
            (
                "calls_per_staff".to_string(),
                msg!("campaign-calls-per-staff-range", min = 1, max = 60),
            )
        })?;
        let holidays = self
            .holidays
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(|s| date("holidays", s))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(CampaignIn {
            name: self.name.trim().to_string(),
            scripts: self.scripts.clone(),
            departments: self.departments.clone(),
            grades: self
                .grades
                .split(',')
                .map(str::trim)
                .filter(|g| !g.is_empty())
                .map(String::from)
                .collect(),
            start_date: date("start_date", &self.start_date)?,
            end_date: date("end_date", &self.end_date)?,
            calls_per_staff,
            window_start: self.window_start.trim().to_string(),
            window_end: self.window_end.trim().to_string(),
            holidays,
            seed: self.seed.trim().parse().ok(),
            unanswered_policy: match self.unanswered_policy.trim() {
                "" => UnansweredPolicy::default(),
                raw => UnansweredPolicy::parse(raw).ok_or_else(|| {
                    (
                        "unanswered_policy".to_string(),
                        msg!("campaign-policy-unknown", value = raw),
                    )
                })?,
            },
        })
    }
}

/// Renders the form with what the office can choose from, and with either
/// a preview or the refusal of the field at fault.
async fn form_page(
    state: &AppState,
    caller: &Caller,
    session: &Session,
    form: &CampaignForm,
    extra: serde_json::Value,
    status: StatusCode,
) -> AppResult<Response> {
    let me = Me::of(caller, session).await;
    let scripts: Vec<serde_json::Value> = state
        .scripts
        .iter()
        .filter(|s| s.kind == ScriptKind::Evaluation)
        .map(|s| serde_json::json!({ "id": s.id, "title": s.title, "language": s.language }))
        .collect();
    let departments = roster::list_departments(&state.db).await?;
    let departments: Vec<serde_json::Value> = departments
        .iter()
        .map(|d| {
            serde_json::json!({
                "code": d.code, "name": d.name, "centre": d.centre_name,
                "hours": format!("{}–{}", d.work_start, d.work_end),
            })
        })
        .collect();
    let ctx = serde_json::json!({
        "form": form,
        "scripts": scripts,
        "departments": departments,
        "policies": UnansweredPolicy::ALL.map(UnansweredPolicy::as_str),
        "default_policy": UnansweredPolicy::default().as_str(),
    });
    render_answer("campaign_new.html", &me, ctx, extra, status)
}

async fn new_page(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
) -> AppResult<Response> {
    let today = state.clock.now().date_naive();
    let form = CampaignForm {
        start_date: (today + chrono::Duration::days(1)).to_string(),
        end_date: (today + chrono::Duration::days(28)).to_string(),
        calls_per_staff: "3".into(),
        window_start: "09:00".into(),
        window_end: "18:00".into(),
        ..CampaignForm::default()
    };
    form_page(
        &state,
        &caller,
        &session,
        &form,
        serde_json::json!({}),
        StatusCode::OK,
    )
    .await
}

/// `intent=preview` shows the plan; `intent=create` stores it (with the
/// previewed seed, so the same plan) and opens the new campaign.
async fn submit(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    body: Bytes,
) -> AppResult<Response> {
    let mut form = CampaignForm::parse(&body);
    let create = url::form_urlencoded::parse(&body).any(|(k, v)| k == "intent" && v == "create");
    // A field at fault, from the form itself or from the campaign's checks,
    // sends the form back with it; anything else is an error page.
    let outcome = match form.input() {
        Err(fault) => Err(fault),
        Ok(input) if create => {
            match super::campaigns::create_audited(&state, &caller, &input).await {
                Ok(created) => {
                    let to = format!("/campaigns/{}", created.campaign.id);
                    return Ok(Redirect::to(&to).into_response());
                }
                Err(AppError::Invalid { field, message }) => Err((field, message)),
                Err(other) => return Err(other),
            }
        }
        Ok(input) => {
            match campaigns::preview(&state.db, &state.clock, &state.scripts, &input).await {
                Ok(preview) => Ok(preview),
                Err(AppError::Invalid { field, message }) => Err((field, message)),
                Err(other) => return Err(other),
            }
        }
    };
    let (extra, status) = match outcome {
        Ok(preview) => {
            form.seed = preview.seed.to_string();
            (serde_json::json!({ "preview": preview }), StatusCode::OK)
        }
        Err((field, message)) => (
            serde_json::json!({ "error": { "field": field, "message": message.in_lang(&lang) } }),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    };
    form_page(&state, &caller, &session, &form, extra, status).await
}

/// The pause, resume and cancel buttons of a campaign's page.
async fn act(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    Path((id, action)): Path<(i64, String)>,
) -> AppResult<Response> {
    let action = Action::parse(&action)?;
    super::campaigns::act_audited(&state, &caller, id, action).await?;
    Ok(Redirect::to(&format!("/campaigns/{id}")).into_response())
}
