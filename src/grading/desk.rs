//! The graders' desk: taking the next task under a lease, keeping it with a
//! heartbeat, giving it back with a reason, saving a draft, and submitting a
//! scored sheet — after which the call is final, goes to a second grader who
//! cannot see the first score, or, when the two disagree, to a senior grader.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::scoring::{self, Answer, Bands, CallScore, ItemAnswer};
use super::{EvaluationState, script_for, versions};
use crate::db::Db;
use crate::db::claim::Queue;
use crate::error::{AppError, AppResult};
use crate::hash::stable_hash;
use crate::msg;
use crate::scripts::CallScript;
use crate::scripts::ScriptLibrary;
use crate::text::TextKind;

/// Who is grading.
#[derive(Clone, Debug)]
pub struct Grader {
    /// `user:<id>`: the lease owner and the key scores are stored under.
    pub key: String,
    pub user_id: Option<i64>,
    /// Calls to this department never go to this grader.
    pub department_id: Option<i64>,
    /// May adjudicate disagreements.
    pub senior: bool,
}

#[derive(Clone, Debug)]
pub struct DeskSettings {
    pub lease_ms: i64,
    pub adjudication_threshold: f64,
}

/// Tasks this grader may take: waiting, not an adjudication unless they are
/// senior, not a call they graded or gave back before, not their own department.
fn ready_for(grader: &Grader) -> String {
    // Only ever built from integers, never from user input.
    assert!(
        grader
            .key
            .split_once(':')
            .is_some_and(|(kind, id)| kind.chars().all(|c| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_digit())),
        "grader keys are kind:number"
    );
    let key = &grader.key;
    let mut condition = format!(
        "state = 'waiting' \
         AND NOT EXISTS (SELECT 1 FROM gradings g WHERE g.evaluation_id = grading_tasks.evaluation_id AND g.grader_key = '{key}') \
         AND NOT EXISTS (SELECT 1 FROM task_releases r WHERE r.task_id = grading_tasks.id AND r.grader_key = '{key}')"
    );
    if !grader.senior {
        condition.push_str(" AND kind <> 'adjudication'");
    }
    if let Some(department) = grader.department_id {
        condition.push_str(&format!(
            " AND NOT EXISTS (SELECT 1 FROM evaluations e JOIN staff s ON s.id = e.staff_id \
             WHERE e.id = grading_tasks.evaluation_id AND s.department_id = {department})"
        ));
    }
    condition
}

/// Hands the grader the task they hold, or the oldest one they may take.
pub async fn claim_next(
    db: &Db,
    grader: &Grader,
    now_ms: i64,
    lease_ms: i64,
) -> AppResult<Option<i64>> {
    let held: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM grading_tasks WHERE state = 'waiting' AND lease_owner = $1 AND lease_until > $2 ORDER BY id LIMIT 1",
    )
    .bind(&grader.key)
    .bind(now_ms)
    .fetch_optional(&db.pool)
    .await?;
    if held.is_some() {
        return Ok(held);
    }
    let ready = ready_for(grader);
    let queue = Queue {
        table: "grading_tasks",
        ready: &ready,
        order_by: "created_at, id",
    };
    let Some(id) = queue.claim(db, &grader.key, now_ms, lease_ms).await? else {
        return Ok(None);
    };
    // The clock for "time per task" starts when this grader first takes it.
    sqlx::query(
        "UPDATE grading_tasks SET claimed_by = $1, claimed_at = $2, draft = NULL \
         WHERE id = $3 AND (claimed_by IS NULL OR claimed_by <> $1)",
    )
    .bind(&grader.key)
    .bind(now_ms)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(Some(id))
}

/// A task the grader holds right now, with the call it is about.
pub async fn held_task(
    db: &Db,
    task_id: i64,
    owner: &str,
    now_ms: i64,
) -> AppResult<Option<(super::TaskRow, i64)>> {
    let row: Option<super::TaskRow> = sqlx::query_as(
        "SELECT t.id, t.evaluation_id, e.call_id, t.kind, t.state, e.script_id, t.created_at \
         FROM grading_tasks t JOIN evaluations e ON e.id = t.evaluation_id \
         WHERE t.id = $1 AND t.lease_owner = $2 AND t.lease_until > $3 AND t.state = 'waiting'",
    )
    .bind(task_id)
    .bind(owner)
    .bind(now_ms)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| {
        let call = r.call_id;
        (r, call)
    }))
}

const TASK_QUEUE: Queue<'static> = Queue {
    table: "grading_tasks",
    ready: "state = 'waiting'",
    order_by: "id",
};

/// Extends the grader's lease; false when it was lost (expired and taken).
pub async fn heartbeat(
    db: &Db,
    task_id: i64,
    grader: &Grader,
    now_ms: i64,
    lease_ms: i64,
) -> AppResult<bool> {
    Ok(TASK_QUEUE
        .renew(db, task_id, &grader.key, now_ms, lease_ms)
        .await?)
}

/// The reasons the desk offers for giving a task back, each with the
/// message that names it; the value is what is stored (an API client may
/// give its own words instead).
pub const RELEASE_REASONS: &[(&str, &str)] = &[
    ("bad_audio", "desk-release-reason-bad_audio"),
    ("wrong_number", "desk-release-reason-wrong_number"),
    (
        "not_evaluation_call",
        "desk-release-reason-not_evaluation_call",
    ),
    ("knows_person", "desk-release-reason-knows_person"),
];

/// The refusal of a task the grader does not hold (any more).
fn not_held(task_id: i64) -> AppError {
    AppError::NotFound(msg!(
        "grading-not-found-held-task",
        id = task_id.to_string()
    ))
}

/// Gives a task back to the queue with a reason; this grader will not get it again.
pub async fn release(
    db: &Db,
    task_id: i64,
    grader: &Grader,
    reason: &str,
    now_ms: i64,
) -> AppResult<()> {
    let reason = TextKind::Line.parse("reason", reason)?;
    if reason.is_empty() {
        return Err(AppError::invalid(
            "reason",
            msg!("grading-release-reason-missing"),
        ));
    }
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE grading_tasks SET lease_owner = NULL, lease_until = NULL, claimed_by = NULL, claimed_at = NULL, \
         draft = NULL, updated_at = $1 WHERE id = $2 AND lease_owner = $3 AND state = 'waiting'",
    )
    .bind(now_ms)
    .bind(task_id)
    .bind(&grader.key)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(not_held(task_id));
    }
    sqlx::query("INSERT INTO task_releases (task_id, grader_key, reason, released_at) VALUES ($1, $2, $3, $4)")
        .bind(task_id)
        .bind(&grader.key)
        .bind(&reason)
        .bind(now_ms)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// One item as the grader answers it.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
pub struct AnswerIn {
    pub item_key: String,
    #[serde(default)]
    pub value: Option<i64>,
    #[serde(default)]
    pub not_applicable: bool,
    #[serde(default)]
    pub comment: Option<String>,
}

/// A sheet as the desk sends it, drafted or submitted.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
pub struct Sheet {
    #[serde(default)]
    pub answers: Vec<AnswerIn>,
    #[serde(default)]
    pub comment: Option<String>,
}

/// Saves the grader's work in progress so a reload loses nothing.
pub async fn save_draft(
    db: &Db,
    task_id: i64,
    grader: &Grader,
    sheet: &Sheet,
    now_ms: i64,
) -> AppResult<()> {
    let draft = serde_json::to_string(sheet).map_err(anyhow::Error::from)?;
    if draft.len() > 200_000 {
        return Err(AppError::invalid(
            "answers",
            msg!("grading-draft-too-large"),
        ));
    }
    let done = sqlx::query(
        "UPDATE grading_tasks SET draft = $1, updated_at = $2 WHERE id = $3 AND lease_owner = $4 AND lease_until > $2 \
         AND state = 'waiting'",
    )
    .bind(draft)
    .bind(now_ms)
    .bind(task_id)
    .bind(&grader.key)
    .execute(&db.pool)
    .await?;
    if done.rows_affected() == 0 {
        return Err(not_held(task_id));
    }
    Ok(())
}

pub async fn draft(db: &Db, task_id: i64) -> AppResult<Option<Sheet>> {
    let raw: Option<Option<String>> =
        sqlx::query_scalar("SELECT draft FROM grading_tasks WHERE id = $1")
            .bind(task_id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(raw.flatten().and_then(|d| serde_json::from_str(&d).ok()))
}

/// A campaign's bands; the defaults for a call outside any campaign.
pub async fn bands_of_campaign(db: &Db, campaign_id: Option<i64>) -> AppResult<Bands> {
    let Some(id) = campaign_id else {
        return Ok(Bands::default());
    };
    let row: Option<(f64, f64)> =
        sqlx::query_as("SELECT band_excellent, band_good FROM campaigns WHERE id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row
        .map(|(excellent, good)| Bands { excellent, good })
        .unwrap_or_default())
}

/// The bands of the campaign a stored evaluation was made under.
pub async fn bands_for(db: &Db, evaluation_id: i64) -> AppResult<Bands> {
    let campaign: Option<Option<i64>> =
        sqlx::query_scalar("SELECT campaign_id FROM evaluations WHERE id = $1")
            .bind(evaluation_id)
            .fetch_optional(&db.pool)
            .await?;
    bands_of_campaign(db, campaign.flatten()).await
}

/// Whether a second grader scores this evaluation: a fixed share, chosen by
/// a hash of the evaluation so the choice is random across calls but
/// reproducible for any one.
pub fn chosen_for_double_grading(evaluation_id: i64, share: f64) -> bool {
    let h = stable_hash(&[b"double-grading", &evaluation_id.to_le_bytes()]);
    (h as f64 / u64::MAX as f64) < share
}

/// What submitting a sheet led to.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Submitted {
    pub score: CallScore,
    /// The evaluation's state now: final, awaiting a second grader, or adjudication.
    pub evaluation_state: String,
}

/// Scores and stores a sheet, then moves the evaluation on. The answers for
/// measured items come from the call, not from the grader.
pub async fn submit(
    db: &Db,
    library: &ScriptLibrary,
    task_id: i64,
    grader: &Grader,
    sheet: &Sheet,
    now_ms: i64,
    settings: &DeskSettings,
) -> AppResult<Submitted> {
    let task: Option<(i64, String, Option<i64>)> = sqlx::query_as(
        "SELECT evaluation_id, kind, claimed_at FROM grading_tasks WHERE id = $1 AND lease_owner = $2 AND lease_until > $3 \
         AND state = 'waiting'",
    )
    .bind(task_id)
    .bind(&grader.key)
    .bind(now_ms)
    .fetch_optional(&db.pool)
    .await?;
    let Some((evaluation_id, kind, claimed_at)) = task else {
        return Err(not_held(task_id));
    };
    let (script_id, version): (String, String) =
        sqlx::query_as("SELECT script_id, script_version FROM evaluations WHERE id = $1")
            .bind(evaluation_id)
            .fetch_one(&db.pool)
            .await?;
    let script = script_for(db, library, &script_id, &version).await?;
    let measured: Vec<(String, Option<i64>)> = sqlx::query_as(
        "SELECT item_key, value FROM item_scores WHERE evaluation_id = $1 AND scored_by = 'auto'",
    )
    .bind(evaluation_id)
    .fetch_all(&db.pool)
    .await?;

    let mut answers = Vec::new();
    let mut missing = Vec::new();
    for (_, item) in script.items() {
        if item.auto.is_some() {
            let value = measured
                .iter()
                .find(|(k, _)| *k == item.key)
                .and_then(|(_, v)| *v)
                .unwrap_or(0);
            answers.push(ItemAnswer {
                item_key: item.key.clone(),
                answer: Answer::Value(value),
            });
            continue;
        }
        match sheet.answers.iter().find(|a| a.item_key == item.key) {
            Some(a) if a.not_applicable => answers.push(ItemAnswer {
                item_key: a.item_key.clone(),
                answer: Answer::NotApplicable,
            }),
            Some(AnswerIn { value: Some(v), .. }) => answers.push(ItemAnswer {
                item_key: item.key.clone(),
                answer: Answer::Value(*v),
            }),
            _ => missing.push(item.key.clone()),
        }
    }
    if !missing.is_empty() {
        return Err(AppError::invalid(
            "answers",
            msg!("grading-not-answered", items = missing.join(", ")),
        ));
    }
    let extra = sheet.answers.iter().find(|a| {
        script
            .item(&a.item_key)
            .is_none_or(|(_, i)| i.auto.is_some())
    });
    if let Some(extra) = extra {
        return Err(AppError::invalid(
            "answers",
            msg!("grading-item-not-graded", item = &extra.item_key),
        ));
    }
    let comment = TextKind::Prose.parse_optional("comment", sheet.comment.as_deref())?;
    let mut item_comments = HashMap::new();
    for a in &sheet.answers {
        let field = format!("answers.{}.comment", a.item_key);
        let checked = TextKind::Prose.parse_optional(&field, a.comment.as_deref())?;
        // The first answer for an item is the one stored, as below.
        item_comments.entry(a.item_key.as_str()).or_insert(checked);
    }
    let bands = bands_for(db, evaluation_id).await?;
    let score = scoring::score(&script, &answers, &bands)
        .map_err(|e| AppError::invalid("answers", e.message()))?;

    let mut tx = db.begin().await?;
    let taken = sqlx::query(
        "UPDATE grading_tasks SET state = 'done', lease_owner = NULL, lease_until = NULL, updated_at = $1 \
         WHERE id = $2 AND lease_owner = $3 AND state = 'waiting'",
    )
    .bind(now_ms)
    .bind(task_id)
    .bind(&grader.key)
    .execute(&mut *tx)
    .await?;
    if taken.rows_affected() == 0 {
        return Err(AppError::Conflict(msg!("grading-hold-ended")));
    }
    sqlx::query(
        "INSERT INTO gradings (task_id, evaluation_id, kind, grader_key, grader_user_id, script_version, total, band, \
         stage_scores, critical_failed, comment, claimed_at, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(task_id)
    .bind(evaluation_id)
    .bind(&kind)
    .bind(&grader.key)
    .bind(grader.user_id)
    .bind(&script.version)
    .bind(score.total)
    .bind(score.band.as_str())
    .bind(serde_json::to_string(&score.stages).map_err(anyhow::Error::from)?)
    .bind(serde_json::to_string(&score.critical_failed).map_err(anyhow::Error::from)?)
    .bind(comment)
    .bind(claimed_at)
    .bind(now_ms)
    .execute(&mut *tx)
    .await?;
    for (stage, item) in script.items().filter(|(_, i)| i.auto.is_none()) {
        let a = sheet
            .answers
            .iter()
            .find(|a| a.item_key == item.key)
            .expect("checked above");
        sqlx::query(
            "INSERT INTO item_scores (evaluation_id, stage_key, item_key, value, not_applicable, scored_by, comment, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(evaluation_id)
        .bind(&stage.key)
        .bind(&item.key)
        .bind(if a.not_applicable { None } else { a.value })
        .bind(i64::from(a.not_applicable))
        .bind(&grader.key)
        .bind(item_comments.get(item.key.as_str()).cloned().flatten())
        .bind(now_ms)
        .execute(&mut *tx)
        .await?;
    }
    let state = advance(
        &mut tx,
        &script,
        evaluation_id,
        &kind,
        score.total,
        &bands,
        now_ms,
        settings,
    )
    .await?;
    tx.commit().await?;
    Ok(Submitted {
        score,
        evaluation_state: state.to_string(),
    })
}

/// Until when the task's holder keeps it.
pub async fn lease_until(db: &Db, task_id: i64) -> AppResult<Option<i64>> {
    Ok(
        sqlx::query_scalar("SELECT lease_until FROM grading_tasks WHERE id = $1")
            .bind(task_id)
            .fetch_one(&db.pool)
            .await?,
    )
}

/// What comes after a sheet: the final score, a second grader, or adjudication.
#[allow(clippy::too_many_arguments)]
async fn advance(
    tx: &mut crate::db::Transaction,
    script: &CallScript,
    evaluation_id: i64,
    kind: &str,
    total: f64,
    bands: &Bands,
    now_ms: i64,
    settings: &DeskSettings,
) -> AppResult<&'static str> {
    let double: i64 = sqlx::query_scalar("SELECT double_graded FROM evaluations WHERE id = $1")
        .bind(evaluation_id)
        .fetch_one(&mut **tx)
        .await?;
    match kind {
        "first" if double != 0 => {
            queue_task(tx, evaluation_id, "second", now_ms).await?;
            set_state(tx, evaluation_id, "second_grading", now_ms).await?;
            Ok("second_grading")
        }
        "second" => {
            let first: f64 = sqlx::query_scalar(
                "SELECT total FROM gradings WHERE evaluation_id = $1 AND kind = 'first'",
            )
            .bind(evaluation_id)
            .fetch_one(&mut **tx)
            .await?;
            if (first - total).abs() > settings.adjudication_threshold {
                queue_task(tx, evaluation_id, "adjudication", now_ms).await?;
                set_state(tx, evaluation_id, "adjudication", now_ms).await?;
                Ok("adjudication")
            } else {
                finalize(
                    tx,
                    script,
                    evaluation_id,
                    (first + total) / 2.0,
                    "mean",
                    bands,
                    now_ms,
                )
                .await?;
                Ok("final")
            }
        }
        "adjudication" => {
            finalize(
                tx,
                script,
                evaluation_id,
                total,
                "adjudicated",
                bands,
                now_ms,
            )
            .await?;
            Ok("final")
        }
        _ => {
            finalize(tx, script, evaluation_id, total, "single", bands, now_ms).await?;
            Ok("final")
        }
    }
}

async fn queue_task(
    tx: &mut crate::db::Transaction,
    evaluation_id: i64,
    kind: &str,
    now_ms: i64,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO grading_tasks (evaluation_id, kind, state, created_at, updated_at) VALUES ($1, $2, 'waiting', $3, $3) \
         ON CONFLICT (evaluation_id, kind) DO NOTHING",
    )
    .bind(evaluation_id)
    .bind(kind)
    .bind(now_ms)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn set_state(
    tx: &mut crate::db::Transaction,
    evaluation_id: i64,
    state: &str,
    now_ms: i64,
) -> AppResult<()> {
    // A voided evaluation (its call was made on a day the person was away) stays void.
    sqlx::query(
        "UPDATE evaluations SET state = $1, updated_at = $2 WHERE id = $3 AND state <> 'void'",
    )
    .bind(state)
    .bind(now_ms)
    .bind(evaluation_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Makes the evaluation's score final and stores it as its first version.
pub async fn finalize(
    tx: &mut crate::db::Transaction,
    script: &CallScript,
    evaluation_id: i64,
    total: f64,
    source: &str,
    bands: &Bands,
    now_ms: i64,
) -> AppResult<()> {
    sqlx::query(
        "UPDATE evaluations SET state = $1, finalized_at = $2, updated_at = $2 WHERE id = $3 AND state <> 'void'",
    )
    .bind(EvaluationState::Final.as_str())
    .bind(now_ms)
    .bind(evaluation_id)
    .execute(&mut **tx)
    .await?;
    let sheet =
        versions::sheet_from_gradings(tx, script, evaluation_id, source, total, bands).await?;
    versions::record(tx, evaluation_id, &sheet, None, "grading", None, now_ms).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_the_configured_share_is_chosen_for_double_grading() {
        let chosen = (1..=10_000)
            .filter(|id| chosen_for_double_grading(*id, 0.10))
            .count();
        assert!((900..=1100).contains(&chosen), "{chosen}");
        assert_eq!(
            chosen_for_double_grading(42, 0.10),
            chosen_for_double_grading(42, 0.10)
        );
        assert_eq!(
            (1..=100)
                .filter(|id| chosen_for_double_grading(*id, 0.0))
                .count(),
            0
        );
    }

    #[test]
    fn grader_conditions_keep_graders_off_their_own_department_and_adjudication() {
        let grader = Grader {
            key: "user:7".into(),
            user_id: Some(7),
            department_id: Some(3),
            senior: false,
        };
        let sql = ready_for(&grader);
        assert!(
            sql.contains("kind <> 'adjudication'") && sql.contains("s.department_id = 3"),
            "{sql}"
        );
        let senior = Grader {
            senior: true,
            department_id: None,
            ..grader
        };
        assert!(!ready_for(&senior).contains("adjudication"));
    }
}
