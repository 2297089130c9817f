//! Service visits: who used which service at a centre, served by whom,
//! when, and whether they agreed to be contacted. They come from the
//! centre's queue-management system (JSON, with an API token) or a CSV file,
//! idempotent by external id; a file with any bad row imports nothing.

use std::collections::{HashMap, HashSet};
use std::io::Read;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::clock::SharedClock;
use crate::db::Db;
use crate::error::AppError;
use crate::roster::csv_table::{RowProblem, read_rows};
use crate::roster::{self, ImportError, ImportReport, PhoneNumber, StaffFilter, parse_flag};

pub const COLUMNS: &[&str] = &[
    "external_id",
    "centre_code",
    "visited_at",
    "citizen_name",
    "phone",
    "service",
    "life_situation",
    "department_code",
    "employee_no",
    "channel",
    "consented",
];

/// A visit as text, from a CSV row or a JSON body.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VisitIn {
    pub external_id: String,
    pub centre_code: String,
    /// RFC 3339, or `YYYY-MM-DD HH:MM` in the centre's own time.
    pub visited_at: String,
    #[serde(default)]
    pub citizen_name: String,
    /// Empty when the citizen left no number.
    #[serde(default)]
    pub phone: String,
    pub service: String,
    #[serde(default)]
    pub life_situation: String,
    #[serde(default)]
    pub department_code: String,
    #[serde(default)]
    pub employee_no: String,
    /// counter, phone or online
    pub channel: String,
    /// yes/no
    pub consented: String,
}

/// A checked visit, ready to store.
#[derive(Clone, Debug, PartialEq)]
struct Visit {
    external_id: String,
    centre_id: i64,
    visited_at: DateTime<Utc>,
    citizen_name: Option<String>,
    phone: Option<String>,
    service: String,
    life_situation: Option<String>,
    department_id: Option<i64>,
    staff_id: Option<i64>,
    channel: &'static str,
    consented: bool,
}

/// The region each centre's numbers are read in.
pub struct Regions<'a> {
    pub default: &'a str,
    pub centres: &'a [crate::config::CallbackCentre],
}

impl Regions<'_> {
    pub fn of(&self, centre: &str) -> &str {
        self.centres
            .iter()
            .find(|c| c.code == centre)
            .and_then(|c| c.region.as_deref())
            .unwrap_or(self.default)
    }
}

/// What the checks need to know about the roster.
struct Lookup {
    centres: HashMap<String, (i64, chrono_tz::Tz)>,
    departments: HashMap<String, i64>,
    staff: HashMap<String, (i64, i64)>,
}

impl Lookup {
    async fn load(db: &Db) -> Result<Lookup, AppError> {
        let centres = roster::list_centres(db)
            .await?
            .into_iter()
            .map(|c| (c.code.clone(), (c.id, c.time_zone.tz())))
            .collect();
        let departments = roster::list_departments(db)
            .await?
            .into_iter()
            .map(|d| (d.code, d.id))
            .collect();
        let staff = roster::list_staff(db, &StaffFilter::default())
            .await?
            .into_iter()
            .map(|s| (s.employee_no, (s.id, s.department_id)))
            .collect();
        Ok(Lookup {
            centres,
            departments,
            staff,
        })
    }

    /// Checks one visit; every problem is reported against `line`.
    fn check(&self, v: &VisitIn, line: usize, regions: &Regions) -> Result<Visit, Vec<RowProblem>> {
        let region = regions.of(v.centre_code.trim());
        let mut problems = Vec::new();
        let mut problem = |field: &str, value: &str, message: String| {
            problems.push(RowProblem::new(line, field, value, message))
        };
        if v.external_id.trim().is_empty() {
            problem(
                "external_id",
                "",
                "is required: the queue system's own id for the visit".into(),
            );
        }
        let centre = self.centres.get(v.centre_code.trim()).copied();
        if centre.is_none() {
            problem(
                "centre_code",
                &v.centre_code,
                "is not a centre in the roster".into(),
            );
        }
        let visited_at = centre.and_then(|(_, tz)| match parse_time(&v.visited_at, tz) {
            Ok(t) => Some(t),
            Err(e) => {
                problem("visited_at", &v.visited_at, e);
                None
            }
        });
        let phone = match v.phone.trim() {
            "" => None,
            raw => match PhoneNumber::parse(raw, region) {
                Ok(p) => Some(p.as_str().to_string()),
                Err(e) => {
                    problem("phone", raw, e);
                    None
                }
            },
        };
        if v.service.trim().is_empty() {
            problem("service", "", "is required".into());
        }
        let department_id = match v.department_code.trim() {
            "" => None,
            code => match self.departments.get(code) {
                Some(id) => Some(*id),
                None => {
                    problem(
                        "department_code",
                        code,
                        "is not a department in the roster".into(),
                    );
                    None
                }
            },
        };
        let staff = match v.employee_no.trim() {
            "" => None,
            no => match self.staff.get(no) {
                Some(s) => Some(*s),
                None => {
                    problem(
                        "employee_no",
                        no,
                        "is not a staff member in the roster".into(),
                    );
                    None
                }
            },
        };
        let channel = match v.channel.trim().to_lowercase().as_str() {
            "counter" => Some("counter"),
            "phone" => Some("phone"),
            "online" => Some("online"),
            other => {
                problem("channel", other, "must be counter, phone or online".into());
                None
            }
        };
        let consented = match parse_flag(&v.consented) {
            Ok(c) => Some(c),
            Err(e) => {
                problem("consented", &v.consented, e);
                None
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        Ok(Visit {
            external_id: v.external_id.trim().to_string(),
            centre_id: centre.expect("checked").0,
            visited_at: visited_at.expect("checked"),
            citizen_name: text(&v.citizen_name),
            phone,
            service: v.service.trim().to_string(),
            life_situation: text(&v.life_situation),
            department_id: department_id.or(staff.map(|(_, d)| d)),
            staff_id: staff.map(|(id, _)| id),
            channel: channel.expect("checked"),
            consented: consented.expect("checked"),
        })
    }
}

fn parse_time(raw: &str, tz: chrono_tz::Tz) -> Result<DateTime<Utc>, String> {
    let raw = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Ok(t.to_utc());
    }
    for format in ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(local) = NaiveDateTime::parse_from_str(raw, format) {
            return tz
                .from_local_datetime(&local)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .ok_or_else(|| format!("{raw:?} does not exist in {tz} (a daylight-saving gap)"));
        }
    }
    Err(format!(
        "{raw:?} is not a time like 2026-03-02 14:05 or 2026-03-02T14:05:00+07:00"
    ))
}

/// What is stored of a visit, to tell an update from a repeat.
#[derive(sqlx::FromRow)]
struct Stored {
    citizen_name: Option<String>,
    phone: Option<String>,
    service: String,
    visited_at: i64,
    consented: i64,
}

/// Checks and stores visits, all or none, by external id.
async fn store(
    db: &Db,
    clock: &SharedClock,
    visits: Vec<Visit>,
    source: &str,
) -> Result<ImportReport, ImportError> {
    let failed = |error: AppError| ImportError::Failed {
        source: source.to_string(),
        error,
    };
    let now = clock.now_ms();
    let mut report = ImportReport {
        created: 0,
        updated: 0,
        unchanged: 0,
    };
    let mut tx = db.begin().await.map_err(|e| failed(e.into()))?;
    for v in visits {
        let existing: Option<Stored> = sqlx::query_as(
            "SELECT citizen_name, phone, service, visited_at, consented FROM service_visits WHERE external_id = $1",
        )
        .bind(&v.external_id)
        .fetch_optional(&mut *tx)
        .await
        .map_err(|e| failed(e.into()))?;
        let same = existing.as_ref().is_some_and(|s| {
            s.citizen_name == v.citizen_name
                && s.phone == v.phone
                && s.service == v.service
                && s.visited_at == v.visited_at.timestamp_millis()
                && (s.consented != 0) == v.consented
        });
        match (&existing, same) {
            (Some(_), true) => report.unchanged += 1,
            (Some(_), false) => report.updated += 1,
            (None, _) => report.created += 1,
        }
        if same {
            continue;
        }
        sqlx::query(
            "INSERT INTO service_visits (external_id, centre_id, citizen_name, phone, service, life_situation, \
             department_id, staff_id, visited_at, channel, consented, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) \
             ON CONFLICT (external_id) DO UPDATE SET centre_id = excluded.centre_id, citizen_name = excluded.citizen_name, \
             phone = excluded.phone, service = excluded.service, life_situation = excluded.life_situation, \
             department_id = excluded.department_id, staff_id = excluded.staff_id, visited_at = excluded.visited_at, \
             channel = excluded.channel, consented = excluded.consented, updated_at = excluded.updated_at",
        )
        .bind(&v.external_id)
        .bind(v.centre_id)
        .bind(&v.citizen_name)
        .bind(&v.phone)
        .bind(&v.service)
        .bind(&v.life_situation)
        .bind(v.department_id)
        .bind(v.staff_id)
        .bind(v.visited_at.timestamp_millis())
        .bind(v.channel)
        .bind(i64::from(v.consented))
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| failed(e.into()))?;
    }
    tx.commit().await.map_err(|e| failed(e.into()))?;
    Ok(report)
}

/// Imports a CSV of visits (see `COLUMNS`): every row or none.
pub async fn import_csv(
    db: &Db,
    clock: &SharedClock,
    reader: impl Read,
    source: &str,
    regions: &Regions<'_>,
) -> Result<ImportReport, ImportError> {
    let mut problems = Vec::new();
    let rows = read_rows(reader, COLUMNS, &mut problems);
    let lookup = Lookup::load(db)
        .await
        .map_err(|error| ImportError::Failed {
            source: source.into(),
            error,
        })?;
    let mut visits = Vec::new();
    let mut seen = HashSet::new();
    for row in rows {
        let get = |i: usize| row.values[i].clone();
        let input = VisitIn {
            external_id: get(0),
            centre_code: get(1),
            visited_at: get(2),
            citizen_name: get(3),
            phone: get(4),
            service: get(5),
            life_situation: get(6),
            department_code: get(7),
            employee_no: get(8),
            channel: get(9),
            consented: get(10),
        };
        if !seen.insert(input.external_id.clone()) {
            problems.push(RowProblem::new(
                row.line,
                "external_id",
                &input.external_id,
                "appears on an earlier line too",
            ));
            continue;
        }
        match lookup.check(&input, row.line, regions) {
            Ok(v) => visits.push(v),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rejected {
            source: source.into(),
            problems,
        });
    }
    store(db, clock, visits, source).await
}

/// Stores visits pushed as JSON (one or many), all or none; problems are
/// numbered by their position in the list, from 1.
pub async fn push(
    db: &Db,
    clock: &SharedClock,
    input: &[VisitIn],
    regions: &Regions<'_>,
) -> Result<ImportReport, ImportError> {
    let source = "request";
    let lookup = Lookup::load(db)
        .await
        .map_err(|error| ImportError::Failed {
            source: source.into(),
            error,
        })?;
    let mut problems = Vec::new();
    let mut visits = Vec::new();
    let mut seen = HashSet::new();
    for (i, v) in input.iter().enumerate() {
        if !seen.insert(v.external_id.clone()) {
            problems.push(RowProblem::new(
                i + 1,
                "external_id",
                &v.external_id,
                "appears earlier in the list too",
            ));
            continue;
        }
        match lookup.check(v, i + 1, regions) {
            Ok(v) => visits.push(v),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rejected {
            source: source.into(),
            problems,
        });
    }
    store(db, clock, visits, source).await
}
