//! Centres, departments and staff: who can be called, on which line, and
//! when their department works. Owns `centres`, `departments`, `staff`.
//!
//! Input enters as text (`StaffFields`, a CSV row) and is parsed once into
//! values that cannot be wrong (`PhoneNumber`, `TimeZone`, `WorkingHours`);
//! only parsed values reach the database.

pub mod absences;
mod check;
pub(crate) mod csv_table;
mod files;
mod hours;
mod import;
mod input;
mod phone;
mod save;
mod schedule;
mod store;

pub use csv_table::RowProblem;
pub use files::{DEPARTMENT_COLUMNS, ImportError, STAFF_COLUMNS};
pub use hours::{LocalTime, TimeZone, WorkDays, WorkingHours};
pub use import::{
    ImportReport, RosterImportReport, import_departments_csv, import_roster_csv, import_staff_csv,
};
pub use input::{
    DepartmentFields, FieldProblem, NewCentre, NewDepartment, NewStaff, StaffFields, parse_flag,
};
pub use phone::PhoneNumber;
pub use save::Change;
pub use schedule::DepartmentSchedule;
pub use store::{
    Centre, Department, Staff, StaffFilter, StaffName, find_staff, get_centre, get_department,
    get_staff, list_centres, list_departments, list_staff, staff_names, the_one_time_zone,
};

use crate::clock::SharedClock;
use crate::db::Db;
use crate::error::{AppError, AppResult};

pub async fn upsert_centre(
    db: &Db,
    clock: &SharedClock,
    centre: &NewCentre,
) -> AppResult<(Centre, Change)> {
    let mut tx = db.begin().await?;
    let (id, change) = save::save_centre(&mut tx, centre, clock.now_ms()).await?;
    tx.commit().await?;
    Ok((get_centre(db, id).await?, change))
}

/// Creates or updates the department by its code, and its centre by the
/// centre's code.
pub async fn upsert_department(
    db: &Db,
    clock: &SharedClock,
    department: &NewDepartment,
) -> AppResult<(Department, Change)> {
    let mut tx = db.begin().await?;
    let (id, change) = save::save_department(&mut tx, department, clock.now_ms()).await?;
    tx.commit().await?;
    Ok((get_department(db, id).await?, change))
}

/// Creates or updates the staff member by employee number. The department
/// must exist (an `Invalid` error on `department_code` otherwise).
pub async fn upsert_staff(
    db: &Db,
    clock: &SharedClock,
    staff: &NewStaff,
) -> AppResult<(Staff, Change)> {
    let mut tx = db.begin().await?;
    let (id, change) = save::save_staff(&mut tx, staff, clock.now_ms()).await?;
    tx.commit().await?;
    Ok((get_staff(db, id).await?, change))
}

/// Parses one department as typed by a person and upserts it; bad input is
/// an `Invalid` error naming the first bad field (and listing the others).
pub async fn put_department(
    db: &Db,
    clock: &SharedClock,
    fields: &DepartmentFields,
) -> AppResult<(Department, Change)> {
    let department = NewDepartment::parse(fields).map_err(invalid)?;
    upsert_department(db, clock, &department).await
}

/// Parses one staff member as typed by a person and upserts them.
pub async fn put_staff(
    db: &Db,
    clock: &SharedClock,
    fields: &StaffFields,
    default_region: &str,
) -> AppResult<(Staff, Change)> {
    let staff = NewStaff::parse(fields, default_region).map_err(invalid)?;
    upsert_staff(db, clock, &staff).await
}

/// The first problem, by its field; the web layer lists all of them.
fn invalid(problems: Vec<FieldProblem>) -> AppError {
    match problems.into_iter().next() {
        Some(first) => AppError::invalid(first.field, first.message),
        None => AppError::BadRequest(crate::msg!("roster-input-invalid")),
    }
}
