//! The grading desk: leases, blind double grading, adjudication, agreement.

use std::collections::HashSet;
use std::sync::Arc;

use civicall::auth::Role;
use civicall::config::Config;
use civicall::grading::desk::{self, Grader};
use serde_json::{Value, json};

use crate::both_backends;
use crate::common::{Browser, Options, TestApp, TravelClock, spawn_app, utc, wait_for};

const DEPARTMENTS: &str = "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end
SEOUL-CIVIL,Civil Affairs,GURI,Guri City Hall,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
SEOUL-TAX,Local Taxes,GURI,Guri City Hall,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
SEOUL-ROADS,Roads,GURI,Guri City Hall,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
";

/// An app whose campaign leaves `calls` answered, recorded calls to staff of
/// SEOUL-CIVIL waiting for graders.
pub(crate) async fn app_with_tasks(
    backend: civicall::db::Backend,
    calls: usize,
    tweak: fn(&mut Config),
) -> (TestApp, Arc<TravelClock>) {
    let clock = TravelClock::at(utc("2026-03-01T00:00:00Z"));
    let app = spawn_app(
        backend,
        Options {
            clock: Some(clock.clone()),
            tweak,
            ..Options::default()
        },
    )
    .await;
    let (status, body) = app.import_csv("departments", DEPARTMENTS).await;
    assert_eq!(status, 200, "{body}");
    let mut staff = String::from(
        "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason\n",
    );
    for i in 0..calls {
        staff.push_str(&format!(
            "C{i:03},Clerk {i},SEOUL-CIVIL,7급,Clerk,031-550-{:04},yes,yes,\n",
            1000 + i
        ));
    }
    let (status, body) = app.import_csv("staff", &staff).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = app
        .post_json(
            "/api/v1/campaigns",
            &json!({
                "name": "Desk", "scripts": ["parking-permit-en"], "departments": ["SEOUL-CIVIL"],
                "start_date": "2026-03-02", "end_date": "2026-03-02", "calls_per_staff": 1,
            }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    clock.jump_to(utc("2026-03-03T06:00:00Z"));
    wait_for("the calls to wait for graders", || async {
        let tasks = app.get_json("/api/v1/grading/tasks?state=waiting").await;
        (tasks.as_array().unwrap().len() == calls).then_some(())
    })
    .await;
    (app, clock)
}

pub(crate) fn with_long_lateness(c: &mut Config) {
    c.dialer.max_lateness_mins = 60 * 24 * 30;
}

fn everything_double_graded(c: &mut Config) {
    with_long_lateness(c);
    c.grading.double_share = 1.0;
}

async fn department(app: &TestApp, code: &str) -> i64 {
    let departments = app.get_json("/api/v1/roster/departments").await;
    departments
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == code)
        .unwrap()["id"]
        .as_i64()
        .unwrap()
}

/// A grader signed in through the browser flow, in a department.
async fn grader(app: &TestApp, name: &str, department: Option<i64>, senior: bool) -> Browser {
    let user = app.user(name, &[Role::Grader], department).await;
    if senior {
        civicall::auth::set_senior(&app.state.db, user.id, true, 0)
            .await
            .unwrap();
    }
    let (status, browser) = app.sign_in(name, crate::common::PASSWORD).await;
    assert_eq!(status, 303);
    browser
}

async fn next(app: &TestApp, g: &Browser) -> Option<Value> {
    let r = g
        .http
        .post(app.url("/api/v1/grading/next"))
        .header("X-CSRF-Token", &g.csrf)
        .send()
        .await
        .unwrap();
    match r.status().as_u16() {
        204 => None,
        200 => Some(r.json().await.unwrap()),
        other => panic!("next task: {other} {}", r.text().await.unwrap()),
    }
}

/// A sheet answering every item the grader scores with `pick(item)`.
fn sheet(task: &Value, pick: impl Fn(&Value) -> Value) -> Value {
    let answers: Vec<Value> = task["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["items"].as_array().unwrap().clone())
        .filter(|i| i["auto"].is_null())
        .map(|i| {
            let mut a = pick(&i);
            a["item_key"] = i["key"].clone();
            a
        })
        .collect();
    json!({ "answers": answers, "comment": "heard the whole call" })
}

fn top(item: &Value) -> Value {
    match item["scale"]["type"].as_str().unwrap() {
        "yes_no" => json!({ "value": 1 }),
        "three_point" => json!({ "value": 3 }),
        _ => json!({ "value": 5 }),
    }
}

fn bottom(item: &Value) -> Value {
    match item["scale"]["type"].as_str().unwrap() {
        "yes_no" => json!({ "value": 0 }),
        _ => json!({ "value": 1 }),
    }
}

async fn submit(app: &TestApp, g: &Browser, task: &Value, body: &Value) -> (u16, Value) {
    let id = task["task_id"].as_i64().unwrap();
    let r = g
        .http
        .post(app.url(&format!("/api/v1/grading/tasks/{id}/submit")))
        .header("X-CSRF-Token", &g.csrf)
        .json(body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

both_backends! {
    async fn scores_follow_the_rubric_with_not_applicable_and_critical_items(backend: Backend) {
        let (app, _clock) = app_with_tasks(backend, 2, with_long_lateness).await;
        let g = grader(&app, "grader", None, false).await;
        let task = next(&app, &g).await.expect("a task");
        // A sheet with one item missing is refused, naming what is open.
        let mut partial = sheet(&task, top);
        partial["answers"].as_array_mut().unwrap().pop();
        let (status, body) = submit(&app, &g, &task, &partial).await;
        assert_eq!(status, 422, "{body}");
        assert!(body["error"].as_str().unwrap().contains("not answered yet"), "{body}");
        // A comment with a control character, or too long, is refused by field; the task stays the grader's.
        let mut noisy = sheet(&task, top);
        noisy["comment"] = json!("heard\u{0} the whole call");
        let (status, body) = submit(&app, &g, &task, &noisy).await;
        assert_eq!((status, body["field"].as_str(), body["code"].as_str()), (422, Some("comment"), Some("text-control-prose")), "{body}");
        let mut long = sheet(&task, top);
        let key = long["answers"][0]["item_key"].as_str().unwrap().to_string();
        long["answers"][0]["comment"] = json!("x".repeat(4_001));
        let (status, body) = submit(&app, &g, &task, &long).await;
        let field = format!("answers.{key}.comment");
        assert_eq!((status, body["field"].as_str(), body["code"].as_str()), (422, Some(field.as_str()), Some("text-too-long")), "{body}");

        // Everything at the top, transfer handling not applicable: the weight is shared out, 100.
        let perfect = sheet(&task, |i| if i["na_allowed"] == true { json!({ "not_applicable": true }) } else { top(i) });
        let (status, body) = submit(&app, &g, &task, &perfect).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["score"]["total"], 100.0);
        assert_eq!(body["score"]["band"], "excellent");
        assert_eq!(body["evaluation_state"], "final");

        // The next call: all top marks but a critical item failed: total 0, stages kept.
        let task = next(&app, &g).await.expect("a second task");
        let rude = sheet(&task, |i| if i["critical"] == true { bottom(i) } else { top(i) });
        let (status, body) = submit(&app, &g, &task, &rude).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["score"]["total"], 0.0);
        assert!(!body["score"]["critical_failed"].as_array().unwrap().is_empty());
        assert!(body["score"]["stages"].as_array().unwrap().iter().any(|s| s["score"].as_f64().unwrap() > 50.0));
        assert!(next(&app, &g).await.is_none(), "the queue is empty");
    }

    async fn the_call_page_places_the_stages_where_the_desk_does_on_the_recording(backend: Backend) {
        let (app, _clock) = app_with_tasks(backend, 1, with_long_lateness).await;
        let g = grader(&app, "grader-timeline", None, false).await;
        let task = next(&app, &g).await.expect("a task");
        let desk: Vec<(String, i64)> = task["stage_offsets"].as_array().unwrap().iter()
            .map(|o| (o["stage"].as_str().unwrap().to_string(), o["offset_ms"].as_i64().unwrap()))
            .collect();
        assert!(desk.len() >= 2, "the desk places the stages: {desk:?}");
        let pool = &app.state.db.pool;
        let (call, answered, ended): (i64, i64, i64) = sqlx::query_as(
            "SELECT c.id, c.answered_received_at, c.ended_received_at FROM grading_tasks t \
             JOIN evaluations e ON e.id = t.evaluation_id JOIN calls c ON c.id = e.call_id WHERE t.id = $1",
        )
        .bind(task["task_id"].as_i64().unwrap()).fetch_one(pool).await.unwrap();
        let audio_ms: i64 = sqlx::query_scalar("SELECT duration_ms FROM recordings WHERE call_id = $1 AND state = 'available'")
            .bind(call).fetch_one(pool).await.unwrap();

        let hr = app.browser("hr-timeline", &[Role::Hr]).await;
        let page = hr.http.get(app.url(&format!("/calls/{call}"))).send().await.unwrap().text().await.unwrap();
        let marks: Vec<(String, i64)> = page.split("<li data-stage=\"").skip(1)
            .map(|rest| {
                let (stage, rest) = rest.split_once('"').unwrap();
                let offset = rest.split_once("data-offset=\"").unwrap().1.split_once('"').unwrap().0;
                (stage.to_string(), offset.parse().unwrap())
            })
            .collect();
        assert_eq!(marks, desk, "the call page and the desk agree");
        // On the recording's timeline, not the service's clock: the sandbox ran
        // the call 40 times faster than the recording plays it.
        let (_, last) = marks.last().unwrap();
        assert!(*last > ended - answered && *last < audio_ms, "the last stage at {last} ms of {audio_ms} ms of audio; {} ms on our clock", ended - answered);
        let shown = format!(" at {:.1} s</li>", *last as f64 / 1000.0);
        assert!(page.contains(&shown), "the page says {shown}");
    }

    async fn an_expired_lease_returns_the_task_and_a_release_keeps_it_from_the_grader(backend: Backend) {
        let (app, clock) = app_with_tasks(backend, 1, with_long_lateness).await;
        let first = grader(&app, "first", None, false).await;
        let second = grader(&app, "second", None, false).await;
        let task = next(&app, &first).await.expect("a task");
        assert!(next(&app, &second).await.is_none(), "a held task is nobody else's");
        // The page's heartbeat keeps it.
        let id = task["task_id"].as_i64().unwrap();
        let beat = first.http.post(app.url(&format!("/api/v1/grading/tasks/{id}/heartbeat"))).header("X-CSRF-Token", &first.csrf).send().await.unwrap();
        assert_eq!(beat.status(), 200);
        // Twenty-one minutes without a heartbeat: the task is free again.
        clock.jump_to(utc("2026-03-03T06:25:00Z"));
        let taken = next(&app, &second).await.expect("the task came back");
        assert_eq!(taken["task_id"], task["task_id"]);
        let (status, _) = submit(&app, &first, &task, &sheet(&task, top)).await;
        assert_eq!(status, 404, "the lapsed holder can no longer submit");
        // Given back with a reason, it goes to someone else, not back to the one who released it.
        let released = second.http.post(app.url(&format!("/api/v1/grading/tasks/{id}/release"))).header("X-CSRF-Token", &second.csrf).json(&json!({"reason": "bad audio"})).send().await.unwrap();
        assert_eq!(released.status(), 204);
        assert!(next(&app, &second).await.is_none());
        assert_eq!(next(&app, &first).await.expect("free again")["task_id"], task["task_id"]);
    }

    async fn no_task_is_ever_held_by_two_graders_however_many_ask_at_once(backend: Backend) {
        let (app, _clock) = app_with_tasks(backend, 6, with_long_lateness).await;
        let now = app.state.clock.now_ms();
        let mut claims = Vec::new();
        for n in 0..50 {
            let db = app.state.db.clone();
            claims.push(tokio::spawn(async move {
                let g = Grader { key: format!("user:{}", 1000 + n), user_id: None, department_id: None, senior: false };
                desk::claim_next(&db, &g, now, 60_000).await.unwrap()
            }));
        }
        let mut held = Vec::new();
        for c in claims {
            if let Some(id) = c.await.unwrap() {
                held.push(id);
            }
        }
        let distinct: HashSet<i64> = held.iter().copied().collect();
        assert_eq!(held.len(), 6, "every task taken once: {held:?}");
        assert_eq!(distinct.len(), 6, "no task taken twice: {held:?}");
    }

    async fn a_second_grader_is_someone_else_from_another_department_and_never_sees_the_first_score(backend: Backend) {
        let (app, _clock) = app_with_tasks(backend, 1, everything_double_graded).await;
        let civil = department(&app, "SEOUL-CIVIL").await;
        let tax = department(&app, "SEOUL-TAX").await;
        let first = grader(&app, "first", Some(tax), false).await;
        let colleague = grader(&app, "colleague", Some(civil), false).await;
        let other = grader(&app, "other", None, false).await;
        assert!(next(&app, &colleague).await.is_none(), "never a call to one's own department");
        let task = next(&app, &first).await.expect("a task");
        let (status, body) = submit(&app, &first, &task, &sheet(&task, top)).await;
        assert_eq!((status, body["evaluation_state"].as_str()), (200, Some("second_grading")));
        assert!(next(&app, &first).await.is_none(), "never the same call twice");
        assert!(next(&app, &colleague).await.is_none(), "still not their department");
        let second = next(&app, &other).await.expect("the blind second grading");
        assert_eq!(second["kind"], "second");
        let text = second.to_string();
        assert!(!text.contains("heard the whole call") && second["draft"].is_null(), "the first sheet is not shown: {text}");
        assert!(!text.contains("\"total\""), "no score is shown: {text}");
        // Within the threshold, the final score is the mean.
        let (status, body) = submit(&app, &other, &second, &sheet(&second, top)).await;
        assert_eq!((status, body["evaluation_state"].as_str()), (200, Some("final")));
        let call = app.get_json("/api/v1/calls?campaign=1").await[0]["id"].as_i64().unwrap();
        let scores = app.get_json(&format!("/api/v1/calls/{call}/scores")).await;
        assert_eq!(scores["final_source"], "mean");
        assert_eq!(scores["gradings"].as_array().unwrap().len(), 2);
        // Typed: kinds named, stage scores as a list, times as RFC 3339.
        let first = &scores["gradings"][0];
        assert_eq!(first["kind"], "first", "{first}");
        assert!(first["stage_scores"].as_array().is_some_and(|s| !s.is_empty()), "{first}");
        assert!(chrono::DateTime::parse_from_rfc3339(first["submitted_at"].as_str().unwrap()).is_ok(), "{first}");
        let queue = app.get_json("/api/v1/grading/tasks?state=done").await;
        assert!(queue.as_array().unwrap().iter().all(|t| t["state"] == "done"), "{queue}");
    }

    async fn a_large_disagreement_goes_to_a_senior_grader_whose_score_is_final(backend: Backend) {
        let (app, _clock) = app_with_tasks(backend, 1, everything_double_graded).await;
        let generous = grader(&app, "generous", None, false).await;
        let harsh = grader(&app, "harsh", None, false).await;
        let junior = grader(&app, "junior", None, false).await;
        let senior = grader(&app, "senior", None, true).await;
        let task = next(&app, &generous).await.unwrap();
        submit(&app, &generous, &task, &sheet(&task, top)).await;
        let task = next(&app, &harsh).await.unwrap();
        let (_, body) = submit(&app, &harsh, &task, &sheet(&task, |i| if i["critical"] == true { top(i) } else { bottom(i) })).await;
        assert_eq!(body["evaluation_state"], "adjudication", "{body}");
        assert!(next(&app, &junior).await.is_none(), "only a senior grader adjudicates");
        let adjudication = next(&app, &senior).await.expect("an adjudication task");
        assert_eq!(adjudication["kind"], "adjudication");
        let (status, body) = submit(&app, &senior, &adjudication, &sheet(&adjudication, |i| if i["scale"]["type"] == "five_point" { json!({"value": 4}) } else { top(i) })).await;
        assert_eq!(status, 200, "{body}");
        let adjudicated = body["score"]["total"].as_f64().unwrap();
        let call = app.get_json("/api/v1/calls?campaign=1").await[0]["id"].as_i64().unwrap();
        let scores = app.get_json(&format!("/api/v1/calls/{call}/scores")).await;
        assert_eq!(scores["final_source"], "adjudicated");
        assert_eq!(scores["final_total"].as_f64().unwrap(), adjudicated);
        let calibration = app.get_json("/api/v1/grading/calibration").await;
        let generous_row = calibration.as_array().unwrap().iter().find(|g| g["name"] == "Test generous").unwrap();
        assert!(generous_row["leniency"].as_f64().unwrap() > 0.0, "the generous grader scores above the final: {generous_row}");
    }

    async fn agreement_figures_match_a_hand_computation(backend: Backend) {
        let (app, _clock) = app_with_tasks(backend, 3, everything_double_graded).await;
        // Three calls graded twice with totals (60, 70), (80, 80), (90, 100):
        // ICC(2,1) = 13/15 by hand (MSR 450, MSC 66.7, MSE 16.7); every pair is within 10 points.
        let graders = [grader(&app, "grader-a", None, false).await, grader(&app, "grader-b", None, false).await];
        let targets = [(60.0, 70.0), (80.0, 80.0), (90.0, 100.0)];
        // Both graders work through the queue until every call has two sheets.
        loop {
            let mut progressed = false;
            for g in &graders {
                if let Some(task) = next(&app, g).await {
                    let (status, body) = submit(&app, g, &task, &sheet(&task, top)).await;
                    assert_eq!(status, 200, "{body}");
                    progressed = true;
                }
            }
            if !progressed {
                break;
            }
        }
        // Set the totals the hand computation uses (the sheets' items stay as submitted).
        let evaluations: Vec<i64> = sqlx::query_scalar("SELECT DISTINCT evaluation_id FROM gradings ORDER BY evaluation_id").fetch_all(&app.state.db.pool).await.unwrap();
        assert_eq!(evaluations.len(), 3);
        for (evaluation, (first_total, second_total)) in evaluations.into_iter().zip(targets) {
            for (kind, total) in [("first", first_total), ("second", second_total)] {
                sqlx::query("UPDATE gradings SET total = $1 WHERE evaluation_id = $2 AND kind = $3").bind(total).bind(evaluation).bind(kind).execute(&app.state.db.pool).await.unwrap();
            }
        }
        let report = app.get_json("/api/v1/grading/agreement").await;
        assert_eq!(report["double_graded"], 3);
        assert!((report["totals_icc"]["value"].as_f64().unwrap() - 13.0 / 15.0).abs() < 1e-9, "{report}");
        assert_eq!(report["totals_icc"]["n"], 3);
        assert_eq!(report["totals_within_10_points"], 1.0);
        // Both graders gave top marks everywhere: no variation, so alpha is undefined, not a fake 1.
        let item = &report["items"][0];
        assert_eq!(item["alpha_ordinal"]["n"], 3);
        assert!(item["alpha_ordinal"]["value"].is_null(), "{item}");
    }
}
