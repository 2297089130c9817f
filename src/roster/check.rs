//! Checking a roster file row by row before anything is written: every
//! field of every row, codes repeated within the file, centres described two
//! ways, and staff naming departments that will not exist.

use std::collections::HashMap;
use std::io::Read;

use super::csv_table::{RowProblem, read_rows};
use super::files::{DEPARTMENT_COLUMNS, ImportError, STAFF_COLUMNS};
use super::input::{DepartmentFields, FieldProblem, NewDepartment, NewStaff, StaffFields};
use super::save::unknown_department;
use crate::msg;

/// Problems in the order of the file, and within a line in column order,
/// so the list reads like the file does.
fn rejected(source: &str, mut problems: Vec<RowProblem>, columns: &[&str]) -> ImportError {
    let column = |p: &RowProblem| columns.iter().position(|c| *c == p.field);
    problems.sort_by_key(|p| (p.line, column(p)));
    ImportError::Rejected {
        source: source.into(),
        problems,
    }
}

fn field_problems(line: usize, problems: Vec<FieldProblem>) -> impl Iterator<Item = RowProblem> {
    problems
        .into_iter()
        .map(move |p| RowProblem::new(line, &p.field, &p.value, p.message))
}

/// Parses a departments file. Codes repeated in the file, and a centre given
/// different names or time zones on different rows, are errors on the later
/// row: the file would otherwise mean two things at once.
pub(super) fn check_departments(
    reader: impl Read,
    source: &str,
) -> Result<Vec<NewDepartment>, ImportError> {
    let mut problems = Vec::new();
    let rows = read_rows(reader, DEPARTMENT_COLUMNS, &mut problems);
    let mut parsed = Vec::with_capacity(rows.len());
    let mut codes: HashMap<String, usize> = HashMap::new();
    let mut centres: HashMap<String, (usize, String, String)> = HashMap::new();
    for row in rows {
        let line = row.line;
        // `read_rows` gives the values in DEPARTMENT_COLUMNS order.
        let [
            code,
            name,
            centre_code,
            centre_name,
            time_zone,
            work_days,
            work_start,
            work_end,
            lunch_start,
            lunch_end,
        ] = <[String; 10]>::try_from(row.values).expect("one value per department column");
        if let Some(first) = codes.get(&code) {
            let message = msg!(
                "roster-department-repeated",
                code = code.as_str(),
                first = first.to_string()
            );
            problems.push(RowProblem::new(line, "code", &code, message));
        } else if !code.is_empty() {
            codes.insert(code.clone(), line);
        }
        match centres.get(&centre_code) {
            Some((first, first_name, _)) if *first_name != centre_name => {
                let message = msg!(
                    "roster-centre-other-name",
                    centre = centre_code.as_str(),
                    name = first_name.as_str(),
                    first = first.to_string()
                );
                problems.push(RowProblem::new(line, "centre_name", &centre_name, message));
            }
            Some((first, _, first_zone)) if *first_zone != time_zone => {
                let message = msg!(
                    "roster-centre-other-zone",
                    centre = centre_code.as_str(),
                    zone = first_zone.as_str(),
                    first = first.to_string()
                );
                problems.push(RowProblem::new(line, "time_zone", &time_zone, message));
            }
            Some(_) => {}
            None if centre_code.is_empty() => {}
            None => {
                centres.insert(
                    centre_code.clone(),
                    (line, centre_name.clone(), time_zone.clone()),
                );
            }
        }
        let fields = DepartmentFields {
            code,
            name,
            centre_code,
            centre_name,
            time_zone,
            work_days,
            work_start,
            work_end,
            lunch_start,
            lunch_end,
        };
        match NewDepartment::parse(&fields) {
            Ok(d) => parsed.push(d),
            Err(found) => problems.extend(field_problems(line, found)),
        }
    }
    if problems.is_empty() {
        Ok(parsed)
    } else {
        Err(rejected(source, problems, DEPARTMENT_COLUMNS))
    }
}

/// Parses a staff file against the department codes that will exist.
/// Repeated employee numbers are errors on the later row.
pub(super) fn check_staff(
    reader: impl Read,
    source: &str,
    default_region: &str,
    departments: &[String],
) -> Result<Vec<NewStaff>, ImportError> {
    let known: Vec<&str> = departments.iter().map(String::as_str).collect();
    let mut problems = Vec::new();
    let rows = read_rows(reader, STAFF_COLUMNS, &mut problems);
    let mut parsed = Vec::with_capacity(rows.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in rows {
        let line = row.line;
        // `read_rows` gives the values in STAFF_COLUMNS order.
        let [
            employee_no,
            name,
            department_code,
            grade,
            job_title,
            phone,
            active,
            eligible,
            exclusion_reason,
        ] = <[String; 9]>::try_from(row.values).expect("one value per staff column");
        if let Some(first) = seen.get(&employee_no) {
            let message = msg!(
                "roster-employee-repeated",
                value = employee_no.as_str(),
                first = first.to_string()
            );
            problems.push(RowProblem::new(line, "employee_no", &employee_no, message));
        } else if !employee_no.is_empty() {
            seen.insert(employee_no.clone(), line);
        }
        let fields = StaffFields {
            employee_no,
            name,
            department_code,
            grade,
            job_title,
            phone,
            active,
            eligible,
            exclusion_reason,
        };
        let result = NewStaff::parse(&fields, default_region);
        let code_parsed = match &result {
            Ok(_) => true,
            Err(found) => !found.iter().any(|p| p.field == "department_code"),
        };
        if code_parsed && !known.contains(&fields.department_code.as_str()) {
            let p = unknown_department(&fields.department_code, &known);
            problems.push(RowProblem::new(line, &p.field, &p.value, p.message));
        }
        match result {
            Ok(s) => parsed.push(s),
            Err(found) => problems.extend(field_problems(line, found)),
        }
    }
    if problems.is_empty() {
        Ok(parsed)
    } else {
        Err(rejected(source, problems, STAFF_COLUMNS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason\n";

    fn problems(csv: &str, known: &[&str]) -> Vec<(usize, String)> {
        let known: Vec<String> = known.iter().map(|s| s.to_string()).collect();
        match check_staff(csv.as_bytes(), "staff.csv", "KR", &known) {
            Ok(_) => Vec::new(),
            Err(ImportError::Rejected { problems, .. }) => {
                problems.into_iter().map(|p| (p.line, p.field)).collect()
            }
            Err(other) => panic!("{other}"),
        }
    }

    #[test]
    fn every_bad_staff_row_is_listed_by_line_and_field() {
        let csv = format!(
            "{HEADER}\
             GR-1,김민지,GR-CIVIL,8급,민원,031-550-2114,,,\n\
             GR-2,이준호,GR-NOPE,7급,민원,031-550-2115,,,\n\
             GR-1,박서연,GR-CIVIL,9급,민원,031-550-2116,,,\n\
             GR-3,,gr-civil,9급,민원,010-12,maybe,,\n"
        );
        assert_eq!(
            problems(&csv, &["GR-CIVIL"]),
            [
                (3, "department_code".to_string()),
                (4, "employee_no".to_string()),
                (5, "name".to_string()),
                (5, "department_code".to_string()),
                (5, "phone".to_string()),
                (5, "active".to_string()),
            ]
        );
    }

    #[test]
    fn the_error_lists_one_problem_per_line_with_file_and_line() {
        let csv = format!("{HEADER}GR-1,김민지,GR-CIVIL,8급,민원,010-12,,,\n");
        let err = check_staff(csv.as_bytes(), "staff.csv", "KR", &["GR-CIVIL".into()]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "staff.csv:2: field \"phone\": \"010-12\" is not a valid phone number for region KR"
        );
    }

    #[test]
    fn a_centre_with_two_names_is_an_error_on_the_later_row() {
        let csv = "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\n\
                   A,민원과,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00\n\
                   B,세무과,GURI,구리 시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00\n\
                   A,복지과,GURI,구리시청,Asia/Tokyo,mon-fri,09:00,18:00,,\n";
        let Err(ImportError::Rejected { problems, .. }) =
            check_departments(csv.as_bytes(), "d.csv")
        else {
            panic!("should be rejected");
        };
        let got: Vec<(usize, &str)> = problems
            .iter()
            .map(|p| (p.line, p.field.as_str()))
            .collect();
        assert_eq!(got, [(3, "centre_name"), (4, "code"), (4, "time_zone")]);
        assert!(
            problems[0]
                .message
                .to_string()
                .contains("named \"구리시청\" on line 2"),
            "{problems:?}"
        );
    }
}
