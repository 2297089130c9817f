//! Customer-care callbacks end to end: visits in, the daily draw, the
//! operator desk with bridged recorded calls, retries, do-not-call, and
//! calling hours kept over a simulated month in two time zones.

use std::sync::Arc;

use chrono::{DateTime, Datelike, Duration, NaiveTime, Timelike, Utc, Weekday};
use civicall::auth::Role;
use civicall::config::{CallbackCentre, Config};
use civicall::telephony::sandbox::profile::LineProfile;
use serde_json::{Value, json};

use crate::both_backends;
use crate::common::{Browser, Options, PASSWORD, TestApp, TravelClock, line, spawn_app, utc};

const DEPARTMENTS: &str = "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end
DT-LAND,Đất đai,DT,Trung tâm Phục vụ hành chính công Đồng Tháp,Asia/Ho_Chi_Minh,mon-fri,07:30,17:00,11:30,13:00
DT-CIVIL,Hộ tịch,DT,Trung tâm Phục vụ hành chính công Đồng Tháp,Asia/Ho_Chi_Minh,mon-fri,07:30,17:00,11:30,13:00
ALA-DOCS,Документы,ALA,ЦОН Алматы,Asia/Almaty,mon-sat,09:00,18:00,13:00,14:00
";

const STAFF: &str =
    "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason
DT-01,Nguyễn Thị Hoa,DT-LAND,Chuyên viên,Tiếp nhận hồ sơ,+84913385001,yes,yes,
DT-02,Trần Văn Minh,DT-CIVIL,Chuyên viên,Hộ tịch,+84913385002,yes,yes,
ALA-01,Айгерим Нурланова,ALA-DOCS,Специалист,Документы,+77273002001,yes,yes,
";

fn callbacks_config(c: &mut Config) {
    // Operators stay signed in through a simulated month.
    c.auth.session_lifetime_hours = 24 * 40;
    c.callbacks.count_min = 2;
    c.callbacks.count_max = 2;
    c.callbacks.draw_at = "08:00".into();
    c.callbacks.retry_gap_minutes = 60;
    c.callbacks.centres = vec![
        CallbackCentre {
            code: "DT".into(),
            days: Some("mon-sat".into()),
            start: Some("08:00".into()),
            end: Some("11:00".into()),
            holidays: vec![],
            region: Some("VN".into()),
        },
        CallbackCentre {
            code: "ALA".into(),
            days: Some("mon-fri".into()),
            start: Some("14:00".into()),
            end: Some("20:30".into()),
            holidays: vec![],
            region: Some("KZ".into()),
        },
    ];
}

pub(crate) async fn seed_roster(app: &TestApp) {
    let (status, body) = app.import_csv("departments", DEPARTMENTS).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = app.import_csv("staff", STAFF).await;
    assert_eq!(status, 200, "{body}");
}

/// CSV for `n` visits per centre on `day`, numbers +8491230xxxx / +7701230xxxx.
pub(crate) fn visits_csv(day: &str, n: usize, first: usize) -> String {
    let mut csv = String::from(
        "external_id,centre_code,visited_at,citizen_name,phone,service,life_situation,department_code,employee_no,channel,consented\n",
    );
    for i in first..first + n {
        csv.push_str(&format!("DT-{day}-{i},DT,{day} 09:{:02},Công dân {i},091230{i:04},Cấp giấy chứng nhận quyền sử dụng đất,Đất đai,DT-LAND,DT-01,counter,yes\n", i % 60));
        csv.push_str(&format!("ALA-{day}-{i},ALA,{day} 10:{:02},Гражданин {i},+7701230{i:04},Регистрация по месту жительства,,ALA-DOCS,ALA-01,counter,yes\n", i % 60));
    }
    csv
}

pub(crate) async fn import_visits(app: &TestApp, csv: &str) -> (u16, Value) {
    let r = app
        .http
        .post(app.url("/api/v1/visits/import"))
        .header("Content-Type", "text/csv")
        .body(csv.to_string())
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let body = r.json().await.unwrap_or(Value::Null);
    if status == 422 {
        eprintln!("import refused: {body}");
    }
    (status, body)
}

/// An operator of `centre`, signed in, with a line the sandbox answers.
async fn operator(app: &TestApp, name: &str, centre: &str, phone: &str) -> Browser {
    let user = app.user(name, &[Role::Operator], None).await;
    let centres = app.get_json("/api/v1/roster/centres").await;
    let centre_id = centres
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == centre)
        .unwrap()["id"]
        .as_i64();
    civicall::auth::set_operator_line(&app.state.db, user.id, Some(phone), centre_id, 0)
        .await
        .unwrap();
    let (status, browser) = app.sign_in(name, PASSWORD).await;
    assert_eq!(status, 303);
    browser
}

async fn post(app: &TestApp, b: &Browser, path: &str, body: Value) -> (u16, Value) {
    let r = b
        .http
        .post(app.url(path))
        .header("X-CSRF-Token", &b.csrf)
        .json(&body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

pub(crate) async fn run_draws(app: &TestApp) -> usize {
    civicall::callbacks::draw::run_due(
        &app.state.db,
        &app.state.config.callbacks,
        app.state.clock.now(),
    )
    .await
    .unwrap()
}

pub(crate) fn app_options(clock: Arc<TravelClock>) -> Options {
    Options {
        clock: Some(clock),
        tweak: callbacks_config,
        lines: vec![
            line("+8491230", LineProfile::answers_after(3.0)),
            line("+7701230", LineProfile::answers_after(3.0)),
            line("+8490000", LineProfile::answers_after(2.0)),
            line("+7700000", LineProfile::answers_after(2.0)),
        ],
        ..Options::default()
    }
}

both_backends! {
    async fn visits_import_all_or_nothing_and_idempotently(backend: Backend) {
        let app = spawn_app(backend, Options { tweak: callbacks_config, ..Options::default() }).await;
        seed_roster(&app).await;
        let csv = visits_csv("2026-09-01", 3, 0);
        let (status, report) = import_visits(&app, &csv).await;
        assert_eq!((status, report["created"].as_i64()), (200, Some(6)), "{report}");
        let (_, again) = import_visits(&app, &csv).await;
        assert_eq!(again["unchanged"], 6, "importing again changes nothing");

        let bad = "external_id,centre_code,visited_at,citizen_name,phone,service,life_situation,department_code,employee_no,channel,consented
V-1,DT,2026-09-01 09:00,An,0912300001,Hộ tịch,,DT-CIVIL,,counter,yes
V-2,NOWHERE,2026-09-01 09:00,Bình,0912300002,Hộ tịch,,,,counter,yes
V-3,DT,yesterday,Chi,09-12,Hộ tịch,,,,fax,maybe
";
        let (status, body) = import_visits(&app, bad).await;
        assert_eq!(status, 422, "{body}");
        let problems: Vec<(i64, String)> = body["problems"].as_array().unwrap().iter().map(|p| (p["line"].as_i64().unwrap(), p["field"].as_str().unwrap().to_string())).collect();
        for expected in [(3, "centre_code"), (4, "visited_at"), (4, "phone"), (4, "channel"), (4, "consented")] {
            assert!(problems.contains(&(expected.0, expected.1.to_string())), "{expected:?} in {problems:?}");
        }
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM service_visits").fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(count, 6, "the good row of a bad file was not imported either");

        // The queue system pushes JSON with a token of its own; its numbers are stored in E.164.
        let (_, secret) = civicall::auth::tokens::create(&app.state.db, "queue system", &civicall::auth::Roles(vec![Role::Intake]), 30, None, app.state.clock.now_ms()).await.unwrap();
        let qms = crate::common::client(Some(&secret));
        let pushed = qms.post(app.url("/api/v1/visits")).json(&json!([{ "external_id": "Q-1", "centre_code": "DT", "visited_at": "2026-09-01T09:30:00+07:00",
            "phone": "0912 300 099", "service": "Hộ tịch", "channel": "online", "consented": "yes" }])).send().await.unwrap();
        let status = pushed.status();
        assert_eq!(status, 200, "{}", pushed.text().await.unwrap());
        let phone: String = sqlx::query_scalar("SELECT phone FROM service_visits WHERE external_id = 'Q-1'").fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(phone, "+84912300099");
        // Consent is never assumed: an empty field stores "no", and the citizen is never drawn.
        let pushed = qms.post(app.url("/api/v1/visits")).json(&json!([{ "external_id": "Q-2", "centre_code": "DT", "visited_at": "2026-09-01T09:40:00+07:00",
            "phone": "0912 300 098", "service": "Hộ tịch", "channel": "online", "consented": "" }])).send().await.unwrap();
        assert_eq!(pushed.status(), 200);
        let consented: i64 = sqlx::query_scalar("SELECT consented FROM service_visits WHERE external_id = 'Q-2'").fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(consented, 0, "an empty consent is no consent");
        assert_eq!(qms.get(app.url("/api/v1/calls")).send().await.unwrap().status(), 403, "the intake token can do nothing else");
    }

    async fn the_draw_takes_only_eligible_visits_and_explains_itself(backend: Backend) {
        let clock = TravelClock::at(utc("2026-09-01T00:00:00Z"));
        let app = spawn_app(backend, app_options(clock.clone())).await;
        seed_roster(&app).await;
        assert_eq!(import_visits(&app, &visits_csv("2026-08-31", 4, 0)).await.0, 200);
        // One without consent, one without a number, one on the do-not-call list, one too old.
        sqlx::query("UPDATE service_visits SET consented = 0 WHERE external_id = 'DT-2026-08-31-0'").execute(&app.state.db.pool).await.unwrap();
        sqlx::query("UPDATE service_visits SET phone = NULL WHERE external_id = 'DT-2026-08-31-1'").execute(&app.state.db.pool).await.unwrap();
        sqlx::query("INSERT INTO do_not_call (phone, reason, added_by, added_at) VALUES ('+84912300002', 'asked', 'test', 0)").execute(&app.state.db.pool).await.unwrap();
        assert_eq!(import_visits(&app, &visits_csv("2026-08-01", 1, 50)).await.0, 200);

        // 08:00 in Đồng Tháp is 01:00 UTC: before it nothing is drawn.
        clock.jump_to(utc("2026-09-01T00:30:00Z"));
        assert_eq!(run_draws(&app).await, 0);
        clock.jump_to(utc("2026-09-01T01:05:00Z"));
        assert_eq!(run_draws(&app).await, 1, "Đồng Tháp's draw (Almaty's 08:00 is later)");
        assert_eq!(run_draws(&app).await, 0, "a day's draw runs once");

        let draw = app.get_json("/api/v1/callbacks/draws?centre=DT&day=2026-09-01").await;
        assert_eq!(draw["target"], 2);
        let drawn: Vec<String> = draw["drawn"].as_array().unwrap().iter().map(|d| d["external_id"].as_str().unwrap().to_string()).collect();
        assert_eq!(drawn.len(), 1, "only one visit was eligible: {draw}");
        assert_eq!(drawn[0], "DT-2026-08-31-3");
        let reasons: Vec<&str> = draw["excluded"].as_array().unwrap().iter().map(|e| e["why"]["reason"].as_str().unwrap()).collect();
        for reason in ["no_consent", "invalid_number", "do_not_call"] {
            assert!(reasons.contains(&reason), "{reason} in {reasons:?}");
        }
        assert!(draw["drawn"][0]["phone"].as_str().unwrap().contains('*'), "numbers are masked in the explanation");
        assert!(draw["seed"].as_str().unwrap().len() == 16);
    }

    async fn a_missed_day_is_drawn_once_when_the_service_comes_back(backend: Backend) {
        let clock = TravelClock::at(utc("2026-09-01T02:00:00Z"));
        let app = spawn_app(backend, app_options(clock.clone())).await;
        seed_roster(&app).await;
        assert_eq!(import_visits(&app, &visits_csv("2026-08-31", 6, 0)).await.0, 200);
        assert_eq!(run_draws(&app).await, 1, "1 September, Đồng Tháp");
        // The service is down on the 2nd and comes back on the 3rd at noon.
        clock.jump_to(utc("2026-09-03T05:00:00Z"));
        // Đồng Tháp's 2nd and 3rd; Almaty had never drawn (its 08:00 had not come on the 1st), so it starts on the 3rd.
        assert_eq!(run_draws(&app).await, 3);
        assert_eq!(run_draws(&app).await, 0);
        let days: Vec<String> = sqlx::query_scalar("SELECT day FROM callback_draws WHERE centre_id = (SELECT id FROM centres WHERE code = 'DT') ORDER BY day").fetch_all(&app.state.db.pool).await.unwrap();
        assert_eq!(days, ["2026-09-01", "2026-09-02", "2026-09-03"]);
        // Two instances racing for the same day still make one draw.
        clock.jump_to(utc("2026-09-04T05:00:00Z"));
        let (a, b) = tokio::join!(run_draws(&app), run_draws(&app));
        assert_eq!(a + b, 2, "one draw per centre for the 4th");
    }

    async fn a_bridged_call_records_both_sides_and_the_outcome_is_linked_to_the_visit(backend: Backend) {
        let clock = TravelClock::at(utc("2026-09-01T00:50:00Z"));
        let app = spawn_app(backend, app_options(clock.clone())).await;
        seed_roster(&app).await;
        assert_eq!(import_visits(&app, &visits_csv("2026-08-31", 2, 0)).await.0, 200);
        // Seeded before the 08:30 draw, so the app's own draw worker cannot draw
        // the day ahead of the visits; then on to 08:30.
        clock.jump_to(utc("2026-09-01T01:30:00Z"));
        run_draws(&app).await;
        let op = operator(&app, "hoa", "DT", "+84900000001").await;
        let today = op.http.get(app.url("/api/v1/callbacks/today")).send().await.unwrap().json::<Value>().await.unwrap();
        assert_eq!(today.as_array().unwrap().len(), 2);
        assert!(today[0]["phone"].as_str().unwrap().contains('*'), "masked in the list");
        let id = today[0]["id"].as_i64().unwrap();
        assert_eq!(today[0]["held_by_me"], false, "flags are booleans: {today}");
        assert!(chrono::DateTime::parse_from_rfc3339(today[0]["next_attempt_at"].as_str().unwrap()).is_ok(), "times are RFC 3339: {today}");
        assert_eq!(op.http.get(app.url(&format!("/api/v1/callbacks/{id}"))).send().await.unwrap().status(), 404, "not held, not shown");
        let (status, held) = post(&app, &op, &format!("/api/v1/callbacks/{id}/take"), json!({})).await;
        assert_eq!(status, 200, "{held}");
        assert!(held["visited_at"].as_str().unwrap().ends_with("+07:00"), "in the centre's own offset: {held}");
        assert!(chrono::DateTime::parse_from_rfc3339(held["lease_until"].as_str().unwrap()).is_ok(), "{held}");
        assert!(held["phone"].as_str().unwrap().starts_with("+849123"), "in full while held: {held}");
        let (status, placed) = post(&app, &op, &format!("/api/v1/callbacks/{id}/call"), json!({})).await;
        assert_eq!(status, 201, "{placed}");
        let call_id = placed["call_id"].as_i64().unwrap();
        let call = app.finished_call(call_id).await;
        let rec = &call["recordings"][0];
        assert_eq!((rec["state"].as_str(), rec["channels"].as_i64(), rec["source"].as_str()), (Some("available"), Some(2), Some("DialVerb")), "{call}");
        let (status, body) = post(&app, &op, &format!("/api/v1/callbacks/{id}/outcome"), json!({
            "outcome": "reached", "satisfaction_staff": 5, "satisfaction_process": 4, "satisfaction_overall": 5,
            "comments": "Chị Hoa hướng dẫn rất tận tình", "suggestions": "Thêm ghế ngồi chờ", "category": "praise", "call_id": call_id,
        })).await;
        assert_eq!((status, body["state"].as_str()), (200, Some("closed")), "{body}");
        let linked: (i64, i64, String) = sqlx::query_as("SELECT a.call_id, c.visit_id, v.external_id FROM callback_attempts a JOIN callbacks c ON c.id = a.callback_id JOIN service_visits v ON v.id = c.visit_id WHERE a.callback_id = $1")
            .bind(id).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(linked.0, call_id);
        assert!(linked.2.starts_with("DT-2026-08-31"));
        let viewed = app.get_json("/api/v1/audit?action=citizen_phone_viewed").await;
        assert!(!viewed.as_array().unwrap().is_empty() && !viewed.to_string().contains("912300"), "audited, never in clear");
    }

    async fn retries_stop_at_the_limit_and_never_call_takes_effect_at_once(backend: Backend) {
        let clock = TravelClock::at(utc("2026-09-01T00:50:00Z"));
        let app = spawn_app(backend, app_options(clock.clone())).await;
        seed_roster(&app).await;
        assert_eq!(import_visits(&app, &visits_csv("2026-08-31", 2, 0)).await.0, 200);
        // Seeded before the 08:30 draw, so the app's own draw worker cannot draw
        // the day ahead of the visits; then on to 08:30.
        clock.jump_to(utc("2026-09-01T01:30:00Z"));
        run_draws(&app).await;
        let op = operator(&app, "minh", "DT", "+84900000002").await;
        let ids: Vec<i64> = op.http.get(app.url("/api/v1/callbacks/today")).send().await.unwrap().json::<Value>().await.unwrap().as_array().unwrap().iter().map(|c| c["id"].as_i64().unwrap()).collect();
        let (first, second) = (ids[0], ids[1]);
        // No answer three times: tried again an hour later inside calling hours, then unreachable.
        for attempt in 1..=3 {
            let (status, _) = post(&app, &op, &format!("/api/v1/callbacks/{first}/take"), json!({})).await;
            assert_eq!(status, 200, "attempt {attempt} can be taken");
            let (_, body) = post(&app, &op, &format!("/api/v1/callbacks/{first}/outcome"), json!({ "outcome": "no_answer" })).await;
            if attempt < 3 {
                assert_eq!(body["state"], "open");
                let (status, _) = post(&app, &op, &format!("/api/v1/callbacks/{first}/take"), json!({})).await;
                assert_eq!(status, 409, "not before the gap has passed");
                clock.jump_to(clock_now(&app) + Duration::minutes(61));
            } else {
                assert_eq!(body["state"], "unreachable");
            }
        }
        // "Never call me": on the list at once; the same number's other callback closes.
        let phone: String = sqlx::query_scalar("SELECT v.phone FROM callbacks c JOIN service_visits v ON v.id = c.visit_id WHERE c.id = $1").bind(second).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(post(&app, &op, &format!("/api/v1/callbacks/{second}/take"), json!({})).await.0, 200);
        let (_, body) = post(&app, &op, &format!("/api/v1/callbacks/{second}/outcome"), json!({ "outcome": "never_call" })).await;
        assert_eq!(body["state"], "closed");
        let listed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM do_not_call WHERE phone = $1").bind(&phone).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(listed, 1);
        // A later visit by the same citizen is never drawn.
        let mut csv = String::from("external_id,centre_code,visited_at,citizen_name,phone,service,life_situation,department_code,employee_no,channel,consented\n");
        csv.push_str(&format!("AGAIN,DT,2026-09-02 09:00,Again,{phone},Hộ tịch,,DT-CIVIL,,counter,yes\n"));
        assert_eq!(import_visits(&app, &csv).await.0, 200);
        clock.jump_to(utc("2026-09-03T01:30:00Z"));
        run_draws(&app).await;
        let draw = app.get_json("/api/v1/callbacks/draws?centre=DT&day=2026-09-03").await;
        let again: i64 = sqlx::query_scalar("SELECT id FROM service_visits WHERE external_id = 'AGAIN'").fetch_one(&app.state.db.pool).await.unwrap();
        assert!(draw["excluded"].as_array().unwrap().iter().any(|e| e["visit_id"] == again && e["why"]["reason"] == "do_not_call"), "{draw}");
    }

    async fn no_call_is_placed_outside_calling_hours_in_a_month_across_two_time_zones(backend: Backend) {
        let clock = TravelClock::at(utc("2026-09-01T00:00:00Z"));
        let app = spawn_app(backend, app_options(clock.clone())).await;
        seed_roster(&app).await;
        let dt = operator(&app, "dt-operator", "DT", "+84900000003").await;
        let ala = operator(&app, "ala-operator", "ALA", "+77000000003").await;
        let mut placed: Vec<(&str, DateTime<Utc>)> = Vec::new();
        let mut refused = 0;
        let start = utc("2026-09-01T00:00:00Z");
        for step in 0..(30 * 24 * 2) {
            let now = start + Duration::minutes(30 * step);
            clock.jump_to(now);
            if now.hour() == 0 && now.minute() == 0 {
                let day = (now - Duration::days(1)).format("%Y-%m-%d").to_string();
                assert_eq!(import_visits(&app, &visits_csv(&day, 3, step as usize)).await.0, 200);
            }
            run_draws(&app).await;
            for (centre, op) in [("DT", &dt), ("ALA", &ala)] {
                let (status, held) = post(&app, op, "/api/v1/callbacks/next", json!({})).await;
                if status == 204 { continue; }
                assert_eq!(status, 200, "{held}");
                let id = held["id"].as_i64().unwrap();
                let (status, _) = post(&app, op, &format!("/api/v1/callbacks/{id}/call"), json!({})).await;
                match status {
                    201 => placed.push((centre, now)),
                    409 => refused += 1,
                    other => panic!("placing a call: {other}"),
                }
                // Alternate outcomes so retries happen too.
                let outcome = if step % 3 == 0 { "busy" } else { "reached" };
                post(&app, op, &format!("/api/v1/callbacks/{id}/outcome"), json!({ "outcome": outcome })).await;
            }
        }
        assert!(placed.len() > 40, "calls were placed: {}", placed.len());
        assert_eq!(refused, 0, "callbacks only fall due inside calling hours");
        // A callback due from earlier, taken after hours, is refused the call.
        sqlx::query("UPDATE callbacks SET state = 'open', next_attempt_at = 0, lease_owner = NULL, lease_until = NULL WHERE id = (SELECT MIN(id) FROM callbacks WHERE centre_id = (SELECT id FROM centres WHERE code = 'DT'))")
            .execute(&app.state.db.pool).await.unwrap();
        clock.jump_to(utc("2026-10-01T12:00:00Z"));
        let (status, held) = post(&app, &dt, "/api/v1/callbacks/next", json!({})).await;
        assert_eq!(status, 200, "{held}");
        let id = held["id"].as_i64().unwrap();
        let (status, body) = post(&app, &dt, &format!("/api/v1/callbacks/{id}/call"), json!({})).await;
        assert_eq!(status, 409, "19:00 in Đồng Tháp is after calling hours: {body}");
        for (centre, at) in &placed {
            let (tz, days, open, close): (chrono_tz::Tz, &[Weekday], (u32, u32), (u32, u32)) = match *centre {
                "DT" => (chrono_tz::Asia::Ho_Chi_Minh, &[Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat], (8, 0), (11, 0)),
                _ => (chrono_tz::Asia::Almaty, &[Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri], (14, 0), (20, 30)),
            };
            let local = at.with_timezone(&tz);
            let t = local.time();
            assert!(days.contains(&local.weekday()), "{centre} call on a day off: {local}");
            assert!(t >= NaiveTime::from_hms_opt(open.0, open.1, 0).unwrap() && t < NaiveTime::from_hms_opt(close.0, close.1, 0).unwrap(), "{centre} call at {local}");
        }
    }

    async fn control_characters_in_visits_are_refused_by_field_and_csv_lines_count_alike(backend: Backend) {
        let app = spawn_app(backend, Options { tweak: callbacks_config, ..Options::default() }).await;
        seed_roster(&app).await;
        let (_, secret) = civicall::auth::tokens::create(&app.state.db, "queue system", &civicall::auth::Roles(vec![Role::Intake]), 30, None, app.state.clock.now_ms()).await.unwrap();
        let qms = crate::common::client(Some(&secret));
        let visit = json!({ "external_id": "Q-1", "centre_code": "DT", "visited_at": "2026-09-01T09:30:00+07:00",
            "citizen_name": "An\u{0}", "phone": "0912 300 099", "service": "Hộ tịch", "channel": "online", "consented": "yes" });
        let pushed = qms.post(app.url("/api/v1/visits")).json(&json!([visit])).send().await.unwrap();
        assert_eq!(pushed.status(), 422);
        let body: Value = pushed.json().await.unwrap();
        let problems = body["problems"].as_array().unwrap();
        assert_eq!(problems.len(), 1, "{body}");
        assert_eq!((problems[0]["field"].as_str(), problems[0]["code"].as_str()), (Some("citizen_name"), Some("text-control-line")), "{body}");
        let count = || async { sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM service_visits").fetch_one(&app.state.db.pool).await.unwrap() };
        assert_eq!(count().await, 0, "nothing was stored");
        // Surrounding spaces are trimmed off what is stored.
        let mut visit = visit;
        visit["citizen_name"] = json!("  Nguyễn Văn An \t");
        let pushed = qms.post(app.url("/api/v1/visits")).json(&json!([visit])).send().await.unwrap();
        assert_eq!(pushed.status(), 200);
        let name: String = sqlx::query_scalar("SELECT citizen_name FROM service_visits WHERE external_id = 'Q-1'").fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(name, "Nguyễn Văn An");

        // The same broken file, whatever ends its lines, names the same lines.
        let csv = "external_id,centre_code,visited_at,citizen_name,phone,service,life_situation,department_code,employee_no,channel,consented\n\
                   V-1,DT,2026-09-01 09:00,An,0912300001,Hộ tịch,,DT-CIVIL,,counter,yes\n\
                   \n\
                   V-2,DT,2026-09-01 09:00,Bình,0912300002,\"Hộ\ntịch\",,,,counter,yes\n\
                   V-3,DT,2026-09-01 09:00,Chi\0,0912300003,Hộ tịch,,,,fax,yes\n";
        for end in ["\n", "\r\n", "\r"] {
            let (status, body) = import_visits(&app, &csv.replace('\n', end)).await;
            assert_eq!(status, 422, "{end:?}: {body}");
            let found: Vec<(i64, &str)> = body["problems"].as_array().unwrap().iter()
                .map(|p| (p["line"].as_i64().unwrap(), p["field"].as_str().unwrap())).collect();
            assert_eq!(found, [(4, "service"), (6, "citizen_name"), (6, "channel")], "{end:?}: {body}");
        }
        assert_eq!(count().await, 1, "nothing more was stored");
    }

    async fn an_outcome_comment_with_a_control_character_or_too_long_is_refused_and_nothing_is_recorded(backend: Backend) {
        let clock = TravelClock::at(utc("2026-09-01T00:50:00Z"));
        let app = spawn_app(backend, app_options(clock.clone())).await;
        seed_roster(&app).await;
        assert_eq!(import_visits(&app, &visits_csv("2026-08-31", 1, 0)).await.0, 200);
        clock.jump_to(utc("2026-09-01T01:30:00Z"));
        run_draws(&app).await;
        let op = operator(&app, "an", "DT", "+84900000004").await;
        let (status, held) = post(&app, &op, "/api/v1/callbacks/next", json!({})).await;
        assert_eq!(status, 200, "{held}");
        let id = held["id"].as_i64().unwrap();
        let outcome = |field: &str, text: String| {
            let mut body = json!({ "outcome": "reached", "satisfaction_overall": 5 });
            body[field] = json!(text);
            body
        };
        for (body, field, code) in [
            (outcome("comments", "Tốt\u{0}".into()), "comments", "text-control-prose"),
            (outcome("suggestions", "\u{1b}[31m".into()), "suggestions", "text-control-prose"),
            (outcome("comments", "x".repeat(4_001)), "comments", "text-too-long"),
        ] {
            let (status, answer) = post(&app, &op, &format!("/api/v1/callbacks/{id}/outcome"), body).await;
            assert_eq!((status, answer["field"].as_str(), answer["code"].as_str()), (422, Some(field), Some(code)), "{answer}");
        }
        let attempts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM callback_attempts WHERE callback_id = $1").bind(id).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(attempts, 0, "nothing was recorded");
        let (status, body) = post(&app, &op, &format!("/api/v1/callbacks/{id}/outcome"), outcome("comments", " Chị Hoa rất tận tình.\r\nCảm ơn. ".into())).await;
        assert_eq!((status, body["state"].as_str()), (200, Some("closed")), "{body}");
        let stored: Option<String> = sqlx::query_scalar("SELECT comments FROM callbacks WHERE id = $1").bind(id).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(stored.as_deref(), Some("Chị Hoa rất tận tình.\nCảm ơn."), "trimmed, one kind of line break");
    }
}

fn clock_now(app: &TestApp) -> DateTime<Utc> {
    app.state.clock.now()
}

fn synthesis_config(c: &mut Config) {
    callbacks_config(c);
    c.callbacks.count_min = 4;
    c.callbacks.count_max = 4;
}

/// Takes callback `id` and records `outcome` for it.
async fn settle(app: &TestApp, op: &Browser, id: i64, outcome: Value) -> Value {
    let (status, body) = post(app, op, &format!("/api/v1/callbacks/{id}/take"), json!({})).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = post(app, op, &format!("/api/v1/callbacks/{id}/outcome"), outcome).await;
    assert_eq!(status, 200, "{body}");
    body
}

async fn open_ids(op: &Browser, app: &TestApp) -> Vec<i64> {
    let today: Value = op
        .http
        .get(app.url("/api/v1/callbacks/today"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    today
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["state"] == "open" && c["attempts"] == 0)
        .map(|c| c["id"].as_i64().unwrap())
        .collect()
}

both_backends! {
    async fn the_synthesis_counts_scores_and_groups_what_citizens_said(backend: Backend) {
        let clock = TravelClock::at(utc("2026-09-01T00:50:00Z"));
        let app = spawn_app(backend, Options { tweak: synthesis_config, ..app_options(clock.clone()) }).await;
        seed_roster(&app).await;
        assert_eq!(import_visits(&app, &visits_csv("2026-08-31", 5, 0)).await.0, 200);
        // Seeded before the 08:30 draw, so the app's own draw worker cannot draw
        // the day ahead of the visits; then on to 08:30.
        clock.jump_to(utc("2026-09-01T01:30:00Z"));
        run_draws(&app).await;
        let op = operator(&app, "lan", "DT", "+84900000009").await;
        let ids = open_ids(&op, &app).await;
        assert_eq!(ids.len(), 4);
        settle(&app, &op, ids[0], json!({ "outcome": "reached", "satisfaction_staff": 5, "satisfaction_process": 4, "satisfaction_overall": 5,
            "comments": "Chị Hoa rất tận tình", "category": "praise" })).await;
        settle(&app, &op, ids[1], json!({ "outcome": "reached", "satisfaction_staff": 2, "satisfaction_process": 3, "satisfaction_overall": 2,
            "comments": "=Phải chờ hai tiếng", "suggestions": "Thêm quầy tiếp nhận", "category": "complaint",
            "follow_up_needed": true, "follow_up_by": "Phó giám đốc trung tâm" })).await;
        settle(&app, &op, ids[2], json!({ "outcome": "refused" })).await;
        settle(&app, &op, ids[3], json!({ "outcome": "no_answer" })).await;

        // The next day: four more drawn, one reached.
        clock.jump_to(utc("2026-09-02T01:30:00Z"));
        assert_eq!(import_visits(&app, &visits_csv("2026-09-01", 5, 100)).await.0, 200);
        run_draws(&app).await;
        let ids = open_ids(&op, &app).await;
        assert_eq!(ids.len(), 4, "the day's new callbacks");
        settle(&app, &op, ids[0], json!({ "outcome": "reached", "satisfaction_staff": 4, "satisfaction_process": 4, "satisfaction_overall": 4,
            "questions": "Khi nào có kết quả?", "category": "question" })).await;

        let day = app.get_json("/api/v1/callbacks/synthesis?centre=DT&span=day&date=2026-09-01").await;
        assert_eq!(day["counts"], json!({ "drawn": 4, "reached": 2, "unreachable": 0, "refused": 1, "wrong_number": 0, "never_call": 0, "pending": 1 }));
        assert_eq!(day["satisfaction"]["staff"]["mean"], 3.5);
        assert_eq!(day["satisfaction"]["overall"]["distribution"], json!([0, 1, 0, 0, 1]));
        assert_eq!(day["by_staff"][0]["key"], "DT-01");
        assert_eq!(day["by_staff"][0]["reached"], 2);
        let categories: Vec<&str> = day["remarks"].as_array().unwrap().iter().map(|c| c["category"].as_str().unwrap()).collect();
        assert_eq!(categories, ["praise", "complaint"]);
        assert_eq!(day["follow_ups"][0]["by"], "Phó giám đốc trung tâm");

        let week = app.get_json("/api/v1/callbacks/synthesis?centre=DT&span=week&date=2026-09-03").await;
        assert_eq!((week["period"]["first"].as_str(), week["period"]["last"].as_str()), (Some("2026-08-31"), Some("2026-09-06")));
        assert_eq!((week["counts"]["drawn"].as_i64(), week["counts"]["reached"].as_i64(), week["counts"]["pending"].as_i64()), (Some(8), Some(3), Some(4)));
        let overall = week["satisfaction"]["overall"]["mean"].as_f64().unwrap();
        assert!((overall - 11.0 / 3.0).abs() < 1e-9, "{overall}");
        assert_eq!(week["days"].as_array().unwrap().len(), 2);
        let month = app.get_json("/api/v1/callbacks/synthesis?centre=DT&span=month&date=2026-09-30").await;
        assert_eq!(month["counts"]["drawn"], 8);

        // CSV: UTF-8 with a mark, every callback of the week, no citizen's name or number, formulas defused.
        let r = app.http.get(app.url("/callbacks/synthesis.csv?centre=DT&span=week&date=2026-09-01&table=callbacks")).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert!(r.headers()["content-disposition"].to_str().unwrap().contains("callbacks-DT-2026-W36-callbacks.csv"));
        let bytes = r.bytes().await.unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert_eq!(text.lines().count(), 9, "{text}");
        assert!(!text.contains("91230") && !text.contains("Công dân"), "no citizen data: {text}");
        let comments = app.http.get(app.url("/callbacks/synthesis.csv?centre=DT&span=week&date=2026-09-01&table=comments")).send().await.unwrap().text().await.unwrap();
        assert!(comments.contains("'=Phải chờ hai tiếng"), "{comments}");
        assert!(comments.contains("Khi nào có kết quả?"));
        let bad = app.http.get(app.url("/callbacks/synthesis.csv?centre=DT&table=everything")).send().await.unwrap();
        assert_eq!(bad.status(), 422);

        // XLSX: every table a sheet, read back.
        use calamine::{Data, Reader, Xlsx};
        let r = app.http.get(app.url("/callbacks/synthesis.xlsx?centre=DT&span=week&date=2026-09-01")).send().await.unwrap();
        assert_eq!(r.status(), 200);
        let mut book = Xlsx::new(std::io::Cursor::new(r.bytes().await.unwrap().to_vec())).unwrap();
        assert_eq!(book.sheet_names().len(), 7, "{:?}", book.sheet_names());
        let summary = book.worksheet_range_at(0).unwrap().unwrap();
        let rows: Vec<Vec<Data>> = summary.rows().map(|r| r.to_vec()).collect();
        assert_eq!(rows.len(), 4, "header, two days, total");
        assert_eq!((rows[3][0].clone(), rows[3][1].clone(), rows[3][2].clone()), (Data::String("total".into()), Data::Float(8.0), Data::Float(3.0)));
        let remarks = book.worksheet_range_at(4).unwrap().unwrap();
        assert!(remarks.rows().any(|r| r.iter().any(|c| *c == Data::String("=Phải chờ hai tiếng".into()))), "text, not a formula");
        let exported = app.get_json("/api/v1/audit?action=data_exported").await;
        assert_eq!(exported.as_array().unwrap().len(), 3, "each download audited, the refused one not: {exported}");

        // The downloads in the reader's language: in the pseudo-locale every sheet
        // name and heading comes marked from the catalogue; a Vietnamese reader's
        // differ from the English wherever the English has words.
        let sheets = |language: &'static str| {
            let request = app.http.get(app.url("/callbacks/synthesis.xlsx?centre=DT&span=week&date=2026-09-01")).header("Accept-Language", language);
            async move {
                let mut book = Xlsx::new(std::io::Cursor::new(request.send().await.unwrap().bytes().await.unwrap().to_vec())).unwrap();
                let mut out = Vec::new();
                for sheet in book.sheet_names() {
                    let range = book.worksheet_range(&sheet).unwrap();
                    let headings: Vec<String> = range.rows().next().unwrap().iter().map(ToString::to_string).collect();
                    out.push((sheet, headings));
                }
                out
            }
        };
        let pseudo_book = {
            let request = app.http.get(app.url("/callbacks/synthesis.xlsx?centre=DT&span=week&date=2026-09-01")).header("Cookie", "civicall_lang=en-XA");
            let mut book = Xlsx::new(std::io::Cursor::new(request.send().await.unwrap().bytes().await.unwrap().to_vec())).unwrap();
            let names = book.sheet_names();
            names.into_iter().map(|sheet| {
                let headings: Vec<String> = book.worksheet_range(&sheet).unwrap().rows().next().unwrap().iter().map(ToString::to_string).collect();
                (sheet, headings)
            }).collect::<Vec<_>>()
        };
        for (sheet, headings) in &pseudo_book {
            assert!(sheet.starts_with(civicall::i18n::pseudo::OPEN), "sheet {sheet:?} from the catalogue");
            for heading in headings.iter().filter(|h| h.as_str() != "#") {
                assert!(heading.starts_with(civicall::i18n::pseudo::OPEN), "{sheet}: heading {heading:?} from the catalogue");
            }
        }
        let (english, vietnamese) = (sheets("en").await, sheets("vi-VN,vi;q=0.9").await);
        assert_eq!(english.len(), vietnamese.len());
        for ((en_sheet, en_headings), (vi_sheet, vi_headings)) in english.iter().zip(&vietnamese) {
            assert_ne!(en_sheet, vi_sheet);
            for (en, vi) in en_headings.iter().zip(vi_headings) {
                if en.chars().any(|c| c.is_ascii_alphabetic()) {
                    assert_ne!(en, vi, "{vi_sheet}: a Vietnamese heading");
                }
            }
        }
        let csv = app.http.get(app.url("/callbacks/synthesis.csv?centre=DT&span=week&date=2026-09-01&table=summary")).header("Accept-Language", "vi").send().await.unwrap().text().await.unwrap();
        let header = csv.trim_start_matches('\u{feff}').lines().next().unwrap().to_string();
        let mut reader = csv::Reader::from_reader(header.as_bytes());
        let headings: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(headings, vietnamese[0].1, "the CSV has the summary sheet's Vietnamese headings");

        // The page and the printable view.
        let page = app.http.get(app.url("/callbacks/synthesis?centre=DT&span=week&date=2026-09-01")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Thêm quầy tiếp nhận") && page.contains("Phó giám đốc trung tâm"), "{page}");
        let print = app.http.get(app.url("/callbacks/synthesis/print?centre=DT&span=month&date=2026-09-01")).send().await.unwrap().text().await.unwrap();
        assert!(print.contains("Customer-care callbacks") && print.contains("September 2026") && !print.contains("<nav>"), "{print}");

        // A follow-up is marked done once; an operator of another centre sees neither it nor that centre.
        let follow = day["follow_ups"][0]["callback_id"].as_i64().unwrap();
        let ala = operator(&app, "aigerim", "ALA", "+77000000009").await;
        assert_eq!(post(&app, &ala, &format!("/api/v1/callbacks/{follow}/follow-up-done"), json!({})).await.0, 404);
        let other = ala.http.get(app.url("/api/v1/callbacks/synthesis?centre=DT")).send().await.unwrap();
        assert_eq!(other.status(), 422);
        let own: Value = ala.http.get(app.url("/api/v1/callbacks/synthesis")).send().await.unwrap().json().await.unwrap();
        assert_eq!(own["centre"]["code"], "ALA", "an operator's own centre by default");
        assert_eq!(post(&app, &op, &format!("/api/v1/callbacks/{follow}/follow-up-done"), json!({})).await.0, 200);
        assert_eq!(post(&app, &op, &format!("/api/v1/callbacks/{follow}/follow-up-done"), json!({})).await.0, 409);
        let after = app.get_json("/api/v1/callbacks/synthesis?centre=DT&span=day&date=2026-09-01").await;
        assert!(after["follow_ups"].as_array().unwrap().is_empty());
    }
}

both_backends! {
    async fn an_admin_sets_an_operators_line_and_a_senior_grader_on_the_users_page(backend: Backend) {
        let app = spawn_app(backend, Options { tweak: callbacks_config, ..Options::default() }).await;
        seed_roster(&app).await;
        let admin = app.browser("chief", &[Role::Admin]).await;
        let op = app.user("lan", &[Role::Operator], None).await;
        let grader = app.user("minh", &[Role::Grader], None).await;
        let form = |phone: &'static str, centre: &'static str| [("csrf", admin.csrf.clone()), ("phone", phone.to_string()), ("centre_code", centre.to_string())];
        let r = admin.http.post(app.url(&format!("/admin/users/{}/operator-line", op.id))).form(&form("0277 390 0123", "DT")).send().await.unwrap();
        assert_eq!(r.status(), 303);
        let user = civicall::auth::get_user(&app.state.db, op.id).await.unwrap();
        assert_eq!(user.phone.as_deref(), Some("+842773900123"), "read in the centre's region (VN)");
        let centre: i64 = sqlx::query_scalar("SELECT id FROM centres WHERE code = 'DT'").fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(user.centre_id, Some(centre));
        for (phone, centre, field) in [("12", "DT", "phone"), ("0277 390 0123", "NOWHERE", "centre")] {
            let r = admin.http.post(app.url(&format!("/admin/users/{}/operator-line", op.id))).form(&form(phone, centre)).send().await.unwrap();
            assert_eq!(r.status(), 422);
            let page = r.text().await.unwrap();
            assert!(page.contains(field), "the error names the {field}: {page}");
        }
        assert_eq!(civicall::auth::get_user(&app.state.db, op.id).await.unwrap().phone.as_deref(), Some("+842773900123"), "a refused change changes nothing");

        let r = admin.http.post(app.url(&format!("/admin/users/{}/senior", grader.id))).form(&[("csrf", admin.csrf.as_str())]).send().await.unwrap();
        assert_eq!(r.status(), 303);
        assert!(civicall::auth::get_user(&app.state.db, grader.id).await.unwrap().senior);
        let page = admin.http.get(app.url("/admin/users")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Senior grader ✓") && page.contains("+842773900123"));
        let changes = app.get_json("/api/v1/audit?action=settings_changed").await;
        assert_eq!(changes.as_array().unwrap().len(), 2, "{changes}");
    }
}
