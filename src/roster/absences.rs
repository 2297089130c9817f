//! Staff absences — leave, sick leave, business trips, training — as dates
//! or date ranges per employee number, imported from CSV all or nothing.
//! Nobody is called on a day they are away: the planner treats those days
//! as taken, and calls already planned on them are moved. An evaluation
//! call already made on such a day is voided (kept and shown, counted
//! nowhere) with its reason, and a replacement call is planned.

use std::collections::HashMap;
use std::io::Read;

use chrono::NaiveDate;
use serde::Serialize;

use super::csv_table::{RowProblem, read_rows};
use super::files::ImportError;
use crate::clock::SharedClock;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::msg;
use crate::text::TextKind;

pub const ABSENCE_COLUMNS: &[&str] = &["employee_no", "first_day", "last_day", "kind", "note"];

/// The kinds of absence, as the file names them.
pub const KINDS: [&str; 5] = ["leave", "sick", "trip", "training", "other"];

/// The longest absence one row may give (a year and a day).
const LONGEST_DAYS: i64 = 366;

/// One checked row of an absences file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAbsence {
    pub staff_id: i64,
    pub employee_no: String,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub kind: String,
    pub note: Option<String>,
}

/// An evaluation of a call made on a day away: (evaluation, call, campaign,
/// script, script version, to, from).
type MadeCall = (
    i64,
    i64,
    Option<i64>,
    String,
    Option<String>,
    String,
    String,
);

/// What importing absences did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AbsenceReport {
    pub created: usize,
    pub unchanged: usize,
    /// Planned calls moved off the days away.
    pub calls_moved: usize,
    /// Evaluations of calls made on a day away, now void.
    pub evaluations_voided: usize,
    /// Replacement calls planned for them.
    pub replacements: usize,
}

/// Checks every row: a known employee number, days as YYYY-MM-DD (an empty
/// last day means one day), the last not before the first, at most a year,
/// a known kind, a short one-line note. Every problem is listed; none is written.
pub fn check_absences(
    reader: impl Read,
    source: &str,
    staff: &HashMap<String, i64>,
) -> Result<Vec<NewAbsence>, ImportError> {
    let mut problems = Vec::new();
    let rows = read_rows(reader, ABSENCE_COLUMNS, &mut problems);
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let line = row.line;
        let [employee_no, first, last, kind, note] =
            <[String; 5]>::try_from(row.values).expect("one value per absence column");
        let staff_id = staff.get(employee_no.trim()).copied();
        if staff_id.is_none() {
            problems.push(RowProblem::new(
                line,
                "employee_no",
                &employee_no,
                msg!("absence-unknown-staff", value = employee_no.as_str()),
            ));
        }
        let day = |field: &str, raw: &str, problems: &mut Vec<RowProblem>| {
            let parsed = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok();
            if parsed.is_none() {
                problems.push(RowProblem::new(
                    line,
                    field,
                    raw,
                    msg!("absence-day-invalid", value = raw),
                ));
            }
            parsed
        };
        let first_day = day("first_day", &first, &mut problems);
        let last_day = if last.trim().is_empty() {
            first_day
        } else {
            day("last_day", &last, &mut problems)
        };
        if let (Some(a), Some(b)) = (first_day, last_day) {
            if b < a {
                problems.push(RowProblem::new(
                    line,
                    "last_day",
                    &last,
                    msg!("absence-last-before-first"),
                ));
            } else if (b - a).num_days() >= LONGEST_DAYS {
                problems.push(RowProblem::new(
                    line,
                    "last_day",
                    &last,
                    msg!("absence-too-long", days = LONGEST_DAYS),
                ));
            }
        }
        let kind = kind.trim().to_lowercase();
        if !KINDS.contains(&kind.as_str()) {
            problems.push(RowProblem::new(
                line,
                "kind",
                &kind,
                msg!(
                    "absence-kind-unknown",
                    value = kind.as_str(),
                    kinds = KINDS.join(", ")
                ),
            ));
        }
        let note = match TextKind::Line.check(&note) {
            Ok(note) => Some(note).filter(|n| !n.is_empty()),
            Err(message) => {
                problems.push(RowProblem::new(line, "note", &note, message));
                None
            }
        };
        if let (Some(staff_id), Some(first_day), Some(last_day)) = (staff_id, first_day, last_day) {
            out.push(NewAbsence {
                staff_id,
                employee_no: employee_no.trim().to_string(),
                first_day,
                last_day,
                kind,
                note,
            });
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(ImportError::Rejected {
            source: source.to_string(),
            problems,
        })
    }
}

/// A voided evaluation's stored reason: `absence:<kind>:<first>:<last>`,
/// which pages put in the reader's words.
fn void_reason(a: &NewAbsence) -> String {
    format!("absence:{}:{}:{}", a.kind, a.first_day, a.last_day)
}

/// The kind and days of a stored reason, if it is an absence's.
pub fn parse_void_reason(reason: &str) -> Option<(String, String, String)> {
    let mut parts = reason.strip_prefix("absence:")?.splitn(3, ':');
    Some((
        parts.next()?.to_string(),
        parts.next()?.to_string(),
        parts.next()?.to_string(),
    ))
}

/// Imports an absences file: every row or none. Then moves the calls
/// planned on those days and voids the evaluations of calls already made
/// on them, each with a replacement call.
pub async fn import_absences_csv(
    db: &Db,
    clock: &SharedClock,
    reader: impl Read,
    source: &str,
) -> Result<AbsenceReport, ImportError> {
    let failed = |error: AppError| ImportError::Failed {
        source: source.to_string(),
        error,
    };
    let staff: HashMap<String, i64> =
        sqlx::query_as::<_, (String, i64)>("SELECT employee_no, id FROM staff")
            .fetch_all(&db.pool)
            .await
            .map_err(|e| failed(e.into()))?
            .into_iter()
            .collect();
    let absences = check_absences(reader, source, &staff)?;
    let now_ms = clock.now_ms();
    let mut report = AbsenceReport::default();
    let mut to_move = Vec::new();
    let mut tx = db.begin().await.map_err(|e| failed(e.into()))?;
    for a in &absences {
        let inserted = sqlx::query(
            "INSERT INTO staff_absences (staff_id, first_day, last_day, kind, note, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (staff_id, first_day, last_day, kind) DO NOTHING",
        )
        .bind(a.staff_id)
        .bind(a.first_day.to_string())
        .bind(a.last_day.to_string())
        .bind(&a.kind)
        .bind(&a.note)
        .bind(now_ms)
        .execute(&mut *tx)
        .await
        .map_err(|e| failed(e.into()))?;
        if inserted.rows_affected() == 1 {
            report.created += 1;
        } else {
            report.unchanged += 1;
        }
        // Planned calls on the days away: moved once the absence is stored.
        let planned: Vec<(i64,)> = sqlx::query_as(
            "SELECT id FROM calls WHERE staff_id = $1 AND state = 'scheduled' \
             AND local_date >= $2 AND local_date <= $3",
        )
        .bind(a.staff_id)
        .bind(a.first_day.to_string())
        .bind(a.last_day.to_string())
        .fetch_all(&mut *tx)
        .await
        .map_err(|e| failed(e.into()))?;
        to_move.extend(planned.into_iter().map(|(id,)| id));
        // Calls already made on those days: their evaluations are void, and
        // each campaign call gets a replacement, planned like a moved call.
        let made: Vec<MadeCall> =
            sqlx::query_as(
                "SELECT e.id, c.id, c.campaign_id, c.script_id, c.script_version, c.to_number, c.from_number \
                 FROM evaluations e JOIN calls c ON c.id = e.call_id \
                 WHERE e.staff_id = $1 AND c.local_date >= $2 AND c.local_date <= $3 AND e.state <> 'void'",
            )
            .bind(a.staff_id)
            .bind(a.first_day.to_string())
            .bind(a.last_day.to_string())
            .fetch_all(&mut *tx)
            .await
            .map_err(|e| failed(e.into()))?;
        for (evaluation, _call, campaign, script, version, to, from) in made {
            sqlx::query(
                "UPDATE evaluations SET state = 'void', void_reason = $1, updated_at = $2 WHERE id = $3",
            )
            .bind(void_reason(a))
            .bind(now_ms)
            .bind(evaluation)
            .execute(&mut *tx)
            .await
            .map_err(|e| failed(e.into()))?;
            sqlx::query(
                "UPDATE grading_tasks SET state = 'canceled', lease_owner = NULL, lease_until = NULL, \
                 updated_at = $1 WHERE evaluation_id = $2 AND state = 'waiting'",
            )
            .bind(now_ms)
            .bind(evaluation)
            .execute(&mut *tx)
            .await
            .map_err(|e| failed(e.into()))?;
            report.evaluations_voided += 1;
            if let Some(campaign) = campaign {
                let (replacement,): (i64,) = sqlx::query_as(
                    "INSERT INTO calls (purpose, script_id, script_version, to_number, from_number, state, \
                     due_at, campaign_id, staff_id, created_at, updated_at) \
                     VALUES ('evaluation', $1, $2, $3, $4, 'scheduled', $5, $6, $7, $5, $5) RETURNING id",
                )
                .bind(&script)
                .bind(&version)
                .bind(&to)
                .bind(&from)
                .bind(now_ms)
                .bind(campaign)
                .bind(a.staff_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| failed(e.into()))?;
                to_move.push(replacement);
                report.replacements += 1;
            }
        }
    }
    tx.commit().await.map_err(|e| failed(e.into()))?;
    to_move.sort_unstable();
    to_move.dedup();
    report.calls_moved = crate::campaigns::reschedule_calls(db, clock, &to_move)
        .await
        .map_err(failed)?
        .saturating_sub(report.replacements);
    tracing::info!(
        created = report.created,
        moved = report.calls_moved,
        voided = report.evaluations_voided,
        "absences imported"
    );
    Ok(report)
}

/// (staff id, first day, last day) of the absences overlapping `from..=to`.
pub async fn overlapping(
    db: &Db,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<Vec<(i64, NaiveDate, NaiveDate)>> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT staff_id, first_day, last_day FROM staff_absences WHERE first_day <= $1 AND last_day >= $2",
    )
    .bind(to.to_string())
    .bind(from.to_string())
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(staff, a, b)| {
            let a = NaiveDate::parse_from_str(&a, "%Y-%m-%d").ok()?;
            let b = NaiveDate::parse_from_str(&b, "%Y-%m-%d").ok()?;
            Some((staff, a, b))
        })
        .collect())
}

/// One absence as pages list it.
#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Absence {
    pub first_day: String,
    pub last_day: String,
    pub kind: String,
    pub note: Option<String>,
}

/// A person's absences, latest first.
pub async fn of_staff(db: &Db, staff_id: i64) -> AppResult<Vec<Absence>> {
    Ok(sqlx::query_as(
        "SELECT first_day, last_day, kind, note FROM staff_absences WHERE staff_id = $1 \
         ORDER BY first_day DESC, id DESC",
    )
    .bind(staff_id)
    .fetch_all(&db.pool)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff() -> HashMap<String, i64> {
        [("GR-1001".to_string(), 1), ("GR-1002".to_string(), 2)].into()
    }

    #[test]
    fn a_clean_file_reads_ranges_and_single_days() {
        let csv = "employee_no,first_day,last_day,kind,note\nGR-1001,2026-11-03,2026-11-05,leave,annual leave\nGR-1002,2026-11-04,,sick,\n";
        let rows = check_absences(csv.as_bytes(), "a.csv", &staff()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].first_day, rows[1].last_day);
        assert_eq!(rows[1].note, None);
    }

    #[test]
    fn every_bad_row_is_listed_with_its_line_and_field() {
        let csv = "employee_no,first_day,last_day,kind,note\nXX-1,2026-11-03,,leave,\nGR-1001,2026-11-05,2026-11-03,leave,\nGR-1002,3 Nov,,holiday,\n";
        let Err(ImportError::Rejected { problems, .. }) =
            check_absences(csv.as_bytes(), "a.csv", &staff())
        else {
            panic!("refused");
        };
        let found: Vec<(usize, &str)> = problems
            .iter()
            .map(|p| (p.line, p.field.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (2, "employee_no"),
                (3, "last_day"),
                (4, "first_day"),
                (4, "kind")
            ]
        );
    }
}
