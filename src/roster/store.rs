//! Reading the roster: centres, departments and staff as the planner, the
//! dialer and HR views see them.

use std::collections::HashMap;

use serde::Serialize;
use sqlx::FromRow;

use super::hours::{LocalTime, TimeZone, WorkDays};
use super::phone::PhoneNumber;
use super::schedule::DepartmentSchedule;
use crate::db::Db;
use crate::error::{AppError, AppResult};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Centre {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub time_zone: TimeZone,
}

/// A department with its centre's name and time zone, the way the planner
/// and HR views need it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Department {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub centre_id: i64,
    pub centre_code: String,
    pub centre_name: String,
    pub time_zone: TimeZone,
    pub work_days: WorkDays,
    pub work_start: LocalTime,
    pub work_end: LocalTime,
    pub lunch_start: Option<LocalTime>,
    pub lunch_end: Option<LocalTime>,
}

impl Department {
    pub fn schedule(&self) -> DepartmentSchedule {
        DepartmentSchedule {
            time_zone: self.time_zone.tz(),
            work_days: self.work_days.days().to_vec(),
            work_start: self.work_start.time(),
            work_end: self.work_end.time(),
            lunch: self
                .lunch_start
                .zip(self.lunch_end)
                .map(|(from, to)| (from.time(), to.time())),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Staff {
    pub id: i64,
    pub employee_no: String,
    pub name: String,
    pub department_id: i64,
    pub department_code: String,
    pub grade: String,
    pub job_title: String,
    pub phone: PhoneNumber,
    pub active: bool,
    /// Whether evaluation calls may go to this person.
    pub eligible: bool,
    pub exclusion_reason: Option<String>,
}

/// Which staff to list. Empty lists do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaffFilter {
    pub department_codes: Vec<String>,
    pub grades: Vec<String>,
    pub only_active: bool,
    pub only_eligible: bool,
}

#[derive(FromRow)]
struct CentreRecord {
    id: i64,
    code: String,
    name: String,
    time_zone: String,
}

#[derive(FromRow)]
struct DepartmentRecord {
    id: i64,
    code: String,
    name: String,
    centre_id: i64,
    centre_code: String,
    centre_name: String,
    time_zone: String,
    work_days: String,
    work_start: String,
    work_end: String,
    lunch_start: Option<String>,
    lunch_end: Option<String>,
}

#[derive(FromRow)]
struct StaffRecord {
    id: i64,
    employee_no: String,
    name: String,
    department_id: i64,
    department_code: String,
    grade: String,
    job_title: String,
    phone: String,
    active: i64,
    eligible: i64,
    exclusion_reason: Option<String>,
}

/// Only this module writes these tables, always from parsed values, so a
/// stored value that no longer parses means someone edited the database.
fn stored<T>(what: &str, field: &str, parsed: Result<T, crate::i18n::Msg>) -> AppResult<T> {
    parsed.map_err(|e| anyhow::anyhow!("{what} in the database has a bad {field}: {e}").into())
}

impl TryFrom<CentreRecord> for Centre {
    type Error = AppError;
    fn try_from(r: CentreRecord) -> AppResult<Centre> {
        let what = format!("centre {:?}", r.code);
        Ok(Centre {
            time_zone: stored(&what, "time_zone", TimeZone::parse(&r.time_zone))?,
            id: r.id,
            code: r.code,
            name: r.name,
        })
    }
}

impl TryFrom<DepartmentRecord> for Department {
    type Error = AppError;
    fn try_from(r: DepartmentRecord) -> AppResult<Department> {
        let what = format!("department {:?}", r.code);
        let time = |field, raw: &str| stored(&what, field, LocalTime::parse(raw));
        let lunch_start = r
            .lunch_start
            .as_deref()
            .map(|t| time("lunch_start", t))
            .transpose()?;
        let lunch_end = r
            .lunch_end
            .as_deref()
            .map(|t| time("lunch_end", t))
            .transpose()?;
        Ok(Department {
            time_zone: stored(&what, "time_zone", TimeZone::parse(&r.time_zone))?,
            work_days: stored(&what, "work_days", WorkDays::parse(&r.work_days))?,
            work_start: time("work_start", &r.work_start)?,
            work_end: time("work_end", &r.work_end)?,
            lunch_start,
            lunch_end,
            id: r.id,
            code: r.code,
            name: r.name,
            centre_id: r.centre_id,
            centre_code: r.centre_code,
            centre_name: r.centre_name,
        })
    }
}

impl From<StaffRecord> for Staff {
    fn from(r: StaffRecord) -> Staff {
        Staff {
            id: r.id,
            employee_no: r.employee_no,
            name: r.name,
            department_id: r.department_id,
            department_code: r.department_code,
            grade: r.grade,
            job_title: r.job_title,
            phone: PhoneNumber::from_stored(r.phone),
            active: r.active != 0,
            eligible: r.eligible != 0,
            exclusion_reason: r.exclusion_reason,
        }
    }
}

const CENTRE_SELECT: &str = "SELECT id, code, name, time_zone FROM centres";

const DEPARTMENT_SELECT: &str = "SELECT d.id, d.code, d.name, d.centre_id, \
    c.code AS centre_code, c.name AS centre_name, c.time_zone, d.work_days, d.work_start, \
    d.work_end, d.lunch_start, d.lunch_end FROM departments d JOIN centres c ON c.id = d.centre_id";

const STAFF_SELECT: &str = "SELECT s.id, s.employee_no, s.name, s.department_id, \
    d.code AS department_code, s.grade, s.job_title, s.phone, s.active, s.eligible, \
    s.exclusion_reason FROM staff s JOIN departments d ON d.id = s.department_id";

pub async fn list_centres(db: &Db) -> AppResult<Vec<Centre>> {
    let sql = format!("{CENTRE_SELECT} ORDER BY code");
    let rows: Vec<CentreRecord> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .fetch_all(&db.pool)
        .await?;
    rows.into_iter().map(Centre::try_from).collect()
}

/// The time zone every centre shares, when they all share one.
pub async fn the_one_time_zone(db: &Db) -> AppResult<Option<chrono_tz::Tz>> {
    let zones: Vec<String> = sqlx::query_scalar("SELECT DISTINCT time_zone FROM centres LIMIT 2")
        .fetch_all(&db.pool)
        .await?;
    Ok(match zones.as_slice() {
        [one] => one.parse().ok(),
        _ => None,
    })
}

pub async fn list_departments(db: &Db) -> AppResult<Vec<Department>> {
    let sql = format!("{DEPARTMENT_SELECT} ORDER BY c.code, d.code");
    let rows: Vec<DepartmentRecord> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .fetch_all(&db.pool)
        .await?;
    rows.into_iter().map(Department::try_from).collect()
}

pub async fn get_department(db: &Db, id: i64) -> AppResult<Department> {
    let sql = format!("{DEPARTMENT_SELECT} WHERE d.id = $1");
    let row: Option<DepartmentRecord> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.ok_or_else(|| AppError::NotFound(crate::msg!("not-found-department", id = id.to_string())))?
        .try_into()
}

pub async fn get_staff(db: &Db, id: i64) -> AppResult<Staff> {
    let sql = format!("{STAFF_SELECT} WHERE s.id = $1");
    let row: Option<StaffRecord> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row
        .ok_or_else(|| AppError::NotFound(crate::msg!("not-found-staff", id = id.to_string())))?
        .into())
}

/// A staff member by employee number, if there is one.
pub async fn find_staff(db: &Db, employee_no: &str) -> AppResult<Option<Staff>> {
    let sql = format!("{STAFF_SELECT} WHERE s.employee_no = $1");
    let row: Option<StaffRecord> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(employee_no)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(Staff::from))
}

pub async fn list_staff(db: &Db, filter: &StaffFilter) -> AppResult<Vec<Staff>> {
    let mut sql = format!("{STAFF_SELECT} WHERE 1 = 1");
    let mut args: Vec<&str> = Vec::new();
    for (column, values) in [
        ("d.code", &filter.department_codes),
        ("s.grade", &filter.grades),
    ] {
        if values.is_empty() {
            continue;
        }
        let first = args.len() + 1;
        let marks: Vec<String> = (first..first + values.len())
            .map(|i| format!("${i}"))
            .collect();
        sql.push_str(&format!(" AND {column} IN ({})", marks.join(", ")));
        args.extend(values.iter().map(String::as_str));
    }
    if filter.only_active {
        sql.push_str(" AND s.active = 1");
    }
    if filter.only_eligible {
        sql.push_str(" AND s.eligible = 1");
    }
    sql.push_str(" ORDER BY d.code, s.employee_no");
    let mut query = sqlx::query_as::<_, StaffRecord>(sqlx::AssertSqlSafe(sql));
    for arg in args {
        query = query.bind(arg);
    }
    Ok(query
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(Staff::from)
        .collect())
}

/// Whose line a call went to, as lists of calls name them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, FromRow)]
pub struct StaffName {
    pub id: i64,
    pub name: String,
    pub department_name: String,
    /// The time zone of their centre: their calls' times are shown in it.
    pub time_zone: String,
}

/// The names and departments of these staff members, in one query per
/// 500 of them.
pub async fn staff_names(db: &Db, ids: &[i64]) -> AppResult<HashMap<i64, StaffName>> {
    let mut out = HashMap::new();
    for chunk in ids.chunks(500) {
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT s.id, s.name, d.name AS department_name, c.time_zone FROM staff s \
             JOIN departments d ON d.id = s.department_id JOIN centres c ON c.id = d.centre_id \
             WHERE s.id IN ({})",
            marks.join(", ")
        );
        let mut query = sqlx::query_as::<_, StaffName>(sqlx::AssertSqlSafe(sql));
        for id in chunk {
            query = query.bind(*id);
        }
        out.extend(
            query
                .fetch_all(&db.pool)
                .await?
                .into_iter()
                .map(|s| (s.id, s)),
        );
    }
    Ok(out)
}

pub(super) async fn department_codes(db: &Db) -> AppResult<Vec<String>> {
    Ok(sqlx::query_scalar("SELECT code FROM departments")
        .fetch_all(&db.pool)
        .await?)
}

pub async fn get_centre(db: &Db, id: i64) -> AppResult<Centre> {
    let sql = format!("{CENTRE_SELECT} WHERE id = $1");
    let row: Option<CentreRecord> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.ok_or_else(|| AppError::NotFound(crate::msg!("not-found-centre", id = id.to_string())))?
        .try_into()
}
