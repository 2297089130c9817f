//! Evaluations and the graders' queue. When an evaluation call ends it gets
//! an evaluation scored on the script's measurable items (pickup speed,
//! connection). A call that never reached a person needs nothing more; an
//! answered one waits for its recording and then for a grader. Owns
//! `evaluations`, `item_scores` and `grading_tasks`.

pub mod desk;
pub mod scoring;
pub mod stats;
pub mod versions;

use serde::Serialize;
use sqlx::FromRow;

use crate::calls::{self, CallRow};
use crate::campaigns;
use crate::db::Db;
use crate::error::AppResult;
use crate::scripts::{self, CallScript, ScriptLibrary};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EvaluationState {
    /// Never reached a person: scored on the measurable items only, final.
    AutoScored,
    AwaitingRecording,
    AwaitingGrading,
    /// Answered, but the recording could not be had; nothing to grade.
    RecordingUnusable,
    /// Scored by its graders (or from its measures alone): the score counts.
    Final,
}

impl EvaluationState {
    pub fn as_str(self) -> &'static str {
        match self {
            EvaluationState::AutoScored => "auto_scored",
            EvaluationState::AwaitingRecording => "awaiting_recording",
            EvaluationState::AwaitingGrading => "awaiting_grading",
            EvaluationState::RecordingUnusable => "recording_unusable",
            EvaluationState::Final => "final",
        }
    }
}

/// The rubric a call was made under: the loaded script when the version
/// matches, otherwise the stored text of that exact version.
pub async fn script_for(
    db: &Db,
    library: &ScriptLibrary,
    id: &str,
    version: &str,
) -> AppResult<CallScript> {
    if let Some(script) = library
        .get(id)
        .filter(|s| s.version == version || version.is_empty())
    {
        return Ok(script.clone());
    }
    let source = campaigns::script_source(db, id, version).await?;
    scripts::parse(&format!("{id}@{version}"), &source)
        .map_err(|e| anyhow::anyhow!("stored script {id}@{version} no longer parses: {e}").into())
}

/// Creates the evaluation of an ended evaluation call with its automatic
/// item scores. Does nothing if it exists already.
async fn create_evaluation(
    db: &Db,
    library: &ScriptLibrary,
    call: &CallRow,
    now_ms: i64,
) -> AppResult<()> {
    let version = call.script_version.clone().unwrap_or_default();
    let script = script_for(db, library, &call.script_id, &version).await?;
    let connection = call.connection();
    let state = if connection == Some(calls::measures::Connection::Person) {
        EvaluationState::AwaitingRecording
    } else {
        EvaluationState::AutoScored
    };
    // Read before the transaction: the evaluation it would look up is not
    // visible outside the transaction until it commits.
    let bands = desk::bands_of_campaign(db, call.campaign_id).await?;
    let policy = campaigns::unanswered_policy_of(db, call.campaign_id).await?;
    use calls::measures::Connection;
    let weight = match connection {
        Some(Connection::Person) => 1.0,
        // The call failed on our side: nobody's line was tried.
        Some(Connection::Failed | Connection::Canceled) | None => 0.0,
        Some(_) => policy.unanswered_weight(script.measured_share()),
    };
    let mut tx = db.begin().await?;
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO evaluations (call_id, campaign_id, staff_id, script_id, script_version, state, connection, \
         local_date, department_id, created_at, updated_at, unanswered_policy, counted_weight) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, (SELECT department_id FROM staff WHERE id = $3), $9, $9, $10, $11) \
         ON CONFLICT (call_id) DO NOTHING RETURNING id",
    )
    .bind(call.id)
    .bind(call.campaign_id)
    .bind(call.staff_id)
    .bind(&script.id)
    .bind(&script.version)
    .bind(state.as_str())
    .bind(connection.map(|c| c.as_str()))
    .bind(&call.local_date)
    .bind(now_ms)
    .bind(policy.as_str())
    .bind(weight)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(evaluation_id) = id else {
        return Ok(());
    };
    let mut measured = Vec::new();
    for (stage, item) in script.items() {
        let Some(measure) = &item.auto else { continue };
        let value = measure.score(call.ring_count, connection);
        measured.push((item.weight, value));
        sqlx::query(
            "INSERT INTO item_scores (evaluation_id, stage_key, item_key, value, not_applicable, scored_by, created_at) \
             VALUES ($1, $2, $3, $4, 0, 'auto', $5)",
        )
        .bind(evaluation_id)
        .bind(&stage.key)
        .bind(&item.key)
        .bind(value)
        .bind(now_ms)
        .execute(&mut *tx)
        .await?;
    }
    if state == EvaluationState::AutoScored {
        // Nobody to hear: the call's score is what was measured.
        desk::finalize(
            &mut tx,
            &script,
            evaluation_id,
            measured_total(&measured),
            "auto",
            &bands,
            now_ms,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The weighted share of measured items passed, out of 100 (unknowns count as not passed).
fn measured_total(measured: &[(f64, Option<i64>)]) -> f64 {
    let weight: f64 = measured.iter().map(|(w, _)| w).sum();
    if weight <= 0.0 {
        return 0.0;
    }
    let earned: f64 = measured
        .iter()
        .map(|(w, v)| w * v.unwrap_or(0).clamp(0, 1) as f64)
        .sum();
    100.0 * earned / weight
}

/// Gives final scores made before score versions were kept (migration
/// 0009) their first version. Run once at start-up; nothing to do after.
pub async fn version_earlier_scores(
    db: &Db,
    library: &ScriptLibrary,
    now_ms: i64,
) -> AppResult<usize> {
    let mut done = 0;
    loop {
        let unversioned: Vec<(i64, String, String, f64, String)> = sqlx::query_as(
            "SELECT id, script_id, script_version, final_total, COALESCE(final_source, 'single') FROM evaluations \
             WHERE final_total IS NOT NULL AND final_version = 0 ORDER BY id LIMIT 500",
        )
        .fetch_all(&db.pool)
        .await?;
        if unversioned.is_empty() {
            return Ok(done);
        }
        for (evaluation_id, script_id, version, total, source) in unversioned {
            let script = script_for(db, library, &script_id, &version).await?;
            let bands = desk::bands_for(db, evaluation_id).await?;
            let mut tx = db.begin().await?;
            let sheet = versions::sheet_from_gradings(
                &mut tx,
                &script,
                evaluation_id,
                &source,
                total,
                &bands,
            )
            .await?;
            versions::record(
                &mut tx,
                evaluation_id,
                &sheet,
                None,
                "grading",
                None,
                now_ms,
            )
            .await?;
            tx.commit().await?;
            done += 1;
        }
    }
}

/// Brings evaluations up to date with calls and recordings: ended
/// evaluation calls get their evaluation; answered ones whose recording is
/// stored join the graders' queue. Safe to run any number of times.
pub async fn sync(
    db: &Db,
    library: &ScriptLibrary,
    now_ms: i64,
    double_share: f64,
) -> AppResult<usize> {
    let mut done = 0;
    let ended: Vec<i64> = sqlx::query_scalar(
        "SELECT c.id FROM calls c LEFT JOIN evaluations e ON e.call_id = c.id \
         WHERE c.purpose = 'evaluation' AND c.state = 'ended' AND e.id IS NULL ORDER BY c.id LIMIT 500",
    )
    .fetch_all(&db.pool)
    .await?;
    for id in ended {
        let call = calls::get(db, id).await?;
        if let Err(err) = create_evaluation(db, library, &call, now_ms).await {
            tracing::error!(call = id, %err, "cannot create the evaluation");
            continue;
        }
        done += 1;
    }

    // Answered calls: queue them once the recording is stored, give up when it cannot be.
    let waiting: Vec<(i64, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT e.id, \
            (SELECT COUNT(*) FROM recordings r WHERE r.call_id = e.call_id AND r.state = 'available'), \
            (SELECT COUNT(*) FROM recordings r WHERE r.call_id = e.call_id AND r.state IN ('pending')) \
         FROM evaluations e WHERE e.state = 'awaiting_recording'",
    )
    .fetch_all(&db.pool)
    .await?;
    for (evaluation_id, available, pending) in waiting {
        let (available, pending) = (available.unwrap_or(0), pending.unwrap_or(0));
        let mut tx = db.begin().await?;
        if available > 0 {
            sqlx::query(
                "INSERT INTO grading_tasks (evaluation_id, kind, state, created_at, updated_at) \
                 VALUES ($1, 'first', 'waiting', $2, $2) ON CONFLICT (evaluation_id, kind) DO NOTHING",
            )
            .bind(evaluation_id)
            .bind(now_ms)
            .execute(&mut *tx)
            .await?;
            set_state(
                &mut tx,
                evaluation_id,
                EvaluationState::AwaitingGrading,
                now_ms,
            )
            .await?;
            if desk::chosen_for_double_grading(evaluation_id, double_share) {
                sqlx::query("UPDATE evaluations SET double_graded = 1 WHERE id = $1")
                    .bind(evaluation_id)
                    .execute(&mut *tx)
                    .await?;
            }
            done += 1;
        } else if pending == 0 && has_settled_recording(&mut tx, evaluation_id).await? {
            set_state(
                &mut tx,
                evaluation_id,
                EvaluationState::RecordingUnusable,
                now_ms,
            )
            .await?;
            tracing::warn!(
                evaluation = evaluation_id,
                "answered call has no usable recording; not queued for grading"
            );
            done += 1;
        }
        tx.commit().await?;
    }
    Ok(done)
}

/// True when the call's recordings all ended corrupt or failed.
async fn has_settled_recording(
    tx: &mut crate::db::Transaction,
    evaluation_id: i64,
) -> AppResult<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM recordings r JOIN evaluations e ON e.call_id = r.call_id \
         WHERE e.id = $1 AND r.state IN ('corrupt', 'failed')",
    )
    .bind(evaluation_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(n > 0)
}

async fn set_state(
    tx: &mut crate::db::Transaction,
    id: i64,
    state: EvaluationState,
    now_ms: i64,
) -> AppResult<()> {
    // A voided evaluation (its call was made on a day the person was away) stays void.
    sqlx::query(
        "UPDATE evaluations SET state = $1, updated_at = $2 WHERE id = $3 AND state <> 'void'",
    )
    .bind(state.as_str())
    .bind(now_ms)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, FromRow, Serialize)]
pub struct EvaluationRow {
    pub id: i64,
    pub call_id: i64,
    pub campaign_id: Option<i64>,
    pub staff_id: Option<i64>,
    pub script_id: String,
    pub script_version: String,
    pub state: String,
    pub connection: Option<String>,
    pub double_graded: i64,
    pub final_total: Option<f64>,
    pub final_band: Option<String>,
    pub final_source: Option<String>,
    pub created_at: i64,
}

#[derive(Clone, Debug, FromRow, Serialize)]
pub struct ItemScoreRow {
    pub stage_key: String,
    pub item_key: String,
    pub value: Option<i64>,
    pub not_applicable: i64,
    pub scored_by: String,
    pub comment: Option<String>,
}

pub async fn evaluation_for_call(
    db: &Db,
    call_id: i64,
) -> AppResult<Option<(EvaluationRow, Vec<ItemScoreRow>)>> {
    let evaluation: Option<EvaluationRow> = sqlx::query_as(
        "SELECT id, call_id, campaign_id, staff_id, script_id, script_version, state, connection, double_graded, \
         final_total, final_band, final_source, created_at FROM evaluations WHERE call_id = $1",
    )
    .bind(call_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some(evaluation) = evaluation else {
        return Ok(None);
    };
    let scores = sqlx::query_as(
        "SELECT stage_key, item_key, value, not_applicable, scored_by, comment FROM item_scores \
         WHERE evaluation_id = $1 ORDER BY id",
    )
    .bind(evaluation.id)
    .fetch_all(&db.pool)
    .await?;
    Ok(Some((evaluation, scores)))
}

/// A task in the graders' queue, as the queue lists it.
#[derive(Clone, Debug, FromRow, Serialize)]
pub struct TaskRow {
    pub id: i64,
    pub evaluation_id: i64,
    pub call_id: i64,
    pub kind: String,
    pub state: String,
    pub script_id: String,
    pub created_at: i64,
}

pub async fn tasks(db: &Db, state: Option<&str>, limit: i64) -> AppResult<Vec<TaskRow>> {
    Ok(sqlx::query_as(
        "SELECT t.id, t.evaluation_id, e.call_id, t.kind, t.state, e.script_id, t.created_at \
         FROM grading_tasks t JOIN evaluations e ON e.id = t.evaluation_id \
         WHERE ($1 IS NULL OR t.state = $1) ORDER BY t.id LIMIT $2",
    )
    .bind(state)
    .bind(limit.clamp(1, 1000))
    .fetch_all(&db.pool)
    .await?)
}
