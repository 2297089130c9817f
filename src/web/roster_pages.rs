//! The roster in pages: centres, departments with their hours, staff with a
//! search and filters; one person's page to edit them or take them off the
//! calls with a reason; and the CSV uploads, all or nothing, with every bad
//! row listed by line and field.

use axum::extract::{Multipart, Path, Query, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use bytes::Bytes;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::auth::{AdminOnly, Allowed, Caller, Operations};
use super::render::{Me, render};
use super::routes::Routes;
use crate::app::AppState;
use crate::auth::Role;
use crate::auth::audit::{self, Action};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::msg;
use crate::privacy::mask_phone;
use crate::roster::{self, FieldProblem, ImportError, NewStaff, Staff, StaffFields, StaffFilter};

pub fn routes() -> Routes {
    Routes::new()
        .route::<Operations, _, _>(Method::GET, "/roster", roster_page)
        .route::<Operations, _, _>(Method::GET, "/roster/staff/{id}", staff_page)
        .route::<AdminOnly, _, _>(Method::POST, "/roster/staff/{id}", save_staff)
        .route::<AdminOnly, _, _>(Method::POST, "/roster/upload", upload)
}

/// How many people the staff list shows at once; the search narrows it.
const PAGE_ROWS: usize = 200;

#[derive(Debug, Default, Deserialize, Serialize)]
struct StaffSearch {
    /// Part of a name or an employee number.
    #[serde(default)]
    q: String,
    #[serde(default)]
    department: String,
    #[serde(default)]
    grade: String,
    /// `callable`, `inactive`, `not-eligible`, or empty for everyone.
    #[serde(default)]
    status: String,
}

impl StaffSearch {
    fn matches(&self, s: &Staff) -> bool {
        let q = self.q.trim().to_lowercase();
        (q.is_empty()
            || s.name.to_lowercase().contains(&q)
            || s.employee_no.to_lowercase().contains(&q))
            && (self.grade.is_empty() || s.grade == self.grade)
            && match self.status.as_str() {
                "callable" => s.active && s.eligible,
                "inactive" => !s.active,
                "not-eligible" => !s.eligible,
                _ => true,
            }
    }
}

#[derive(Serialize)]
struct StaffLine {
    id: i64,
    employee_no: String,
    name: String,
    department_code: String,
    grade: String,
    job_title: String,
    phone: String,
    active: bool,
    eligible: bool,
    exclusion_reason: Option<String>,
}

impl From<Staff> for StaffLine {
    fn from(s: Staff) -> Self {
        StaffLine {
            id: s.id,
            employee_no: s.employee_no,
            name: s.name,
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

/// What an upload did: its counts, or every bad row.
#[derive(Serialize)]
struct UploadOutcome {
    file: String,
    what: String,
    created: usize,
    updated: usize,
    unchanged: usize,
    /// What an absences file moved and voided.
    absences: Option<roster::absences::AbsenceReport>,
    problems: Vec<serde_json::Value>,
}

impl UploadOutcome {
    /// A refused file: every bad row, in the reader's language.
    fn refused(lang: &Lang, file: String, what: String, problems: &[roster::RowProblem]) -> Self {
        let problems = problems
            .iter()
            .map(|p| {
                serde_json::json!({
                    "line": p.line, "field": p.field, "value": p.value,
                    "message": p.message.in_lang(lang),
                })
            })
            .collect();
        UploadOutcome {
            file,
            what,
            created: 0,
            updated: 0,
            unchanged: 0,
            absences: None,
            problems,
        }
    }
}

async fn roster_view(
    state: &AppState,
    caller: &Caller,
    session: &Session,
    search: &StaffSearch,
    upload: Option<UploadOutcome>,
    status: StatusCode,
) -> AppResult<Response> {
    let me = Me::of(caller, session).await;
    let centres = roster::list_centres(&state.db).await?;
    let departments = roster::list_departments(&state.db).await?;
    let staff = roster::list_staff(
        &state.db,
        &StaffFilter {
            department_codes: if search.department.is_empty() {
                Vec::new()
            } else {
                vec![search.department.clone()]
            },
            ..StaffFilter::default()
        },
    )
    .await?;
    let mut grades: Vec<String> = staff.iter().map(|s| s.grade.clone()).collect();
    grades.sort();
    grades.dedup();
    let found: Vec<Staff> = staff.into_iter().filter(|s| search.matches(s)).collect();
    let total = found.len();
    let shown: Vec<StaffLine> = found
        .into_iter()
        .take(PAGE_ROWS)
        .map(StaffLine::from)
        .collect();
    let centres: Vec<serde_json::Value> = centres
        .iter()
        .map(|c| serde_json::json!({ "code": c.code, "name": c.name, "time_zone": c.time_zone.to_string() }))
        .collect();
    let departments: Vec<serde_json::Value> = departments
        .iter()
        .map(|d| {
            serde_json::json!({
                "code": d.code, "name": d.name, "centre": d.centre_code,
                "days": d.work_days.to_string(),
                "hours": format!("{}–{}", d.work_start, d.work_end),
                "lunch": match (&d.lunch_start, &d.lunch_end) {
                    (Some(a), Some(b)) => format!("{a}–{b}"),
                    _ => String::new(),
                },
                "time_zone": d.time_zone.to_string(),
            })
        })
        .collect();
    let ctx = serde_json::json!({
        "centres": centres,
        "departments": departments,
        "grades": grades,
        "search": search,
        "staff": shown,
        "total": total,
        "limit": PAGE_ROWS,
        "upload": upload,
        "may_edit": caller.roles.has(Role::Admin),
    });
    Ok((status, render("roster.html", Some(&me), ctx)?).into_response())
}

async fn roster_page(
    Allowed(caller, _): Allowed<Operations>,
    State(state): State<AppState>,
    session: Session,
    Query(search): Query<StaffSearch>,
) -> AppResult<Response> {
    roster_view(&state, &caller, &session, &search, None, StatusCode::OK).await
}

/// The fields of one person as the edit form shows them.
fn form_of(s: &Staff) -> StaffFields {
    let flag = |b: bool| if b { "yes" } else { "no" }.to_string();
    StaffFields {
        employee_no: s.employee_no.clone(),
        name: s.name.clone(),
        department_code: s.department_code.clone(),
        grade: s.grade.clone(),
        job_title: s.job_title.clone(),
        phone: s.phone.as_str().to_string(),
        active: flag(s.active),
        eligible: flag(s.eligible),
        exclusion_reason: s.exclusion_reason.clone().unwrap_or_default(),
    }
}

/// One person's page as it is about to be shown.
struct StaffForm<'a> {
    person: &'a Staff,
    fields: &'a StaffFields,
    problems: &'a [FieldProblem],
    /// Just saved: the page says so.
    saved: bool,
}

async fn staff_view(
    state: &AppState,
    caller: &Caller,
    session: &Session,
    lang: &Lang,
    form: StaffForm<'_>,
    status: StatusCode,
) -> AppResult<Response> {
    let StaffForm {
        person,
        fields,
        problems,
        saved,
    } = form;
    let me = Me::of(caller, session).await;
    let may_edit = caller.roles.has(Role::Admin);
    let departments: Vec<serde_json::Value> = roster::list_departments(&state.db)
        .await?
        .iter()
        .map(|d| serde_json::json!({ "code": d.code, "name": d.name, "centre": d.centre_code }))
        .collect();
    let problems: Vec<serde_json::Value> = problems
        .iter()
        .map(|p| {
            serde_json::json!({ "field": p.field, "value": p.value, "message": p.message.in_lang(lang) })
        })
        .collect();
    let ctx = serde_json::json!({
        "person": { "id": person.id, "employee_no": person.employee_no, "name": person.name },
        "fields": {
            "name": fields.name, "department_code": fields.department_code, "grade": fields.grade,
            "job_title": fields.job_title,
            // Only those who may change the number see it whole.
            "phone": if may_edit { fields.phone.clone() } else { mask_phone(&fields.phone) },
            "active": fields.active == "yes", "eligible": fields.eligible == "yes",
            "exclusion_reason": fields.exclusion_reason,
        },
        "departments": departments,
        "absences": roster::absences::of_staff(&state.db, person.id).await?,
        "problems": problems,
        "saved": saved,
        "may_edit": may_edit,
    });
    Ok((status, render("staff_edit.html", Some(&me), ctx)?).into_response())
}

#[derive(Deserialize)]
struct Saved {
    #[serde(default)]
    saved: Option<String>,
}

async fn staff_page(
    Allowed(caller, _): Allowed<Operations>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Path(id): Path<i64>,
    Query(saved): Query<Saved>,
) -> AppResult<Response> {
    let person = roster::get_staff(&state.db, id).await?;
    let fields = form_of(&person);
    staff_view(
        &state,
        &caller,
        &session,
        &lang,
        StaffForm {
            person: &person,
            fields: &fields,
            problems: &[],
            saved: saved.saved.is_some(),
        },
        StatusCode::OK,
    )
    .await
}

/// Saves one person from the edit form. Taking someone off the calls
/// (inactive or not eligible) needs a reason, and the change is audited.
async fn save_staff(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let person = roster::get_staff(&state.db, id).await?;
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let get = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let ticked = |name: &str| {
        if form.iter().any(|(k, _)| k == name) {
            "yes"
        } else {
            "no"
        }
    };
    let fields = StaffFields {
        employee_no: person.employee_no.clone(),
        name: get("name"),
        department_code: get("department_code"),
        grade: get("grade"),
        job_title: get("job_title"),
        phone: get("phone"),
        active: ticked("active").into(),
        eligible: ticked("eligible").into(),
        exclusion_reason: get("exclusion_reason"),
    };
    let mut problems = Vec::new();
    if (fields.active == "no" || fields.eligible == "no") && fields.exclusion_reason.is_empty() {
        problems.push(FieldProblem::new(
            "exclusion_reason",
            "",
            msg!("roster-reason-required"),
        ));
    }
    let staff = match NewStaff::parse(&fields, &state.config.roster.default_region) {
        Ok(staff) if problems.is_empty() => Some(staff),
        Ok(_) => None,
        Err(mut more) => {
            problems.append(&mut more);
            None
        }
    };
    let Some(staff) = staff else {
        let form = StaffForm {
            person: &person,
            fields: &fields,
            problems: &problems,
            saved: false,
        };
        return staff_view(
            &state,
            &caller,
            &session,
            &lang,
            form,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let (saved, change) = roster::upsert_staff(&state.db, &state.clock, &staff).await?;
    if change != roster::Change::Unchanged {
        audit_staff_change(&state, &caller, &person, &saved).await?;
    }
    Ok(Redirect::to(&format!("/roster/staff/{id}?saved=1")).into_response())
}

/// Records what changed about a person, field by field (the phone number
/// only as "changed", never the number).
pub(super) async fn audit_staff_change(
    state: &AppState,
    caller: &Caller,
    before: &Staff,
    after: &Staff,
) -> AppResult<()> {
    let mut changed = Vec::new();
    let mut field = |name: &str, a: &str, b: &str| {
        if a != b {
            changed.push(format!("{name}: {a} → {b}"));
        }
    };
    field("name", &before.name, &after.name);
    field(
        "department",
        &before.department_code,
        &after.department_code,
    );
    field("grade", &before.grade, &after.grade);
    field("job_title", &before.job_title, &after.job_title);
    field(
        "active",
        &before.active.to_string(),
        &after.active.to_string(),
    );
    field(
        "eligible",
        &before.eligible.to_string(),
        &after.eligible.to_string(),
    );
    field(
        "reason",
        before.exclusion_reason.as_deref().unwrap_or(""),
        after.exclusion_reason.as_deref().unwrap_or(""),
    );
    if before.phone.as_str() != after.phone.as_str() {
        changed.push("phone changed".into());
    }
    let entry = caller
        .audit(Action::StaffChanged)
        .on("staff", after.id)
        .detail(format!("{}: {}", after.employee_no, changed.join("; ")));
    audit::record(&state.db, entry, state.clock.now_ms()).await
}

/// A departments or staff CSV uploaded from the roster page: every row or
/// none; a refused file comes back with each bad row listed.
async fn upload(
    Allowed(caller, _): Allowed<AdminOnly>,
    State(state): State<AppState>,
    session: Session,
    lang: Lang,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let mut what = String::new();
    let mut file: Option<(String, Bytes)> = None;
    while let Some(field) = multipart.next_field().await.map_err(|e| {
        AppError::BadRequest(msg!("roster-upload-unreadable", detail = e.body_text()))
    })? {
        match field.name() {
            Some("what") => {
                what = field.text().await.map_err(|e| {
                    AppError::BadRequest(msg!("roster-upload-unreadable", detail = e.body_text()))
                })?
            }
            Some("file") => {
                let name = field.file_name().unwrap_or("roster.csv").to_string();
                let bytes = field.bytes().await.map_err(|e| {
                    AppError::BadRequest(msg!("roster-upload-unreadable", detail = e.body_text()))
                })?;
                file = Some((name, bytes));
            }
            _ => {}
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Err(AppError::invalid("file", msg!("roster-upload-no-file")));
    };
    let done = |created, updated, unchanged, absences| UploadOutcome {
        file: name.clone(),
        what: what.clone(),
        created,
        updated,
        unchanged,
        absences,
        problems: Vec::new(),
    };
    let outcome = match what.as_str() {
        "absences" => {
            match roster::absences::import_absences_csv(&state.db, &state.clock, &bytes[..], &name)
                .await
            {
                Ok(report) => {
                    super::roster::audited_absences(&state, &caller, &name, &report).await?;
                    Ok(done(report.created, 0, report.unchanged, Some(report)))
                }
                Err(e) => Err(e),
            }
        }
        "departments" | "staff" => {
            let result = if what == "staff" {
                let region = &state.config.roster.default_region;
                roster::import_staff_csv(&state.db, &state.clock, &bytes[..], &name, region).await
            } else {
                roster::import_departments_csv(&state.db, &state.clock, &bytes[..], &name).await
            };
            match result {
                Ok(report) => {
                    let entry = caller.audit(Action::RosterImported).detail(format!(
                        "{name}: {} created, {} updated, {} unchanged",
                        report.created, report.updated, report.unchanged
                    ));
                    audit::record(&state.db, entry, state.clock.now_ms()).await?;
                    Ok(done(report.created, report.updated, report.unchanged, None))
                }
                Err(e) => Err(e),
            }
        }
        other => {
            return Err(AppError::invalid(
                "what",
                msg!("roster-upload-what", value = other),
            ));
        }
    };
    let (outcome, status) = match outcome {
        Ok(outcome) => (outcome, StatusCode::OK),
        Err(ImportError::Rejected { source, problems }) => (
            UploadOutcome::refused(&lang, source, what, &problems),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ImportError::Failed { error, .. }) => return Err(error),
    };
    roster_view(
        &state,
        &caller,
        &session,
        &StaffSearch::default(),
        Some(outcome),
        status,
    )
    .await
}
