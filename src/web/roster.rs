//! The roster API under `/api/v1/roster`: centres, departments and staff as
//! JSON, single-record upserts, and CSV imports that are all or nothing.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, Query, State};
use axum::http::Method;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};

use super::auth::{AdminOnly, Allowed, Operations};
use super::problem::Problem;
use super::routes::Routes;
use crate::app::AppState;
use crate::auth::audit::{self, Action};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::privacy::mask_phone;
use crate::roster::{
    self, Centre, Department, DepartmentFields, FieldProblem, ImportError, ImportReport,
    NewDepartment, NewStaff, Staff, StaffFields, StaffFilter,
};
use crate::{msg, tr};

pub fn routes() -> Routes {
    Routes::new()
        .route::<Operations, _, _>(Method::GET, "/centres", list_centres)
        .doc("List centres")
        .route::<Operations, _, _>(Method::GET, "/departments", list_departments)
        .doc("List departments with working hours")
        .route::<AdminOnly, _, _>(Method::PUT, "/departments/{code}", put_department)
        .doc("Create or update a department")
        .route::<Operations, _, _>(Method::GET, "/staff", list_staff)
        .doc("List staff (department, grade, active, eligible)")
        .route::<Operations, _, _>(Method::GET, "/staff/{key}", get_staff)
        .doc("One staff member by employee number (or by id)")
        .route::<AdminOnly, _, _>(Method::PUT, "/staff/{key}", put_staff)
        .doc("Create or update a staff member by employee number")
        .route::<AdminOnly, _, _>(Method::POST, "/import/departments", import_departments)
        .doc("Import departments from CSV (all or nothing)")
        .route::<AdminOnly, _, _>(Method::POST, "/import/staff", import_staff)
        .doc("Import staff from CSV (all or nothing)")
        .route::<AdminOnly, _, _>(Method::POST, "/import/absences", import_absences)
        .doc("Import staff absences from CSV (all or nothing); calls on those days move, evaluations made on them are voided")
}

/// A service centre.
#[derive(Serialize, ToSchema)]
pub struct CentreOut {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub time_zone: String,
}

impl From<Centre> for CentreOut {
    fn from(c: Centre) -> Self {
        CentreOut {
            id: c.id,
            code: c.code,
            name: c.name,
            time_zone: c.time_zone.to_string(),
        }
    }
}

/// A department with its centre and working hours (`HH:MM`, its own time).
#[derive(Serialize, ToSchema)]
pub struct DepartmentOut {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub centre_id: i64,
    pub centre_code: String,
    pub centre_name: String,
    pub time_zone: String,
    pub work_days: String,
    pub work_start: String,
    pub work_end: String,
    pub lunch_start: Option<String>,
    pub lunch_end: Option<String>,
}

impl From<Department> for DepartmentOut {
    fn from(d: Department) -> Self {
        DepartmentOut {
            id: d.id,
            code: d.code,
            name: d.name,
            centre_id: d.centre_id,
            centre_code: d.centre_code,
            centre_name: d.centre_name,
            time_zone: d.time_zone.to_string(),
            work_days: d.work_days.to_string(),
            work_start: d.work_start.to_string(),
            work_end: d.work_end.to_string(),
            lunch_start: d.lunch_start.map(|t| t.to_string()),
            lunch_end: d.lunch_end.map(|t| t.to_string()),
        }
    }
}

/// The columns of the departments file; `code` comes from the path.
#[derive(Default, Deserialize, Serialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DepartmentIn {
    pub code: Option<String>,
    pub name: String,
    pub centre_code: String,
    pub centre_name: String,
    pub time_zone: String,
    pub work_days: String,
    pub work_start: String,
    pub work_end: String,
    pub lunch_start: Option<String>,
    pub lunch_end: Option<String>,
}

/// A staff member, the number masked.
#[derive(Serialize, ToSchema)]
pub struct StaffOut {
    pub id: i64,
    pub employee_no: String,
    pub name: String,
    pub department_id: i64,
    pub department_code: String,
    pub grade: String,
    pub job_title: String,
    /// Masked: `+82 10-****-5678`.
    pub phone: String,
    pub active: bool,
    pub eligible: bool,
    pub exclusion_reason: Option<String>,
}

impl From<Staff> for StaffOut {
    fn from(s: Staff) -> Self {
        StaffOut {
            id: s.id,
            employee_no: s.employee_no,
            name: s.name,
            department_id: s.department_id,
            department_code: s.department_code,
            grade: s.grade,
            job_title: s.job_title,
            phone: mask_phone(s.phone.as_str()),
            active: s.active,
            eligible: s.eligible,
            exclusion_reason: s.exclusion_reason,
        }
    }
}

const PROBLEM: &str = "application/problem+json";

/// A yes/no value as JSON `true` or as the text the CSV file accepts.
#[derive(Deserialize, Serialize, ToSchema)]
#[serde(untagged)]
pub enum FlagIn {
    Bool(bool),
    Text(String),
}

impl FlagIn {
    fn text(flag: Option<FlagIn>) -> String {
        match flag {
            Some(FlagIn::Bool(b)) => b.to_string(),
            Some(FlagIn::Text(t)) => t,
            None => String::new(),
        }
    }
}

/// The columns of the staff file; `employee_no` comes from the path.
#[derive(Default, Deserialize, Serialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct StaffIn {
    pub employee_no: Option<String>,
    pub name: String,
    pub department_code: String,
    pub grade: String,
    pub job_title: String,
    pub phone: String,
    pub active: Option<FlagIn>,
    pub eligible: Option<FlagIn>,
    pub exclusion_reason: Option<String>,
}

/// A body that is not the JSON we expect is answered in our error shape.
fn json_body<T>(body: Result<Json<T>, JsonRejection>) -> AppResult<T> {
    match body {
        Ok(Json(value)) => Ok(value),
        Err(JsonRejection::JsonDataError(e)) => Err(AppError::invalid(
            "body",
            msg!("roster-body-invalid", detail = e.body_text()),
        )),
        Err(e) => Err(AppError::BadRequest(msg!(
            "roster-body-unreadable",
            detail = e.body_text()
        ))),
    }
}

/// Input refused field by field: the first problem as the error (its field
/// and code, as every refusal has), and every problem listed.
fn fields_refused(lang: &Lang, problems: Vec<FieldProblem>) -> Response {
    let Some(first) = problems.first() else {
        return AppError::BadRequest(msg!("roster-input-invalid")).into_response();
    };
    let error = problems
        .iter()
        .map(|p| {
            tr!(
                lang,
                "roster-field-problem",
                field = p.field.as_str(),
                problem = p.message.in_lang(lang)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let listed: Vec<_> = problems
        .iter()
        .map(|p| {
            json!({
                "field": p.field,
                "value": p.value,
                "code": p.message.code(),
                "message": p.message.in_lang(lang),
            })
        })
        .collect();
    let body = json!({
        "code": first.message.code(),
        "kind": "invalid",
        "error": error,
        "field": first.field,
        "problems": listed,
    });
    (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
}

/// A key in the body must agree with the one in the path.
fn same_key(field: &str, path: &str, body: Option<String>) -> AppResult<String> {
    match body {
        Some(b) if b.trim() != path => Err(AppError::invalid(
            field,
            msg!("roster-key-differs", body = b.as_str(), path = path),
        )),
        _ => Ok(path.to_string()),
    }
}

/// All centres.
#[utoipa::path(get, path = "/api/v1/roster/centres", tag = "roster",
    responses((status = 200, body = [CentreOut])))]
pub(super) async fn list_centres(
    _: Allowed<Operations>,
    State(state): State<AppState>,
) -> AppResult<Json<Vec<CentreOut>>> {
    let centres = roster::list_centres(&state.db).await?;
    Ok(Json(centres.into_iter().map(CentreOut::from).collect()))
}

/// All departments with their centre and working hours.
#[utoipa::path(get, path = "/api/v1/roster/departments", tag = "roster",
    responses((status = 200, body = [DepartmentOut])))]
pub(super) async fn list_departments(
    _: Allowed<Operations>,
    State(state): State<AppState>,
) -> AppResult<Json<Vec<DepartmentOut>>> {
    let departments = roster::list_departments(&state.db).await?;
    Ok(Json(
        departments.into_iter().map(DepartmentOut::from).collect(),
    ))
}

/// Creates or updates one department (and its centre) by code.
#[utoipa::path(put, path = "/api/v1/roster/departments/{code}", tag = "roster",
    params(("code" = String, Path, description = "The department's code")),
    request_body = DepartmentIn,
    responses((status = 200, body = DepartmentOut), (status = 422, description = "Refused field by field: every problem listed", body = Problem, content_type = PROBLEM)))]
pub(super) async fn put_department(
    _: Allowed<AdminOnly>,
    State(state): State<AppState>,
    lang: Lang,
    Path(code): Path<String>,
    body: Result<Json<DepartmentIn>, JsonRejection>,
) -> AppResult<Response> {
    let d = json_body(body)?;
    let fields = DepartmentFields {
        code: same_key("code", &code, d.code)?,
        name: d.name,
        centre_code: d.centre_code,
        centre_name: d.centre_name,
        time_zone: d.time_zone,
        work_days: d.work_days,
        work_start: d.work_start,
        work_end: d.work_end,
        lunch_start: d.lunch_start.unwrap_or_default(),
        lunch_end: d.lunch_end.unwrap_or_default(),
    };
    let department = match NewDepartment::parse(&fields) {
        Ok(d) => d,
        Err(problems) => return Ok(fields_refused(&lang, problems)),
    };
    let (department, _) = roster::upsert_department(&state.db, &state.clock, &department).await?;
    Ok(Json(DepartmentOut::from(department)).into_response())
}

/// Which staff to list.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct StaffQuery {
    /// Department codes, comma separated.
    department: Option<String>,
    /// Grades, comma separated.
    grade: Option<String>,
    active: Option<String>,
    eligible: Option<String>,
}

fn list(raw: Option<String>) -> Vec<String> {
    raw.iter()
        .flat_map(|r| r.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn flag(field: &str, raw: Option<String>) -> AppResult<Option<bool>> {
    raw.map(|r| roster::parse_flag(&r).map_err(|m| AppError::invalid(field, m)))
        .transpose()
}

/// Staff, filtered by `department`, `grade` (comma-separated lists),
/// `active` and `eligible` (true or false).
#[utoipa::path(get, path = "/api/v1/roster/staff", tag = "roster", params(StaffQuery),
    responses((status = 200, body = [StaffOut]),
        (status = 422, description = "A flag that is not yes or no", body = Problem, content_type = PROBLEM)))]
pub(super) async fn list_staff(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Query(q): Query<StaffQuery>,
) -> AppResult<Json<Vec<StaffOut>>> {
    let active = flag("active", q.active)?;
    let eligible = flag("eligible", q.eligible)?;
    let filter = StaffFilter {
        department_codes: list(q.department),
        grades: list(q.grade),
        only_active: active == Some(true),
        only_eligible: eligible == Some(true),
    };
    let staff = roster::list_staff(&state.db, &filter).await?;
    // The filter selects the callable; asking for `false` lists the others.
    Ok(Json(
        staff
            .into_iter()
            .filter(|s| active != Some(false) || !s.active)
            .filter(|s| eligible != Some(false) || !s.eligible)
            .map(StaffOut::from)
            .collect(),
    ))
}

/// One staff member by employee number (the key `PUT` takes), or by the
/// numeric id the lists give when no employee number is that.
#[utoipa::path(get, path = "/api/v1/roster/staff/{key}", tag = "roster",
    params(("key" = String, Path, description = "An employee number, or a staff id")),
    responses((status = 200, body = StaffOut),
        (status = 404, description = "No such person", body = Problem, content_type = PROBLEM)))]
pub(super) async fn get_staff(
    _: Allowed<Operations>,
    State(state): State<AppState>,
    Path(key): Path<String>,
) -> AppResult<Json<StaffOut>> {
    if let Some(staff) = roster::find_staff(&state.db, &key).await? {
        return Ok(Json(staff.into()));
    }
    match key.parse::<i64>() {
        Ok(id) => Ok(Json(roster::get_staff(&state.db, id).await?.into())),
        Err(_) => Err(AppError::not_found(msg!(
            "not-found-staff",
            id = key.as_str()
        ))),
    }
}

/// Creates or updates one staff member by employee number.
#[utoipa::path(put, path = "/api/v1/roster/staff/{key}", tag = "roster",
    params(("key" = String, Path, description = "The employee number")),
    request_body = StaffIn,
    responses((status = 200, body = StaffOut), (status = 422, description = "Refused field by field: every problem listed", body = Problem, content_type = PROBLEM)))]
pub(super) async fn put_staff(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    lang: Lang,
    Path(employee_no): Path<String>,
    body: Result<Json<StaffIn>, JsonRejection>,
) -> AppResult<Response> {
    let s = json_body(body)?;
    let fields = StaffFields {
        employee_no: same_key("employee_no", &employee_no, s.employee_no)?,
        name: s.name,
        department_code: s.department_code,
        grade: s.grade,
        job_title: s.job_title,
        phone: s.phone,
        active: FlagIn::text(s.active),
        eligible: FlagIn::text(s.eligible),
        exclusion_reason: s.exclusion_reason.unwrap_or_default(),
    };
    let region = &state.config.roster.default_region;
    let staff = match NewStaff::parse(&fields, region) {
        Ok(s) => s,
        Err(problems) => return Ok(fields_refused(&lang, problems)),
    };
    let before = roster::find_staff(&state.db, staff.employee_no()).await?;
    let (saved, change) = roster::upsert_staff(&state.db, &state.clock, &staff).await?;
    match (&before, change) {
        (_, roster::Change::Unchanged) => {}
        (Some(before), _) => {
            super::roster_pages::audit_staff_change(&state, &caller, before, &saved).await?
        }
        (None, _) => {
            let entry = caller
                .audit(Action::StaffChanged)
                .on("staff", saved.id)
                .detail(format!("{}: created", saved.employee_no));
            audit::record(&state.db, entry, state.clock.now_ms()).await?;
        }
    }
    Ok(Json(StaffOut::from(saved)).into_response())
}

/// What the file is called.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct ImportQuery {
    /// The file's name, used in error messages.
    file: Option<String>,
}

/// An import that did not happen, as HTTP: the file's problems as a 422.
pub(super) enum ImportFailure {
    NotCsv(String),
    Import(ImportError),
}

impl IntoResponse for ImportFailure {
    fn into_response(self) -> Response {
        let lang = crate::i18n::current();
        let err = match self {
            ImportFailure::NotCsv(content_type) => {
                let error = tr!(
                    lang,
                    "roster-import-not-csv",
                    content_type = content_type.as_str()
                );
                let body = json!({ "code": "roster-import-not-csv", "error": error });
                return (StatusCode::UNSUPPORTED_MEDIA_TYPE, Json(body)).into_response();
            }
            ImportFailure::Import(err) => err,
        };
        let message = err.in_lang(&lang);
        match err {
            ImportError::Rejected { source, problems } => {
                let body = json!({
                    "code": "roster-import-rejected",
                    "error": message,
                    "source": source,
                    "problems": problems,
                });
                (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
            }
            ImportError::Failed { error, .. } => error.into_response(),
        }
    }
}

/// The body must be declared as CSV, so a JSON or form body sent here by
/// mistake is refused instead of reported as a file with odd columns.
fn require_csv(headers: &HeaderMap) -> Result<(), ImportFailure> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match essence.as_str() {
        "text/csv" | "text/plain" | "application/csv" => Ok(()),
        _ => Err(ImportFailure::NotCsv(content_type.to_string())),
    }
}

/// Imports a departments CSV: every row or none.
#[utoipa::path(post, path = "/api/v1/roster/import/departments", tag = "roster", params(ImportQuery), request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = ImportReport), (status = 415, description = "Not CSV", body = Problem, content_type = PROBLEM), (status = 422, description = "Every problem by line and field; nothing stored", body = Problem, content_type = PROBLEM)))]
pub(super) async fn import_departments(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    Query(q): Query<ImportQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<ImportReport>, ImportFailure> {
    require_csv(&headers)?;
    let source = q.file.unwrap_or_else(|| "departments.csv".into());
    let report = roster::import_departments_csv(&state.db, &state.clock, &body[..], &source)
        .await
        .map_err(ImportFailure::Import)?;
    audited_import(&state, &caller, &source, &report).await?;
    Ok(Json(report))
}

async fn audited_import(
    state: &AppState,
    caller: &super::auth::Caller,
    source: &str,
    report: &ImportReport,
) -> Result<(), ImportFailure> {
    let entry = caller.audit(Action::RosterImported).detail(format!(
        "{source}: {} created, {} updated, {} unchanged",
        report.created, report.updated, report.unchanged
    ));
    audit::record(&state.db, entry, state.clock.now_ms())
        .await
        .map_err(|e| {
            ImportFailure::Import(ImportError::Failed {
                source: source.into(),
                error: e,
            })
        })
}

/// Imports a staff CSV: every row or none. Phone numbers without a country
/// code are read in the configured default region.
#[utoipa::path(post, path = "/api/v1/roster/import/staff", tag = "roster", params(ImportQuery), request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = ImportReport), (status = 415, description = "Not CSV", body = Problem, content_type = PROBLEM), (status = 422, description = "Every problem by line and field; nothing stored", body = Problem, content_type = PROBLEM)))]
pub(super) async fn import_staff(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    Query(q): Query<ImportQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<ImportReport>, ImportFailure> {
    require_csv(&headers)?;
    let source = q.file.unwrap_or_else(|| "staff.csv".into());
    let region = &state.config.roster.default_region;
    let report = roster::import_staff_csv(&state.db, &state.clock, &body[..], &source, region)
        .await
        .map_err(ImportFailure::Import)?;
    audited_import(&state, &caller, &source, &report).await?;
    Ok(Json(report))
}

/// Imports staff absences: every row or none; calls planned on those days
/// move, evaluations of calls made on them are voided and replaced.
#[utoipa::path(post, path = "/api/v1/roster/import/absences", tag = "roster", params(ImportQuery), request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = roster::absences::AbsenceReport), (status = 415, description = "Not CSV", body = Problem, content_type = PROBLEM), (status = 422, description = "Every problem by line and field; nothing stored", body = Problem, content_type = PROBLEM)))]
pub(super) async fn import_absences(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    Query(q): Query<ImportQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<roster::absences::AbsenceReport>, ImportFailure> {
    require_csv(&headers)?;
    let source = q.file.unwrap_or_else(|| "absences.csv".into());
    let report = roster::absences::import_absences_csv(&state.db, &state.clock, &body[..], &source)
        .await
        .map_err(ImportFailure::Import)?;
    audited_absences(&state, &caller, &source, &report)
        .await
        .map_err(|error| ImportFailure::Import(ImportError::Failed { source, error }))?;
    Ok(Json(report))
}

/// The audit entry of an absences import.
pub(super) async fn audited_absences(
    state: &AppState,
    caller: &super::auth::Caller,
    source: &str,
    report: &roster::absences::AbsenceReport,
) -> AppResult<()> {
    let entry = caller.audit(Action::RosterImported).detail(format!(
        "{source}: {} absences added, {} already known; {} planned calls moved, {} evaluations voided, {} replacement calls",
        report.created, report.unchanged, report.calls_moved, report.evaluations_voided, report.replacements
    ));
    audit::record(&state.db, entry, state.clock.now_ms()).await
}
