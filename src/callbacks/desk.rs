//! The operators' desk: today's callbacks for an operator's centre, taking
//! one under a lease, what the operator sees of it (the visit, earlier
//! attempts, the citizen's number while they hold it), and the outcome:
//! retries inside calling hours, "call me later", "never call me" (on the
//! do-not-call list at once), and the citizen's satisfaction and words.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::hours::CallingHours;
use crate::clock::from_ms;
use crate::config::CallbacksConfig;
use crate::db::Db;
use crate::db::claim::Queue;
use crate::error::{AppError, AppResult};
use crate::msg;
use crate::privacy::mask_phone;
use crate::roster;
use crate::text::TextKind;

/// Who is calling citizens back.
#[derive(Clone, Debug)]
pub struct Operator {
    pub key: String,
    pub user_id: Option<i64>,
    /// The centre whose callbacks they make; all centres when `None`.
    pub centre_id: Option<i64>,
    /// Their own line, which the service rings first and then bridges.
    pub phone: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Reached,
    NoAnswer,
    Busy,
    WrongNumber,
    Refused,
    CallLater,
    NeverCall,
}

impl Outcome {
    /// Every outcome, in the order the form offers them.
    pub const ALL: [Outcome; 7] = [
        Outcome::Reached,
        Outcome::NoAnswer,
        Outcome::Busy,
        Outcome::WrongNumber,
        Outcome::Refused,
        Outcome::CallLater,
        Outcome::NeverCall,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Reached => "reached",
            Outcome::NoAnswer => "no_answer",
            Outcome::Busy => "busy",
            Outcome::WrongNumber => "wrong_number",
            Outcome::Refused => "refused",
            Outcome::CallLater => "call_later",
            Outcome::NeverCall => "never_call",
        }
    }
}

/// What can become of a callback (`callbacks.state`).
pub const STATES: [&str; 3] = ["open", "closed", "unreachable"];

/// The outcomes stored on a callback: those of an attempt, and
/// `do_not_call` for the callbacks closed because the citizen asked never to
/// be called on another one.
pub const STORED_OUTCOMES: [&str; 8] = [
    "reached",
    "no_answer",
    "busy",
    "wrong_number",
    "refused",
    "call_later",
    "never_call",
    "do_not_call",
];

/// How an attempt was made (`callback_attempts.method`).
pub const METHODS: [&str; 2] = ["bridged", "other"];

/// A callback in the list, without the citizen's number in clear.
#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct CallbackLine {
    pub id: i64,
    pub centre_id: i64,
    pub state: String,
    pub outcome: Option<String>,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub service: String,
    pub visited_at: i64,
    pub department: Option<String>,
    pub staff: Option<String>,
    pub phone: Option<String>,
    pub held_by_me: i64,
    pub held_by_other: i64,
}

/// Today's callbacks of the operator's centre: those still to call (due now
/// or later today) and those dealt with today.
pub async fn today(
    db: &Db,
    operator: &Operator,
    now: DateTime<Utc>,
) -> AppResult<Vec<CallbackLine>> {
    let now_ms = now.timestamp_millis();
    let mut rows: Vec<CallbackLine> = sqlx::query_as(
        "SELECT c.id, c.centre_id, c.state, c.outcome, c.attempts, c.next_attempt_at, v.service, v.visited_at, \
         d.name AS department, s.name AS staff, v.phone, \
         CASE WHEN c.lease_owner = $1 AND c.lease_until > $2 THEN 1 ELSE 0 END AS held_by_me, \
         CASE WHEN c.lease_owner <> $1 AND c.lease_until > $2 THEN 1 ELSE 0 END AS held_by_other \
         FROM callbacks c JOIN service_visits v ON v.id = c.visit_id \
         LEFT JOIN departments d ON d.id = v.department_id LEFT JOIN staff s ON s.id = v.staff_id \
         WHERE ($3 IS NULL OR c.centre_id = $3) AND (c.state = 'open' OR c.updated_at > $4) \
         ORDER BY CASE WHEN c.state = 'open' THEN 0 ELSE 1 END, c.next_attempt_at, c.id",
    )
    .bind(&operator.key)
    .bind(now_ms)
    .bind(operator.centre_id)
    .bind(now_ms - 86_400_000)
    .fetch_all(&db.pool)
    .await?;
    for row in &mut rows {
        row.phone = row.phone.as_deref().map(mask_phone);
    }
    Ok(rows)
}

fn lease_queue(ready: &str) -> Queue<'_> {
    Queue {
        table: "callbacks",
        ready,
        order_by: "next_attempt_at, id",
    }
}

/// Takes callback `id` for the operator, or the next one due, under a lease.
pub async fn take(
    db: &Db,
    operator: &Operator,
    id: Option<i64>,
    now: DateTime<Utc>,
    lease_ms: i64,
) -> AppResult<Option<i64>> {
    // Built from integers only.
    let centre = operator
        .centre_id
        .map(|c| format!(" AND centre_id = {c}"))
        .unwrap_or_default();
    let which = id.map(|i| format!(" AND id = {i}")).unwrap_or_default();
    let ready = format!("state = 'open' AND next_attempt_at <= $3{centre}{which}");
    let now_ms = now.timestamp_millis();
    if let Some(id) = id {
        // A callback the operator already holds stays theirs.
        let mine: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM callbacks WHERE id = $1 AND lease_owner = $2 AND lease_until > $3 AND state = 'open'",
        )
        .bind(id)
        .bind(&operator.key)
        .bind(now_ms)
        .fetch_optional(&db.pool)
        .await?;
        if mine.is_some() {
            return Ok(mine);
        }
    }
    Ok(lease_queue(&ready)
        .claim(db, &operator.key, now_ms, lease_ms)
        .await?)
}

/// One earlier attempt at a callback.
#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Attempt {
    pub at: i64,
    pub method: String,
    pub outcome: String,
    pub operator_key: String,
}

/// What the operator sees of a callback they hold, the number in full.
#[derive(Debug, Serialize)]
pub struct Held {
    pub id: i64,
    pub centre_id: i64,
    pub centre: String,
    pub citizen_name: Option<String>,
    pub phone: Option<String>,
    pub service: String,
    pub life_situation: Option<String>,
    pub channel: String,
    pub visited_at: String,
    /// The same, for pages to write in the reader's language.
    #[serde(skip)]
    pub visited_local: NaiveDateTime,
    /// The same with the centre's offset, for the API.
    #[serde(skip)]
    pub visited: DateTime<chrono::FixedOffset>,
    pub department: Option<String>,
    pub staff: Option<String>,
    pub attempts: Vec<Attempt>,
    pub lease_until: i64,
}

#[derive(sqlx::FromRow)]
struct HeldRow {
    id: i64,
    centre_id: i64,
    lease_until: i64,
    citizen_name: Option<String>,
    phone: Option<String>,
    service: String,
    life_situation: Option<String>,
    channel: String,
    visited_at: i64,
    department: Option<String>,
    staff: Option<String>,
}

/// The callback the operator holds, or not found.
pub async fn held(db: &Db, operator: &Operator, id: i64, now: DateTime<Utc>) -> AppResult<Held> {
    let row: Option<HeldRow> = sqlx::query_as(
        "SELECT c.id, c.centre_id, c.lease_until, v.citizen_name, v.phone, v.service, v.life_situation, v.channel, \
         v.visited_at, d.name AS department, s.name AS staff FROM callbacks c \
         JOIN service_visits v ON v.id = c.visit_id LEFT JOIN departments d ON d.id = v.department_id \
         LEFT JOIN staff s ON s.id = v.staff_id \
         WHERE c.id = $1 AND c.lease_owner = $2 AND c.lease_until > $3 AND c.state = 'open'",
    )
    .bind(id)
    .bind(&operator.key)
    .bind(now.timestamp_millis())
    .fetch_optional(&db.pool)
    .await?;
    let row =
        row.ok_or_else(|| AppError::NotFound(msg!("callbacks-not-held", id = id.to_string())))?;
    let attempts = sqlx::query_as(
        "SELECT at, method, outcome, operator_key FROM callback_attempts WHERE callback_id = $1 ORDER BY at",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    let centre = roster::get_centre(db, row.centre_id).await?;
    let tz = centre.time_zone.tz();
    let visited = from_ms(row.visited_at).with_timezone(&tz);
    Ok(Held {
        id: row.id,
        centre_id: row.centre_id,
        centre: centre.name,
        citizen_name: row.citizen_name,
        phone: row.phone,
        service: row.service,
        life_situation: row.life_situation,
        channel: row.channel,
        visited_at: visited.format("%Y-%m-%d %H:%M").to_string(),
        visited_local: visited.naive_local(),
        visited: visited.fixed_offset(),
        department: row.department,
        staff: row.staff,
        attempts,
        lease_until: row.lease_until,
    })
}

/// What the operator records after a call (or an attempt by other means).
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeIn {
    pub outcome: Outcome,
    /// For "call me later": when, RFC 3339.
    #[serde(default)]
    pub call_back_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub satisfaction_staff: Option<i64>,
    #[serde(default)]
    pub satisfaction_process: Option<i64>,
    #[serde(default)]
    pub satisfaction_overall: Option<i64>,
    #[serde(default)]
    pub comments: Option<String>,
    #[serde(default)]
    pub questions: Option<String>,
    #[serde(default)]
    pub suggestions: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub follow_up_needed: bool,
    #[serde(default)]
    pub follow_up_by: Option<String>,
    /// The bridged call this outcome is about; none when called by other means.
    #[serde(default)]
    pub call_id: Option<i64>,
}

/// Categories comments and suggestions are grouped by in the synthesis.
pub const CATEGORIES: [&str; 6] = [
    "praise",
    "complaint",
    "suggestion",
    "question",
    "process",
    "other",
];

/// The words of an outcome as they are stored: checked, trimmed, `None`
/// when blank.
struct Words {
    comments: Option<String>,
    questions: Option<String>,
    suggestions: Option<String>,
    category: Option<String>,
    follow_up_by: Option<String>,
}

fn check(input: &OutcomeIn) -> AppResult<Words> {
    let prose = |field, raw: &Option<String>| TextKind::Prose.parse_optional(field, raw.as_deref());
    let words = Words {
        comments: prose("comments", &input.comments)?,
        questions: prose("questions", &input.questions)?,
        suggestions: prose("suggestions", &input.suggestions)?,
        category: TextKind::Line.parse_optional("category", input.category.as_deref())?,
        follow_up_by: TextKind::Line
            .parse_optional("follow_up_by", input.follow_up_by.as_deref())?,
    };
    for (field, value) in [
        ("satisfaction_staff", input.satisfaction_staff),
        ("satisfaction_process", input.satisfaction_process),
        ("satisfaction_overall", input.satisfaction_overall),
    ] {
        if value.is_some_and(|v| !(1..=5).contains(&v)) {
            return Err(AppError::invalid(
                field,
                msg!("callbacks-satisfaction-range"),
            ));
        }
        if value.is_some() && input.outcome != Outcome::Reached {
            return Err(AppError::invalid(
                field,
                msg!("callbacks-satisfaction-only-reached"),
            ));
        }
    }
    if input.outcome == Outcome::CallLater && input.call_back_at.is_none() {
        return Err(AppError::invalid(
            "call_back_at",
            msg!("callbacks-call-back-at-required"),
        ));
    }
    if let Some(c) = words.category.as_deref()
        && !CATEGORIES.contains(&c)
    {
        return Err(AppError::invalid(
            "category",
            msg!(
                "callbacks-invalid-category",
                categories = CATEGORIES.join(", ")
            ),
        ));
    }
    if input.follow_up_needed && words.follow_up_by.is_none() {
        return Err(AppError::invalid(
            "follow_up_by",
            msg!("callbacks-follow-up-by-required"),
        ));
    }
    Ok(words)
}

/// Records the outcome of an attempt and decides what happens next. Returns
/// the callback's state afterwards.
pub async fn record_outcome(
    db: &Db,
    config: &CallbacksConfig,
    hours: &CallingHours,
    operator: &Operator,
    id: i64,
    input: &OutcomeIn,
    now: DateTime<Utc>,
) -> AppResult<&'static str> {
    let words = check(input)?;
    let view = held(db, operator, id, now).await?;
    let now_ms = now.timestamp_millis();
    let attempts: i64 = sqlx::query_scalar("SELECT attempts FROM callbacks WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await?;
    let attempts = attempts + 1;
    let retry = |at: DateTime<Utc>| hours.next_open(at).unwrap_or(at).timestamp_millis();
    let (state, next) = match input.outcome {
        Outcome::NoAnswer | Outcome::Busy if attempts >= i64::from(config.max_attempts) => {
            ("unreachable", now_ms)
        }
        Outcome::NoAnswer | Outcome::Busy => (
            "open",
            retry(now + chrono::Duration::minutes(config.retry_gap_minutes)),
        ),
        Outcome::CallLater => (
            "open",
            retry(input.call_back_at.expect("checked above").max(now)),
        ),
        _ => ("closed", now_ms),
    };
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO callback_attempts (callback_id, operator_key, method, call_id, outcome, call_back_at, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(&operator.key)
    .bind(if input.call_id.is_some() { "bridged" } else { "other" })
    .bind(input.call_id)
    .bind(input.outcome.as_str())
    .bind(input.call_back_at.map(|t| t.timestamp_millis()))
    .bind(now_ms)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE callbacks SET state = $1, outcome = $2, attempts = $3, next_attempt_at = $4, last_attempt_at = $5, \
         lease_owner = NULL, lease_until = NULL, satisfaction_staff = COALESCE($6, satisfaction_staff), \
         satisfaction_process = COALESCE($7, satisfaction_process), satisfaction_overall = COALESCE($8, satisfaction_overall), \
         comments = COALESCE($9, comments), questions = COALESCE($10, questions), suggestions = COALESCE($11, suggestions), \
         category = COALESCE($12, category), follow_up_needed = $13, follow_up_by = $14, operator_user_id = $15, \
         completed_at = CASE WHEN $1 = 'open' THEN NULL ELSE $5 END, updated_at = $5 WHERE id = $16",
    )
    .bind(state)
    .bind(input.outcome.as_str())
    .bind(attempts)
    .bind(next)
    .bind(now_ms)
    .bind(input.satisfaction_staff)
    .bind(input.satisfaction_process)
    .bind(input.satisfaction_overall)
    .bind(words.comments)
    .bind(words.questions)
    .bind(words.suggestions)
    .bind(words.category)
    .bind(i64::from(input.follow_up_needed))
    .bind(words.follow_up_by)
    .bind(operator.user_id)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if input.outcome == Outcome::NeverCall
        && let Some(phone) = &view.phone
    {
        // On the list at once, and no other callback to the number goes ahead.
        sqlx::query(
            "INSERT INTO do_not_call (phone, reason, added_by, added_at) VALUES ($1, 'asked never to be called', $2, $3) \
             ON CONFLICT (phone) DO NOTHING",
        )
        .bind(phone)
        .bind(&operator.key)
        .bind(now_ms)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE callbacks SET state = 'closed', outcome = 'do_not_call', lease_owner = NULL, lease_until = NULL, \
             updated_at = $1 WHERE state = 'open' AND visit_id IN (SELECT id FROM service_visits WHERE phone = $2)",
        )
        .bind(now_ms)
        .bind(phone)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(state)
}

/// Whether a number is on the do-not-call list.
pub async fn on_do_not_call(db: &Db, phone: &str) -> AppResult<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM do_not_call WHERE phone = $1")
        .bind(phone)
        .fetch_one(&db.pool)
        .await?;
    Ok(n > 0)
}
