//! The call record: one row per call the service places, its raw webhook
//! events, and the measures derived from them. This module owns the `calls`
//! and `call_events` tables.

pub mod dialer;
pub mod measures;
pub mod overview;
pub mod timeline;

use serde::Serialize;
use sqlx::FromRow;

use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::msg;
use crate::telephony::{CallStatus, parse_rfc2822};
use measures::{Connection, EventFacts, EventKind, Measures, StageMark};

/// Our side of a call's life. The carrier's own status is in `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CallState {
    /// Planned, waiting for its time.
    Scheduled,
    /// The dialer decided to place it; the carrier's answer is not stored yet.
    Dialing,
    /// The carrier accepted it and we hold its `CallSid`.
    Placed,
    /// The carrier reported a final status.
    Ended,
    /// The carrier refused the request.
    DialFailed,
    /// Taken off the plan with its campaign.
    Canceled,
    /// Its time passed with no working day left to move it to.
    Missed,
}

impl CallState {
    pub fn as_str(self) -> &'static str {
        match self {
            CallState::Scheduled => "scheduled",
            CallState::Dialing => "dialing",
            CallState::Placed => "placed",
            CallState::Ended => "ended",
            CallState::DialFailed => "dial_failed",
            CallState::Canceled => "canceled",
            CallState::Missed => "missed",
        }
    }
}

#[derive(Clone, Debug, FromRow, Serialize)]
pub struct CallRow {
    pub id: i64,
    pub purpose: String,
    pub script_id: String,
    pub to_number: String,
    pub from_number: String,
    pub state: String,
    pub due_at: Option<i64>,
    pub dial_started_at: Option<i64>,
    pub call_sid: Option<String>,
    pub status: Option<String>,
    pub connection: Option<String>,
    pub ringing_at: Option<i64>,
    pub answered_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub ringing_received_at: Option<i64>,
    pub answered_received_at: Option<i64>,
    pub ended_received_at: Option<i64>,
    pub answer_latency_ms: Option<i64>,
    pub receipt_latency_ms: Option<i64>,
    pub ring_count: Option<i64>,
    pub answered_by: Option<String>,
    pub sip_response_code: Option<i64>,
    pub duration_s: Option<i64>,
    pub stage_marks: String,
    pub error: Option<String>,
    pub campaign_id: Option<i64>,
    pub staff_id: Option<i64>,
    pub script_version: Option<String>,
    pub local_date: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl CallRow {
    pub fn status(&self) -> Option<CallStatus> {
        self.status.as_deref().and_then(|s| s.parse().ok())
    }

    pub fn connection(&self) -> Option<Connection> {
        self.connection.as_deref().and_then(Connection::parse)
    }

    pub fn stage_marks(&self) -> Vec<StageMark> {
        serde_json::from_str(&self.stage_marks).unwrap_or_default()
    }

    pub fn is_finished(&self) -> bool {
        self.state == CallState::Ended.as_str() || self.state == CallState::DialFailed.as_str()
    }
}

const CALL_COLUMNS: &str = "id, purpose, script_id, to_number, from_number, state, due_at, \
    dial_started_at, call_sid, status, connection, ringing_at, answered_at, ended_at, \
    ringing_received_at, answered_received_at, ended_received_at, answer_latency_ms, \
    receipt_latency_ms, ring_count, answered_by, sip_response_code, duration_s, stage_marks, \
    error, campaign_id, staff_id, script_version, local_date, created_at, updated_at";

pub struct NewCall<'a> {
    pub purpose: &'a str,
    pub script_id: &'a str,
    pub to_number: &'a str,
    pub from_number: &'a str,
    pub state: CallState,
    pub due_at: Option<i64>,
}

pub async fn insert(db: &Db, call: &NewCall<'_>, now_ms: i64) -> AppResult<i64> {
    let dial_started = (call.state == CallState::Dialing).then_some(now_ms);
    let id = sqlx::query_scalar::<_, i64>(
        "INSERT INTO calls (purpose, script_id, to_number, from_number, state, due_at, \
         dial_started_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(call.purpose)
    .bind(call.script_id)
    .bind(call.to_number)
    .bind(call.from_number)
    .bind(call.state.as_str())
    .bind(call.due_at)
    .bind(dial_started)
    .bind(now_ms)
    .fetch_one(&db.pool)
    .await?;
    Ok(id)
}

pub async fn get(db: &Db, id: i64) -> AppResult<CallRow> {
    let sql = format!("SELECT {CALL_COLUMNS} FROM calls WHERE id = $1");
    sqlx::query_as::<_, CallRow>(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .ok_or_else(|| AppError::NotFound(msg!("not-found-call", id = id.to_string())))
}

#[derive(Clone, Debug, Default)]
pub struct CallFilter<'a> {
    pub state: Option<&'a str>,
    pub campaign_id: Option<i64>,
    pub limit: i64,
}

/// Calls, newest first. Placed and finished calls come before those still
/// waiting for their time.
pub async fn list(db: &Db, filter: &CallFilter<'_>) -> AppResult<Vec<CallRow>> {
    let sql = format!(
        "SELECT {CALL_COLUMNS} FROM calls WHERE ($1 IS NULL OR state = $1) AND ($2 IS NULL OR campaign_id = $2) \
         ORDER BY CASE WHEN state = 'scheduled' THEN 1 ELSE 0 END, COALESCE(dial_started_at, due_at, created_at) DESC, id DESC \
         LIMIT $3"
    );
    Ok(sqlx::query_as::<_, CallRow>(sqlx::AssertSqlSafe(sql))
        .bind(filter.state)
        .bind(filter.campaign_id)
        .bind(filter.limit.clamp(1, 1000))
        .fetch_all(&db.pool)
        .await?)
}

/// Stores the carrier's `CallSid` once it answered our request. Callbacks
/// may have linked it (and moved the call on) already.
pub async fn mark_placed(db: &Db, id: i64, call_sid: &str, now_ms: i64) -> AppResult<()> {
    sqlx::query(
        "UPDATE calls SET call_sid = COALESCE(call_sid, $1), \
         state = CASE WHEN state = 'dialing' THEN 'placed' ELSE state END, updated_at = $2 \
         WHERE id = $3",
    )
    .bind(call_sid)
    .bind(now_ms)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn mark_dial_failed(db: &Db, id: i64, error: &str, now_ms: i64) -> AppResult<()> {
    sqlx::query(
        "UPDATE calls SET state = 'dial_failed', error = $1, updated_at = $2 WHERE id = $3",
    )
    .bind(error)
    .bind(now_ms)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// A raw webhook event as stored.
#[derive(Clone, Debug, FromRow, Serialize)]
pub struct CallEvent {
    pub id: i64,
    pub kind: String,
    pub call_sid: Option<String>,
    pub sequence_number: Option<i64>,
    pub call_status: Option<String>,
    pub carrier_at: Option<i64>,
    pub received_at: i64,
    pub stage: Option<String>,
    pub params: String,
}

impl CallEvent {
    fn facts(&self) -> EventFacts {
        let params: Vec<(String, String)> = serde_json::from_str(&self.params).unwrap_or_default();
        let param = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .filter(|v| !v.is_empty())
        };
        EventFacts {
            kind: EventKind::parse(&self.kind),
            sequence_number: self.sequence_number,
            status: self.call_status.as_deref().and_then(|s| s.parse().ok()),
            carrier_at: self.carrier_at,
            received_at: self.received_at,
            answered_by: param("AnsweredBy"),
            duration_s: param("CallDuration").and_then(|v| v.parse().ok()),
            sip_response_code: param("SipResponseCode").and_then(|v| v.parse().ok()),
            stage: self.stage.clone(),
        }
    }
}

pub async fn events(db: &Db, call_id: i64) -> AppResult<Vec<CallEvent>> {
    Ok(sqlx::query_as::<_, CallEvent>(
        "SELECT id, kind, call_sid, sequence_number, call_status, carrier_at, received_at, stage, params \
         FROM call_events WHERE call_id = $1 ORDER BY id",
    )
    .bind(call_id)
    .fetch_all(&db.pool)
    .await?)
}

/// A webhook event to store against a call.
pub struct IncomingEvent<'a> {
    pub call_id: i64,
    pub kind: EventKind,
    /// Identifies the event so a repeat delivery is recognised.
    pub dedupe_key: String,
    pub params: &'a [(String, String)],
    pub stage: Option<String>,
    pub received_at: i64,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Ingested {
    /// New information; the call's measures were recomputed.
    Applied { finished_now: bool },
    /// Seen before; nothing changed.
    Duplicate,
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

/// A webhook parameter the carrier always sends is not there.
fn missing(name: &str) -> AppError {
    AppError::invalid(name, msg!("call-webhook-param-missing", name = name))
}

/// The status callback's identity: a repeat has the same `CallSid` and
/// `SequenceNumber` (or, from carriers without one, the same status).
pub fn status_dedupe_key(params: &[(String, String)]) -> AppResult<String> {
    let sid = param(params, "CallSid").ok_or_else(|| missing("CallSid"))?;
    let status = param(params, "CallStatus").ok_or_else(|| missing("CallStatus"))?;
    status.parse::<CallStatus>().map_err(|_| {
        AppError::invalid(
            "CallStatus",
            msg!("call-webhook-status-unknown", status = status),
        )
    })?;
    Ok(match param(params, "SequenceNumber") {
        Some(seq) => {
            let seq: i64 = seq.parse().map_err(|_| {
                AppError::invalid(
                    "SequenceNumber",
                    msg!("call-webhook-not-a-number", value = seq),
                )
            })?;
            format!("status:{sid}:{seq}")
        }
        None => format!("status:{sid}:{status}"),
    })
}

/// Stores one webhook event and recomputes the call's measures from all of
/// its events, under a lock on the call's row so concurrent callbacks for
/// one call apply one at a time. A repeat changes nothing.
pub async fn ingest(db: &Db, event: IncomingEvent<'_>, ring_cycle_ms: i64) -> AppResult<Ingested> {
    let sid = param(event.params, "CallSid").ok_or_else(|| missing("CallSid"))?;
    let call_status = param(event.params, "CallStatus").filter(|_| event.kind == EventKind::Status);
    let carrier_at = param(event.params, "Timestamp")
        .and_then(parse_rfc2822)
        .map(|t| t.timestamp_millis());
    let sequence: Option<i64> = param(event.params, "SequenceNumber").and_then(|s| s.parse().ok());
    let params_json = serde_json::to_string(event.params).map_err(anyhow::Error::from)?;

    let mut tx = db.begin().await?;
    // Taking the row lock first serialises every event of this call.
    let linked: Option<(Option<String>, String)> = sqlx::query_as(
        "UPDATE calls SET updated_at = updated_at WHERE id = $1 RETURNING call_sid, state",
    )
    .bind(event.call_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((known_sid, state)) = linked else {
        return Err(AppError::NotFound(msg!(
            "not-found-call",
            id = event.call_id.to_string()
        )));
    };
    if let Some(known) = known_sid.as_deref().filter(|k| *k != sid) {
        return Err(AppError::Conflict(msg!(
            "call-webhook-other-call",
            id = event.call_id.to_string(),
            known = known,
            sid = sid
        )));
    }
    let inserted = sqlx::query(
        "INSERT INTO call_events (call_id, kind, dedupe_key, call_sid, sequence_number, call_status, \
         carrier_at, received_at, stage, params) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (dedupe_key) DO NOTHING",
    )
    .bind(event.call_id)
    .bind(event.kind.as_str())
    .bind(&event.dedupe_key)
    .bind(sid)
    .bind(sequence)
    .bind(call_status)
    .bind(carrier_at)
    .bind(event.received_at)
    .bind(event.stage.as_deref())
    .bind(&params_json)
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() == 0 {
        tx.commit().await?;
        return Ok(Ingested::Duplicate);
    }

    let all: Vec<CallEvent> = sqlx::query_as(
        "SELECT id, kind, call_sid, sequence_number, call_status, carrier_at, received_at, stage, params \
         FROM call_events WHERE call_id = $1",
    )
    .bind(event.call_id)
    .fetch_all(&mut *tx)
    .await?;
    let facts: Vec<EventFacts> = all.iter().map(CallEvent::facts).collect();
    let m = measures::derive(&facts, ring_cycle_ms);
    let finished = m.status.is_some_and(CallStatus::is_final);
    let new_state = if finished {
        CallState::Ended.as_str().to_string()
    } else if state == CallState::Dialing.as_str() || state == CallState::Scheduled.as_str() {
        CallState::Placed.as_str().to_string()
    } else {
        state.clone()
    };
    update_measures(
        &mut tx,
        event.call_id,
        sid,
        &new_state,
        &m,
        event.received_at,
    )
    .await?;
    tx.commit().await?;
    Ok(Ingested::Applied {
        finished_now: finished && state != CallState::Ended.as_str(),
    })
}

async fn update_measures(
    tx: &mut crate::db::Transaction,
    call_id: i64,
    sid: &str,
    state: &str,
    m: &Measures,
    now_ms: i64,
) -> AppResult<()> {
    let marks = serde_json::to_string(&m.stage_marks).map_err(anyhow::Error::from)?;
    sqlx::query(
        "UPDATE calls SET call_sid = COALESCE(call_sid, $1), state = $2, status = $3, connection = $4, \
         ringing_at = $5, answered_at = $6, ended_at = $7, ringing_received_at = $8, \
         answered_received_at = $9, ended_received_at = $10, answer_latency_ms = $11, \
         receipt_latency_ms = $12, ring_count = $13, answered_by = $14, sip_response_code = $15, \
         duration_s = $16, stage_marks = $17, updated_at = $18 WHERE id = $19",
    )
    .bind(sid)
    .bind(state)
    .bind(m.status.map(|s| s.as_str()))
    .bind(m.connection.map(|c| c.as_str()))
    .bind(m.ringing_at)
    .bind(m.answered_at)
    .bind(m.ended_at)
    .bind(m.ringing_received_at)
    .bind(m.answered_received_at)
    .bind(m.ended_received_at)
    .bind(m.answer_latency_ms)
    .bind(m.receipt_latency_ms)
    .bind(m.ring_count)
    .bind(m.answered_by.as_deref())
    .bind(m.sip_response_code)
    .bind(m.duration_s)
    .bind(marks)
    .bind(now_ms)
    .bind(call_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
