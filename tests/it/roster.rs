//! The roster end to end: CSV imports over HTTP that are all or nothing,
//! idempotent re-imports, E.164 phone numbers, names in four scripts, and
//! JSON upserts that name the field at fault.

use civicall::db::{Backend, Db};
use civicall::roster::{self, ImportError, StaffFilter};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::both_backends;
use crate::common::{Options, TestApp, spawn_app};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/roster/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

async fn post_csv(app: &TestApp, path: &str, body: &str) -> (StatusCode, Value) {
    let response = app
        .http
        .post(app.url(path))
        .header("content-type", "text/csv; charset=utf-8")
        .body(body.to_string())
        .send()
        .await
        .expect("request");
    let status = response.status();
    (status, response.json().await.expect("json body"))
}

async fn put_json(app: &TestApp, path: &str, body: Value) -> (StatusCode, Value) {
    let response = app
        .http
        .put(app.url(path))
        .json(&body)
        .send()
        .await
        .expect("request");
    let status = response.status();
    (status, response.json().await.expect("json body"))
}

/// Imports the fixture roster: 8 departments in 3 centres, 21 staff.
async fn import_fixtures(app: &TestApp) {
    let (status, report) = post_csv(
        app,
        "/api/v1/roster/import/departments",
        &fixture("departments.csv"),
    )
    .await;
    assert_eq!(status, 200, "{report}");
    let (status, report) =
        post_csv(app, "/api/v1/roster/import/staff", &fixture("staff.csv")).await;
    assert_eq!(status, 200, "{report}");
}

async fn count(db: &Db, table: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

fn report(created: usize, updated: usize, unchanged: usize) -> Value {
    json!({ "created": created, "updated": updated, "unchanged": unchanged })
}

async fn staff_by_employee_no(app: &TestApp) -> std::collections::HashMap<String, Value> {
    let all = app.get_json("/api/v1/roster/staff").await;
    all.as_array()
        .unwrap()
        .iter()
        .map(|s| (s["employee_no"].as_str().unwrap().to_string(), s.clone()))
        .collect()
}

both_backends! {
    async fn departments_then_staff_import_and_importing_again_changes_nothing(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let departments = fixture("departments.csv");
        let staff = fixture("staff.csv");

        let (status, body) = post_csv(&app, "/api/v1/roster/import/departments", &departments).await;
        assert_eq!((status, body), (StatusCode::OK, report(8, 0, 0)));
        let (status, body) = post_csv(&app, "/api/v1/roster/import/staff", &staff).await;
        assert_eq!((status, body), (StatusCode::OK, report(21, 0, 0)));

        let (_, body) = post_csv(&app, "/api/v1/roster/import/departments", &departments).await;
        assert_eq!(body, report(0, 0, 8));
        let (_, body) = post_csv(&app, "/api/v1/roster/import/staff", &staff).await;
        assert_eq!(body, report(0, 0, 21));

        // One person moved desk and got a new line; a centre was renamed.
        let moved = staff.replace(
            "GR-2015-0388,이준호,GR-CIVIL,8급,민원 접수,031-550-2142",
            "GR-2015-0388,이준호,GR-TAX,8급,지방세 부과,031-550-2219",
        );
        assert_ne!(moved, staff);
        let (_, body) = post_csv(&app, "/api/v1/roster/import/staff", &moved).await;
        assert_eq!(body, report(0, 1, 20));
        let renamed = departments.replace("ЦОН Алмалинского района", "ЦОН Алмалинского р-на");
        let (_, body) = post_csv(&app, "/api/v1/roster/import/departments", &renamed).await;
        assert_eq!(body, report(0, 1, 7), "the first row naming the renamed centre counts");

        let person = &staff_by_employee_no(&app).await["GR-2015-0388"];
        assert_eq!((person["department_code"].as_str(), person["phone"].as_str()), (Some("GR-TAX"), Some("+82 31-***-2219")), "shown masked");
        assert_eq!(count(&app.state.db, "staff").await, 21);

        let centres = app.get_json("/api/v1/roster/centres").await;
        let zones: Vec<(&str, &str)> = centres.as_array().unwrap().iter()
            .map(|c| (c["code"].as_str().unwrap(), c["time_zone"].as_str().unwrap())).collect();
        assert_eq!(zones, [("ALM-PSC", "Asia/Almaty"), ("DT-IPA", "Asia/Ho_Chi_Minh"), ("GURI", "Asia/Seoul")]);
        assert_eq!(centres[0]["name"], "ЦОН Алмалинского р-на, г. Алматы");

        // The planner's view: the Almaty front office works Saturdays without a lunch break.
        let front = roster::list_departments(&app.state.db).await.unwrap()
            .into_iter().find(|d| d.code == "ALM-FRONT").unwrap();
        let schedule = front.schedule();
        assert_eq!(schedule.time_zone, chrono_tz::Asia::Almaty);
        assert_eq!(schedule.work_days.len(), 6);
        assert_eq!(schedule.lunch, None);
        let listed = app.get_json("/api/v1/roster/departments").await;
        let civil = listed.as_array().unwrap().iter().find(|d| d["code"] == "GR-CIVIL").unwrap();
        assert_eq!(civil["work_days"], "mon,tue,wed,thu,fri");
        assert_eq!((civil["lunch_start"].as_str(), civil["lunch_end"].as_str()), (Some("12:00"), Some("13:00")));
    }

    async fn a_staff_file_with_bad_rows_lists_every_one_and_imports_nothing(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        import_fixtures(&app).await;
        let before = roster::list_staff(&app.state.db, &StaffFilter::default()).await.unwrap();

        let (status, body) = post_csv(&app, "/api/v1/roster/import/staff?file=staff_bad.csv", &fixture("staff_bad.csv")).await;
        assert_eq!(status, 422, "{body}");
        let problems: Vec<(i64, &str)> = body["problems"].as_array().unwrap().iter()
            .map(|p| (p["line"].as_i64().unwrap(), p["field"].as_str().unwrap())).collect();
        assert_eq!(problems, [(3, "phone"), (4, "department_code"), (5, "name"), (7, "employee_no"), (8, "active")]);
        assert_eq!(body["problems"][0]["value"], "010-12");
        let error = body["error"].as_str().unwrap();
        assert!(error.contains("staff_bad.csv:3: field \"phone\": \"010-12\" is not a valid phone number for region KR\n"), "{error}");
        assert!(error.contains("staff_bad.csv:7: field \"employee_no\": employee number \"GR-2015-0388\" is already on line 6"), "{error}");
        assert!(error.contains("no department \"GR-PARKS\""), "{error}");
        assert_eq!(error.lines().count(), 5, "{error}");

        // Line 2 was a good change to an existing person; it was not applied either.
        let after = roster::list_staff(&app.state.db, &StaffFilter::default()).await.unwrap();
        assert_eq!(after, before);
        assert_eq!(count(&app.state.db, "staff").await, 21);

        // The same holds for departments: a bad row keeps the good ones out.
        let departments = "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\n\
            GR-PARKS,공원녹지과,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00\n\
            GR-CULTURE,문화체육과,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,12:00\n";
        let (status, body) = post_csv(&app, "/api/v1/roster/import/departments", departments).await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(body["problems"][0]["line"], 3);
        assert_eq!(body["problems"][0]["field"], "lunch_end");
        assert_eq!(count(&app.state.db, "departments").await, 8);
    }

    async fn a_database_failure_part_way_through_an_import_leaves_nothing_behind(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let (status, _) = post_csv(&app, "/api/v1/roster/import/departments", &fixture("departments.csv")).await;
        assert_eq!(status, 200);
        // The database refuses the last row of the file, after 20 rows were written.
        let statements: &[&str] = match backend {
            Backend::Sqlite => &["CREATE TRIGGER refuse_last BEFORE INSERT ON staff \
                WHEN NEW.employee_no = 'DT-0633' BEGIN SELECT RAISE(ABORT, 'disk full'); END"],
            Backend::Postgres => &[
                "CREATE FUNCTION refuse_last() RETURNS trigger AS $$ BEGIN \
                 IF NEW.employee_no = 'DT-0633' THEN RAISE EXCEPTION 'disk full'; END IF; \
                 RETURN NEW; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER refuse_last BEFORE INSERT ON staff \
                 FOR EACH ROW EXECUTE FUNCTION refuse_last()",
            ],
        };
        for sql in statements {
            sqlx::query(*sql).execute(&app.state.db.pool).await.unwrap();
        }
        let (status, body) = post_csv(&app, "/api/v1/roster/import/staff", &fixture("staff.csv")).await;
        assert_eq!(status, 500, "{body}");
        assert_eq!(body["code"], "internal-error", "{body}");
        assert!(!body["error"].as_str().unwrap().contains("disk full"), "database details stay in the log: {body}");
        assert_eq!(count(&app.state.db, "staff").await, 0);
    }

    async fn phone_numbers_are_stored_in_e164(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        import_fixtures(&app).await;
        let stored = |employee_no: &'static str| {
            let db = app.state.db.clone();
            async move {
                sqlx::query_scalar::<_, String>("SELECT phone FROM staff WHERE employee_no = $1")
                    .bind(employee_no)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap()
            }
        };
        assert_eq!(stored("GR-2020-0534").await, "+821023456789", "010-2345-6789 in region KR");
        assert_eq!(stored("GR-2011-0142").await, "+82315502141", "031-550-2141 in region KR");
        assert_eq!(stored("ALM-00812").await, "+77012345678", "+7 701 234 5678 stays Kazakh");
        assert_eq!(stored("DT-0633").await, "+84912345678");
        let staff = staff_by_employee_no(&app).await;
        assert_eq!(staff["ALM-00812"]["phone"], "+7 701 *** 5678", "the API shows numbers masked");
    }

    async fn names_in_four_scripts_round_trip_through_import_and_the_api(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        import_fixtures(&app).await;
        let (status, body) = put_json(&app, "/api/v1/roster/departments/XN-HALL", json!({
            "name": "政务服务大厅", "centre_code": "XINING", "centre_name": "西宁市政务服务中心",
            "time_zone": "Asia/Shanghai", "work_days": "mon-fri", "work_start": "08:30",
            "work_end": "17:30", "lunch_start": "12:00", "lunch_end": "14:00",
        })).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["centre_name"], "西宁市政务服务中心");

        let names = [
            ("KR-1", "GR-CIVIL", "김민지", "여권 발급 담당", "010-9876-5432"),
            ("KZ-1", "ALM-FRONT", "Ерлан Тұрсынов", "Консультант фронт-офиса", "+7 701 765 4321"),
            ("CN-1", "XN-HALL", "王丽娟", "窗口受理员", "+86 971 612 3456"),
            ("VN-1", "DT-1022", "Nguyễn Thị Hồng Nhung", "Tổng đài viên 1022", "+84 277 3851 023"),
        ];
        let mut csv = String::from("employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason\n");
        for (no, dept, name, title, phone) in names {
            csv.push_str(&format!("{no},{name},{dept},,{title},{phone},,,\n"));
        }
        let (status, body) = post_csv(&app, "/api/v1/roster/import/staff", &csv).await;
        assert_eq!((status, body), (StatusCode::OK, report(4, 0, 0)));

        let staff = staff_by_employee_no(&app).await;
        for (no, dept, name, title, _) in names {
            let s = &staff[no];
            assert_eq!((s["name"].as_str(), s["job_title"].as_str(), s["department_code"].as_str()), (Some(name), Some(title), Some(dept)));
            let one = app.get_json(&format!("/api/v1/roster/staff/{}", s["id"])).await;
            assert_eq!(one["name"], name);
        }
        let departments = app.get_json("/api/v1/roster/departments").await;
        let names: Vec<&str> = departments.as_array().unwrap().iter().map(|d| d["name"].as_str().unwrap()).collect();
        for expected in ["민원여권과", "Фронт-офис", "政务服务大厅", "Bộ phận Tiếp nhận và Trả kết quả"] {
            assert!(names.contains(&expected), "{expected} in {names:?}");
        }
    }

    async fn json_upserts_validate_and_name_the_field(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        import_fixtures(&app).await;
        let person = json!({
            "name": "문가은", "department_code": "GR-CIVIL", "grade": "9급",
            "job_title": "민원 접수", "phone": "031-550-2150",
        });
        let with = |field: &str, value: Value| {
            let mut body = person.clone();
            body[field] = value;
            body
        };
        let path = "/api/v1/roster/staff/GR-2022-0701";
        for (body, field) in [
            (with("phone", json!("010-12")), "phone"),
            (with("department_code", json!("GR-PARKS")), "department_code"),
            (with("name", json!("  ")), "name"),
            (with("name", json!("문\u{0}가은")), "name"),
            (with("job_title", json!("민원\n접수")), "job_title"),
            (with("active", json!("maybe")), "active"),
            (with("exclusion_reason", json!("운전원")), "exclusion_reason"),
            (with("employee_no", json!("GR-9999")), "employee_no"),
            (with("nmae", json!("typo")), "body"),
        ] {
            let (status, answer) = put_json(&app, path, body.clone()).await;
            assert_eq!((status, answer["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some(field)), "{body} -> {answer}");
        }
        assert_eq!(count(&app.state.db, "staff").await, 21, "nothing was written");

        let (status, created) = put_json(&app, path, person.clone()).await;
        assert_eq!(status, 200, "{created}");
        assert_eq!((created["phone"].as_str(), created["active"].as_bool(), created["eligible"].as_bool()), (Some("+82 31-***-2150"), Some(true), Some(true)));
        let mut excluded = with("eligible", json!(false));
        excluded["exclusion_reason"] = json!("현장 근무자");
        let (status, updated) = put_json(&app, path, excluded).await;
        assert_eq!(status, 200, "{updated}");
        assert_eq!(updated["id"], created["id"], "the same person, updated");
        let fetched = app.get_json(&format!("/api/v1/roster/staff/{}", created["id"])).await;
        assert_eq!((fetched["eligible"].as_bool(), fetched["exclusion_reason"].as_str()), (Some(false), Some("현장 근무자")));
        // The key PUT takes reads the same person back.
        let by_number = app.get_json(path).await;
        assert_eq!(by_number["id"], created["id"], "{by_number}");

        let (status, answer) = put_json(&app, "/api/v1/roster/departments/GR-PARKS", json!({
            "name": "공원녹지과", "centre_code": "GURI", "centre_name": "구리시청", "time_zone": "Asia/Seoul",
            "work_days": "mon-fri", "work_start": "09:00", "work_end": "18:00", "lunch_start": "12:00",
        })).await;
        assert_eq!((status, answer["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("lunch_end")), "{answer}");
        assert_eq!(count(&app.state.db, "departments").await, 8);

        let missing = app.http.get(app.url("/api/v1/roster/staff/999999")).send().await.unwrap();
        assert_eq!(missing.status(), 404);
        let missing = app.http.get(app.url("/api/v1/roster/staff/NO-SUCH-NUMBER")).send().await.unwrap();
        assert_eq!(missing.status(), 404, "an unknown employee number is not found, not a bad path");
        let json_body = app.http.post(app.url("/api/v1/roster/import/staff")).json(&person).send().await.unwrap();
        assert_eq!(json_body.status(), 415, "an import takes CSV, not JSON");
    }

    async fn a_broken_file_reports_the_same_lines_and_fields_whatever_ends_its_lines(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        import_fixtures(&app).await;
        // A NUL in a name, a blank line, a bad number, a job title broken over
        // two lines inside quotes, a bad flag.
        let staff = "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason\n\
                     GR-9001,한지민,GR-CIVIL,9급,민원,031-550-2199,,,\n\
                     GR-9002,한\0수,GR-CIVIL,9급,민원,031-550-2198,,,\n\
                     \n\
                     GR-9003,이수아,GR-CIVIL,9급,민원,010-12,,,\n\
                     GR-9004,박도윤,GR-CIVIL,9급,\"민원\n담당\",031-550-2197,,,\n\
                     GR-9005,최하은,GR-CIVIL,9급,민원,031-550-2196,maybe,,\n";
        let absences = "employee_no,first_day,last_day,kind,note\n\
                        GR-2011-0142,2026-11-03,,leave,annual\0leave\n\
                        \n\
                        NOBODY,2026-11-04,,sick,\n";
        let found = |body: &Value| -> Vec<(i64, String, String)> {
            body["problems"].as_array().unwrap().iter()
                .map(|p| (p["line"].as_i64().unwrap(), p["field"].as_str().unwrap().to_string(), p["code"].as_str().unwrap().to_string()))
                .collect()
        };
        let expected = |list: &[(i64, &str, &str)]| -> Vec<(i64, String, String)> {
            list.iter().map(|(l, f, c)| (*l, f.to_string(), c.to_string())).collect()
        };
        for end in ["\n", "\r\n", "\r"] {
            let (status, body) = post_csv(&app, "/api/v1/roster/import/staff", &staff.replace('\n', end)).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{end:?}: {body}");
            assert_eq!(found(&body), expected(&[
                (3, "name", "text-control-line"),
                (5, "phone", "roster-phone-invalid-in-region"),
                (6, "job_title", "text-control-line"),
                (8, "active", "roster-flag-invalid"),
            ]), "{end:?}: {body}");
            let (status, body) = app.import_csv("absences", &absences.replace('\n', end)).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{end:?}: {body}");
            assert_eq!(found(&body), expected(&[
                (2, "note", "text-control-line"),
                (4, "employee_no", "absence-unknown-staff"),
            ]), "{end:?}: {body}");
        }
        assert_eq!(count(&app.state.db, "staff").await, 21, "nothing was written");
        assert_eq!(count(&app.state.db, "staff_absences").await, 0, "nothing was written");
    }

    async fn staff_can_be_listed_by_department_grade_and_eligibility(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        import_fixtures(&app).await;
        let numbers = |list: Value| -> Vec<String> {
            list.as_array().unwrap().iter().map(|s| s["employee_no"].as_str().unwrap().to_string()).collect()
        };
        let excluded = numbers(app.get_json("/api/v1/roster/staff?eligible=false").await);
        assert_eq!(excluded, ["ALM-01107", "GR-2005-0019", "GR-2010-0098", "GR-2014-0233", "GR-2018-0455"]);
        let callable = numbers(app.get_json("/api/v1/roster/staff?eligible=true&active=true").await);
        assert_eq!(callable.len(), 15, "21 staff, 5 excluded, 1 on leave");
        assert!(!callable.iter().any(|n| excluded.contains(n) || n == "GR-2021-0610"));
        let juniors = numbers(app.get_json("/api/v1/roster/staff?department=GR-CIVIL,GR-TAX&grade=9급").await);
        assert_eq!(juniors, ["GR-2019-0413", "GR-2020-0534"]);
        let bad = app.http.get(app.url("/api/v1/roster/staff?eligible=perhaps")).send().await.unwrap();
        assert_eq!(bad.status(), 422);
    }

    async fn staff_may_name_departments_from_the_same_two_file_import(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let db = &app.state.db;
        let departments = fixture("departments.csv");
        let staff = fixture("staff.csv");
        let report = roster::import_roster_csv(db, &app.state.clock, departments.as_bytes(), "departments.csv", staff.as_bytes(), "staff.csv", "KR")
            .await
            .unwrap();
        assert_eq!((report.departments.created, report.staff.created), (8, 21));

        // A problem in the departments file keeps the staff file out too.
        let broken = departments.replace("Asia/Ho_Chi_Minh", "Asia/Saigon_City");
        let more_staff = format!("{staff}DT-0700,Phạm Thu Trang,DT-PVHC,Cán sự,Tiếp nhận hồ sơ,+84 277 3851 102,,,\n");
        let err = roster::import_roster_csv(db, &app.state.clock, broken.as_bytes(), "departments.csv", more_staff.as_bytes(), "staff.csv", "KR")
            .await
            .unwrap_err();
        let ImportError::Rejected { source, problems } = &err else { panic!("{err}") };
        assert_eq!(source, "departments.csv");
        assert_eq!(problems.iter().map(|p| p.line).collect::<Vec<_>>(), [8, 9]);
        assert_eq!(count(db, "staff").await, 21);
    }
}

/// Absences: calls planned on a day away move, an evaluation already made
/// on such a day is voided with its reason and replaced, and the scorecard
/// lists it as voided.
mod absences {
    use super::*;
    use crate::common::{TravelClock, utc};

    fn demo_config(c: &mut civicall::config::Config) {
        civicall::demo::callbacks::configure(c);
    }

    both_backends! {
        async fn an_absence_moves_planned_calls_voids_an_evaluation_made_that_day_and_the_scorecard_says_why(backend: Backend) {
            let clock = TravelClock::at(utc("2026-09-02T03:00:00Z"));
            let app = spawn_app(backend, Options { clock: Some(clock), tweak: demo_config, lines: civicall::demo::lines(), ..Options::default() }).await;
            civicall::demo::seed(&app.state).await.unwrap();
            let db = &app.state.db.pool;

            // A September campaign for the civil-affairs desk: someone's planned call.
            let (status, created) = app.post_json("/api/v1/campaigns", &json!({
                "name": "September check", "scripts": ["passport-reissue-ko"], "departments": ["GR-CIVIL"],
                "start_date": "2026-09-07", "end_date": "2026-09-30", "calls_per_staff": 2, "seed": 11
            })).await;
            assert_eq!(status, 201, "{created}");
            let campaign = created["campaign"]["id"].as_i64().unwrap();
            let (planned_staff, planned_day, employee): (i64, String, String) = sqlx::query_as(
                "SELECT c.staff_id, c.local_date, s.employee_no FROM calls c JOIN staff s ON s.id = c.staff_id \
                 WHERE c.campaign_id = $1 ORDER BY c.due_at LIMIT 1").bind(campaign).fetch_one(db).await.unwrap();

            // An August evaluation of someone in Almaty, made on a day they will turn out to have been away.
            let (evaluated_staff, evaluated_day, evaluation, evaluated_no): (i64, String, i64, String) = sqlx::query_as(
                "SELECT e.staff_id, e.local_date, e.id, s.employee_no FROM evaluations e JOIN staff s ON s.id = e.staff_id \
                 WHERE e.state = 'final' AND s.employee_no LIKE 'KZ-%' AND e.local_date LIKE '2026-08-%' ORDER BY e.id LIMIT 1")
                .fetch_one(db).await.unwrap();
            // The demo's history calls belong to no campaign; this one is taken
            // as part of the September campaign, so its replacement has a period to go to.
            sqlx::query("UPDATE calls SET campaign_id = $1 WHERE id = (SELECT call_id FROM evaluations WHERE id = $2)")
                .bind(campaign).bind(evaluation).execute(db).await.unwrap();
            let august = format!("/api/v1/results/staff/{evaluated_staff}?month=2026-08");
            let before = app.get_json(&august).await;
            let n_before = before["total"]["n"].as_i64().unwrap();

            // A file with a bad row is refused whole.
            let bad = format!("employee_no,first_day,last_day,kind,note\n{employee},{planned_day},{planned_day},leave,\nNOBODY,2026-09-01,,sick,\n");
            let (status, refused) = app.import_csv("absences", &bad).await;
            assert_eq!(status, 422, "{refused}");
            assert_eq!(refused["problems"][0]["line"], 3, "{refused}");
            let stored: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff_absences").fetch_one(db).await.unwrap();
            assert_eq!(stored.0, 0, "nothing half-written");

            let calls_of = |staff: i64| async move {
                sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM calls WHERE staff_id = $1").bind(staff).fetch_one(db).await.unwrap().0
            };
            let calls_before = calls_of(evaluated_staff).await;
            let good = format!(
                "employee_no,first_day,last_day,kind,note\n{employee},{planned_day},{planned_day},leave,annual leave\n{evaluated_no},{evaluated_day},,sick,\n"
            );
            let (status, report) = app.import_csv("absences", &good).await;
            assert_eq!(status, 200, "{report}");
            assert_eq!((report["created"].as_i64(), report["evaluations_voided"].as_i64(), report["replacements"].as_i64()), (Some(2), Some(1), Some(1)), "{report}");
            assert!(report["calls_moved"].as_i64().unwrap() >= 1, "{report}");

            // Nobody is called on a day they are away.
            let on_leave: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM calls WHERE staff_id = $1 AND local_date = $2 AND state = 'scheduled'")
                .bind(planned_staff).bind(&planned_day).fetch_one(db).await.unwrap();
            assert_eq!(on_leave.0, 0, "the planned call moved off {planned_day}");
            let still_two: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM calls WHERE staff_id = $1 AND campaign_id = $2 AND state = 'scheduled'")
                .bind(planned_staff).bind(campaign).fetch_one(db).await.unwrap();
            assert_eq!(still_two.0, 2, "moved, not dropped");

            // The evaluation is void, kept, and counted nowhere; a replacement call exists.
            let (state, reason): (String, Option<String>) = sqlx::query_as("SELECT state, void_reason FROM evaluations WHERE id = $1").bind(evaluation).fetch_one(db).await.unwrap();
            assert_eq!(state, "void");
            assert_eq!(reason.as_deref(), Some(format!("absence:sick:{evaluated_day}:{evaluated_day}").as_str()));
            assert_eq!(calls_of(evaluated_staff).await, calls_before + 1, "a replacement call for the voided one");
            let planned: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM calls WHERE staff_id = $1 AND campaign_id = $2 AND state = 'scheduled' AND local_date >= '2026-09-07'")
                .bind(evaluated_staff).bind(campaign).fetch_one(db).await.unwrap();
            assert_eq!(planned.0, 1, "the replacement is planned inside the campaign's period");
            let after = app.get_json(&august).await;
            assert_eq!(after["total"]["n"].as_i64().unwrap(), n_before - 1, "the voided evaluation counts nowhere");
            let voided = after["voided"].as_array().unwrap();
            assert_eq!(voided.len(), 1, "{after}");
            assert_eq!(voided[0]["evaluation_id"], evaluation);

            // The scorecard page says why, in the reader's words.
            let page = app.http.get(app.url(&format!("/results/staff/{evaluated_staff}?month=2026-08"))).send().await.unwrap().text().await.unwrap();
            let english = civicall::i18n::Lang::english();
            assert!(page.contains(&english.t("scorecard-voided-heading")), "the scorecard lists voided evaluations");
            assert!(page.contains(&english.t("absence-kind-sick")));

            // Importing the same file again changes nothing.
            let (status, again) = app.import_csv("absences", &good).await;
            assert_eq!(status, 200);
            assert_eq!((again["created"].as_i64(), again["unchanged"].as_i64(), again["evaluations_voided"].as_i64()), (Some(0), Some(2), Some(0)), "{again}");
            crate::common::assert_month_sums_match(&app).await;
        }
    }
}
