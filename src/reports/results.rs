//! What every HR view reads: the period asked for, whose results, and the
//! current version of each final evaluation's score in it. An evaluation
//! counts on the staff member's local day of the call, for the department
//! they were in at the time.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::grading::versions::StageLine;
use crate::i18n::Lang;
use crate::msg;

/// The days a report covers, both ends included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Range {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// "2026-10", "2026" or "2026-09-01 – 2026-11-30": the period's code
    /// in queries and file names; [`Range::title`] is how a reader sees it.
    pub label: String,
    /// month, year or custom
    pub kind: &'static str,
}

/// How a page or the API names a period: `month=2026-10`, `year=2026`, or
/// `from=…&to=…`. With none of them, the month holding `today`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct RangeQuery {
    #[serde(default)]
    pub month: Option<String>,
    /// Text, not a number: query strings reach it through a flattened
    /// struct, where serde sees every value as text.
    #[serde(default)]
    pub year: Option<String>,
    #[serde(default)]
    pub from: Option<NaiveDate>,
    #[serde(default)]
    pub to: Option<NaiveDate>,
}

impl Range {
    pub fn month(first: NaiveDate) -> Range {
        let first = first.with_day(1).unwrap_or(first);
        Range {
            from: first,
            to: first + Months::new(1) - chrono::Duration::days(1),
            label: first.format("%Y-%m").to_string(),
            kind: "month",
        }
    }

    pub fn year(year: i32) -> Option<Range> {
        Some(Range {
            from: NaiveDate::from_ymd_opt(year, 1, 1)?,
            to: NaiveDate::from_ymd_opt(year, 12, 31)?,
            label: year.to_string(),
            kind: "year",
        })
    }

    pub fn custom(from: NaiveDate, to: NaiveDate) -> AppResult<Range> {
        if to < from {
            return Err(AppError::invalid(
                "to",
                msg!(
                    "results-period-ends-before-start",
                    from = from.to_string(),
                    to = to.to_string()
                ),
            ));
        }
        if (to - from).num_days() > 366 * 5 {
            return Err(AppError::invalid(
                "to",
                msg!("results-period-too-long", years = 5),
            ));
        }
        Ok(Range {
            from,
            to,
            label: format!("{from} – {to}"),
            kind: "custom",
        })
    }

    pub fn from_query(q: &RangeQuery, today: NaiveDate) -> AppResult<Range> {
        if let Some(month) = q.month.as_deref().filter(|m| !m.is_empty()) {
            let first =
                NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").map_err(|_| {
                    AppError::invalid("month", msg!("results-month-invalid", value = month))
                })?;
            return Ok(Range::month(first));
        }
        if let Some(raw) = q.year.as_deref().filter(|y| !y.is_empty()) {
            let not_a_year =
                || AppError::invalid("year", msg!("results-year-invalid", value = raw));
            let year: i32 = raw.trim().parse().map_err(|_| not_a_year())?;
            return Range::year(year)
                .filter(|_| (2000..=2100).contains(&year))
                .ok_or_else(not_a_year);
        }
        match (q.from, q.to) {
            (Some(from), Some(to)) => Range::custom(from, to),
            (None, None) => Ok(Range::month(today)),
            _ => Err(AppError::invalid(
                "from",
                msg!("results-period-from-and-to"),
            )),
        }
    }

    /// The period as a reader sees it: `October 2026`, `2026`, or its
    /// first and last days.
    pub fn title(&self, lang: &Lang) -> String {
        match self.kind {
            "month" => lang.month_year(self.from.year(), self.from.month()),
            "year" => crate::tr!(
                lang,
                "results-period-year",
                year = self.from.year().to_string()
            ),
            _ => crate::tr!(
                lang,
                "results-period-custom",
                from = lang.date(self.from),
                to = lang.date(self.to)
            ),
        }
    }

    /// The same kind of period just before and just after this one.
    pub fn previous(&self) -> Range {
        match self.kind {
            "month" => Range::month(self.from - Months::new(1)),
            "year" => Range::year(self.from.year() - 1).unwrap_or_else(|| self.clone()),
            _ => {
                let days = (self.to - self.from).num_days() + 1;
                let shift = chrono::Duration::days(days);
                Range::custom(self.from - shift, self.to - shift).unwrap_or_else(|_| self.clone())
            }
        }
    }

    pub fn next(&self) -> Range {
        match self.kind {
            "month" => Range::month(self.from + Months::new(1)),
            "year" => Range::year(self.from.year() + 1).unwrap_or_else(|| self.clone()),
            _ => {
                let days = (self.to - self.from).num_days() + 1;
                let shift = chrono::Duration::days(days);
                Range::custom(self.from + shift, self.to + shift).unwrap_or_else(|_| self.clone())
            }
        }
    }

    /// The query string naming this period.
    pub fn query(&self) -> String {
        match self.kind {
            "month" => format!("month={}", self.label),
            "year" => format!("year={}", self.label),
            _ => format!("from={}&to={}", self.from, self.to),
        }
    }

    /// A short tag for file names.
    pub fn tag(&self) -> String {
        match self.kind {
            "custom" => format!("{}_{}", self.from, self.to),
            _ => self.label.clone(),
        }
    }

    /// The months the period touches, as "2026-10", oldest first.
    pub fn months(&self) -> Vec<String> {
        let mut months = Vec::new();
        let mut month = self.from.with_day(1).unwrap_or(self.from);
        while month <= self.to {
            months.push(month.format("%Y-%m").to_string());
            month = month + Months::new(1);
        }
        months
    }
}

/// Whose results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    All,
    Centre(i64),
    Department(i64),
    Staff(i64),
}

impl Scope {
    /// A condition on `e` (evaluations) and the value it binds as `$3`.
    pub(crate) fn condition(self) -> (&'static str, Option<i64>) {
        match self {
            Scope::All => ("", None),
            Scope::Centre(id) => (
                " AND e.department_id IN (SELECT id FROM departments WHERE centre_id = $3)",
                Some(id),
            ),
            Scope::Department(id) => (" AND e.department_id = $3", Some(id)),
            Scope::Staff(id) => (" AND e.staff_id = $3", Some(id)),
        }
    }
}

/// Where a view's sums come from. For whole months, the per-month sums the
/// database keeps beside the evaluations (`evaluation_months`, maintained by
/// triggers in the same transaction as every change to an evaluation), so a
/// year reads one row per person and month instead of every call; for any
/// other period, the evaluations themselves.
#[derive(Clone, Debug)]
pub(crate) struct SumsSource {
    /// True for `evaluation_months`.
    pub months: bool,
    /// The period's first and last day, or first and last month.
    pub from: String,
    pub to: String,
}

impl SumsSource {
    pub fn of(range: &Range) -> SumsSource {
        let whole_months =
            range.from.day() == 1 && (range.to + chrono::Duration::days(1)).day() == 1;
        if whole_months {
            SumsSource {
                months: true,
                from: range.from.format("%Y-%m").to_string(),
                to: range.to.format("%Y-%m").to_string(),
            }
        } else {
            SumsSource {
                months: false,
                from: range.from.to_string(),
                to: range.to.to_string(),
            }
        }
    }

    /// The table of per-month sums to read: the departments' for views of
    /// departments and centres, the staff members' for anything per person
    /// or within one person's calls.
    pub fn months_table(scope: Scope, per_staff: bool) -> &'static str {
        if per_staff || matches!(scope, Scope::Staff(_)) {
            "evaluation_months"
        } else {
            "department_months"
        }
    }

    /// The period's condition on `e`, binding `$1` and `$2`.
    pub fn within(&self) -> &'static str {
        if self.months {
            "e.month >= $1 AND e.month <= $2"
        } else {
            "e.local_date >= $1 AND e.local_date <= $2"
        }
    }
}

/// One final evaluation as reports see it: its current score version.
#[derive(Clone, Debug, Serialize)]
pub struct Final {
    pub evaluation_id: i64,
    pub call_id: i64,
    pub staff_id: Option<i64>,
    pub department_id: Option<i64>,
    pub local_date: String,
    pub total: f64,
    pub band: String,
    /// The campaign's "good" threshold this evaluation was made under.
    pub band_good: f64,
    pub script_id: String,
    pub script_version: String,
    pub connection: Option<String>,
    pub source: String,
    pub version: i64,
    pub locked: bool,
    pub finalized_at: Option<i64>,
    pub stages: Vec<StageLine>,
    pub items: BTreeMap<String, Option<f64>>,
    /// What it weighs in the combined score (its campaign's policy for
    /// unanswered calls), and that policy.
    pub weight: f64,
    pub policy: String,
}

#[derive(sqlx::FromRow)]
struct FinalRow {
    id: i64,
    call_id: i64,
    staff_id: Option<i64>,
    department_id: Option<i64>,
    local_date: String,
    final_total: f64,
    final_band: String,
    band_good: f64,
    script_id: String,
    script_version: String,
    connection: Option<String>,
    source: String,
    version: i64,
    locked_at: Option<i64>,
    finalized_at: Option<i64>,
    stages: String,
    items: String,
    counted_weight: f64,
    unanswered_policy: String,
}

const FINAL_FROM: &str = "SELECT e.id, e.call_id, e.staff_id, e.department_id, e.local_date, e.final_total, \
     e.final_band, COALESCE(c.band_good, 80.0) AS band_good, e.script_id, e.script_version, e.connection, \
     v.source, v.version, e.locked_at, e.finalized_at, v.stages, v.items, e.counted_weight, e.unanswered_policy \
     FROM evaluations e JOIN score_versions v ON v.evaluation_id = e.id AND v.version = e.final_version \
     LEFT JOIN campaigns c ON c.id = e.campaign_id WHERE e.state = 'final'";

fn decode(r: FinalRow) -> AppResult<Final> {
    let bad = |what: &str, e: serde_json::Error| {
        AppError::from(anyhow::anyhow!(
            "evaluation {}: stored {what} do not parse: {e}",
            r.id
        ))
    };
    Ok(Final {
        evaluation_id: r.id,
        call_id: r.call_id,
        staff_id: r.staff_id,
        department_id: r.department_id,
        local_date: r.local_date.clone(),
        total: r.final_total,
        band: r.final_band.clone(),
        band_good: r.band_good,
        script_id: r.script_id.clone(),
        script_version: r.script_version.clone(),
        connection: r.connection.clone(),
        source: r.source.clone(),
        version: r.version,
        locked: r.locked_at.is_some(),
        finalized_at: r.finalized_at,
        stages: serde_json::from_str(&r.stages).map_err(|e| bad("stages", e))?,
        items: serde_json::from_str(&r.items).map_err(|e| bad("items", e))?,
        weight: r.counted_weight,
        policy: r.unanswered_policy.clone(),
    })
}

/// The final evaluations of `scope` in `range`, oldest first.
pub async fn finals(db: &Db, scope: Scope, range: &Range) -> AppResult<Vec<Final>> {
    let (condition, bind) = scope.condition();
    let sql = format!(
        "{FINAL_FROM} AND e.local_date >= $1 AND e.local_date <= $2{condition} ORDER BY e.local_date, e.id"
    );
    let mut query = sqlx::query_as::<_, FinalRow>(sqlx::AssertSqlSafe(sql))
        .bind(range.from.to_string())
        .bind(range.to.to_string());
    if let Some(id) = bind {
        query = query.bind(id);
    }
    let rows = query.fetch_all(&db.pool).await?;
    rows.into_iter().map(decode).collect()
}

/// One final evaluation by id, whatever its date.
pub async fn final_evaluation(db: &Db, evaluation_id: i64) -> AppResult<Option<Final>> {
    let sql = format!("{FINAL_FROM} AND e.id = $1");
    let row: Option<FinalRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(evaluation_id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(decode).transpose()
}

/// Who a staff member is, for headings.
#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct StaffInfo {
    pub id: i64,
    pub employee_no: String,
    pub name: String,
    pub grade: String,
    pub job_title: String,
    pub department_id: i64,
    pub department_code: String,
    pub department_name: String,
    pub centre_id: i64,
    pub centre_code: String,
    pub centre_name: String,
}

const STAFF_SELECT: &str = "SELECT s.id, s.employee_no, s.name, s.grade, s.job_title, s.department_id, \
     d.code AS department_code, d.name AS department_name, d.centre_id, ce.code AS centre_code, \
     ce.name AS centre_name FROM staff s JOIN departments d ON d.id = s.department_id \
     JOIN centres ce ON ce.id = d.centre_id";

pub async fn staff_info(db: &Db, staff_id: i64) -> AppResult<StaffInfo> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{STAFF_SELECT} WHERE s.id = $1"
    )))
    .bind(staff_id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or_else(|| AppError::NotFound(msg!("results-staff-not-found", id = staff_id.to_string())))
}

/// Rows of `select` (which ends where `WHERE s.id IN (…)` can follow) for
/// the staff ids given, a thousand ids a query.
async fn for_staff_ids<T>(db: &Db, select: &str, ids: &[i64]) -> AppResult<Vec<T>>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
{
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(1_000) {
        let list = chunk
            .iter()
            .map(|id| id.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let rows: Vec<T> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{select} WHERE s.id IN ({list})"
        )))
        .fetch_all(&db.pool)
        .await?;
        out.extend(rows);
    }
    Ok(out)
}

/// Staff members by id, for the ids given.
pub async fn staff_by_id(db: &Db, ids: &[i64]) -> AppResult<HashMap<i64, StaffInfo>> {
    let rows: Vec<StaffInfo> = for_staff_ids(db, STAFF_SELECT, ids).await?;
    Ok(rows.into_iter().map(|s| (s.id, s)).collect())
}

/// Who a staff member is, for a list that shows only that.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StaffName {
    pub id: i64,
    pub employee_no: String,
    pub name: String,
    pub department_name: String,
}

/// [`staff_by_id`] with the three columns a list of names shows: a year's
/// under-threshold list names thousands of people, and every column read
/// costs.
pub async fn staff_names(db: &Db, ids: &[i64]) -> AppResult<HashMap<i64, StaffName>> {
    let rows: Vec<StaffName> = for_staff_ids(
        db,
        "SELECT s.id, s.employee_no, s.name, d.name AS department_name \
         FROM staff s JOIN departments d ON d.id = s.department_id",
        ids,
    )
    .await?;
    Ok(rows.into_iter().map(|s| (s.id, s)).collect())
}

/// A department with its centre, for headings and filters.
#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct DepartmentInfo {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub centre_id: i64,
    pub centre_code: String,
    pub centre_name: String,
}

pub async fn departments(db: &Db) -> AppResult<Vec<DepartmentInfo>> {
    Ok(sqlx::query_as(
        "SELECT d.id, d.code, d.name, d.centre_id, ce.code AS centre_code, ce.name AS centre_name \
         FROM departments d JOIN centres ce ON ce.id = d.centre_id ORDER BY ce.name, d.name",
    )
    .fetch_all(&db.pool)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn periods_come_from_the_query_and_step_back_and_forth() {
        let today = d("2026-11-23");
        let month = Range::from_query(&RangeQuery::default(), today).unwrap();
        assert_eq!((month.from, month.to), (d("2026-11-01"), d("2026-11-30")));
        assert_eq!(month.previous().label, "2026-10");
        assert_eq!(month.next().to, d("2026-12-31"));
        let q = RangeQuery {
            month: Some("2024-02".into()),
            ..RangeQuery::default()
        };
        assert_eq!(Range::from_query(&q, today).unwrap().to, d("2024-02-29"));
        let q = RangeQuery {
            year: Some("2026".into()),
            ..RangeQuery::default()
        };
        let year = Range::from_query(&q, today).unwrap();
        assert_eq!(year.months().len(), 12);
        assert_eq!(year.query(), "year=2026");
        let q = RangeQuery {
            from: Some(d("2026-09-15")),
            to: Some(d("2026-09-01")),
            ..RangeQuery::default()
        };
        assert!(Range::from_query(&q, today).is_err());
        let q = RangeQuery {
            month: Some("October".into()),
            ..RangeQuery::default()
        };
        let err = Range::from_query(&q, today).unwrap_err().to_string();
        assert!(err.contains("October"), "{err}");
        let custom = Range::custom(d("2026-09-01"), d("2026-09-10")).unwrap();
        assert_eq!(custom.next().from, d("2026-09-11"));
    }
}
