//! Roster input as people write it (a CSV row, a JSON body: every field text)
//! and the parsed values the database accepts. Parsing reports every bad
//! field at once, each by its column name, so one pass fixes a whole row.

use super::hours::{LocalTime, TimeZone, WorkDays, WorkingHours};
use super::phone::PhoneNumber;
use crate::i18n::Msg;
use crate::msg;
use crate::text::TextKind;

/// One field that could not be read, with the text as given and what is
/// wrong with it (a catalogue message).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    pub field: String,
    pub value: String,
    pub message: Msg,
}

impl FieldProblem {
    pub fn new(field: &str, value: &str, message: impl Into<Msg>) -> Self {
        FieldProblem {
            field: field.into(),
            value: value.into(),
            message: message.into(),
        }
    }
}

/// A department row as written; the centre comes along with it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DepartmentFields {
    pub code: String,
    pub name: String,
    pub centre_code: String,
    pub centre_name: String,
    pub time_zone: String,
    pub work_days: String,
    pub work_start: String,
    pub work_end: String,
    pub lunch_start: String,
    pub lunch_end: String,
}

/// A staff row as written. `active` and `eligible` take yes/no, true/false,
/// y/n or 1/0; empty means yes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaffFields {
    pub employee_no: String,
    pub name: String,
    pub department_code: String,
    pub grade: String,
    pub job_title: String,
    pub phone: String,
    pub active: String,
    pub eligible: String,
    pub exclusion_reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewCentre {
    pub(super) code: String,
    pub(super) name: String,
    pub(super) time_zone: TimeZone,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewDepartment {
    pub(super) code: String,
    pub(super) name: String,
    pub(super) centre: NewCentre,
    pub(super) hours: WorkingHours,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewStaff {
    pub(super) employee_no: String,
    pub(super) name: String,
    pub(super) department_code: String,
    pub(super) grade: String,
    pub(super) job_title: String,
    pub(super) phone: PhoneNumber,
    pub(super) active: bool,
    pub(super) eligible: bool,
    pub(super) exclusion_reason: Option<String>,
}

/// Collects field problems so a record reports all of them, not the first.
#[derive(Default)]
struct Problems(Vec<FieldProblem>);

impl Problems {
    fn check<T>(&mut self, field: &str, value: &str, parsed: Result<T, Msg>) -> Option<T> {
        parsed
            .map_err(|message| self.0.push(FieldProblem::new(field, value, message)))
            .ok()
    }

    fn finish<T>(self, value: impl FnOnce() -> Option<T>) -> Result<T, Vec<FieldProblem>> {
        match (self.0.is_empty(), value()) {
            (true, Some(v)) => Ok(v),
            _ => Err(self.0),
        }
    }
}

/// Free text such as a name: a single line (the service's one rule for
/// names and labels), so exports and listings stay one row per person.
fn text(field: &str, raw: &str, required: bool) -> Result<String, Msg> {
    let value = TextKind::Line.check(raw)?;
    if required && value.is_empty() {
        return Err(msg!("roster-field-required", field = field));
    }
    Ok(value)
}

/// Codes and employee numbers end up in URLs and in other files' columns.
fn code(field: &str, raw: &str) -> Result<String, Msg> {
    let value = text(field, raw, true)?;
    if value.contains(char::is_whitespace) || value.contains('/') {
        return Err(msg!("roster-code-spaces", value = value.as_str()));
    }
    Ok(value)
}

/// yes/no, true/false, y/n, 1/0 in any case; empty means yes.
pub fn parse_flag(raw: &str) -> Result<bool, Msg> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "yes" | "y" | "true" | "1" => Ok(true),
        "no" | "n" | "false" | "0" => Ok(false),
        other => Err(msg!("roster-flag-invalid", value = other)),
    }
}

fn optional<T>(raw: &str, parse: impl Fn(&str) -> Result<T, Msg>) -> Result<Option<T>, Msg> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        parse(raw).map(Some)
    }
}

impl NewCentre {
    /// Field names are those of the departments file, where centres come from.
    pub fn parse(
        code_text: &str,
        name_text: &str,
        zone_text: &str,
    ) -> Result<NewCentre, Vec<FieldProblem>> {
        let mut p = Problems::default();
        let code = p.check("centre_code", code_text, code("centre_code", code_text));
        let name = p.check(
            "centre_name",
            name_text,
            text("centre_name", name_text, true),
        );
        let time_zone = p.check("time_zone", zone_text, TimeZone::parse(zone_text));
        p.finish(|| {
            Some(NewCentre {
                code: code?,
                name: name?,
                time_zone: time_zone?,
            })
        })
    }
}

impl NewDepartment {
    pub fn parse(f: &DepartmentFields) -> Result<NewDepartment, Vec<FieldProblem>> {
        let mut p = Problems::default();
        let code = p.check("code", &f.code, code("code", &f.code));
        let name = p.check("name", &f.name, text("name", &f.name, true));
        let centre = NewCentre::parse(&f.centre_code, &f.centre_name, &f.time_zone)
            .map_err(|problems| p.0.extend(problems))
            .ok();
        let days = p.check("work_days", &f.work_days, WorkDays::parse(&f.work_days));
        let start = p.check("work_start", &f.work_start, LocalTime::parse(&f.work_start));
        let end = p.check("work_end", &f.work_end, LocalTime::parse(&f.work_end));
        let lunch_start = p.check(
            "lunch_start",
            &f.lunch_start,
            optional(&f.lunch_start, LocalTime::parse),
        );
        let lunch_end = p.check(
            "lunch_end",
            &f.lunch_end,
            optional(&f.lunch_end, LocalTime::parse),
        );
        let hours = match (days, start, end, lunch_start, lunch_end) {
            (Some(days), Some(start), Some(end), Some(ls), Some(le)) => {
                WorkingHours::new(days, start, end, ls, le)
                    .map_err(|(field, message)| {
                        let value = match field {
                            "lunch_start" => &f.lunch_start,
                            "lunch_end" => &f.lunch_end,
                            _ => &f.work_end,
                        };
                        p.0.push(FieldProblem::new(field, value.trim(), message));
                    })
                    .ok()
            }
            _ => None,
        };
        p.finish(|| {
            Some(NewDepartment {
                code: code?,
                name: name?,
                centre: centre?,
                hours: hours?,
            })
        })
    }
}

impl NewStaff {
    /// `default_region` is the country of phone numbers written without `+`.
    pub fn parse(f: &StaffFields, default_region: &str) -> Result<NewStaff, Vec<FieldProblem>> {
        let mut p = Problems::default();
        let employee_no = p.check(
            "employee_no",
            &f.employee_no,
            code("employee_no", &f.employee_no),
        );
        let name = p.check("name", &f.name, text("name", &f.name, true));
        let department_code = p.check(
            "department_code",
            &f.department_code,
            code("department_code", &f.department_code),
        );
        let grade = p.check("grade", &f.grade, text("grade", &f.grade, false));
        let job_title = p.check(
            "job_title",
            &f.job_title,
            text("job_title", &f.job_title, false),
        );
        let phone = p.check(
            "phone",
            &f.phone,
            PhoneNumber::parse(&f.phone, default_region),
        );
        let active = p.check("active", &f.active, parse_flag(&f.active));
        let eligible = p.check("eligible", &f.eligible, parse_flag(&f.eligible));
        let reason = p.check(
            "exclusion_reason",
            &f.exclusion_reason,
            text("exclusion_reason", &f.exclusion_reason, false),
        );
        let reason = reason.map(|r| Some(r).filter(|r| !r.is_empty()));
        if let (Some(true), Some(true), Some(Some(r))) = (active, eligible, &reason) {
            // A reason on someone active and eligible is a half-made
            // exclusion: the person would still be called.
            p.0.push(FieldProblem::new(
                "exclusion_reason",
                r,
                msg!("roster-exclusion-needs-ineligible", value = r.as_str()),
            ));
        }
        p.finish(|| {
            Some(NewStaff {
                employee_no: employee_no?,
                name: name?,
                department_code: department_code?,
                grade: grade?,
                job_title: job_title?,
                phone: phone?,
                active: active?,
                eligible: eligible?,
                exclusion_reason: reason?,
            })
        })
    }

    pub fn employee_no(&self) -> &str {
        &self.employee_no
    }
}

impl NewDepartment {
    pub fn code(&self) -> &str {
        &self.code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff() -> StaffFields {
        StaffFields {
            employee_no: "GR-0413".into(),
            name: " 김민지 ".into(),
            department_code: "GR-CIVIL".into(),
            grade: "8급".into(),
            job_title: "민원 담당".into(),
            phone: "031-550-2114".into(),
            ..StaffFields::default()
        }
    }

    fn fields(problems: Vec<FieldProblem>) -> Vec<String> {
        problems.into_iter().map(|p| p.field).collect()
    }

    #[test]
    fn a_good_staff_row_is_trimmed_and_defaults_to_active_and_eligible() {
        let s = NewStaff::parse(&staff(), "KR").unwrap();
        assert_eq!(s.name, "김민지");
        assert_eq!(s.phone.as_str(), "+82315502114");
        assert!(s.active && s.eligible);
        assert_eq!(s.exclusion_reason, None);
    }

    #[test]
    fn every_bad_field_of_a_staff_row_is_reported() {
        let row = StaffFields {
            employee_no: "GR 0413".into(),
            name: "".into(),
            phone: "010-12".into(),
            active: "maybe".into(),
            ..staff()
        };
        let problems = NewStaff::parse(&row, "KR").unwrap_err();
        assert_eq!(
            fields(problems.clone()),
            ["employee_no", "name", "phone", "active"]
        );
        assert_eq!(problems[2].value, "010-12");
    }

    #[test]
    fn a_nul_or_a_line_break_in_a_name_is_a_problem_of_that_field() {
        let row = StaffFields {
            name: "김\0민지".into(),
            job_title: "민원\n담당".into(),
            ..staff()
        };
        let problems = NewStaff::parse(&row, "KR").unwrap_err();
        assert_eq!(fields(problems.clone()), ["name", "job_title"]);
        assert_eq!(problems[0].message.code(), Some("text-control-line"));
    }

    #[test]
    fn flags_accept_the_usual_spellings() {
        for yes in ["", "yes", "Y", "TRUE", "1", " y "] {
            assert_eq!(parse_flag(yes), Ok(true), "{yes:?}");
        }
        for no in ["no", "N", "false", "0"] {
            assert_eq!(parse_flag(no), Ok(false), "{no:?}");
        }
        assert!(parse_flag("ja").is_err());
    }

    #[test]
    fn an_exclusion_reason_needs_eligible_no() {
        let row = StaffFields {
            exclusion_reason: "운전원".into(),
            ..staff()
        };
        assert_eq!(
            fields(NewStaff::parse(&row, "KR").unwrap_err()),
            ["exclusion_reason"]
        );
        let row = StaffFields {
            eligible: "no".into(),
            ..row
        };
        let s = NewStaff::parse(&row, "KR").unwrap();
        assert_eq!(s.exclusion_reason.as_deref(), Some("운전원"));
    }

    #[test]
    fn a_department_row_names_each_bad_field() {
        let row = DepartmentFields {
            code: "GR-CIVIL".into(),
            name: "민원여권과".into(),
            centre_code: "GURI".into(),
            centre_name: "구리시청".into(),
            time_zone: "Asia/Seol".into(),
            work_days: "mon-fri".into(),
            work_start: "09:00".into(),
            work_end: "18:00".into(),
            lunch_start: "12:00".into(),
            lunch_end: "".into(),
        };
        assert_eq!(
            fields(NewDepartment::parse(&row).unwrap_err()),
            ["time_zone", "lunch_end"]
        );
        let row = DepartmentFields {
            time_zone: "Asia/Seoul".into(),
            ..row
        };
        assert_eq!(
            fields(NewDepartment::parse(&row).unwrap_err()),
            ["lunch_end"]
        );
        let row = DepartmentFields {
            lunch_end: "13:00".into(),
            ..row
        };
        let d = NewDepartment::parse(&row).unwrap();
        assert_eq!(d.hours.days().to_string(), "mon,tue,wed,thu,fri");
    }
}
