//! Server-rendered pages: campaigns, calls and one call's detail. Templates
//! are compiled into the binary and escape everything they print.

use std::sync::LazyLock;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use minijinja::Environment;
use serde::Serialize;

use crate::app::AppState;
use crate::calls::{self, CallFilter, CallRow};
use crate::campaigns::{self, CampaignRow};
use crate::clock::from_ms;
use crate::error::AppResult;
use crate::{grading, recordings};

static TEMPLATES: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    for (name, source) in [
        ("layout.html", include_str!("templates/layout.html")),
        (
            "calls_table.html",
            include_str!("templates/calls_table.html"),
        ),
        ("index.html", include_str!("templates/index.html")),
        ("campaign.html", include_str!("templates/campaign.html")),
        ("call.html", include_str!("templates/call.html")),
    ] {
        env.add_template(name, source).expect("templates compile");
    }
    env
});

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/campaigns/{id}", get(campaign))
        .route("/calls/{id}", get(call))
        .route("/static/app.css", get(stylesheet))
}

fn render(name: &str, ctx: serde_json::Value) -> AppResult<Html<String>> {
    let template = TEMPLATES.get_template(name).map_err(anyhow::Error::from)?;
    let html = template
        .render(minijinja::value::Serde(ctx))
        .map_err(anyhow::Error::from)?;
    Ok(Html(html))
}

fn utc(ms: i64) -> String {
    from_ms(ms).format("%Y-%m-%d %H:%M:%S").to_string()
}

/// One line of a calls table.
#[derive(Serialize)]
struct CallLine {
    id: i64,
    when: String,
    to: String,
    script: String,
    state: String,
    connection: Option<String>,
    latency: Option<f64>,
    rings: Option<i64>,
    duration: Option<i64>,
    recording: Option<String>,
    sid: Option<String>,
    error: Option<String>,
}

impl CallLine {
    fn new(call: CallRow, recording: Option<String>) -> Self {
        let when = call
            .dial_started_at
            .or(call.due_at)
            .unwrap_or(call.created_at);
        CallLine {
            id: call.id,
            when: utc(when),
            to: call.to_number,
            script: call.script_id,
            state: call.state,
            connection: call.connection,
            latency: call.answer_latency_ms.map(|ms| ms as f64 / 1000.0),
            rings: call.ring_count,
            duration: call.duration_s,
            recording,
            sid: call.call_sid,
            error: call.error,
        }
    }
}

async fn lines(state: &AppState, calls: Vec<CallRow>) -> AppResult<Vec<CallLine>> {
    let ids: Vec<i64> = calls.iter().map(|c| c.id).collect();
    let available = recordings::available_for_calls(&state.db, &ids).await?;
    Ok(calls
        .into_iter()
        .map(|c| {
            let link = available
                .get(&c.id)
                .map(|id| format!("/api/v1/recordings/{id}/audio"));
            CallLine::new(c, link)
        })
        .collect())
}

async fn index(State(state): State<AppState>) -> AppResult<Html<String>> {
    let campaigns = campaigns::list(&state.db).await?;
    let calls = calls::list(
        &state.db,
        &CallFilter {
            limit: 50,
            ..CallFilter::default()
        },
    )
    .await?;
    render(
        "index.html",
        serde_json::json!({ "campaigns": campaigns, "calls": lines(&state, calls).await? }),
    )
}

async fn campaign(State(state): State<AppState>, Path(id): Path<i64>) -> AppResult<Html<String>> {
    let campaign: CampaignRow = campaigns::get(&state.db, id).await?;
    let calls = calls::list(
        &state.db,
        &CallFilter {
            campaign_id: Some(id),
            limit: 500,
            ..CallFilter::default()
        },
    )
    .await?;
    let scripts = CampaignRow::list(&campaign.script_ids);
    render(
        "campaign.html",
        serde_json::json!({ "campaign": campaign, "scripts": scripts, "calls": lines(&state, calls).await? }),
    )
}

#[derive(Serialize)]
struct EventLine {
    received: String,
    kind: String,
    status: Option<String>,
    sequence: Option<i64>,
    stage: Option<String>,
}

#[derive(Serialize)]
struct RecordingLine {
    sid: String,
    state: String,
    url: Option<String>,
    error: Option<String>,
}

#[derive(Serialize)]
struct StageLine {
    stage: String,
    offset: Option<f64>,
}

async fn call(State(state): State<AppState>, Path(id): Path<i64>) -> AppResult<Html<String>> {
    let call = calls::get(&state.db, id).await?;
    let answered = call.answered_received_at;
    let stages: Vec<StageLine> = call
        .stage_marks()
        .into_iter()
        .map(|m| StageLine {
            offset: answered.map(|a| ((m.received_at - a).max(0) as f64 / 100.0).round() / 10.0),
            stage: m.stage,
        })
        .collect();
    let events: Vec<EventLine> = calls::events(&state.db, id)
        .await?
        .into_iter()
        .map(|e| EventLine {
            received: utc(e.received_at),
            kind: e.kind,
            status: e.call_status,
            sequence: e.sequence_number,
            stage: e.stage,
        })
        .collect();
    let recordings: Vec<RecordingLine> = recordings::for_call(&state.db, id)
        .await?
        .into_iter()
        .map(|r| RecordingLine {
            url: (r.state == "available").then(|| format!("/api/v1/recordings/{}/audio", r.id)),
            sid: r.recording_sid,
            state: r.state,
            error: r.error,
        })
        .collect();
    let scores = grading::evaluation_for_call(&state.db, id)
        .await?
        .map(|(_, scores)| scores)
        .unwrap_or_default();
    render(
        "call.html",
        serde_json::json!({ "call": CallLine::new(call, None), "stages": stages, "events": events, "recordings": recordings, "scores": scores }),
    )
}

async fn stylesheet() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("static/app.css"),
    )
}
