//! Importing the roster from CSV, all or nothing: every row of a file is
//! checked first and every problem reported; only a clean file is written,
//! in one transaction, so a failure part-way leaves the roster as it was.

use std::io::Read;

use serde::Serialize;

use super::check::{check_departments, check_staff};
use super::files::ImportError;
use super::save::{Change, save_department, save_staff};
use super::store::department_codes;
use crate::clock::SharedClock;
use crate::db::Db;
use crate::error::AppError;

/// How many rows of a file created, changed or left alone their record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl ImportReport {
    fn count(&mut self, change: Change) {
        match change {
            Change::Created => self.created += 1,
            Change::Updated => self.updated += 1,
            Change::Unchanged => self.unchanged += 1,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RosterImportReport {
    pub departments: ImportReport,
    pub staff: ImportReport,
}

fn failed(source: &str) -> impl Fn(AppError) -> ImportError + '_ {
    move |error| ImportError::Failed {
        source: source.into(),
        error,
    }
}

/// Imports departments (and the centres they name) from CSV.
pub async fn import_departments_csv(
    db: &Db,
    clock: &SharedClock,
    reader: impl Read,
    source_name: &str,
) -> Result<ImportReport, ImportError> {
    let departments = check_departments(reader, source_name)?;
    let fail = failed(source_name);
    let now = clock.now_ms();
    let mut report = ImportReport::default();
    let mut tx = db.begin().await.map_err(|e| fail(e.into()))?;
    for d in &departments {
        let (_, change) = save_department(&mut tx, d, now).await.map_err(&fail)?;
        report.count(change);
    }
    tx.commit().await.map_err(|e| fail(e.into()))?;
    Ok(report)
}

/// Imports staff from CSV; their departments must already be in the
/// database. `default_region` is the country of numbers written without `+`.
pub async fn import_staff_csv(
    db: &Db,
    clock: &SharedClock,
    reader: impl Read,
    source_name: &str,
    default_region: &str,
) -> Result<ImportReport, ImportError> {
    let known = department_codes(db).await.map_err(failed(source_name))?;
    let staff = check_staff(reader, source_name, default_region, &known)?;
    let fail = failed(source_name);
    let now = clock.now_ms();
    let mut report = ImportReport::default();
    let mut tx = db.begin().await.map_err(|e| fail(e.into()))?;
    for s in &staff {
        let (_, change) = save_staff(&mut tx, s, now).await.map_err(&fail)?;
        report.count(change);
    }
    tx.commit().await.map_err(|e| fail(e.into()))?;
    Ok(report)
}

/// Imports a departments file and a staff file together, departments first,
/// in one transaction: staff may name departments that only the departments
/// file creates, and a problem in either file imports neither.
pub async fn import_roster_csv(
    db: &Db,
    clock: &SharedClock,
    departments: impl Read,
    departments_source: &str,
    staff: impl Read,
    staff_source: &str,
    default_region: &str,
) -> Result<RosterImportReport, ImportError> {
    let new_departments = check_departments(departments, departments_source)?;
    let mut known = department_codes(db)
        .await
        .map_err(failed(departments_source))?;
    known.extend(new_departments.iter().map(|d| d.code().to_string()));
    let new_staff = check_staff(staff, staff_source, default_region, &known)?;

    let now = clock.now_ms();
    let mut report = RosterImportReport::default();
    let mut tx = db
        .begin()
        .await
        .map_err(|e| failed(departments_source)(e.into()))?;
    for d in &new_departments {
        let (_, change) = save_department(&mut tx, d, now)
            .await
            .map_err(failed(departments_source))?;
        report.departments.count(change);
    }
    for s in &new_staff {
        let (_, change) = save_staff(&mut tx, s, now)
            .await
            .map_err(failed(staff_source))?;
        report.staff.count(change);
    }
    tx.commit()
        .await
        .map_err(|e| failed(staff_source)(e.into()))?;
    Ok(report)
}
