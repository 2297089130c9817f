//! The demo the README's first command runs: its roster, campaigns, and a
//! filled operator desk and synthesis.

use civicall::callbacks::desk::{self, Operator};
use civicall::db::Backend;
use civicall::i18n::{Lang, Locale};
use serde_json::{Value, json};

use crate::both_backends;
use crate::common::{Browser, Options, PASSWORD, TestApp, TravelClock, spawn_app, utc, wait_for};

fn demo_config(c: &mut civicall::config::Config) {
    civicall::demo::callbacks::configure(c);
}

both_backends! {
    async fn the_demo_fills_the_operator_desk_and_yesterdays_synthesis(backend: Backend) {
        // Seeded at 07:30 in Đồng Tháp, before the day's 08:30 draw time:
        // `serve --demo` seeds before its workers start, but here the app
        // already runs, and its draw worker must not draw today while the
        // seed is still bringing the visits in. Then on to 10:00.
        let clock = TravelClock::at(utc("2026-09-02T00:30:00Z"));
        let app = spawn_app(backend, Options { clock: Some(clock.clone()), tweak: demo_config, lines: civicall::demo::lines(), ..Options::default() }).await;
        let accounts = civicall::demo::seed(&app.state).await.unwrap();
        assert!(accounts.iter().any(|(name, _)| name == "operator"));
        clock.jump_to(utc("2026-09-02T03:00:00Z"));

        let yesterday = app.get_json("/api/v1/callbacks/synthesis?centre=DT&span=day&date=2026-09-01").await;
        let counts = &yesterday["counts"];
        let drawn = counts["drawn"].as_i64().unwrap();
        assert!((10..=30).contains(&drawn), "{counts}");
        assert!(counts["reached"].as_i64().unwrap() >= drawn / 2, "most were reached: {counts}");
        assert!(yesterday["satisfaction"]["overall"]["n"].as_i64().unwrap() > 0);
        assert!(!yesterday["remarks"].as_array().unwrap().is_empty());
        assert!(!yesterday["by_staff"].as_array().unwrap().is_empty());

        let operator: (i64, i64) = sqlx::query_as("SELECT id, centre_id FROM users WHERE username = 'operator'").fetch_one(&app.state.db.pool).await.unwrap();
        let op = Operator { key: format!("user:{}", operator.0), user_id: Some(operator.0), centre_id: Some(operator.1), phone: None };
        let today = desk::today(&app.state.db, &op, app.state.clock.now()).await.unwrap();
        let due: Vec<_> = today.iter().filter(|c| c.state == "open" && c.next_attempt_at <= app.state.clock.now_ms()).collect();
        assert!(due.len() >= 10, "today's callbacks are due: {}", due.len());
        let draws: Value = app.get_json("/api/v1/callbacks/draws?centre=DT&day=2026-09-02").await;
        assert!(draws["eligible"].as_array().unwrap().len() > draws["drawn"].as_array().unwrap().len());

        // Earlier months' results for HR: six departments ranked, star staff where someone stands out, two disputes.
        let august = app.get_json("/api/v1/results/departments?month=2026-08").await;
        let departments = august["departments"].as_array().unwrap();
        assert_eq!(departments.len(), 6, "{august}");
        assert!(departments.iter().all(|d| d["n"].as_i64().unwrap() >= 10), "{august}");
        let stars = app.get_json("/api/v1/results/stars?month=2026-08").await;
        let in_the_running = stars.as_array().unwrap().iter().filter(|c| !c["ranked"].as_array().unwrap().is_empty()).count();
        assert_eq!(in_the_running, 2, "Guri and Almaty have staff in the running; Đồng Tháp has no evaluations");
        // A star stands out from the median with evidence, or the month has none.
        for c in stars.as_array().unwrap() {
            for st in c["stars"].as_array().unwrap() {
                assert!(c["differences"] == true && st["candidate"]["p_above_median"].as_f64().unwrap() >= 0.9, "{st}");
            }
        }
        // A department is flagged only where the data show differences at all.
        let differences = august["departments_fit"]["differences"] == true;
        assert!(differences || departments.iter().all(|d| d["flagged"] == false), "{august}");
        let trend = app.get_json("/api/v1/results/staff/1?month=2026-08").await["trend"].clone();
        assert!(trend.as_array().unwrap().iter().filter(|p| !p["mean"].is_null()).count() >= 5, "{trend}");
        let disputes = app.get_json("/api/v1/results/disputes").await;
        assert_eq!((disputes["summary"]["open"].as_i64(), disputes["summary"]["accepted"].as_i64()), (Some(1), Some(1)), "{disputes}");
    }
}

/// The demo seeded with the app's clock at `at`.
async fn demo_at(
    backend: Backend,
    at: &str,
    tweak: fn(&mut civicall::config::Config),
) -> (TestApp, Vec<(String, String)>, std::sync::Arc<TravelClock>) {
    let clock = TravelClock::at(utc(at));
    let app = spawn_app(
        backend,
        Options {
            clock: Some(clock.clone()),
            tweak,
            lines: civicall::demo::lines(),
            ..Options::default()
        },
    )
    .await;
    let accounts = civicall::demo::seed(&app.state).await.unwrap();
    (app, accounts, clock)
}

/// The demo's `operator`, signed in after choosing their own password, as on their first day.
async fn demo_operator(app: &TestApp, accounts: &[(String, String)]) -> Browser {
    let one_time = &accounts
        .iter()
        .find(|(name, _)| name == "operator")
        .expect("an operator account")
        .1;
    let (status, first) = app.sign_in("operator", one_time).await;
    assert_eq!(status, 303);
    let changed = first
        .http
        .post(app.url("/account/password"))
        .form(&[
            ("csrf", first.csrf.as_str()),
            ("current_password", one_time.as_str()),
            ("new_password", PASSWORD),
            ("confirm_password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 303);
    let (status, operator) = app.sign_in("operator", PASSWORD).await;
    assert_eq!(status, 303);
    operator
}

async fn post(app: &TestApp, b: &Browser, path: &str) -> (u16, Value) {
    let r = b
        .http
        .post(app.url(path))
        .header("X-CSRF-Token", &b.csrf)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

async fn desk_page(app: &TestApp, b: &Browser) -> String {
    b.http
        .get(app.url("/callbacks"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Open callbacks on the operator's desk that are due at `now_ms`.
async fn due(app: &TestApp, b: &Browser, now_ms: i64) -> Vec<Value> {
    let today: Value = b
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
        .filter(|c| c["state"] == "open" && rfc3339_ms(&c["next_attempt_at"]) <= now_ms)
        .cloned()
        .collect()
}

/// An RFC 3339 time of the API, in epoch milliseconds.
fn rfc3339_ms(value: &Value) -> i64 {
    chrono::DateTime::parse_from_rfc3339(
        value
            .as_str()
            .unwrap_or_else(|| panic!("an RFC 3339 time: {value}")),
    )
    .unwrap()
    .timestamp_millis()
}

fn demo_note() -> String {
    Lang::english()
        .with_locale(Locale::Vi)
        .t("callbacks-hours-demo")
}

both_backends! {
    async fn the_demo_operator_takes_and_calls_a_callback_at_any_hour_in_dong_thap(backend: Backend) {
        // Đồng Tháp is UTC+7. Night (02:00), just past midnight (00:30: today's
        // visits are still to come), late evening (23:30) — all outside the
        // legal 08:00–21:00 — and an ordinary morning; all on 2 September local.
        for (local, at) in [("02:00", "2026-09-01T19:00:00Z"), ("00:30", "2026-09-01T17:30:00Z"), ("23:30", "2026-09-02T16:30:00Z"), ("10:00", "2026-09-02T03:00:00Z")] {
            let (app, accounts, _clock) = demo_at(backend, at, demo_config).await;
            let operator = demo_operator(&app, &accounts).await;
            assert!(desk_page(&app, &operator).await.contains(&demo_note()), "{local}: the desk says the hours are the demo's");

            let draw = app.get_json("/api/v1/callbacks/draws?centre=DT&day=2026-09-02").await;
            assert!(draw["drawn"].as_array().unwrap().len() >= 10, "{local}: today's draw: {draw}");
            let due = due(&app, &operator, app.state.clock.now_ms()).await;
            assert!(due.len() >= 10, "{local}: today's callbacks are due at once: {}", due.len());

            let (status, held) = post(&app, &operator, "/api/v1/callbacks/next").await;
            assert_eq!(status, 200, "{local}: {held}");
            assert!(held["phone"].as_str().unwrap().starts_with("+8491"), "{local}: {held}");
            let id = held["id"].as_i64().unwrap();
            let (status, placed) = post(&app, &operator, &format!("/api/v1/callbacks/{id}/call")).await;
            assert_eq!(status, 201, "{local}: the call goes through: {placed}");
            let call_id = placed["call_id"].as_i64().unwrap();
            // The sandbox rings the operator's own line, which answers, and bridges to the citizen.
            let call = wait_for(&format!("{local}: the bridged call to end"), || async {
                let call = app.call(call_id).await;
                (call["state"] == "ended").then_some(call)
            }).await;
            assert_eq!((call["purpose"].as_str(), call["connection"].as_str()), (Some("callback"), Some("person")), "{local}: {call}");
            assert!(call["to"].as_str().unwrap().ends_with("100"), "the operator's line: {call}");
        }
    }

    async fn without_the_demo_setting_citizens_are_called_only_between_eight_and_nine(backend: Backend) {
        // The demo's centre with its whole-day hours, but not the demo's
        // setting: the legal bound narrows them to 08:00–21:00.
        fn bounded(c: &mut civicall::config::Config) {
            civicall::demo::callbacks::configure(c);
            c.callbacks.demo_any_hour = false;
        }
        // 02:00 in Đồng Tháp: today's draw waits for 08:00.
        let (app, accounts, clock) = demo_at(backend, "2026-09-01T19:00:00Z", bounded).await;
        let operator = demo_operator(&app, &accounts).await;
        assert!(!desk_page(&app, &operator).await.contains(&demo_note()));
        let eight = utc("2026-09-02T01:00:00Z").timestamp_millis();
        let today: Value = operator.http.get(app.url("/api/v1/callbacks/today")).send().await.unwrap().json().await.unwrap();
        let at_eight = today.as_array().unwrap().iter().filter(|c| (eight..eight + 1000).contains(&rfc3339_ms(&c["next_attempt_at"]))).count();
        assert!(at_eight >= 10, "today's draw is due at 08:00: {today}");

        // 20:55: taken; 21:05, still held: the call is refused.
        clock.jump_to(utc("2026-09-02T13:55:00Z"));
        let operator = demo_operator_again(&app).await;
        let (status, held) = post(&app, &operator, "/api/v1/callbacks/next").await;
        assert_eq!(status, 200, "{held}");
        clock.jump_to(utc("2026-09-02T14:05:00Z"));
        let id = held["id"].as_i64().unwrap();
        let (status, refused) = post(&app, &operator, &format!("/api/v1/callbacks/{id}/call")).await;
        assert_eq!((status, refused["code"].as_str()), (409, Some("callbacks-outside-calling-hours")), "{refused}");
    }

    async fn the_demo_history_has_double_graded_calls_and_real_agreement_figures(backend: Backend) {
        let (app, _, _) = demo_at(backend, "2026-09-02T03:00:00Z", demo_config).await;
        let agreement = app.get_json("/api/v1/grading/agreement").await;
        let double = agreement["double_graded"].as_i64().unwrap();
        assert!(double >= 10, "{agreement}");
        for figure in ["totals_icc", "totals_alpha_interval"] {
            let value = agreement[figure]["value"].as_f64().unwrap_or_else(|| panic!("{figure} is a number: {agreement}"));
            assert!(value > 0.0 && value < 1.0, "{figure}: two graders agree, not perfectly: {agreement}");
            assert_eq!(agreement[figure]["n"].as_i64(), Some(double));
        }
        let within = agreement["totals_within_10_points"].as_f64().unwrap();
        assert!(within > 0.5 && within < 1.0, "{agreement}");
        let items = agreement["items"].as_array().unwrap();
        let with_alpha = items.iter().filter(|i| i["alpha_ordinal"]["value"].is_f64() && i["kappa_quadratic"]["value"].is_f64()).count();
        assert!(with_alpha * 2 >= items.len() && !items.is_empty(), "most items have figures: {agreement}");

        // Graded at the desk by grader and grader2, disagreements settled by the senior grader.
        let graders = app.get_json("/api/v1/grading/calibration").await;
        let by = |name: &str| graders.as_array().unwrap().iter().find(|g| g["name"] == name).cloned().unwrap_or_else(|| panic!("{name}: {graders}"));
        for name in ["Grader One", "Grader Two"] {
            let g = by(name);
            assert_eq!(g["gradings"].as_i64(), Some(double), "{g}");
            assert!(g["median_seconds_per_task"].is_f64() && g["leniency"].is_f64(), "{g}");
        }
        let senior = by("Senior Grader");
        assert!(senior["adjudications"].as_i64().unwrap() >= 1, "{senior}");
        assert_eq!(senior["adjudications"], senior["gradings"]);
        // As first made final (a dispute the supervisor won may have changed one since).
        let sources: Vec<(String, i64)> = sqlx::query_as("SELECT v.source, COUNT(*) FROM evaluations e JOIN score_versions v ON v.evaluation_id = e.id AND v.version = 1 \
            WHERE e.double_graded = 1 GROUP BY v.source ORDER BY v.source")
            .fetch_all(&app.state.db.pool).await.unwrap();
        assert_eq!(sources.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(), ["adjudicated", "mean"], "{sources:?}");
        let waiting: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM grading_tasks WHERE state = 'waiting'").fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(waiting, 0, "the history leaves nothing in the graders' queue");
    }
}

/// The demo's `operator` signing in again, with the password they chose.
async fn demo_operator_again(app: &TestApp) -> Browser {
    let (status, operator) = app.sign_in("operator", PASSWORD).await;
    assert_eq!(status, 303);
    operator
}

both_backends! {
    async fn the_demos_november_flags_a_department_only_where_the_data_show_a_difference_and_says_so(backend: Backend) {
        let (app, _, _) = demo_at(backend, "2026-11-27T03:00:00Z", civicall::demo::callbacks::configure).await;
        let november = app.get_json("/api/v1/results/departments?month=2026-11").await;
        let fit = &november["departments_fit"];
        let departments = november["departments"].as_array().unwrap();
        assert_eq!(departments.len(), 6, "{november}");
        let flagged = departments.iter().filter(|d| d["flagged"] == true).count();
        let threshold = november["flag_probability"].as_f64().unwrap();
        if fit["differences"] == false {
            assert_eq!(flagged, 0, "no detectable differences, nobody flagged: {november}");
        }
        for d in departments {
            // A flag always rests on the evidence rule, never on position alone.
            if d["flagged"] == true {
                assert!(d["p_below_mean"].as_f64().unwrap() >= threshold, "{d}");
            }
            let (low, high) = (d["rank_interval"][0].as_i64().unwrap(), d["rank_interval"][1].as_i64().unwrap());
            assert!(1 <= low && low <= high && high <= 6, "a rank interval among six: {d}");
        }
        let html = app.http.get(app.url("/results?month=2026-11")).send().await.unwrap().text().await.unwrap();
        let no_differences = civicall::i18n::Lang::english().t("results-no-differences-departments");
        assert_eq!(html.contains(&no_differences), fit["differences"] == false, "the page says so exactly when the data show no differences");
        println!("demo November: flagged {flagged} of 6; model {fit}");
    }
}
