//! Evaluation campaigns end to end: planning in local working hours, the
//! dialer's pace and crash safety, and what happens to a call once it ends.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use chrono_tz::Tz;
use civicall::calls::{self, CallState, NewCall};
use civicall::config::Config;
use civicall::telephony::PlaceCall;
use civicall::telephony::sandbox::profile::{LineOutcome, LineProfile};
use serde_json::{Value, json};

use crate::both_backends;
use crate::common::{Options, TestApp, TravelClock, line, spawn_app, utc, wait_for};

const DEPARTMENTS: &str = "\
code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end
SEOUL-CIVIL,민원여권과,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
ALMATY-DOCS,Документирование населения,ALA,ЦОН Алматы,Asia/Almaty,mon-fri,09:00,18:00,13:00,14:00
NY-PERMITS,Residential Permits,NYC,Brooklyn Borough Hall,America/New_York,mon-fri,08:30,17:00,,
";

fn staff_csv(per_department: usize) -> String {
    let mut csv = String::from(
        "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason\n",
    );
    let departments = [
        ("SEOUL-CIVIL", "+8231550"),
        ("ALMATY-DOCS", "+7727300"),
        ("NY-PERMITS", "+1718555"),
    ];
    for (d, (code, prefix)) in departments.iter().enumerate() {
        for i in 0..per_department {
            csv.push_str(&format!(
                "E{d}{i:03},Staff {d}-{i},{code},7,Clerk,{prefix}{:04},yes,yes,\n",
                1000 + d * 100 + i
            ));
        }
        // Not to be called: excluded from evaluation.
        csv.push_str(&format!(
            "X{d},Driver {d},{code},9,Driver,{prefix}9999,yes,no,driver\n"
        ));
    }
    csv
}

async fn seed_roster(app: &TestApp, per_department: usize) {
    let (status, body) = app.import_csv("departments", DEPARTMENTS).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = app.import_csv("staff", &staff_csv(per_department)).await;
    assert_eq!(status, 200, "{body}");
}

async fn campaign_calls(app: &TestApp, campaign: i64) -> Vec<Value> {
    app.get_json(&format!("/api/v1/calls?campaign={campaign}&limit=1000"))
        .await
        .as_array()
        .unwrap()
        .clone()
}

/// Staff id -> the department's time zone and hours.
async fn departments_by_staff(app: &TestApp) -> HashMap<i64, (Tz, String, Value)> {
    let departments = app.get_json("/api/v1/roster/departments").await;
    let by_code: HashMap<String, Value> = departments
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].as_str().unwrap().to_string(), d.clone()))
        .collect();
    let staff = app.get_json("/api/v1/roster/staff").await;
    staff
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let d = by_code[s["department_code"].as_str().unwrap()].clone();
            let tz: Tz = d["time_zone"].as_str().unwrap().parse().unwrap();
            (
                s["id"].as_i64().unwrap(),
                (tz, d["code"].as_str().unwrap().to_string(), d),
            )
        })
        .collect()
}

fn time(v: &Value) -> Option<NaiveTime> {
    v.as_str()
        .filter(|s| !s.is_empty())
        .map(|s| NaiveTime::parse_from_str(s, "%H:%M").unwrap())
}

both_backends! {
    async fn calls_are_planned_inside_each_departments_local_working_hours(backend: Backend) {
        let clock = TravelClock::at(utc("2026-03-01T00:00:00Z"));
        let app = spawn_app(backend, Options { clock: Some(clock), ..Options::default() }).await;
        seed_roster(&app, 8).await;
        let (status, created) = app.post_json("/api/v1/campaigns", &json!({
            "name": "Spring courtesy survey",
            "scripts": ["passport-reissue-ko", "parking-permit-en"],
            "start_date": "2026-03-02",
            "end_date": "2026-03-20",
            "calls_per_staff": 4,
            "holidays": ["2026-03-04"],
            "window_start": "09:00",
            "window_end": "18:00",
        })).await;
        assert_eq!(status, 201, "{created}");
        let id = created["campaign"]["id"].as_i64().unwrap();
        assert_eq!(created["planned_calls"], 96, "3 departments x 8 eligible staff x 4 calls");
        // Lists as lists, dates as dates, times as RFC 3339.
        let campaign = &created["campaign"];
        assert_eq!(campaign["scripts"], json!(["passport-reissue-ko", "parking-permit-en"]), "{campaign}");
        assert_eq!((campaign["holidays"].clone(), campaign["state"].clone(), campaign["unanswered_policy"].clone()), (json!(["2026-03-04"]), json!("active"), json!("connection")));
        assert!(chrono::DateTime::parse_from_rfc3339(campaign["created_at"].as_str().unwrap()).is_ok(), "{campaign}");
        let listed = app.get_json("/api/v1/campaigns").await;
        assert_eq!(listed[0]["progress"]["scheduled"], 96, "{listed}");
        assert_eq!(created["shortfall"], 0);

        let calls = campaign_calls(&app, id).await;
        assert_eq!(calls.len(), 96);
        let departments = departments_by_staff(&app).await;
        let mut days = HashSet::new();
        let mut per_staff: HashMap<i64, usize> = HashMap::new();
        for call in &calls {
            assert_eq!(call["state"], "scheduled");
            let staff = call["staff_id"].as_i64().unwrap();
            let (tz, code, d) = &departments[&staff];
            let due = chrono::DateTime::parse_from_rfc3339(call["due_at"].as_str().unwrap()).unwrap().with_timezone(tz);
            let date = due.date_naive();
            let t = due.time();
            assert!(!matches!(due.weekday(), Weekday::Sat | Weekday::Sun), "{code} {due}: not a working day");
            assert_ne!(date, NaiveDate::from_ymd_opt(2026, 3, 4).unwrap(), "{code} {due}: a holiday");
            assert!(date >= NaiveDate::from_ymd_opt(2026, 3, 2).unwrap() && date <= NaiveDate::from_ymd_opt(2026, 3, 20).unwrap());
            assert!(t >= time(&d["work_start"]).unwrap() && t < time(&d["work_end"]).unwrap(), "{code} {due}: outside working hours");
            if let (Some(ls), Some(le)) = (time(&d["lunch_start"]), time(&d["lunch_end"])) {
                assert!(t < ls || t >= le, "{code} {due}: in the lunch break");
            }
            assert!(days.insert((staff, date)), "two calls to staff {staff} on {date}");
            *per_staff.entry(staff).or_default() += 1;
        }
        assert!(per_staff.values().all(|n| *n == 4));
        assert_eq!(per_staff.len(), 24, "ineligible staff are never called");
    }

    async fn the_dialer_never_exceeds_its_pace(backend: Backend) {
        let clock = TravelClock::at(utc("2026-03-01T00:00:00Z"));
        let app = spawn_app(backend, Options {
            clock: Some(clock.clone()),
            tweak: |c: &mut Config| {
                c.dialer.calls_per_second = 4.0;
                c.dialer.max_lateness_mins = 60 * 24 * 30;
            },
            ..Options::default()
        }).await;
        seed_roster(&app, 4).await;
        let (status, created) = app.post_json("/api/v1/campaigns", &json!({
            "name": "Pace", "scripts": ["passport-reissue-ko"], "departments": ["SEOUL-CIVIL", "ALMATY-DOCS"],
            "start_date": "2026-03-02", "end_date": "2026-03-02", "calls_per_staff": 1,
        })).await;
        assert_eq!(status, 201, "{created}");
        let id = created["campaign"]["id"].as_i64().unwrap();
        // Every call is due at once.
        clock.jump_to(utc("2026-03-03T06:00:00Z"));
        let calls = wait_for("every call to be placed", || async {
            let calls = campaign_calls(&app, id).await;
            calls.iter().all(|c| c["state"] != "scheduled" && c["state"] != "dialing").then_some(calls)
        }).await;
        assert_eq!(calls.len(), 8);
        let mut started: Vec<i64> = Vec::new();
        for call in &calls {
            let row = calls::get(&app.state.db, call["id"].as_i64().unwrap()).await.unwrap();
            started.push(row.dial_started_at.unwrap());
        }
        started.sort();
        for pair in started.windows(2) {
            assert!(pair[1] - pair[0] >= 245, "two calls {} ms apart at 4 calls/s: {started:?}", pair[1] - pair[0]);
        }
    }

    async fn a_dial_interrupted_after_the_carrier_accepted_is_not_placed_twice(backend: Backend) {
        let app = spawn_app(backend, Options {
            tweak: |c: &mut Config| {
                c.dialer.dialing_grace_secs = 1;
                c.dialer.maintenance_interval_ms = 200;
            },
            ..Options::default()
        }).await;
        // What a process killed mid-dial leaves: a `dialing` row without a
        // CallSid, and a call the carrier accepted whose webhooks pointed at
        // the dead process.
        let db = &app.state.db;
        let new = |to: &'static str| NewCall {
            purpose: "line-check", script_id: "line-check", to_number: to,
            from_number: "+15005550006", state: CallState::Dialing, due_at: None,
        };
        let now = app.state.clock.now_ms();
        let accepted = calls::insert(db, &new("+82315557001"), now).await.unwrap();
        let dead = "http://127.0.0.1:9/webhooks/twilio/status";
        let placed = app.state.telephony.place_call(&PlaceCall {
            to: "+82315557001".into(), from: "+15005550006".into(),
            url: dead.into(), status_callback: dead.into(), timeout_secs: 30, ..PlaceCall::default()
        }).await.unwrap();
        // And a dial that died before its request reached the carrier.
        let never_sent = calls::insert(db, &new("+82315557002"), now).await.unwrap();

        let adopted = wait_for("the interrupted dial to be recovered", || async {
            let row = calls::get(db, accepted).await.unwrap();
            row.call_sid.clone().map(|_| row)
        }).await;
        assert_eq!(adopted.call_sid.as_deref(), Some(placed.sid.as_str()), "the carrier's call is adopted");
        let redialed = wait_for("the unsent dial to be placed", || async {
            calls::get(db, never_sent).await.unwrap().call_sid
        }).await;

        let since = chrono::Utc::now() - chrono::Duration::minutes(5);
        let first = app.state.telephony.list_calls("+82315557001", since).await.unwrap();
        assert_eq!(first.len(), 1, "the person already called is not called again: {first:?}");
        let second = app.state.telephony.list_calls("+82315557002", since).await.unwrap();
        assert_eq!(second.iter().map(|c| c.sid.clone()).collect::<Vec<_>>(), vec![redialed]);
    }

    async fn answered_calls_are_queued_for_graders_and_missed_ones_scored_automatically(backend: Backend) {
        let clock = TravelClock::at(utc("2026-03-01T00:00:00Z"));
        let app = spawn_app(backend, Options {
            clock: Some(clock.clone()),
            lines: vec![
                line("+8231550", LineProfile::answers_after(4.0)),
                line("+7727300", LineProfile::always(LineOutcome::Busy)),
            ],
            tweak: |c: &mut Config| c.dialer.max_lateness_mins = 60 * 24 * 30,
            ..Options::default()
        }).await;
        seed_roster(&app, 1).await;
        let (status, created) = app.post_json("/api/v1/campaigns", &json!({
            "name": "Queue", "scripts": ["passport-reissue-ko"], "departments": ["SEOUL-CIVIL", "ALMATY-DOCS"],
            "start_date": "2026-03-02", "end_date": "2026-03-02", "calls_per_staff": 1,
        })).await;
        assert_eq!(status, 201, "{created}");
        let id = created["campaign"]["id"].as_i64().unwrap();
        clock.jump_to(utc("2026-03-03T06:00:00Z"));

        let calls = wait_for("both calls to be evaluated", || async {
            let calls = campaign_calls(&app, id).await;
            let mut done = Vec::new();
            for c in &calls {
                let full = app.call(c["id"].as_i64().unwrap()).await;
                let settled = matches!(full["evaluation"]["state"].as_str(), Some("final" | "awaiting_grading"));
                if settled { done.push(full) }
            }
            (done.len() == 2).then_some(done)
        }).await;
        let answered = calls.iter().find(|c| c["connection"] == "person").expect("an answered call");
        let busy = calls.iter().find(|c| c["connection"] == "busy").expect("a busy call");

        assert_eq!(answered["evaluation"]["state"], "awaiting_grading");
        assert_eq!(answered["recordings"][0]["state"], "available");
        let tasks = app.get_json("/api/v1/grading/tasks?state=waiting").await;
        let queued: Vec<i64> = tasks.as_array().unwrap().iter().map(|t| t["call_id"].as_i64().unwrap()).collect();
        assert_eq!(queued, vec![answered["id"].as_i64().unwrap()], "only the answered call waits for a grader");

        assert_eq!(busy["evaluation"]["state"], "final", "nothing to hear: the measures are the score");
        assert_eq!(busy["evaluation"]["final_source"], "auto");
        assert_eq!(busy["evaluation"]["final_total"], 0.0);
        let scores: HashMap<String, Value> = busy["evaluation"]["scores"].as_array().unwrap().iter()
            .map(|s| (s["item_key"].as_str().unwrap().to_string(), s["value"].clone())).collect();
        assert_eq!(scores["pickup_speed"], 0, "{scores:?}");
        assert_eq!(scores["connected"], 0, "{scores:?}");
        let answered_scores: HashMap<String, Value> = answered["evaluation"]["scores"].as_array().unwrap().iter()
            .map(|s| (s["item_key"].as_str().unwrap().to_string(), s["value"].clone())).collect();
        assert_eq!(answered_scores["pickup_speed"], 1, "answered after 4 s: 2 rings");
        assert_eq!(answered_scores["connected"], 1);

        // The call's page names the measured items by their labels in the script, not by key.
        let hr = app.browser("hr-calls", &[civicall::auth::Role::Hr]).await;
        let page = hr.http.get(app.url(&format!("/calls/{}", busy["id"]))).send().await.unwrap().text().await.unwrap();
        let script = app.state.scripts.get(busy["script"].as_str().unwrap()).expect("the call's script");
        let label = &script.stages.iter().flat_map(|s| &s.items).find(|i| i.key == "pickup_speed").unwrap().label;
        assert!(page.contains(label.as_str()), "{label} on the call's page");
        assert!(!page.contains(">pickup_speed<"), "no item key on the call's page");
    }

    async fn a_campaign_with_a_bad_field_is_refused_and_nothing_is_planned(backend: Backend) {
        let clock = TravelClock::at(utc("2026-03-01T00:00:00Z"));
        let app = spawn_app(backend, Options { clock: Some(clock), ..Options::default() }).await;
        seed_roster(&app, 2).await;
        for (body, field) in [
            (json!({"name": "x", "scripts": ["no-such-script"], "start_date": "2026-03-02", "end_date": "2026-03-06", "calls_per_staff": 1}), "scripts"),
            (json!({"name": "x", "scripts": ["customer-care-vi"], "start_date": "2026-03-02", "end_date": "2026-03-06", "calls_per_staff": 1}), "scripts"),
            (json!({"name": "x", "scripts": ["passport-reissue-ko"], "start_date": "2026-03-06", "end_date": "2026-03-02", "calls_per_staff": 1}), "end_date"),
            (json!({"name": "x", "scripts": ["passport-reissue-ko"], "departments": ["NOPE"], "start_date": "2026-03-02", "end_date": "2026-03-06", "calls_per_staff": 1}), "departments"),
            (json!({"name": "x", "scripts": ["passport-reissue-ko"], "start_date": "2026-01-05", "end_date": "2026-02-20", "calls_per_staff": 1}), "end_date"),
        ] {
            let (status, answer) = app.post_json("/api/v1/campaigns", &body).await;
            assert_eq!(status, 422, "{answer}");
            assert_eq!(answer["field"], field, "{answer}");
        }
        assert!(app.get_json("/api/v1/campaigns").await.as_array().unwrap().is_empty());
        assert!(app.get_json("/api/v1/calls").await.as_array().unwrap().is_empty());
    }

    async fn pausing_stops_dialing_and_cancelling_takes_calls_off_the_plan(backend: Backend) {
        let clock = TravelClock::at(utc("2026-03-01T00:00:00Z"));
        let app = spawn_app(backend, Options {
            clock: Some(clock.clone()),
            tweak: |c: &mut Config| c.dialer.max_lateness_mins = 60 * 24 * 30,
            ..Options::default()
        }).await;
        seed_roster(&app, 3).await;
        let (_, created) = app.post_json("/api/v1/campaigns", &json!({
            "name": "Pause me", "scripts": ["passport-reissue-ko"], "departments": ["SEOUL-CIVIL"],
            "start_date": "2026-03-02", "end_date": "2026-03-13", "calls_per_staff": 2,
        })).await;
        let id = created["campaign"]["id"].as_i64().unwrap();
        let (status, paused) = app.post_json(&format!("/api/v1/campaigns/{id}/pause"), &json!({})).await;
        assert_eq!((status.as_u16(), paused["state"].as_str()), (200, Some("paused")));
        let (status, _) = app.post_json(&format!("/api/v1/campaigns/{id}/pause"), &json!({})).await;
        assert_eq!(status, 409, "pausing a paused campaign says why it cannot");

        // Time passes while paused: nothing is dialled.
        clock.jump_to(utc("2026-03-05T00:00:00Z"));
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let calls = campaign_calls(&app, id).await;
        assert!(calls.iter().all(|c| c["state"] == "scheduled"), "a paused campaign places no calls");

        // Resumed, calls whose time passed move to later working days.
        let (status, _) = app.post_json(&format!("/api/v1/campaigns/{id}/resume"), &json!({})).await;
        assert_eq!(status, 200);
        let calls = campaign_calls(&app, id).await;
        for c in calls.iter().filter(|c| c["state"] == "scheduled") {
            let due = utc(c["due_at"].as_str().unwrap());
            assert!(due >= utc("2026-03-05T00:00:00Z"), "moved past the pause: {c}");
        }

        let (status, canceled) = app.post_json(&format!("/api/v1/campaigns/{id}/cancel"), &json!({})).await;
        assert_eq!((status.as_u16(), canceled["state"].as_str()), (200, Some("canceled")));
        let calls = campaign_calls(&app, id).await;
        assert!(calls.iter().all(|c| c["state"] != "scheduled"), "cancelled calls leave the plan");
    }

    async fn the_calls_lists_say_whose_line_was_called_and_keep_live_calls_apart_from_history(backend: Backend) {
        let clock = TravelClock::at(utc("2026-03-02T03:00:00Z"));
        let app = spawn_app(backend, Options { clock: Some(clock), ..Options::default() }).await;
        seed_roster(&app, 1).await;
        // A campaign whose two planned calls are next week: counted, not listed.
        let (status, created) = app.post_json("/api/v1/campaigns", &json!({
            "name": "Lists", "scripts": ["passport-reissue-ko"], "departments": ["SEOUL-CIVIL", "ALMATY-DOCS"],
            "start_date": "2026-03-09", "end_date": "2026-03-13", "calls_per_staff": 1,
        })).await;
        assert_eq!(status, 201, "{created}");
        let campaign = created["campaign"]["id"].as_i64().unwrap();
        let db = &app.state.db;
        let staff_id = |no: &'static str| async move {
            sqlx::query_scalar::<_, i64>("SELECT id FROM staff WHERE employee_no = $1").bind(no).fetch_one(&db.pool).await.unwrap()
        };
        let (seoul, almaty) = (staff_id("E0000").await, staff_id("E1000").await);
        let now = app.state.clock.now_ms();
        let call = |purpose: &'static str, state: &'static str, staff: Option<i64>, campaign: Option<i64>, due_at: Option<i64>, started: Option<i64>| async move {
            sqlx::query_scalar::<_, i64>(
                "INSERT INTO calls (purpose, script_id, to_number, from_number, state, staff_id, campaign_id, due_at, dial_started_at, created_at, updated_at) \
                 VALUES ($1, $2, '+82315551234', '+15005550006', $3, $4, $5, $6, $7, $8, $8) RETURNING id",
            )
            .bind(purpose).bind(if purpose == "line-check" { "line-check" } else { "passport-reissue-ko" })
            .bind(state).bind(staff).bind(campaign).bind(due_at).bind(started).bind(now)
            .fetch_one(&db.pool).await.unwrap()
        };
        let ended = call("evaluation", "ended", Some(seoul), Some(campaign), None, Some(now - 3_600_000)).await;
        let on_the_line = call("evaluation", "placed", Some(almaty), Some(campaign), None, Some(now - 20_000)).await;
        let due_soon = call("evaluation", "scheduled", Some(seoul), Some(campaign), Some(now + 5 * 60_000), None).await;
        let line_check = call("line-check", "ended", None, None, None, Some(now - 7_200_000)).await;

        let page = |path: String| {
            let request = app.http.get(app.url(&path));
            async move {
                let response = request.send().await.unwrap();
                assert_eq!(response.status(), 200, "{path}");
                response.text().await.unwrap()
            }
        };
        // The page's two tables: (in progress, history).
        let sections = |html: &str| -> (String, String) {
            let live = html.split_once("id=\"calls-in-progress\"").expect("an in-progress table").1;
            let (live, history) = live.split_once("id=\"calls-history\"").expect("a history table");
            (live.to_string(), history.to_string())
        };
        let row = |id: i64| format!("href=\"/calls/{id}\"");

        let index = page("/".into()).await;
        assert!(index.contains(">In progress</h3>") && index.contains(">History</h3>"), "each part has its heading");
        let (live, history) = sections(&index);
        assert!(live.contains(&row(on_the_line)) && live.contains(&row(due_soon)), "calls on the line and about to be placed are in progress");
        assert!(!live.contains(&row(ended)) && !live.contains(&row(line_check)));
        assert!(history.contains(&row(ended)) && history.contains(&row(line_check)), "ended calls are history");
        assert!(!history.contains(&row(on_the_line)) && !history.contains(&row(due_soon)));
        assert!(live.contains("Staff 1-0<br><small>Документирование населения</small>"), "whose line, and their department");
        assert!(history.contains("Staff 0-0<br><small>민원여권과</small>"));
        assert!(history.contains("<small>line check</small>"), "an ad-hoc call is a line check, nobody's line");
        assert!(index.contains("2 more calls are scheduled for later."), "next week's plan is counted");

        // A campaign's page lists its own calls only, in the same two parts.
        let own = page(format!("/campaigns/{campaign}")).await;
        let (live, history) = sections(&own);
        assert!(live.contains(&row(on_the_line)) && live.contains(&row(due_soon)));
        assert!(history.contains(&row(ended)) && !own.contains(&row(line_check)));

        // Paused, its next call is no longer about to be placed: it joins the later plan.
        let (status, _) = app.post_json(&format!("/api/v1/campaigns/{campaign}/pause"), &json!({})).await;
        assert_eq!(status, 200);
        let own = page(format!("/campaigns/{campaign}")).await;
        let (live, _) = sections(&own);
        assert!(live.contains(&row(on_the_line)) && !live.contains(&row(due_soon)), "a paused campaign's call waits");
        assert!(own.contains("3 more calls are scheduled for later."));

        // The call's own page says whose line it was.
        let one = page(format!("/calls/{on_the_line}")).await;
        assert!(one.contains("Staff 1-0 <small>(Документирование населения)</small>"));
    }
}

#[tokio::test]
async fn a_broken_call_script_stops_start_up_naming_the_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let scripts = dir.path().join("call-scripts");
    std::fs::create_dir(&scripts).unwrap();
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("call-scripts/parking-permit-en.toml"),
        scripts.join("parking-permit-en.toml"),
    )
    .unwrap();
    std::fs::write(
        scripts.join("broken.toml"),
        "id = \"broken\"\ntitle = \"Broken\"\nlanguage = \"en-US\"\nkind = \"evaluaton\"\n",
    )
    .unwrap();
    let db_path = dir.path().join("civicall.db");
    let mut config = Config::default();
    config.database.url = format!("sqlite://{}", db_path.display());
    config.scripts.dir = scripts;
    config.server.listen = "127.0.0.1:0".parse().unwrap();
    let err =
        match civicall::Application::build(config, Arc::new(civicall::clock::SystemClock)).await {
            Ok(_) => panic!("start-up must fail on a broken script"),
            Err(err) => format!("{err:#}"),
        };
    assert!(err.contains("broken.toml:4"), "{err}");
    assert!(!db_path.exists(), "nothing was written");
}
