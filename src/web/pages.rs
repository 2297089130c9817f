//! Server-rendered pages: campaigns, calls and one call's detail. Templates
//! are compiled into the binary and escape everything they print.

use axum::extract::{Path, State};
use axum::http::{Method, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Serialize;
use tower_sessions::Session;

use super::auth::{Allowed, Operations, Policy, SignedIn};
use super::render::{Me, render};
use super::routes::Routes;
use crate::privacy::mask_phone;

use crate::app::AppState;
use crate::calls::{self, CallRow, CallState};
use crate::campaigns::{self, CampaignRow};
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::roster::{self, StaffName};
use crate::{grading, recordings};

pub fn routes() -> Routes {
    Routes::new()
        .route::<SignedIn, _, _>(Method::GET, "/", index)
        .route::<Operations, _, _>(Method::GET, "/campaigns/{id}", campaign)
        .route::<Operations, _, _>(Method::GET, "/calls/{id}", call)
        .public(Method::GET, "/static/app.css", stylesheet)
        .public(Method::GET, "/static/desk.js", desk_script)
        .public(Method::GET, "/static/times.js", times_script)
        .public(Method::GET, "/static/callback.js", callback_script)
}

/// A moment as pages print it: in the reader's language and own time zone,
/// labelled with the zone.
pub(super) fn when(lang: &Lang, ms: i64) -> String {
    lang.when(ms, None)
}

/// One line of a calls table.
#[derive(Serialize)]
struct CallLine {
    id: i64,
    when: String,
    to: String,
    /// Why the call was placed: `evaluation`, `line-check` or `callback`.
    purpose: String,
    /// Whose line it was; none for line checks and citizens' callbacks.
    staff: Option<StaffName>,
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
    fn new(
        lang: &Lang,
        call: CallRow,
        staff: Option<StaffName>,
        recording: Option<String>,
    ) -> Self {
        let when = call
            .dial_started_at
            .or(call.due_at)
            .unwrap_or(call.created_at);
        // A missed call's stored reason is always the same sentence.
        let error = if call.state == CallState::Missed.as_str() {
            Some(lang.t("admin-call-missed-no-day"))
        } else {
            call.error
        };
        CallLine {
            id: call.id,
            // A call to a staff member in their centre's time, like their working hours.
            when: lang.when(
                when,
                staff
                    .as_ref()
                    .and_then(|s| s.time_zone.parse::<chrono_tz::Tz>().ok()),
            ),
            to: mask_phone(&call.to_number),
            purpose: call.purpose,
            staff,
            script: call.script_id,
            state: call.state,
            connection: call.connection,
            latency: call.answer_latency_ms.map(|ms| ms as f64 / 1000.0),
            rings: call.ring_count,
            duration: call.duration_s,
            recording,
            sid: call.call_sid,
            error,
        }
    }
}

/// The calls tables of a page: calls in progress and the history.
#[derive(Serialize)]
struct CallLists {
    in_progress: Vec<CallLine>,
    history: Vec<CallLine>,
    /// Planned calls not listed: due later, or held by a paused campaign.
    scheduled_later: i64,
}

/// The calls of a campaign (or of all), with whose line each was and its
/// recording: a fixed number of queries, however many rows.
async fn call_lists(
    state: &AppState,
    lang: &Lang,
    campaign_id: Option<i64>,
    limit: i64,
) -> AppResult<CallLists> {
    let overview =
        calls::overview::overview(&state.db, campaign_id, state.clock.now_ms(), limit).await?;
    let all = || overview.in_progress.iter().chain(&overview.history);
    let ids: Vec<i64> = all().map(|c| c.id).collect();
    let available = recordings::available_for_calls(&state.db, &ids).await?;
    let mut staff_ids: Vec<i64> = all().filter_map(|c| c.staff_id).collect();
    staff_ids.sort_unstable();
    staff_ids.dedup();
    let staff = roster::staff_names(&state.db, &staff_ids).await?;
    let lines = |calls: Vec<CallRow>| -> Vec<CallLine> {
        calls
            .into_iter()
            .map(|c| {
                let link = available
                    .get(&c.id)
                    .map(|id| format!("/api/v1/recordings/{id}/audio"));
                let whose = c.staff_id.and_then(|id| staff.get(&id)).cloned();
                CallLine::new(lang, c, whose, link)
            })
            .collect()
    };
    Ok(CallLists {
        in_progress: lines(overview.in_progress),
        history: lines(overview.history),
        scheduled_later: overview.scheduled_later,
    })
}

/// The start page: campaigns and calls for those who run evaluations;
/// everyone else is sent to the desk of their own work.
async fn index(
    Allowed(caller, _): Allowed<SignedIn>,
    session: Session,
    State(state): State<AppState>,
    lang: Lang,
) -> AppResult<Response> {
    if !<Operations as Policy>::ACCESS.allows(&caller.roles) {
        return Ok(Redirect::to(super::account::home_of(&caller.roles)).into_response());
    }
    let me = Me::of(&caller, &session).await;
    let overview = crate::overview::overview(
        &state.db,
        state.clock.now_ms(),
        state.config.carrier.base_url.is_none(),
    )
    .await?;
    let campaigns = campaigns::list(&state.db).await?;
    let calls = call_lists(&state, &lang, None, 50).await?;
    Ok(render(
        "index.html",
        Some(&me),
        serde_json::json!({ "overview": overview, "campaigns": campaigns, "calls": calls }),
    )?
    .into_response())
}

async fn campaign(
    Allowed(caller, _): Allowed<Operations>,
    session: Session,
    State(state): State<AppState>,
    lang: Lang,
    Path(id): Path<i64>,
) -> AppResult<Html<String>> {
    let me = Me::of(&caller, &session).await;
    let campaign: CampaignRow = campaigns::get(&state.db, id).await?;
    let calls = call_lists(&state, &lang, Some(id), 500).await?;
    let scripts = CampaignRow::list(&campaign.script_ids);
    render(
        "campaign.html",
        Some(&me),
        serde_json::json!({ "campaign": campaign, "scripts": scripts, "calls": calls }),
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

/// A measured item of a call, by its stage's title and its label.
#[derive(Serialize)]
struct ScoreLine {
    stage: String,
    item: String,
    value: Option<i64>,
}

/// The titles and labels of the script a call ran; a key the script does
/// not know (or a call without a script) shows as the key.
#[derive(Default)]
struct ScriptNames {
    stages: std::collections::HashMap<String, String>,
    items: std::collections::HashMap<String, String>,
}

impl ScriptNames {
    async fn of(state: &AppState, call: &CallRow) -> ScriptNames {
        if call.script_id == crate::telephony::flow::LINE_CHECK {
            return ScriptNames::default();
        }
        let version = call.script_version.clone().unwrap_or_default();
        let Ok(script) =
            grading::script_for(&state.db, &state.scripts, &call.script_id, &version).await
        else {
            return ScriptNames::default();
        };
        ScriptNames {
            stages: script
                .stages
                .iter()
                .map(|s| (s.key.clone(), s.title.clone()))
                .collect(),
            items: script
                .stages
                .iter()
                .flat_map(|s| &s.items)
                .map(|i| (i.key.clone(), i.label.clone()))
                .collect(),
        }
    }

    fn stage(&self, key: &str) -> String {
        self.stages
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    fn item(&self, key: &str) -> String {
        self.items
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }
}

/// Where a stage begins on the call's recording.
#[derive(Serialize)]
struct StageLine {
    key: String,
    /// The stage's title in the script.
    stage: String,
    offset_ms: i64,
    seconds: f64,
}

async fn call(
    Allowed(caller, _): Allowed<Operations>,
    session: Session,
    State(state): State<AppState>,
    lang: Lang,
    Path(id): Path<i64>,
) -> AppResult<Html<String>> {
    let me = Me::of(&caller, &session).await;
    let call = calls::get(&state.db, id).await?;
    let staff = match call.staff_id {
        Some(staff_id) => roster::staff_names(&state.db, &[staff_id])
            .await?
            .remove(&staff_id),
        None => None,
    };
    // Stages and items by the titles and labels of the script the call ran,
    // in the script's own language, rather than by their keys.
    let names = ScriptNames::of(&state, &call).await;
    let recordings = recordings::for_call(&state.db, id).await?;
    // On the recording's timeline, as the grading desk places them.
    let audio_ms = recordings::playable(&recordings).and_then(|r| r.duration_ms);
    let stages: Vec<StageLine> = calls::timeline::stage_offsets(&call, audio_ms)
        .into_iter()
        .map(|o| StageLine {
            stage: names.stage(&o.stage),
            key: o.stage,
            offset_ms: o.offset_ms,
            seconds: o.offset_ms as f64 / 1000.0,
        })
        .collect();
    // The call's events in its staff member's centre time, as the calls list shows them.
    let zone = staff
        .as_ref()
        .and_then(|s| s.time_zone.parse::<chrono_tz::Tz>().ok());
    let events: Vec<EventLine> = calls::events(&state.db, id)
        .await?
        .into_iter()
        .map(|e| EventLine {
            received: lang.when(e.received_at, zone),
            kind: e.kind,
            status: e.call_status,
            sequence: e.sequence_number,
            stage: e.stage.map(|k| names.stage(&k)),
        })
        .collect();
    let recordings: Vec<RecordingLine> = recordings
        .into_iter()
        .map(|r| RecordingLine {
            url: (r.state == "available").then(|| format!("/api/v1/recordings/{}/audio", r.id)),
            sid: r.recording_sid,
            state: r.state,
            error: r.error,
        })
        .collect();
    let scores: Vec<ScoreLine> = grading::evaluation_for_call(&state.db, id)
        .await?
        .map(|(_, scores)| scores)
        .unwrap_or_default()
        .into_iter()
        .map(|s| ScoreLine {
            stage: names.stage(&s.stage_key),
            item: names.item(&s.item_key),
            value: s.value,
        })
        .collect();
    render(
        "call.html",
        Some(&me),
        serde_json::json!({ "call": CallLine::new(&lang, call, staff, None), "stages": stages, "events": events, "recordings": recordings, "scores": scores }),
    )
}

async fn desk_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("static/desk.js"),
    )
}

async fn times_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("static/times.js"),
    )
}

async fn callback_script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("static/callback.js"),
    )
}

async fn stylesheet() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("static/app.css"),
    )
}
