//! The administrator's overview: how far the campaigns have got, how long the
//! queues are (grading, callbacks, recordings), whether the carrier is taking
//! calls, and what failed recently. A handful of counting queries, no more.

use serde::Serialize;

use crate::db::Db;
use crate::error::AppResult;

/// How long "recently" is for the carrier's health and the failures list.
pub const RECENT_MS: i64 = 24 * 3_600_000;

#[derive(Debug, Default, Serialize)]
pub struct GradingQueue {
    /// Tasks no grader holds.
    pub waiting: i64,
    /// Tasks a grader holds now.
    pub held: i64,
    /// Gradings submitted in the last day.
    pub graded_recently: i64,
}

#[derive(Debug, Default, Serialize)]
pub struct CallbackQueue {
    /// Open callbacks due now.
    pub due: i64,
    /// Open callbacks waiting for a later attempt.
    pub later: i64,
    /// Callbacks closed with an outcome in the last day.
    pub closed_recently: i64,
    /// Follow-ups promised and not yet done.
    pub follow_ups_open: i64,
}

#[derive(Debug, Default, Serialize)]
pub struct RecordingQueue {
    /// Waiting to be fetched from the carrier.
    pub pending: i64,
    pub available: i64,
    /// Files that failed the checks and were set aside.
    pub corrupt: i64,
    /// Could not be fetched at all.
    pub failed: i64,
}

/// The carrier as the last day's calls saw it.
#[derive(Debug, Default, Serialize)]
pub struct CarrierHealth {
    /// The built-in sandbox carrier, or a configured one.
    pub sandbox: bool,
    /// Calls the carrier accepted in the last day.
    pub accepted: i64,
    /// Calls the carrier refused in the last day.
    pub refused: i64,
    pub last_accepted_at: Option<i64>,
    pub last_refused_at: Option<i64>,
    /// Calls placed and still waiting for their final status.
    pub in_progress: i64,
}

impl CarrierHealth {
    /// `ok` when the last refusal (if any) is older than the last accepted
    /// call, `failing` when the carrier refused everything recently, else `degraded`.
    pub fn verdict(&self) -> &'static str {
        match (self.last_accepted_at, self.last_refused_at) {
            (_, None) => "ok",
            (Some(ok), Some(bad)) if ok > bad => "ok",
            (Some(_), Some(_)) => "degraded",
            (None, Some(_)) => "failing",
        }
    }
}

/// One thing that went wrong recently: a call the carrier refused or a recording that failed.
#[derive(Debug, Serialize)]
pub struct Failure {
    /// `call` or `recording`.
    pub kind: &'static str,
    pub call_id: i64,
    pub at: i64,
    pub state: String,
    pub error: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Overview {
    pub grading: GradingQueue,
    pub callbacks: CallbackQueue,
    pub recordings: RecordingQueue,
    pub carrier: CarrierHealth,
    pub verdict: &'static str,
    pub failures: Vec<Failure>,
}

async fn counts(db: &Db, sql: &'static str, binds: &[i64]) -> AppResult<Vec<(String, i64)>> {
    let mut query = sqlx::query_as::<_, (String, i64)>(sql);
    for b in binds {
        query = query.bind(*b);
    }
    Ok(query.fetch_all(&db.pool).await?)
}

fn count_of(rows: &[(String, i64)], key: &str) -> i64 {
    rows.iter().filter(|(k, _)| k == key).map(|(_, n)| *n).sum()
}

/// The overview at `now_ms`; `sandbox` says whether the built-in carrier is in use.
pub async fn overview(db: &Db, now_ms: i64, sandbox: bool) -> AppResult<Overview> {
    let since = now_ms - RECENT_MS;
    let tasks = counts(
        db,
        "SELECT CASE WHEN lease_owner IS NOT NULL AND lease_until > $1 THEN 'held' ELSE 'waiting' END, COUNT(*) \
         FROM grading_tasks WHERE state = 'waiting' GROUP BY 1",
        &[now_ms],
    )
    .await?;
    let graded: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM gradings WHERE submitted_at >= $1")
        .bind(since)
        .fetch_one(&db.pool)
        .await?;
    let callbacks = counts(
        db,
        "SELECT CASE WHEN state = 'open' AND next_attempt_at <= $1 THEN 'due' \
         WHEN state = 'open' THEN 'later' \
         WHEN completed_at >= $2 THEN 'closed' ELSE 'old' END, COUNT(*) FROM callbacks GROUP BY 1 \
         UNION ALL SELECT 'follow-up', COUNT(*) FROM callbacks WHERE follow_up_needed = 1 AND follow_up_done_at IS NULL",
        &[now_ms, since],
    )
    .await?;
    let recordings = counts(
        db,
        "SELECT state, COUNT(*) FROM recordings GROUP BY state",
        &[],
    )
    .await?;
    let dialled = counts(
        db,
        "SELECT CASE WHEN state = 'dial_failed' THEN 'refused' WHEN state = 'placed' THEN 'placed' ELSE 'accepted' END, \
         COUNT(*) FROM calls WHERE dial_started_at >= $1 AND state IN ('placed', 'ended', 'dial_failed') GROUP BY 1",
        &[since],
    )
    .await?;
    let last_accepted: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(dial_started_at) FROM calls WHERE state IN ('placed', 'ended') AND call_sid IS NOT NULL",
    )
    .fetch_one(&db.pool)
    .await?;
    let last_refused: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(COALESCE(dial_started_at, updated_at)) FROM calls WHERE state = 'dial_failed' AND updated_at >= $1",
    )
    .bind(since)
    .fetch_one(&db.pool)
    .await?;
    let carrier = CarrierHealth {
        sandbox,
        accepted: count_of(&dialled, "accepted") + count_of(&dialled, "placed"),
        refused: count_of(&dialled, "refused"),
        last_accepted_at: last_accepted,
        last_refused_at: last_refused,
        in_progress: count_of(&dialled, "placed"),
    };
    let failed_calls: Vec<(i64, i64, String, Option<String>)> = sqlx::query_as(
        "SELECT id, updated_at, state, error FROM calls WHERE state IN ('dial_failed', 'missed') \
         AND updated_at >= $1 ORDER BY updated_at DESC LIMIT 10",
    )
    .bind(since)
    .fetch_all(&db.pool)
    .await?;
    let failed_recordings: Vec<(i64, i64, String, Option<String>)> = sqlx::query_as(
        "SELECT call_id, updated_at, state, error FROM recordings WHERE state IN ('corrupt', 'failed') \
         AND updated_at >= $1 ORDER BY updated_at DESC LIMIT 10",
    )
    .bind(since)
    .fetch_all(&db.pool)
    .await?;
    let mut failures: Vec<Failure> = failed_calls
        .into_iter()
        .map(|(call_id, at, state, error)| Failure {
            kind: "call",
            call_id,
            at,
            state,
            error,
        })
        .chain(
            failed_recordings
                .into_iter()
                .map(|(call_id, at, state, error)| Failure {
                    kind: "recording",
                    call_id,
                    at,
                    state,
                    error,
                }),
        )
        .collect();
    failures.sort_by_key(|f| std::cmp::Reverse(f.at));
    failures.truncate(10);
    Ok(Overview {
        grading: GradingQueue {
            waiting: count_of(&tasks, "waiting"),
            held: count_of(&tasks, "held"),
            graded_recently: graded,
        },
        callbacks: CallbackQueue {
            due: count_of(&callbacks, "due"),
            later: count_of(&callbacks, "later"),
            closed_recently: count_of(&callbacks, "closed"),
            follow_ups_open: count_of(&callbacks, "follow-up"),
        },
        recordings: RecordingQueue {
            pending: count_of(&recordings, "pending"),
            available: count_of(&recordings, "available"),
            corrupt: count_of(&recordings, "corrupt"),
            failed: count_of(&recordings, "failed"),
        },
        verdict: carrier.verdict(),
        carrier,
        failures,
    })
}

/// A grader's own work: tasks waiting for anyone, and what they submitted since `since_ms`.
#[derive(Debug, Default, Serialize)]
pub struct GraderProgress {
    pub waiting: i64,
    pub mine_since: i64,
}

pub async fn grader_progress(
    db: &Db,
    grader_key: &str,
    since_ms: i64,
    now_ms: i64,
) -> AppResult<GraderProgress> {
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM grading_tasks WHERE state = 'waiting' \
         AND (lease_owner IS NULL OR lease_until <= $1 OR lease_owner = $2)",
    )
    .bind(now_ms)
    .bind(grader_key)
    .fetch_one(&db.pool)
    .await?;
    let mine: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM gradings WHERE grader_key = $1 AND submitted_at >= $2",
    )
    .bind(grader_key)
    .bind(since_ms)
    .fetch_one(&db.pool)
    .await?;
    Ok(GraderProgress {
        waiting,
        mine_since: mine,
    })
}
