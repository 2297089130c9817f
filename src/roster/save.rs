//! Writing the roster idempotently by code or employee number: a row that
//! matches what is stored is left alone, so importing the same file twice
//! changes nothing and reports every row unchanged.

use serde::Serialize;
use sqlx::{AnyConnection, FromRow};

use super::input::{FieldProblem, NewCentre, NewDepartment, NewStaff};
use crate::error::{AppError, AppResult};

/// What an upsert did to the row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Created,
    Updated,
    Unchanged,
}

// Each save reads the row by its key and writes only when something differs.
// When the key is new, the INSERT says `ON CONFLICT DO NOTHING`: if another
// writer created the same key since our SELECT, nothing is inserted and the
// next turn of the loop updates that row instead of failing.

/// The columns of `centres` an import sets.
#[derive(FromRow, PartialEq)]
struct CentreColumns {
    name: String,
    time_zone: String,
}

#[derive(FromRow)]
struct Stored<T> {
    id: i64,
    #[sqlx(flatten)]
    columns: T,
}

pub(super) async fn save_centre(
    conn: &mut AnyConnection,
    c: &NewCentre,
    now: i64,
) -> AppResult<(i64, Change)> {
    let wanted = CentreColumns {
        name: c.name.clone(),
        time_zone: c.time_zone.to_string(),
    };
    loop {
        let stored: Option<Stored<CentreColumns>> =
            sqlx::query_as("SELECT id, name, time_zone FROM centres WHERE code = $1")
                .bind(&c.code)
                .fetch_optional(&mut *conn)
                .await?;
        if let Some(Stored { id, columns }) = stored {
            if columns == wanted {
                return Ok((id, Change::Unchanged));
            }
            sqlx::query(
                "UPDATE centres SET name = $1, time_zone = $2, updated_at = $3 WHERE id = $4",
            )
            .bind(&wanted.name)
            .bind(&wanted.time_zone)
            .bind(now)
            .bind(id)
            .execute(&mut *conn)
            .await?;
            return Ok((id, Change::Updated));
        }
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO centres (code, name, time_zone, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) ON CONFLICT (code) DO NOTHING RETURNING id",
        )
        .bind(&c.code)
        .bind(&wanted.name)
        .bind(&wanted.time_zone)
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(id) = inserted {
            return Ok((id, Change::Created));
        }
    }
}

#[derive(FromRow, PartialEq)]
struct DepartmentColumns {
    name: String,
    centre_id: i64,
    work_days: String,
    work_start: String,
    work_end: String,
    lunch_start: Option<String>,
    lunch_end: Option<String>,
}

/// Upserts the department and its centre; a changed centre counts as a
/// change of the department, whose rows show the centre's name and zone.
pub(super) async fn save_department(
    conn: &mut AnyConnection,
    d: &NewDepartment,
    now: i64,
) -> AppResult<(i64, Change)> {
    let (centre_id, centre_change) = save_centre(conn, &d.centre, now).await?;
    let hours = &d.hours;
    let wanted = DepartmentColumns {
        name: d.name.clone(),
        centre_id,
        work_days: hours.days().to_string(),
        work_start: hours.start().to_string(),
        work_end: hours.end().to_string(),
        lunch_start: hours.lunch().map(|(from, _)| from.to_string()),
        lunch_end: hours.lunch().map(|(_, to)| to.to_string()),
    };
    let (id, change) = loop {
        let stored: Option<Stored<DepartmentColumns>> = sqlx::query_as(
            "SELECT id, name, centre_id, work_days, work_start, work_end, lunch_start, \
             lunch_end FROM departments WHERE code = $1",
        )
        .bind(&d.code)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(Stored { id, columns }) = stored {
            if columns == wanted {
                break (id, Change::Unchanged);
            }
            sqlx::query(
                "UPDATE departments SET name = $1, centre_id = $2, work_days = $3, \
                 work_start = $4, work_end = $5, lunch_start = $6, lunch_end = $7, \
                 updated_at = $8 WHERE id = $9",
            )
            .bind(&wanted.name)
            .bind(wanted.centre_id)
            .bind(&wanted.work_days)
            .bind(&wanted.work_start)
            .bind(&wanted.work_end)
            .bind(&wanted.lunch_start)
            .bind(&wanted.lunch_end)
            .bind(now)
            .bind(id)
            .execute(&mut *conn)
            .await?;
            break (id, Change::Updated);
        }
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO departments (code, name, centre_id, work_days, work_start, work_end, \
             lunch_start, lunch_end, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) \
             ON CONFLICT (code) DO NOTHING RETURNING id",
        )
        .bind(&d.code)
        .bind(&wanted.name)
        .bind(wanted.centre_id)
        .bind(&wanted.work_days)
        .bind(&wanted.work_start)
        .bind(&wanted.work_end)
        .bind(&wanted.lunch_start)
        .bind(&wanted.lunch_end)
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(id) = inserted {
            break (id, Change::Created);
        }
    };
    let change = match (change, centre_change) {
        (Change::Unchanged, Change::Created | Change::Updated) => Change::Updated,
        (change, _) => change,
    };
    Ok((id, change))
}

/// Booleans are 0/1 integers: the Any driver cannot read SQLite integers as bool.
#[derive(FromRow, PartialEq)]
struct StaffColumns {
    name: String,
    department_id: i64,
    grade: String,
    job_title: String,
    phone: String,
    active: i64,
    eligible: i64,
    exclusion_reason: Option<String>,
}

pub(super) async fn save_staff(
    conn: &mut AnyConnection,
    s: &NewStaff,
    now: i64,
) -> AppResult<(i64, Change)> {
    let department_id: i64 = sqlx::query_scalar("SELECT id FROM departments WHERE code = $1")
        .bind(&s.department_code)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| {
            let p = unknown_department(&s.department_code, &[]);
            AppError::invalid(p.field, p.message)
        })?;
    let wanted = StaffColumns {
        name: s.name.clone(),
        department_id,
        grade: s.grade.clone(),
        job_title: s.job_title.clone(),
        phone: s.phone.to_string(),
        active: i64::from(s.active),
        eligible: i64::from(s.eligible),
        exclusion_reason: s.exclusion_reason.clone(),
    };
    loop {
        let stored: Option<Stored<StaffColumns>> = sqlx::query_as(
            "SELECT id, name, department_id, grade, job_title, phone, active, eligible, \
             exclusion_reason FROM staff WHERE employee_no = $1",
        )
        .bind(&s.employee_no)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(Stored { id, columns }) = stored {
            if columns == wanted {
                return Ok((id, Change::Unchanged));
            }
            sqlx::query(
                "UPDATE staff SET name = $1, department_id = $2, grade = $3, job_title = $4, \
                 phone = $5, active = $6, eligible = $7, exclusion_reason = $8, \
                 updated_at = $9 WHERE id = $10",
            )
            .bind(&wanted.name)
            .bind(wanted.department_id)
            .bind(&wanted.grade)
            .bind(&wanted.job_title)
            .bind(&wanted.phone)
            .bind(wanted.active)
            .bind(wanted.eligible)
            .bind(&wanted.exclusion_reason)
            .bind(now)
            .bind(id)
            .execute(&mut *conn)
            .await?;
            return Ok((id, Change::Updated));
        }
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO staff (employee_no, name, department_id, grade, job_title, phone, \
             active, eligible, exclusion_reason, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) \
             ON CONFLICT (employee_no) DO NOTHING RETURNING id",
        )
        .bind(&s.employee_no)
        .bind(&wanted.name)
        .bind(wanted.department_id)
        .bind(&wanted.grade)
        .bind(&wanted.job_title)
        .bind(&wanted.phone)
        .bind(wanted.active)
        .bind(wanted.eligible)
        .bind(&wanted.exclusion_reason)
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(id) = inserted {
            return Ok((id, Change::Created));
        }
    }
}

/// The problem for a staff row naming a department nobody has imported;
/// `known` lets it suggest a code that differs only in case.
pub(super) fn unknown_department(code: &str, known: &[&str]) -> FieldProblem {
    let message = match known.iter().find(|k| k.eq_ignore_ascii_case(code)) {
        Some(suggestion) => crate::msg!(
            "roster-department-unknown-suggest",
            code = code,
            suggestion = *suggestion
        ),
        None => crate::msg!("roster-department-unknown", code = code),
    };
    FieldProblem::new("department_code", code, message)
}
