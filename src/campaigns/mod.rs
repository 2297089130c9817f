//! Evaluation campaigns: which scripts, which staff, which period, how many
//! calls each, and in which calling window; the plan stored as scheduled
//! calls; pause, resume and cancel. Owns `campaigns` and `script_versions`.

pub mod planner;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::clock::SharedClock;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::msg;
use crate::roster::{self, StaffFilter};
use crate::scripts::{CallScript, ScriptKind, ScriptLibrary};
use crate::text::TextKind;
use planner::{PlanRules, PlanStaff, PlannedCall};

/// A campaign as its author writes it (TOML file or JSON body).
#[derive(Clone, Debug, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignIn {
    pub name: String,
    pub scripts: Vec<String>,
    /// Department codes; empty means every department.
    #[serde(default)]
    pub departments: Vec<String>,
    /// Grades; empty means every grade.
    #[serde(default)]
    pub grades: Vec<String>,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub calls_per_staff: u32,
    #[serde(default = "default_window_start")]
    pub window_start: String,
    #[serde(default = "default_window_end")]
    pub window_end: String,
    #[serde(default)]
    pub holidays: Vec<NaiveDate>,
    #[serde(default)]
    pub seed: Option<u64>,
    /// How unanswered calls enter the combined score.
    #[serde(default)]
    pub unanswered_policy: UnansweredPolicy,
}

/// How a campaign's unanswered evaluation calls enter the combined score.
/// Answer rate and courtesy are always reported apart as well; the policy
/// only decides the one number that joins them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnansweredPolicy {
    /// An unanswered call counts as a call scored 0.
    Zero,
    /// Unanswered calls are left out: the combined score is the courtesy
    /// score over answered calls.
    Exclude,
    /// An unanswered call counts only on the connection items: it weighs
    /// the share of a call those items weigh in its script, scored on them.
    #[default]
    Connection,
}

impl UnansweredPolicy {
    pub const ALL: [UnansweredPolicy; 3] = [
        UnansweredPolicy::Zero,
        UnansweredPolicy::Exclude,
        UnansweredPolicy::Connection,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UnansweredPolicy::Zero => "zero",
            UnansweredPolicy::Exclude => "exclude",
            UnansweredPolicy::Connection => "connection",
        }
    }

    pub fn parse(s: &str) -> Option<UnansweredPolicy> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// What an unanswered call weighs in the combined score, given the
    /// share of the script's weight its connection items carry.
    pub fn unanswered_weight(self, connection_share: f64) -> f64 {
        match self {
            UnansweredPolicy::Zero => 1.0,
            UnansweredPolicy::Exclude => 0.0,
            UnansweredPolicy::Connection => connection_share.clamp(0.0, 1.0),
        }
    }
}

fn default_window_start() -> String {
    "09:00".into()
}

fn default_window_end() -> String {
    "18:00".into()
}

#[derive(Clone, Debug, FromRow, Serialize)]
pub struct CampaignRow {
    pub id: i64,
    pub name: String,
    pub state: String,
    pub script_ids: String,
    pub department_codes: String,
    pub grades: String,
    pub holidays: String,
    pub start_date: String,
    pub end_date: String,
    pub window_start: String,
    pub window_end: String,
    pub calls_per_staff: i64,
    pub seed: i64,
    pub planned_calls: i64,
    pub shortfall: i64,
    pub unanswered_policy: String,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, name, state, script_ids, department_codes, grades, holidays, start_date, \
    end_date, window_start, window_end, calls_per_staff, seed, planned_calls, shortfall, unanswered_policy, created_at, updated_at";

impl CampaignRow {
    pub fn list(json: &str) -> Vec<String> {
        serde_json::from_str(json).unwrap_or_default()
    }

    fn rules(
        &self,
        scripts: Vec<(String, String)>,
        not_before: DateTime<Utc>,
    ) -> AppResult<PlanRules> {
        let date = |s: &str| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|e| anyhow::anyhow!("stored date {s}: {e}"))
        };
        let holidays: Vec<NaiveDate> = serde_json::from_str(&self.holidays).unwrap_or_default();
        Ok(PlanRules {
            start_date: date(&self.start_date)?,
            end_date: date(&self.end_date)?,
            calls_per_staff: self.calls_per_staff as u32,
            window_start: parse_time("window_start", &self.window_start)?,
            window_end: parse_time("window_end", &self.window_end)?,
            holidays: holidays.into_iter().collect(),
            seed: self.seed as u64,
            scripts,
            not_before,
        })
    }
}

/// The campaign's list fields are stored as JSON arrays.
fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("lists serialise")
}

fn parse_time(field: &str, value: &str) -> AppResult<NaiveTime> {
    NaiveTime::parse_from_str(value.trim(), "%H:%M")
        .map_err(|_| AppError::invalid(field, msg!("campaign-time-invalid", value = value)))
}

/// What creating a campaign produced.
#[derive(Debug, Serialize)]
pub struct Created {
    pub campaign: CampaignRow,
    pub planned_calls: usize,
    /// Calls that could not be placed on a free working day in the period.
    pub shortfall: u32,
}

/// Checks a campaign against the scripts and the roster; every problem names its field.
fn validate<'a>(input: &CampaignIn, scripts: &'a ScriptLibrary) -> AppResult<Vec<&'a CallScript>> {
    if TextKind::Line.parse("name", &input.name)?.is_empty() {
        return Err(AppError::invalid("name", msg!("campaign-name-required")));
    }
    if input.scripts.is_empty() {
        return Err(AppError::invalid("scripts", msg!("campaign-scripts-none")));
    }
    let mut chosen = Vec::new();
    for id in &input.scripts {
        let script = scripts.get(id).ok_or_else(|| {
            AppError::invalid("scripts", msg!("campaign-script-unknown", script = id))
        })?;
        if script.kind != ScriptKind::Evaluation {
            return Err(AppError::invalid(
                "scripts",
                msg!(
                    "campaign-script-not-evaluation",
                    script = id,
                    kind = script.kind.as_str()
                ),
            ));
        }
        chosen.push(script);
    }
    if input.end_date < input.start_date {
        return Err(AppError::invalid(
            "end_date",
            msg!("campaign-end-before-start"),
        ));
    }
    if !(1..=60).contains(&input.calls_per_staff) {
        return Err(AppError::invalid(
            "calls_per_staff",
            msg!("campaign-calls-per-staff-range", min = 1, max = 60),
        ));
    }
    let start = parse_time("window_start", &input.window_start)?;
    let end = parse_time("window_end", &input.window_end)?;
    if start >= end {
        return Err(AppError::invalid(
            "window_end",
            msg!("campaign-window-empty"),
        ));
    }
    Ok(chosen)
}

fn not_found(id: i64) -> AppError {
    AppError::NotFound(msg!("not-found-campaign", id = id.to_string()))
}

/// Records the exact text of a script version so scores can always point at it.
pub async fn remember_script(db: &Db, script: &CallScript, now_ms: i64) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO script_versions (script_id, version, kind, title, source, first_seen_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (script_id, version) DO NOTHING",
    )
    .bind(&script.id)
    .bind(&script.version)
    .bind(script.kind.as_str())
    .bind(&script.title)
    .bind(&script.source)
    .bind(now_ms)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The stored text of a script version.
pub async fn script_source(db: &Db, script_id: &str, version: &str) -> AppResult<String> {
    sqlx::query_scalar("SELECT source FROM script_versions WHERE script_id = $1 AND version = $2")
        .bind(script_id)
        .bind(version)
        .fetch_optional(&db.pool)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(msg!(
                "not-found-script-version",
                script = script_id,
                version = version
            ))
        })
}

/// Staff the campaign covers, each with their department and its schedule.
async fn covered_staff(
    db: &Db,
    departments: &[String],
    grades: &[String],
) -> AppResult<Vec<(roster::Staff, roster::Department, PlanStaff)>> {
    let known: HashMap<i64, roster::Department> = roster::list_departments(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    for code in departments {
        if !known.values().any(|d| &d.code == code) {
            return Err(AppError::invalid(
                "departments",
                msg!("campaign-department-unknown", code = code),
            ));
        }
    }
    let staff = roster::list_staff(
        db,
        &StaffFilter {
            department_codes: departments.to_vec(),
            grades: grades.to_vec(),
            only_active: true,
            only_eligible: true,
        },
    )
    .await?;
    let mut out = Vec::with_capacity(staff.len());
    for person in staff {
        let department = known
            .get(&person.department_id)
            .ok_or_else(|| anyhow::anyhow!("staff {} has no department", person.employee_no))?;
        let plan = PlanStaff {
            staff_id: person.id,
            phone: person.phone.as_str().to_string(),
            schedule: department.schedule(),
        };
        out.push((person, department.clone(), plan));
    }
    Ok(out)
}

/// Days already taken in the period: by calls to these staff, and by their
/// absences (nobody is called on a day they are away).
async fn busy_days(
    db: &Db,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<HashSet<(i64, NaiveDate)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT staff_id, local_date FROM calls WHERE staff_id IS NOT NULL AND local_date >= $1 \
         AND local_date <= $2 AND state NOT IN ('canceled', 'missed')",
    )
    .bind(from.to_string())
    .bind(to.to_string())
    .fetch_all(&db.pool)
    .await?;
    let mut busy: HashSet<(i64, NaiveDate)> = rows
        .into_iter()
        .filter_map(|(staff, day)| {
            NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                .ok()
                .map(|d| (staff, d))
        })
        .collect();
    for (staff, first, last) in roster::absences::overlapping(db, from, to).await? {
        let mut day = first.max(from);
        while day <= last.min(to) {
            busy.insert((staff, day));
            day += chrono::Duration::days(1);
        }
    }
    Ok(busy)
}

/// Inserts planned calls in batches inside the caller's transaction.
async fn insert_calls(
    tx: &mut crate::db::Transaction,
    campaign_id: i64,
    from_number: &str,
    calls: &[PlannedCall],
    now_ms: i64,
) -> AppResult<()> {
    const PER_ROW: usize = 12;
    for chunk in calls.chunks(400) {
        let mut sql = String::from(
            "INSERT INTO calls (purpose, script_id, script_version, to_number, from_number, state, \
             due_at, campaign_id, staff_id, local_date, created_at, updated_at) VALUES ",
        );
        for i in 0..chunk.len() {
            if i > 0 {
                sql.push(',');
            }
            let b = i * PER_ROW;
            sql.push('(');
            sql.push_str(
                &(1..=PER_ROW)
                    .map(|k| format!("${}", b + k))
                    .collect::<Vec<_>>()
                    .join(","),
            );
            sql.push(')');
        }
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for call in chunk {
            query = query
                .bind("evaluation")
                .bind(call.script_id.clone())
                .bind(call.script_version.clone())
                .bind(call.to.clone())
                .bind(from_number.to_string())
                .bind("scheduled")
                .bind(call.due_at.timestamp_millis())
                .bind(campaign_id)
                .bind(call.staff_id)
                .bind(call.local_date.to_string())
                .bind(now_ms)
                .bind(now_ms);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// A campaign checked and planned, not yet stored.
struct Prepared {
    seed: i64,
    now_ms: i64,
    chosen: Vec<CallScript>,
    staff: Vec<(roster::Staff, roster::Department, PlanStaff)>,
    plan: planner::Plan,
}

/// Checks `input`, finds the staff it covers and plans their calls — the
/// same plan whether it is previewed or stored, given the same seed.
async fn prepare(
    db: &Db,
    clock: &SharedClock,
    scripts: &ScriptLibrary,
    input: &CampaignIn,
) -> AppResult<Prepared> {
    let chosen: Vec<CallScript> = validate(input, scripts)?.into_iter().cloned().collect();
    let now = clock.now();
    // Every time zone's today has begun by UTC tomorrow; a period over before that is past everywhere.
    if input.end_date < (now - chrono::Duration::days(1)).date_naive() {
        return Err(AppError::invalid("end_date", msg!("campaign-period-over")));
    }
    let staff = covered_staff(db, &input.departments, &input.grades).await?;
    if staff.is_empty() {
        return Err(AppError::invalid("departments", msg!("campaign-no-staff")));
    }
    // A seed that fits the database's signed integers; the plan can be redone from it.
    let seed = input
        .seed
        .unwrap_or_else(|| u64::from(rand::random::<u32>())) as i64;
    let rules = PlanRules {
        start_date: input.start_date,
        end_date: input.end_date,
        calls_per_staff: input.calls_per_staff,
        window_start: parse_time("window_start", &input.window_start)?,
        window_end: parse_time("window_end", &input.window_end)?,
        holidays: input.holidays.iter().copied().collect(),
        seed: seed as u64,
        scripts: chosen
            .iter()
            .map(|s| (s.id.clone(), s.version.clone()))
            .collect(),
        not_before: now,
    };
    let busy = busy_days(db, rules.start_date, rules.end_date).await?;
    let people: Vec<PlanStaff> = staff.iter().map(|(_, _, p)| p.clone()).collect();
    let plan = planner::plan(&rules, &people, &busy);
    Ok(Prepared {
        seed,
        now_ms: now.timestamp_millis(),
        chosen,
        staff,
        plan,
    })
}

/// One department's part of a previewed plan.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DepartmentPlan {
    pub code: String,
    pub name: String,
    pub centre: String,
    pub staff: usize,
    pub calls: usize,
    pub shortfall: u32,
}

/// Calls planned in the week starting on Monday `week`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct WeekPlan {
    pub week: NaiveDate,
    pub calls: usize,
}

/// A person who would not get all their calls, and why.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ShortPerson {
    pub employee_no: String,
    pub name: String,
    pub department: String,
    pub missing: u32,
    pub free_days: u32,
    pub window_outside_hours: bool,
}

/// What a campaign would plan, before it is created: how many calls, per
/// department and per week, and who falls short and why. Creating it with
/// the same input and `seed` stores exactly this plan.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Preview {
    pub seed: u64,
    pub staff: usize,
    pub calls: usize,
    pub shortfall: u32,
    pub departments: Vec<DepartmentPlan>,
    pub weeks: Vec<WeekPlan>,
    pub short: Vec<ShortPerson>,
}

pub async fn preview(
    db: &Db,
    clock: &SharedClock,
    scripts: &ScriptLibrary,
    input: &CampaignIn,
) -> AppResult<Preview> {
    use chrono::Datelike;
    let prepared = prepare(db, clock, scripts, input).await?;
    let department_of: HashMap<i64, &roster::Department> = prepared
        .staff
        .iter()
        .map(|(person, department, _)| (person.id, department))
        .collect();
    let mut departments: Vec<DepartmentPlan> = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    for (_, department, _) in &prepared.staff {
        let i = *index.entry(department.id).or_insert_with(|| {
            departments.push(DepartmentPlan {
                code: department.code.clone(),
                name: department.name.clone(),
                centre: department.centre_name.clone(),
                staff: 0,
                calls: 0,
                shortfall: 0,
            });
            departments.len() - 1
        });
        departments[i].staff += 1;
    }
    let mut weeks: std::collections::BTreeMap<NaiveDate, usize> = Default::default();
    for call in &prepared.plan.calls {
        if let Some(d) = department_of.get(&call.staff_id) {
            departments[index[&d.id]].calls += 1;
        }
        let monday = call.local_date
            - chrono::Duration::days(i64::from(call.local_date.weekday().num_days_from_monday()));
        *weeks.entry(monday).or_default() += 1;
    }
    let people: HashMap<i64, &roster::Staff> =
        prepared.staff.iter().map(|(p, _, _)| (p.id, p)).collect();
    let mut short = Vec::new();
    for s in &prepared.plan.shortfalls {
        if let (Some(person), Some(d)) = (people.get(&s.staff_id), department_of.get(&s.staff_id)) {
            departments[index[&d.id]].shortfall += s.missing;
            short.push(ShortPerson {
                employee_no: person.employee_no.clone(),
                name: person.name.clone(),
                department: d.code.clone(),
                missing: s.missing,
                free_days: s.free_days,
                window_outside_hours: s.window_outside_hours,
            });
        }
    }
    Ok(Preview {
        seed: prepared.seed as u64,
        staff: prepared.staff.len(),
        calls: prepared.plan.calls.len(),
        shortfall: prepared.plan.shortfall(),
        departments,
        weeks: weeks
            .into_iter()
            .map(|(week, calls)| WeekPlan { week, calls })
            .collect(),
        short,
    })
}

/// Creates a campaign and stores its plan as scheduled calls, in one transaction.
pub async fn create(
    db: &Db,
    clock: &SharedClock,
    scripts: &ScriptLibrary,
    from_number: &str,
    input: &CampaignIn,
) -> AppResult<Created> {
    let Prepared {
        seed,
        now_ms,
        chosen,
        plan,
        ..
    } = prepare(db, clock, scripts, input).await?;
    for script in &chosen {
        remember_script(db, script, now_ms).await?;
    }
    let mut tx = db.begin().await?;
    let row: CampaignRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "INSERT INTO campaigns (name, state, script_ids, department_codes, grades, holidays, start_date, \
         end_date, window_start, window_end, calls_per_staff, seed, unanswered_policy, created_at, updated_at) \
         VALUES ($1, 'active', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $13, $12, $12) RETURNING {COLUMNS}"
    )))
    .bind(input.name.trim())
    .bind(json(&input.scripts))
    .bind(json(&input.departments))
    .bind(json(&input.grades))
    .bind(json(&input.holidays))
    .bind(input.start_date.to_string())
    .bind(input.end_date.to_string())
    .bind(input.window_start.trim())
    .bind(input.window_end.trim())
    .bind(i64::from(input.calls_per_staff))
    .bind(seed)
    .bind(now_ms)
    .bind(input.unanswered_policy.as_str())
    .fetch_one(&mut *tx)
    .await?;
    let from_number = from_number.to_string();
    insert_calls(&mut tx, row.id, &from_number, &plan.calls, now_ms).await?;
    let row: CampaignRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "UPDATE campaigns SET planned_calls = $1, shortfall = $2 WHERE id = $3 RETURNING {COLUMNS}"
    )))
    .bind(plan.calls.len() as i64)
    .bind(i64::from(plan.shortfall()))
    .bind(row.id)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    tracing::info!(
        campaign = row.id,
        calls = plan.calls.len(),
        shortfall = plan.shortfall(),
        "campaign planned"
    );
    Ok(Created {
        planned_calls: plan.calls.len(),
        shortfall: plan.shortfall(),
        campaign: row,
    })
}

/// The policy for unanswered calls of a campaign; the default for a call
/// made outside any campaign.
pub async fn unanswered_policy_of(
    db: &Db,
    campaign_id: Option<i64>,
) -> AppResult<UnansweredPolicy> {
    let Some(id) = campaign_id else {
        return Ok(UnansweredPolicy::default());
    };
    let stored: Option<String> =
        sqlx::query_scalar("SELECT unanswered_policy FROM campaigns WHERE id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(stored
        .as_deref()
        .and_then(UnansweredPolicy::parse)
        .unwrap_or_default())
}

pub async fn get(db: &Db, id: i64) -> AppResult<CampaignRow> {
    sqlx::query_as::<_, CampaignRow>(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM campaigns WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or_else(|| not_found(id))
}

/// How far a campaign has got: calls by state, and how many reached a person.
#[derive(Clone, Debug, Default, Serialize, utoipa::ToSchema)]
pub struct Progress {
    pub scheduled: i64,
    pub in_flight: i64,
    pub ended: i64,
    pub answered: i64,
    pub not_placed: i64,
    pub canceled: i64,
}

#[derive(Debug, Serialize)]
pub struct CampaignOut {
    #[serde(flatten)]
    pub campaign: CampaignRow,
    pub progress: Progress,
}

pub async fn list(db: &Db) -> AppResult<Vec<CampaignOut>> {
    let rows: Vec<CampaignRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM campaigns ORDER BY id DESC"
    )))
    .fetch_all(&db.pool)
    .await?;
    let counts: Vec<(i64, String, Option<String>, i64)> = sqlx::query_as(
        "SELECT campaign_id, state, connection, COUNT(*) FROM calls WHERE campaign_id IS NOT NULL \
         GROUP BY campaign_id, state, connection",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut progress: HashMap<i64, Progress> = HashMap::new();
    for (campaign, state, connection, n) in counts {
        let p = progress.entry(campaign).or_default();
        match state.as_str() {
            "scheduled" => p.scheduled += n,
            "dialing" | "placed" => p.in_flight += n,
            "ended" => {
                p.ended += n;
                if connection.as_deref() == Some("person") {
                    p.answered += n;
                }
            }
            "canceled" => p.canceled += n,
            _ => p.not_placed += n,
        }
    }
    Ok(rows
        .into_iter()
        .map(|campaign| CampaignOut {
            progress: progress.remove(&campaign.id).unwrap_or_default(),
            campaign,
        })
        .collect())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Pause,
    Resume,
    Cancel,
}

impl Action {
    /// `pause`, `resume` or `cancel`, as in a path.
    pub fn parse(action: &str) -> AppResult<Action> {
        match action {
            "pause" => Ok(Action::Pause),
            "resume" => Ok(Action::Resume),
            "cancel" => Ok(Action::Cancel),
            other => Err(AppError::NotFound(msg!(
                "not-found-campaign-action",
                action = other
            ))),
        }
    }
}

/// Pauses, resumes or cancels a campaign. Cancelling takes its scheduled
/// calls off the plan; resuming moves calls whose time passed to new days.
pub async fn act(db: &Db, clock: &SharedClock, id: i64, action: Action) -> AppResult<CampaignRow> {
    let (from, to): (&[&str], &str) = match action {
        Action::Pause => (&["active"], "paused"),
        Action::Resume => (&["paused"], "active"),
        Action::Cancel => (&["active", "paused"], "canceled"),
    };
    let now_ms = clock.now_ms();
    let mut tx = db.begin().await?;
    let current: Option<String> = sqlx::query_scalar("SELECT state FROM campaigns WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
    let current = current.ok_or_else(|| not_found(id))?;
    if !from.contains(&current.as_str()) {
        let id = id.to_string();
        return Err(AppError::Conflict(match action {
            Action::Pause => msg!("campaign-cannot-pause", id = id, state = current),
            Action::Resume => msg!("campaign-cannot-resume", id = id, state = current),
            Action::Cancel => msg!("campaign-cannot-cancel", id = id, state = current),
        }));
    }
    sqlx::query("UPDATE campaigns SET state = $1, updated_at = $2 WHERE id = $3")
        .bind(to)
        .bind(now_ms)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if action == Action::Cancel {
        sqlx::query("UPDATE calls SET state = 'canceled', updated_at = $1 WHERE campaign_id = $2 AND state = 'scheduled'")
            .bind(now_ms)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    if action == Action::Resume {
        reschedule_overdue(db, clock, Some(id), 0).await?;
    }
    get(db, id).await
}

/// Whether call `call_id` (of a campaign, to a staff member) may be placed
/// at `now`. A call a little late may have slipped into lunch or past
/// closing; it is then moved to a new time instead.
pub async fn may_call_now(db: &Db, clock: &SharedClock, call_id: i64) -> AppResult<bool> {
    let row: Option<(Option<i64>, Option<i64>)> =
        sqlx::query_as("SELECT campaign_id, staff_id FROM calls WHERE id = $1")
            .bind(call_id)
            .fetch_optional(&db.pool)
            .await?;
    let Some((Some(campaign_id), Some(staff_id))) = row else {
        return Ok(true);
    };
    let now = clock.now();
    let campaign = get(db, campaign_id).await?;
    let person = roster::get_staff(db, staff_id).await?;
    let department = roster::get_department(db, person.department_id).await?;
    let rules = campaign.rules(Vec::new(), now)?;
    if planner::is_open(&rules, &department.schedule(), now) {
        return Ok(true);
    }
    // Make it overdue so the next reschedule moves it to a new open time.
    reschedule_overdue(db, clock, Some(campaign_id), 0).await?;
    Ok(false)
}

/// Moves scheduled calls whose time passed more than `lateness_ms` ago (the
/// campaign was paused, or the service was down) to a new random time on a
/// later free working day of their campaign; a call with no day left is
/// marked `missed`. Returns how many calls moved.
pub async fn reschedule_overdue(
    db: &Db,
    clock: &SharedClock,
    campaign: Option<i64>,
    lateness_ms: i64,
) -> AppResult<usize> {
    let now = clock.now();
    let overdue: Vec<(i64, i64, i64, String, String)> = sqlx::query_as(
        "SELECT c.id, c.campaign_id, c.staff_id, c.script_id, COALESCE(c.script_version, '') FROM calls c \
         JOIN campaigns k ON k.id = c.campaign_id \
         WHERE c.state = 'scheduled' AND c.due_at < $1 AND k.state = 'active' AND ($2 IS NULL OR c.campaign_id = $2) \
         AND c.staff_id IS NOT NULL",
    )
    .bind(now.timestamp_millis() - lateness_ms)
    .bind(campaign)
    .fetch_all(&db.pool)
    .await?;
    move_calls(db, clock, overdue).await
}

/// Moves these scheduled calls (of any campaign state) to a new random time
/// on a later free working day of their campaign, or marks them `missed`
/// when no day is left. Returns how many moved.
pub async fn reschedule_calls(db: &Db, clock: &SharedClock, ids: &[i64]) -> AppResult<usize> {
    let mut rows = Vec::new();
    for id in ids {
        let row: Option<(i64, i64, i64, String, String)> = sqlx::query_as(
            "SELECT id, campaign_id, staff_id, script_id, COALESCE(script_version, '') FROM calls \
             WHERE id = $1 AND state = 'scheduled' AND campaign_id IS NOT NULL AND staff_id IS NOT NULL",
        )
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
        rows.extend(row);
    }
    move_calls(db, clock, rows).await
}

async fn move_calls(
    db: &Db,
    clock: &SharedClock,
    calls: Vec<(i64, i64, i64, String, String)>,
) -> AppResult<usize> {
    let now = clock.now();
    let mut moved = 0;
    for (call_id, campaign_id, staff_id, script_id, version) in calls {
        let row = get(db, campaign_id).await?;
        let rules = row.rules(vec![(script_id, version)], now)?;
        let mut rules = PlanRules {
            calls_per_staff: 1,
            ..rules
        };
        rules.seed ^= call_id as u64;
        let person = roster::get_staff(db, staff_id).await?;
        let department = roster::get_department(db, person.department_id).await?;
        let busy = busy_days(db, rules.start_date, rules.end_date).await?;
        let plan = planner::plan(
            &rules,
            &[PlanStaff {
                staff_id,
                phone: person.phone.as_str().to_string(),
                schedule: department.schedule(),
            }],
            &busy,
        );
        let now_ms = now.timestamp_millis();
        match plan.calls.first() {
            Some(next) => {
                sqlx::query("UPDATE calls SET due_at = $1, local_date = $2, updated_at = $3 WHERE id = $4 AND state = 'scheduled'")
                    .bind(next.due_at.timestamp_millis())
                    .bind(next.local_date.to_string())
                    .bind(now_ms)
                    .bind(call_id)
                    .execute(&db.pool)
                    .await?;
                moved += 1;
            }
            None => {
                sqlx::query("UPDATE calls SET state = 'missed', error = $1, updated_at = $2 WHERE id = $3 AND state = 'scheduled'")
                    .bind("no working day left in the campaign period")
                    .bind(now_ms)
                    .bind(call_id)
                    .execute(&db.pool)
                    .await?;
            }
        }
    }
    Ok(moved)
}
