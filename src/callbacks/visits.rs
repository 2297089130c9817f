//! Service visits: who used which service at a centre, served by whom,
//! when, and whether they agreed to be contacted. They come from the
//! centre's queue-management system (JSON, with an API token) or a CSV file,
//! idempotent by external id; a file with any bad row imports nothing.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::Read;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::clock::SharedClock;
use crate::db::Db;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::msg;
use crate::roster::csv_table::{RowProblem, read_rows};
use crate::roster::{self, ImportReport, PhoneNumber, StaffFilter, parse_flag};
use crate::text::TextKind;

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

/// One problem with the visits sent: where it is (the line of a file, or
/// the position in a list, from 1), which field, the value given, and what
/// is wrong, as a catalogue message whose id is the problem's stable code.
#[derive(Clone, Debug, PartialEq)]
pub struct VisitProblem {
    pub line: usize,
    pub field: String,
    pub value: String,
    pub message: Msg,
}

impl VisitProblem {
    fn new(line: usize, field: &str, value: &str, message: Msg) -> VisitProblem {
        VisitProblem {
            line,
            field: field.to_string(),
            value: value.to_string(),
            message,
        }
    }

    /// The kind of problem, for programs: a message id.
    pub fn code(&self) -> &'static str {
        self.message.code().unwrap_or("visits-row-unreadable")
    }

    /// As an answer lists it: `line`, `field`, `value`, `code`, and the
    /// `message` in the reader's language.
    pub fn to_json(&self, lang: &Lang) -> serde_json::Value {
        serde_json::json!({
            "line": self.line,
            "field": self.field,
            "value": self.value,
            "code": self.code(),
            "message": self.message.in_lang(lang),
        })
    }

    /// A problem with the file's layout, as the CSV reader reports it.
    fn of_layout(p: RowProblem) -> VisitProblem {
        let columns = COLUMNS.join(",");
        let message = match (p.field.as_str(), p.line) {
            ("file", _) => msg!("visits-file-unreadable"),
            ("header", _) if p.value.is_empty() => {
                msg!("visits-header-unreadable", columns = columns)
            }
            ("header", _) => msg!(
                "visits-unknown-column",
                value = p.value.as_str(),
                columns = columns
            ),
            ("row", _) => msg!("visits-row-unreadable"),
            (column, 1) if p.value.is_empty() => msg!("visits-missing-column", column = column),
            (_, 1) => msg!("visits-column-twice", value = p.value.as_str()),
            _ => msg!("visits-not-utf8"),
        };
        VisitProblem {
            line: p.line,
            field: p.field,
            value: p.value,
            message,
        }
    }
}

/// Why no visit was stored.
#[derive(Debug)]
pub enum VisitImportError {
    /// The visits have problems, every one listed; nothing was written.
    Rejected {
        source: String,
        problems: Vec<VisitProblem>,
    },
    /// Writing failed and was rolled back; nothing was written.
    Failed { source: String, error: AppError },
}

/// In English, for logs.
impl fmt::Display for VisitImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VisitImportError::Rejected { source, problems } => {
                for (i, p) in problems.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{source}:{}: field {:?}: {}", p.line, p.field, p.message)?;
                }
                Ok(())
            }
            VisitImportError::Failed { source, error } => {
                write!(f, "{source}: nothing was imported: {error}")
            }
        }
    }
}

impl std::error::Error for VisitImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            VisitImportError::Rejected { .. } => None,
            VisitImportError::Failed { error, .. } => Some(error),
        }
    }
}

/// The source named for visits pushed as JSON (a file is named by its name).
pub const PUSHED: &str = "request";

/// How a citizen came to the centre (`service_visits.channel`).
pub const CHANNELS: [&str; 3] = ["counter", "phone", "online"];

/// A visit as text, from a CSV row or a JSON body.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
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
    fn check(
        &self,
        v: &VisitIn,
        line: usize,
        regions: &Regions,
    ) -> Result<Visit, Vec<VisitProblem>> {
        let region = regions.of(v.centre_code.trim());
        let mut problems = Vec::new();
        let mut problem = |field: &str, value: &str, message: Msg| {
            problems.push(VisitProblem::new(line, field, value, message))
        };
        // Free text first: a name or service with a control character in
        // it is refused here, on every database alike.
        let mut text = |field: &str, raw: &str| {
            TextKind::Line
                .check(raw)
                .map_err(|message| problem(field, raw, message))
                .ok()
        };
        let external_id = text("external_id", &v.external_id);
        let citizen_name = text("citizen_name", &v.citizen_name);
        let service = text("service", &v.service);
        let life_situation = text("life_situation", &v.life_situation);
        if external_id.as_deref() == Some("") {
            problem("external_id", "", msg!("visits-external-id-required"));
        }
        let centre = self.centres.get(v.centre_code.trim()).copied();
        if centre.is_none() {
            problem(
                "centre_code",
                &v.centre_code,
                msg!("visits-unknown-centre", value = v.centre_code.as_str()),
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
                Err(_) => {
                    let message = if raw.starts_with('+') {
                        msg!("visits-invalid-phone-international", value = raw)
                    } else {
                        msg!("visits-invalid-phone", value = raw, region = region)
                    };
                    problem("phone", raw, message);
                    None
                }
            },
        };
        if service.as_deref() == Some("") {
            problem("service", "", msg!("visits-service-required"));
        }
        let department_id = match v.department_code.trim() {
            "" => None,
            code => match self.departments.get(code) {
                Some(id) => Some(*id),
                None => {
                    problem(
                        "department_code",
                        code,
                        msg!("visits-unknown-department", value = code),
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
                    problem("employee_no", no, msg!("visits-unknown-staff", value = no));
                    None
                }
            },
        };
        let channel = match v.channel.trim().to_lowercase().as_str() {
            "counter" => Some("counter"),
            "phone" => Some("phone"),
            "online" => Some("online"),
            other => {
                problem(
                    "channel",
                    other,
                    msg!("visits-invalid-channel", value = other),
                );
                None
            }
        };
        // Consent to be called is never assumed: an empty field is "no".
        let consented = match parse_flag(&v.consented).map(|c| c && !v.consented.trim().is_empty())
        {
            Ok(c) => Some(c),
            Err(_) => {
                problem(
                    "consented",
                    &v.consented,
                    msg!("visits-invalid-consent", value = v.consented.trim()),
                );
                None
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let optional = |s: Option<String>| s.filter(|s| !s.is_empty());
        Ok(Visit {
            external_id: external_id.expect("checked above"),
            centre_id: centre.expect("checked above").0,
            visited_at: visited_at.expect("checked above"),
            citizen_name: optional(citizen_name),
            phone,
            service: service.expect("checked above"),
            life_situation: optional(life_situation),
            department_id: department_id.or(staff.map(|(_, d)| d)),
            staff_id: staff.map(|(id, _)| id),
            channel: channel.expect("checked above"),
            consented: consented.expect("checked above"),
        })
    }
}

fn parse_time(raw: &str, tz: chrono_tz::Tz) -> Result<DateTime<Utc>, Msg> {
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
                .ok_or_else(|| msg!("visits-time-gap", value = raw, zone = tz.name()));
        }
    }
    Err(msg!("visits-invalid-time", value = raw))
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
) -> Result<ImportReport, VisitImportError> {
    let failed = |error: AppError| VisitImportError::Failed {
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
) -> Result<ImportReport, VisitImportError> {
    let mut layout = Vec::new();
    let rows = read_rows(reader, COLUMNS, &mut layout);
    let mut problems: Vec<VisitProblem> = layout.into_iter().map(VisitProblem::of_layout).collect();
    let lookup = Lookup::load(db)
        .await
        .map_err(|error| VisitImportError::Failed {
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
            problems.push(VisitProblem::new(
                row.line,
                "external_id",
                &input.external_id,
                msg!(
                    "visits-external-id-repeated-line",
                    value = input.external_id.as_str()
                ),
            ));
            continue;
        }
        match lookup.check(&input, row.line, regions) {
            Ok(v) => visits.push(v),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if !problems.is_empty() {
        return Err(VisitImportError::Rejected {
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
) -> Result<ImportReport, VisitImportError> {
    let source = PUSHED;
    let lookup = Lookup::load(db)
        .await
        .map_err(|error| VisitImportError::Failed {
            source: source.into(),
            error,
        })?;
    let mut problems = Vec::new();
    let mut visits = Vec::new();
    let mut seen = HashSet::new();
    for (i, v) in input.iter().enumerate() {
        if !seen.insert(v.external_id.clone()) {
            problems.push(VisitProblem::new(
                i + 1,
                "external_id",
                &v.external_id,
                msg!(
                    "visits-external-id-repeated-list",
                    value = v.external_id.as_str()
                ),
            ));
            continue;
        }
        match lookup.check(v, i + 1, regions) {
            Ok(v) => visits.push(v),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if !problems.is_empty() {
        return Err(VisitImportError::Rejected {
            source: source.into(),
            problems,
        });
    }
    store(db, clock, visits, source).await
}
