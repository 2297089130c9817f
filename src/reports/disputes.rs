//! Disputes of a final score. A staff member, through their supervisor or
//! HR, disputes an evaluation within the window after its score became
//! final, naming the items and saying why; someone in HR other than the
//! person who raised it accepts it (with the new scores of every disputed
//! item), partly accepts it (new scores for some), or rejects it. New scores
//! become the evaluation's next score version, recomputed from the item
//! shares by the rubric's rules; the history keeps every version. Once
//! resolved, the evaluation is locked: it cannot be disputed again.
//! Owns `disputes` and `shared_examples`.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::results::{self, Range};
use crate::db::Db;
use crate::error::{AppError, AppResult, ResultExt};
use crate::grading::{desk, scoring, script_for, versions};
use crate::i18n::Msg;
use crate::msg;
use crate::scripts::ScriptLibrary;
use crate::stats::median;
use crate::text::TextKind;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// Every state a dispute can be in, with the message that names it (the
/// pages show a state by value: `dispute-state-<state>`).
pub const STATES: [(&str, &str); 4] = [
    ("open", "dispute-state-open"),
    ("accepted", "dispute-state-accepted"),
    ("partly_accepted", "dispute-state-partly_accepted"),
    ("rejected", "dispute-state-rejected"),
];

/// Who raises or reviews a dispute.
#[derive(Clone, Debug)]
pub struct Person {
    /// The name the history shows.
    pub label: String,
    pub user_id: Option<i64>,
}

#[derive(Clone, Debug, Deserialize, utoipa::ToSchema)]
pub struct NewDispute {
    pub items: Vec<String>,
    pub comment: String,
}

/// A reviewer's decision: `accept` (with new scores) or `reject`.
#[derive(Clone, Debug, Deserialize, utoipa::ToSchema)]
pub struct Review {
    pub decision: String,
    pub resolution: String,
    /// New values of disputed items: a level of the item's scale, or "na".
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<String, Object>)]
    pub scores: BTreeMap<String, serde_json::Value>,
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Dispute {
    pub id: i64,
    pub evaluation_id: i64,
    pub raised_by: String,
    pub raised_by_user_id: Option<i64>,
    pub comment: String,
    /// JSON list of item keys.
    pub items: String,
    pub state: String,
    pub reviewed_by: Option<String>,
    pub resolution: Option<String>,
    pub created_at: i64,
    pub resolved_at: Option<i64>,
    pub staff_id: Option<i64>,
    pub department_id: Option<i64>,
    pub local_date: String,
}

impl Dispute {
    pub fn item_keys(&self) -> Vec<String> {
        serde_json::from_str(&self.items).unwrap_or_default()
    }

    /// Hours from raising to resolution.
    pub fn resolution_hours(&self) -> Option<f64> {
        self.resolved_at
            .map(|at| (at - self.created_at) as f64 / 3_600_000.0)
    }
}

const DISPUTE_SELECT: &str = "SELECT d.id, d.evaluation_id, d.raised_by, d.raised_by_user_id, d.comment, d.items, \
     d.state, d.reviewed_by, d.resolution, d.created_at, d.resolved_at, e.staff_id, e.department_id, e.local_date \
     FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id";

pub async fn get(db: &Db, id: i64) -> AppResult<Dispute> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{DISPUTE_SELECT} WHERE d.id = $1"
    )))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or_else(|| AppError::NotFound(msg!("disputes-not-found", id = id.to_string())))
}

/// Disputes in a state (or all), optionally of one department, newest first.
pub async fn list(
    db: &Db,
    state: Option<&str>,
    department_id: Option<i64>,
) -> AppResult<Vec<Dispute>> {
    let mut sql = format!("{DISPUTE_SELECT} WHERE 1 = 1");
    if state.is_some() {
        sql.push_str(" AND d.state = $1");
    }
    if department_id.is_some() {
        sql.push_str(if state.is_some() {
            " AND e.department_id = $2"
        } else {
            " AND e.department_id = $1"
        });
    }
    sql.push_str(" ORDER BY d.state = 'open' DESC, d.created_at DESC, d.id DESC");
    let mut query = sqlx::query_as::<_, Dispute>(sqlx::AssertSqlSafe(sql));
    if let Some(state) = state {
        query = query.bind(state.to_string());
    }
    if let Some(id) = department_id {
        query = query.bind(id);
    }
    Ok(query.fetch_all(&db.pool).await?)
}

/// The disputes of one evaluation, oldest first.
pub async fn of_evaluation(db: &Db, evaluation_id: i64) -> AppResult<Vec<Dispute>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{DISPUTE_SELECT} WHERE d.evaluation_id = $1 ORDER BY d.id"
    )))
    .bind(evaluation_id)
    .fetch_all(&db.pool)
    .await?)
}

/// The state of each evaluation's latest dispute.
pub async fn latest_states(
    db: &Db,
    evaluation_ids: impl Iterator<Item = i64>,
) -> AppResult<HashMap<i64, String>> {
    let ids: Vec<String> = evaluation_ids.map(|id| id.to_string()).collect();
    let mut out = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(i64, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT evaluation_id, state FROM disputes WHERE evaluation_id IN ({}) ORDER BY id",
            chunk.join(",")
        )))
        .fetch_all(&db.pool)
        .await?;
        out.extend(rows);
    }
    Ok(out)
}

/// Why an evaluation cannot be disputed now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closed {
    /// A dispute about it has been resolved.
    Locked,
    /// Its score is not final yet.
    NotFinal,
    /// The window of this many days after its score became final has passed.
    WindowPassed(i64),
}

impl Closed {
    /// The reason as the evaluation's page says it.
    pub fn message(self) -> Msg {
        match self {
            Closed::Locked => msg!("disputes-closed-locked"),
            Closed::NotFinal => msg!("disputes-closed-not-final"),
            Closed::WindowPassed(days) => msg!("disputes-closed-window", days = days),
        }
    }

    /// The refusal of a dispute raised on evaluation `id`.
    pub fn refusal(self, id: i64) -> Msg {
        let id = id.to_string();
        match self {
            Closed::Locked => msg!("disputes-refused-locked", evaluation = id),
            Closed::NotFinal => msg!("disputes-refused-not-final", evaluation = id),
            Closed::WindowPassed(days) => {
                msg!("disputes-refused-window", evaluation = id, days = days)
            }
        }
    }
}

/// Why an evaluation cannot be disputed now, if it cannot.
pub fn closed_reason(
    finalized_at: Option<i64>,
    locked: bool,
    window_days: i64,
    now_ms: i64,
) -> Option<Closed> {
    if locked {
        return Some(Closed::Locked);
    }
    match finalized_at {
        None => Some(Closed::NotFinal),
        Some(at) if now_ms > at + window_days * DAY_MS => Some(Closed::WindowPassed(window_days)),
        Some(_) => None,
    }
}

/// Opens a dispute; returns its id.
pub async fn raise(
    db: &Db,
    library: &ScriptLibrary,
    evaluation_id: i64,
    input: &NewDispute,
    by: &Person,
    window_days: i64,
    now_ms: i64,
) -> AppResult<i64> {
    let evaluation = results::final_evaluation(db, evaluation_id)
        .await?
        .ok_or_else(|| evaluation_not_found(evaluation_id))?;
    if let Some(why) = closed_reason(
        evaluation.finalized_at,
        evaluation.locked,
        window_days,
        now_ms,
    ) {
        return Err(AppError::Conflict(why.refusal(evaluation_id)));
    }
    let comment = TextKind::Prose.parse("comment", &input.comment)?;
    if comment.is_empty() {
        return Err(AppError::invalid(
            "comment",
            msg!("disputes-comment-missing"),
        ));
    }
    if input.items.is_empty() {
        return Err(AppError::invalid("items", msg!("disputes-items-missing")));
    }
    let script = script_for(
        db,
        library,
        &evaluation.script_id,
        &evaluation.script_version,
    )
    .await?;
    let mut items: Vec<String> = Vec::new();
    for key in &input.items {
        if script.item(key).is_none() {
            return Err(AppError::invalid(
                "items",
                msg!("disputes-item-unknown", item = key, script = &script.id),
            ));
        }
        if !items.contains(key) {
            items.push(key.clone());
        }
    }
    let already = || {
        AppError::Conflict(msg!(
            "disputes-already-open",
            evaluation = evaluation_id.to_string()
        ))
    };
    let open: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM disputes WHERE evaluation_id = $1 AND state = 'open'",
    )
    .bind(evaluation_id)
    .fetch_one(&db.pool)
    .await?;
    if open > 0 {
        return Err(already());
    }
    // The unique index still decides between two raised at the same moment.
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO disputes (evaluation_id, raised_by, raised_by_user_id, comment, items, state, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'open', $6) RETURNING id",
    )
    .bind(evaluation_id)
    .bind(&by.label)
    .bind(by.user_id)
    .bind(&comment)
    .bind(serde_json::to_string(&items).map_err(anyhow::Error::from)?)
    .bind(now_ms)
    .fetch_one(&db.pool)
    .await
    .on_constraint("disputes_one_open", already)?;
    Ok(id)
}

/// What resolving a dispute did.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Resolved {
    pub dispute_id: i64,
    pub state: String,
    /// The score version the decision made current (none when rejected).
    pub new_version: Option<i64>,
    pub total_before: f64,
    pub total_after: f64,
}

/// Resolves an open dispute. The reviewer may not be the person who raised it.
pub async fn resolve(
    db: &Db,
    library: &ScriptLibrary,
    dispute_id: i64,
    review: &Review,
    by: &Person,
    now_ms: i64,
) -> AppResult<Resolved> {
    let dispute = get(db, dispute_id).await?;
    if dispute.state != "open" {
        return Err(AppError::Conflict(msg!(
            "disputes-already-resolved",
            id = dispute_id.to_string(),
            state = &dispute.state
        )));
    }
    let same_person = match (dispute.raised_by_user_id, by.user_id) {
        (Some(a), Some(b)) => a == b,
        _ => dispute.raised_by == by.label,
    };
    if same_person {
        return Err(AppError::Forbidden(msg!("disputes-reviewer-raised-it")));
    }
    let resolution = TextKind::Prose.parse("resolution", &review.resolution)?;
    if resolution.is_empty() {
        return Err(AppError::invalid(
            "resolution",
            msg!("disputes-resolution-missing"),
        ));
    }
    let evaluation = results::final_evaluation(db, dispute.evaluation_id)
        .await?
        .ok_or_else(|| evaluation_not_found(dispute.evaluation_id))?;
    let disputed = dispute.item_keys();

    // Everything is checked and worked out before the write transaction opens.
    let (state, sheet) = match review.decision.as_str() {
        "reject" => {
            if review.scores.values().any(|v| !is_blank(v)) {
                return Err(AppError::invalid(
                    "scores",
                    msg!("disputes-rejected-changes-no-score"),
                ));
            }
            ("rejected", None)
        }
        "accept" => {
            let script = script_for(
                db,
                library,
                &evaluation.script_id,
                &evaluation.script_version,
            )
            .await?;
            let mut items = evaluation.items.clone();
            let mut changed = 0;
            for (key, value) in &review.scores {
                if is_blank(value) {
                    continue;
                }
                if !disputed.contains(key) {
                    return Err(AppError::invalid(
                        format!("scores.{key}"),
                        msg!("disputes-score-not-disputed"),
                    ));
                }
                let (_, item) = script.item(key).ok_or_else(|| {
                    AppError::invalid(format!("scores.{key}"), msg!("disputes-score-not-an-item"))
                })?;
                let share = parse_value(value, item.na_allowed, &item.scale)
                    .map_err(|m| AppError::invalid(format!("scores.{key}"), m))?;
                items.insert(key.clone(), share);
                changed += 1;
            }
            if changed == 0 {
                return Err(AppError::invalid(
                    "scores",
                    msg!("disputes-score-none-given"),
                ));
            }
            let bands = desk::bands_for(db, evaluation.evaluation_id).await?;
            let score = scoring::score_shares(&script, |k| items.get(k).copied().flatten(), &bands);
            let sheet = versions::FinalSheet::from_score(score, items, "dispute");
            let state = if changed == disputed.len() {
                "accepted"
            } else {
                "partly_accepted"
            };
            (state, Some(sheet))
        }
        other => {
            return Err(AppError::invalid(
                "decision",
                msg!("disputes-decision-invalid", value = other),
            ));
        }
    };
    let mut tx = db.begin().await?;
    let new_version = match &sheet {
        Some(sheet) => Some(
            versions::record(
                &mut tx,
                evaluation.evaluation_id,
                sheet,
                Some(&resolution),
                &by.label,
                Some(dispute_id),
                now_ms,
            )
            .await?,
        ),
        None => None,
    };
    let total_after = sheet.as_ref().map_or(evaluation.total, |s| s.total);
    let updated = sqlx::query(
        "UPDATE disputes SET state = $1, reviewed_by = $2, reviewed_by_user_id = $3, resolution = $4, \
         resolved_at = $5 WHERE id = $6 AND state = 'open'",
    )
    .bind(state)
    .bind(&by.label)
    .bind(by.user_id)
    .bind(&resolution)
    .bind(now_ms)
    .bind(dispute_id)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Err(AppError::Conflict(msg!(
            "disputes-resolved-meanwhile",
            id = dispute_id.to_string()
        )));
    }
    sqlx::query("UPDATE evaluations SET locked_at = $1 WHERE id = $2")
        .bind(now_ms)
        .bind(evaluation.evaluation_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Resolved {
        dispute_id,
        state: state.into(),
        new_version,
        total_before: evaluation.total,
        total_after,
    })
}

/// The answer about a final evaluation that does not exist (or is hidden).
pub fn evaluation_not_found(id: i64) -> AppError {
    AppError::NotFound(msg!("results-evaluation-not-found", id = id.to_string()))
}

fn is_blank(value: &serde_json::Value) -> bool {
    value.is_null() || value.as_str().is_some_and(|s| s.trim().is_empty())
}

/// A reviewer's value for an item: its share of the weight, or `None` for N/A.
fn parse_value(
    value: &serde_json::Value,
    na_allowed: bool,
    scale: &crate::scripts::Scale,
) -> Result<Option<f64>, Msg> {
    let level = match value {
        serde_json::Value::Number(n) => n.as_i64(),
        serde_json::Value::String(s) if s.trim().eq_ignore_ascii_case("na") => {
            return if na_allowed {
                Ok(None)
            } else {
                Err(msg!("disputes-score-na-not-allowed"))
            };
        }
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    let level =
        level.ok_or_else(|| msg!("disputes-score-not-a-level", value = value.to_string()))?;
    scale.fraction(level).map(Some).ok_or_else(|| {
        msg!(
            "disputes-score-off-scale",
            level = level,
            min = scale.min(),
            max = scale.max()
        )
    })
}

/// Counts for a dispute list: how many in each state, and the median time to resolve.
#[derive(Clone, Debug, Default, Serialize, utoipa::ToSchema)]
pub struct Summary {
    pub open: usize,
    pub accepted: usize,
    pub partly_accepted: usize,
    pub rejected: usize,
    pub median_resolution_hours: Option<f64>,
}

pub fn summarize(disputes: &[Dispute]) -> Summary {
    let mut s = Summary::default();
    for d in disputes {
        match d.state.as_str() {
            "open" => s.open += 1,
            "accepted" => s.accepted += 1,
            "partly_accepted" => s.partly_accepted += 1,
            _ => s.rejected += 1,
        }
    }
    let hours: Vec<f64> = disputes
        .iter()
        .filter_map(Dispute::resolution_hours)
        .collect();
    s.median_resolution_hours = median(&hours);
    s
}

/// Disputes raised in a period (by the day they were raised, in UTC).
pub fn in_range(disputes: Vec<Dispute>, range: &Range) -> Vec<Dispute> {
    let day = |ms: i64| {
        chrono::DateTime::from_timestamp_millis(ms)
            .map(|t| t.date_naive())
            .unwrap_or_default()
    };
    disputes
        .into_iter()
        .filter(|d| (range.from..=range.to).contains(&day(d.created_at)))
        .collect()
}

/// Marks (or unmarks) an evaluation's recording as a best-practice example of an item.
pub async fn mark_example(
    db: &Db,
    evaluation_id: i64,
    item_key: &str,
    shared: bool,
    by: &str,
    now_ms: i64,
) -> AppResult<()> {
    if results::final_evaluation(db, evaluation_id)
        .await?
        .is_none()
    {
        return Err(evaluation_not_found(evaluation_id));
    }
    sqlx::query("DELETE FROM shared_examples WHERE evaluation_id = $1 AND item_key = $2")
        .bind(evaluation_id)
        .bind(item_key)
        .execute(&db.pool)
        .await?;
    if shared {
        sqlx::query(
            "INSERT INTO shared_examples (evaluation_id, item_key, marked_by, marked_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(evaluation_id)
        .bind(item_key)
        .bind(by)
        .bind(now_ms)
        .execute(&db.pool)
        .await?;
    }
    Ok(())
}

/// The recordings marked for sharing: (evaluation, item) pairs.
pub async fn shared_examples(db: &Db) -> AppResult<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT evaluation_id, item_key FROM shared_examples ORDER BY marked_at DESC",
    )
    .fetch_all(&db.pool)
    .await?)
}
