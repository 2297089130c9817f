//! The grading desk in a real browser: headless Chromium over WebDriver, a
//! grader signed in through the login form, on each backend. Each user works
//! in their own language: a Russian grader, a Vietnamese operator, a Korean
//! HR officer; what the tests expect to read comes from the catalogues.
//! The demo's desks, walked at a phone's width and at full width, fit the
//! window and pass the axe-core accessibility checker.

use civicall::auth::Role;
use civicall::i18n::{Lang, Locale};
use civicall::tr;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::both_backends;
use crate::common::{PASSWORD, TestApp};
use crate::grading::{app_with_tasks, with_long_lateness};
use crate::webdriver::Chromium;

/// One item of the sheet as the page shows it.
#[derive(Deserialize)]
struct SheetItem {
    key: String,
    label: String,
    /// The radios' values in page order, "na" among them where allowed.
    levels: Vec<String>,
}

impl SheetItem {
    /// The best level: "1" (yes) on a yes/no item, the highest otherwise.
    fn top(&self) -> &str {
        self.levels
            .iter()
            .filter(|v| *v != "na")
            .max_by_key(|v| v.parse::<i64>().expect("a numeric level"))
            .expect("an item with levels")
    }

    /// What a grader picks to give the item full marks.
    fn best_answer(&self) -> &str {
        if self.allows_not_applicable() {
            "na"
        } else {
            self.top()
        }
    }

    /// The shortcut key for the best answer: a level's place, or N.
    fn best_key(&self) -> String {
        match self.best_answer() {
            "na" => "n".into(),
            top => (self.levels.iter().position(|v| v == top).unwrap() + 1).to_string(),
        }
    }

    fn allows_not_applicable(&self) -> bool {
        self.levels.iter().any(|v| v == "na")
    }

    fn radio(&self, value: &str) -> String {
        format!(".item[data-item='{}'] input[value='{value}']", self.key)
    }
}

/// The desk page's state, read the way its script reads it.
struct Desk<'a>(&'a Chromium);

impl Desk<'_> {
    async fn items(&self) -> Vec<SheetItem> {
        let items = self
            .0
            .js(
                "return Array.prototype.map.call(document.querySelectorAll('#sheet .item'), function (item) {
                   return { key: item.dataset.item,
                            label: item.querySelector('.item-label').textContent,
                            levels: Array.prototype.map.call(item.querySelectorAll('input[type=radio]'),
                                                             function (r) { return r.value; }) };
                 });",
                vec![],
            )
            .await;
        serde_json::from_value(items).expect("the sheet's items")
    }

    /// Each item's checked value, null where none is.
    async fn answers(&self) -> Value {
        self.0
            .js(
                "return Array.prototype.map.call(document.querySelectorAll('#sheet .item'), function (item) {
                   var c = item.querySelector('input[type=radio]:checked'); return c ? c.value : null;
                 });",
                vec![],
            )
            .await
    }

    /// The items the page marks as still open.
    async fn marked_missing(&self) -> Value {
        self.0
            .js(
                "return Array.prototype.map.call(document.querySelectorAll('.item.missing'),
                                                 function (i) { return i.dataset.item; });",
                vec![],
            )
            .await
    }

    /// The stage buttons: name and where the stage begins, in ms.
    async fn stage_marks(&self) -> Vec<(String, i64)> {
        let marks = self
            .0
            .js(
                "return Array.prototype.map.call(document.querySelectorAll('.stage-mark'),
                   function (b) { return [b.textContent, parseInt(b.dataset.offset, 10)]; });",
                vec![],
            )
            .await;
        serde_json::from_value(marks).expect("stage marks")
    }

    async fn paused(&self) -> bool {
        self.0
            .js("return document.getElementById('player').paused;", vec![])
            .await
            .as_bool()
            .unwrap()
    }

    async fn current_time(&self) -> f64 {
        self.0
            .js(
                "return document.getElementById('player').currentTime;",
                vec![],
            )
            .await
            .as_f64()
            .unwrap()
    }

    async fn until_paused(&self, what: &str) {
        self.0
            .until(
                what,
                "return document.getElementById('player').paused;",
                vec![],
            )
            .await;
    }

    /// Waits until the recording plays on past `seconds`.
    async fn until_playing_past(&self, seconds: f64) -> f64 {
        self.0
            .until(
                &format!("the recording to play past {seconds} s"),
                "var p = document.getElementById('player');
                 return !p.paused && p.currentTime > arguments[0] ? p.currentTime : null;",
                vec![json!(seconds)],
            )
            .await
            .as_f64()
            .unwrap()
    }

    /// Notes where the player lands at its next seek; see `landed`.
    async fn watch_next_seek(&self) {
        self.0
            .js(
                "var p = document.getElementById('player'); window.seekedAt = null;
                 p.addEventListener('seeked', function () { window.seekedAt = p.currentTime; }, { once: true });",
                vec![],
            )
            .await;
    }

    async fn landed(&self) -> f64 {
        self.0
            .until("the player to jump", "return window.seekedAt;", vec![])
            .await
            .as_f64()
            .unwrap()
    }

    /// The recording can play and its waveform is drawn, both sides of the call.
    async fn until_ready(&self) {
        self.0
            .until(
                "the recording to load",
                "return document.getElementById('player').readyState >= 2;",
                vec![],
            )
            .await;
        self.0
            .until(
                "the waveform of both sides to be drawn",
                "var c = document.getElementById('wave');
                 var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                 var caller = false, staff = false;
                 for (var i = 0; i < d.length; i += 4) {
                   if (d[i] === 11 && d[i + 1] === 92 && d[i + 2] === 173) caller = true;
                   if (d[i] === 23 && d[i + 1] === 128 && d[i + 2] === 61) staff = true;
                 }
                 return caller && staff;",
                vec![],
            )
            .await;
    }
}

/// A new user's own language, as they would set it on their account page.
async fn speaks(app: &TestApp, user: &civicall::auth::User, locale: Locale) -> Lang {
    civicall::auth::set_locale(&app.state.db, user.id, Some(locale), 0)
        .await
        .unwrap();
    Lang::english().with_locale(locale)
}

/// A grader working in `locale` opens the desk signed out, follows the page
/// to the login form, signs in and lands on the task the desk hands them.
/// Returns its id.
async fn grader_signs_in_at_the_desk(
    app: &TestApp,
    browser: &Chromium,
    name: &str,
    locale: Locale,
) -> i64 {
    let user = app.user(name, &[Role::Grader], None).await;
    speaks(app, &user, locale).await;
    browser.goto(&app.url("/grading")).await;
    browser.click("main a[href^='/login']").await;
    browser.until_at("/login").await;
    browser.fill("input[name=username]", name).await;
    browser.fill("input[name=password]", PASSWORD).await;
    browser
        .click("form[action='/login'] button[type=submit]")
        .await;
    let path = browser.until_at("/grading/tasks/").await;
    browser.find("#desk").await;
    task_id(&path)
}

fn task_id(path: &str) -> i64 {
    path.rsplit('/').next().unwrap().parse().expect("a task id")
}

/// Waits for the desk page of a task other than `previous`.
async fn until_another_desk(browser: &Chromium, previous: i64) -> i64 {
    let path = browser
        .until(
            "the next task's desk",
            "var p = window.location.pathname;
             return document.readyState === 'complete' && p.indexOf('/grading/tasks/') === 0
               && p !== arguments[0] && document.getElementById('desk') ? p : null;",
            vec![json!(format!("/grading/tasks/{previous}"))],
        )
        .await;
    task_id(path.as_str().unwrap())
}

/// The grading task as the people running evaluations see it.
async fn task_row(app: &TestApp, task: i64) -> Value {
    let tasks = app.get_json("/api/v1/grading/tasks").await;
    tasks
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == task)
        .cloned()
        .unwrap_or_else(|| panic!("task {task} in {tasks}"))
}

async fn scores_of_task(app: &TestApp, task: i64) -> Value {
    let call = task_row(app, task).await["call_id"].clone();
    app.get_json(&format!("/api/v1/calls/{call}/scores")).await
}

both_backends! {
    async fn a_grader_takes_a_task_plays_it_jumps_to_a_stage_scores_everything_and_gets_the_next_one(backend: Backend) {
        let ((app, _clock), browser) =
            tokio::join!(app_with_tasks(backend, 2, with_long_lateness), Chromium::start());
        let desk = Desk(&browser);
        let ru = Lang::english().with_locale(Locale::Ru);
        let first = grader_signs_in_at_the_desk(&app, &browser, "grader", Locale::Ru).await;
        // The script speaks its own language; the desk around it, the grader's.
        assert_eq!(browser.text("h1").await, "Residential parking permit enquiry");
        assert_eq!(browser.js("return document.documentElement.lang;", vec![]).await, "ru");
        assert_eq!(browser.text("#submit").await, ru.t("desk-submit"));
        desk.until_ready().await;

        // Play, and the recording runs; play again to pause.
        browser.click("#play").await;
        desk.until_playing_past(0.3).await;
        assert_eq!(browser.text("#play").await, ru.t("desk-pause"));
        browser.click("#play").await;
        desk.until_paused("the player to pause").await;
        let paused_at = desk.current_time().await;

        // A stage mark jumps to where that stage begins, and plays from there.
        let marks = desk.stage_marks().await;
        let names: Vec<&str> = marks.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["Greeting", "Response", "Closing"], "each stage by its title in the script");
        let (stage, offset) = marks.last().unwrap().clone();
        assert!(
            offset as f64 > paused_at * 1000.0 + 2000.0,
            "the {stage} stage starts well after {paused_at} s: {offset} ms"
        );
        desk.watch_next_seek().await;
        browser.click(&format!(".stage-mark[data-offset='{offset}']")).await;
        let landed = desk.landed().await;
        assert!(
            (landed * 1000.0 - offset as f64).abs() < 250.0,
            "jumped to {landed} s for the {stage} stage at {offset} ms"
        );
        desk.until_playing_past(landed + 0.2).await;

        // Every item at its best, "not applicable" where the item allows it.
        let items = desk.items().await;
        assert!(items.len() >= 5, "the sheet lists the graded items");
        for item in &items {
            browser.click(&item.radio(item.best_answer())).await;
        }
        browser.js("document.getElementById('player').pause(); window.scrollTo(0, 0);", vec![]).await;
        let shot = browser.screenshot("grading-desk").await;
        assert!(std::fs::metadata(&shot).unwrap().len() > 10_000, "{} holds a picture", shot.display());

        assert!(!browser.shows("#done").await, "no Submitted panel before submitting");
        browser.click("#submit").await;
        assert_eq!(browser.text("#done h2").await, ru.t("desk-submitted"));
        let result = tr!(ru, "desk-result", total = ru.number(100.0, 1), band = ru.t("band-excellent"));
        assert_eq!(browser.text("#result").await, result, "«100,0» as Russian writes it");
        assert!(!browser.shows("#sheet").await, "the sheet is put away");
        assert_eq!(task_row(&app, first).await["state"], "done");
        let scores = scores_of_task(&app, first).await;
        assert_eq!(scores["final_total"], 100.0, "{scores}");

        // "Next task" hands over the other waiting call, on a fresh sheet.
        browser.click("#next").await;
        let second = until_another_desk(&browser, first).await;
        assert_eq!(task_row(&app, second).await["state"], "waiting");
        let answers = desk.answers().await;
        assert!(answers.as_array().unwrap().iter().all(Value::is_null), "a fresh sheet: {answers}");
        browser.close().await;
    }

    async fn an_unanswered_item_blocks_submit_with_a_visible_message(backend: Backend) {
        let ((app, _clock), browser) =
            tokio::join!(app_with_tasks(backend, 1, with_long_lateness), Chromium::start());
        let desk = Desk(&browser);
        let task = grader_signs_in_at_the_desk(&app, &browser, "grader", Locale::En).await;
        desk.until_ready().await;

        // The keyboard: Space plays and pauses.
        browser.press(" ").await;
        desk.until_playing_past(0.3).await;
        browser.press(" ").await;
        desk.until_paused("Space to pause the player").await;
        // With the Play button focused after a click, Space toggles once, not twice.
        browser.click("#play").await;
        desk.until_playing_past(0.3).await;
        browser.press(" ").await;
        assert!(desk.paused().await, "Space pauses the player when Play has the focus");

        // Each key answers the highlighted item and moves on; the last item stays open.
        let items = desk.items().await;
        let (open, answered) = items.split_last().unwrap();
        for item in answered {
            browser.press(&item.best_key()).await;
        }
        let mut expected: Vec<Value> = answered.iter().map(|i| json!(i.best_answer())).collect();
        expected.push(Value::Null);
        assert_eq!(desk.answers().await, json!(expected), "the keys answered every item but the last");

        browser.click("#submit").await;
        let message = browser.text("#message").await;
        assert!(message.contains("Still open"), "{message}");
        assert!(message.contains(&open.label), "the message names {:?}: {message}", open.label);
        assert_eq!(desk.marked_missing().await, json!([open.key]), "only the open item is marked");
        assert!(browser.shows("#sheet").await, "the sheet stays on screen");
        assert!(!browser.shows("#done").await, "no Submitted panel");

        // Nothing was stored: the task is still the grader's, and the call has no score.
        assert_eq!(task_row(&app, task).await["state"], "waiting");
        let scores = scores_of_task(&app, task).await;
        assert_eq!(scores["gradings"], json!([]), "{scores}");
        assert!(scores["final_total"].is_null(), "{scores}");
        browser.close().await;
    }
}

/// An operator of Đồng Tháp with a line the sandbox answers, signed in
/// through the login form.
async fn operator_signs_in(app: &TestApp, browser: &Chromium, name: &str, phone: &str) -> Lang {
    let user = app.user(name, &[Role::Operator], None).await;
    let vi = speaks(app, &user, Locale::Vi).await;
    let centres = app.get_json("/api/v1/roster/centres").await;
    let dt = centres
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "DT")
        .unwrap()["id"]
        .as_i64();
    civicall::auth::set_operator_line(&app.state.db, user.id, Some(phone), dt, 0)
        .await
        .unwrap();
    browser.goto(&app.url("/login?next=/callbacks")).await;
    browser.fill("input[name=username]", name).await;
    browser.fill("input[name=password]", PASSWORD).await;
    browser
        .click("form[action='/login'] button[type=submit]")
        .await;
    browser.until_at("/callbacks").await;
    browser.find("#callbacks").await;
    vi
}

fn callback_id(path: &str) -> i64 {
    path.trim_start_matches("/callbacks/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .expect("a callback id")
}

both_backends! {
    async fn an_operator_takes_a_callback_calls_through_the_service_logs_the_outcome_and_gets_the_next(backend: Backend) {
        use crate::callbacks::{app_options, import_visits, run_draws, seed_roster, visits_csv};
        use crate::common::{TravelClock, spawn_app, utc};
        // 07:50 in Đồng Tháp, then 08:30, inside its calling hours.
        let clock = TravelClock::at(utc("2026-09-01T00:50:00Z"));
        let (app, browser) = tokio::join!(spawn_app(backend, app_options(clock.clone())), Chromium::start());
        seed_roster(&app).await;
        assert_eq!(import_visits(&app, &visits_csv("2026-08-31", 3, 0)).await.0, 200);
        // Seeded before the 08:30 draw, so the app's own draw worker cannot draw
        // the day ahead of the visits; then on to 08:30.
        clock.jump_to(utc("2026-09-01T01:30:00Z"));
        run_draws(&app).await;
        let vi = operator_signs_in(&app, &browser, "thu", "+84900000005").await;
        assert_eq!(browser.js("return document.documentElement.lang;", vec![]).await, "vi");
        let rows = browser.js("return document.querySelectorAll('#callbacks tbody tr').length;", vec![]).await;
        assert_eq!(rows, 2, "today's two callbacks are listed");
        assert!(browser.text("#calling-hours").await.contains("08:00–11:00 (Asia/Ho_Chi_Minh)"));

        // Take the first: the visit, the number in full, the script with its disclosure.
        browser.click("#callbacks form[action$='/take'] button").await;
        let first = callback_id(&browser.until_at("/callbacks/").await);
        assert!(browser.text("#citizen-phone").await.starts_with("+849123"), "the number in full while held");
        assert!(browser.text(".disclosure").await.contains("ghi âm"), "the recording disclosure to read out");

        // Call: the service rings the operator's line, then bridges to the citizen, recorded.
        browser.click("#call").await;
        let settled = browser.until(
            "the bridged call to end and its recording to arrive",
            "var b = document.getElementById('call-state'); return b && b.dataset.settled === 'yes' ? b.textContent : null;",
            vec![],
        ).await;
        let settled = settled.as_str().unwrap();
        assert!(
            settled.contains(&vi.t("call-state-ended")) && settled.contains(&vi.t("connection-person"))
                && settled.contains(&vi.t("callbacks-recording-available")),
            "{settled}"
        );

        // The outcome form, as the operator fills it.
        browser.click("input[name=outcome][value=reached]").await;
        browser.js(
            "['satisfaction_staff', 'satisfaction_process', 'satisfaction_overall'].forEach(function (n, i) {
               document.querySelector('select[name=' + n + ']').value = String(5 - i); });
             document.querySelector('select[name=category]').value = 'suggestion';",
            vec![],
        ).await;
        browser.fill("textarea[name=comments]", "Chị Hoa hướng dẫn rất tận tình").await;
        browser.fill("textarea[name=suggestions]", "Nên có thêm ghế ngồi chờ").await;
        browser.click("input[name=follow_up_needed]").await;
        browser.fill("input[name=follow_up_by]", "Tổ trưởng bộ phận một cửa").await;
        browser.js("window.scrollTo(0, 0);", vec![]).await;
        browser.screenshot_narrow("operator-desk-narrow").await;
        let shot = browser.screenshot_page("operator-desk").await;
        assert!(std::fs::metadata(&shot).unwrap().len() > 10_000, "{} holds a picture", shot.display());

        // Save and take the next: the page of the other callback, held.
        browser.click("#save-next").await;
        let path = browser.until(
            "the next callback's page",
            "var p = window.location.pathname; return document.readyState === 'complete' && p !== arguments[0] && p.indexOf('/callbacks/') === 0 ? p : null;",
            vec![json!(format!("/callbacks/{first}"))],
        ).await;
        let second = callback_id(path.as_str().unwrap());
        assert_ne!(second, first);
        assert_eq!(browser.text("h1").await, tr!(vi, "callbacks-callback-title", id = second.to_string()));
        assert_eq!(browser.text("p.notice").await, vi.t("callbacks-notice-saved-next"));

        // Stored as filled in, linked to the bridged call and its two-channel recording.
        let (state, outcome, staff, overall, method, channels): (String, String, i64, i64, String, i64) = sqlx::query_as(
            "SELECT c.state, c.outcome, c.satisfaction_staff, c.satisfaction_overall, a.method, r.channels \
             FROM callbacks c JOIN callback_attempts a ON a.callback_id = c.id JOIN recordings r ON r.call_id = a.call_id WHERE c.id = $1",
        ).bind(first).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!((state.as_str(), outcome.as_str(), staff, overall, method.as_str(), channels), ("closed", "reached", 5, 3, "bridged", 2));
        let synthesis = app.get_json("/api/v1/callbacks/synthesis?centre=DT&date=2026-09-01").await;
        assert_eq!(synthesis["follow_ups"][0]["by"], "Tổ trưởng bộ phận một cửa");

        // The day's synthesis, as the page draws it under the service's content policy.
        browser.goto(&app.url("/callbacks/synthesis")).await;
        let day = vi.date_long(chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap());
        assert!(browser.text("h1").await.contains(&day), "today at the operator's centre, as Vietnamese writes it");
        assert!(browser.text("#remarks").await.contains("Nên có thêm ghế ngồi chờ"));
        let bar = browser.js("var b = document.querySelector('#by-staff .bar.v3'); return [b.textContent, b.getBoundingClientRect().height];", vec![]).await;
        assert_eq!(bar[0], "1", "one citizen answered 3 overall");
        assert!(bar[1].as_f64().unwrap() > 20.0, "the bar is drawn at full height: {bar}");
        browser.screenshot_page("callbacks-synthesis").await;
        browser.close().await;
    }
}

both_backends! {
    async fn hr_opens_a_scorecard_with_its_charts_downloads_the_xlsx_and_resolves_a_dispute(backend: Backend) {
        use crate::results::{Eval, Seed};
        let app = crate::common::spawn_app(backend, crate::common::Options {
            clock: Some(crate::common::TravelClock::at(crate::common::utc("2026-11-02T01:00:00Z"))),
            ..crate::common::Options::default()
        }).await;
        let departments = "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end
CIVIL,민원여권과,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
TAX,세무과,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
ROADS,도로과,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
";
        let mut seed = Seed::new(&app, departments, &[("K1", "김하늘", "CIVIL"), ("K2", "박서준", "TAX"), ("K3", "이도윤", "ROADS")]).await;
        let mut disputed = 0;
        for (month, base) in [("2026-06", 74.0), ("2026-07", 78.0), ("2026-08", 83.0), ("2026-09", 86.0), ("2026-10", 90.0)] {
            for (i, who) in ["K1", "K2", "K3"].iter().enumerate() {
                for day in ["06", "16", "26"] {
                    let total = base - 6.0 * i as f64 + if day == "16" { 4.0 } else { 0.0 };
                    let items = json!({"pickup_speed": 1.0, "connected": 1.0, "listening": if i == 2 { 0.5 } else { 1.0 }, "closing_greeting": 1.0});
                    let id = seed.eval(Eval { items, ..Eval::answered(who, &format!("{month}-{day}"), total) }).await;
                    if *who == "K1" && month == "2026-10" && day == "26" {
                        disputed = id;
                    }
                }
            }
        }
        let k1 = seed.staff_id("K1").await;
        // The department's supervisor disputed one of October's calls.
        let civil: i64 = sqlx::query_scalar("SELECT id FROM departments WHERE code = 'CIVIL'").fetch_one(&app.state.db.pool).await.unwrap();
        app.user("sup-civil", &[Role::Supervisor], Some(civil)).await;
        let (_, supervisor) = app.sign_in("sup-civil", PASSWORD).await;
        let r = supervisor.http.post(app.url(&format!("/api/v1/results/evaluations/{disputed}/disputes"))).header("X-CSRF-Token", &supervisor.csrf)
            .json(&json!({"items": ["listening"], "comment": "The citizen interrupted; she listened well."})).send().await.unwrap();
        assert_eq!(r.status(), 201);

        let hr = app.user("hr-lee", &[Role::Hr], None).await;
        let ko = speaks(&app, &hr, Locale::Ko).await;
        let browser = Chromium::start().await;
        browser.goto(&app.url("/login?next=/results")).await;
        browser.fill("input[name=username]", "hr-lee").await;
        browser.fill("input[name=password]", PASSWORD).await;
        browser.click("form[action='/login'] button[type=submit]").await;
        browser.until_at("/results").await;

        // The department view for October, with its charts drawn.
        browser.goto(&app.url("/results?month=2026-10")).await;
        browser.find("#departments").await;
        assert!(browser.text("#departments").await.contains("민원여권과"));
        let headings = browser.text("#departments thead").await;
        assert!(headings.contains(&ko.t("results-column-rank")) && headings.contains(&ko.t("results-column-ranking-score")), "{headings}");
        let drawn = browser.until("the department chart to load", "var i = document.querySelector('#departments-chart img'); return i && i.complete && i.naturalWidth > 0 ? i.naturalWidth : null;", vec![]).await;
        assert!(drawn.as_f64().unwrap() > 300.0);
        let shot = browser.screenshot_page("results-departments").await;
        assert!(std::fs::metadata(&shot).unwrap().len() > 10_000);
        browser.screenshot_narrow("results-departments-narrow").await;

        // The scorecard, with its trend chart.
        browser.goto(&app.url(&format!("/results/staff/{k1}?month=2026-10"))).await;
        assert!(browser.text("h1").await.contains("김하늘"));
        let alt = browser.until("the trend chart to load", "var i = document.querySelector('#trend-chart img'); return i && i.complete && i.naturalWidth > 0 ? i.alt : null;", vec![]).await;
        assert!(alt.as_str().unwrap().contains(&ko.month_year(2026, 6)) && alt.as_str().unwrap().contains("75.3"), "{alt}");
        assert!(browser.text("#mean-total").await.starts_with("91.3"));
        let shot = browser.screenshot_page("results-scorecard").await;
        assert!(std::fs::metadata(&shot).unwrap().len() > 10_000);

        // Downloading the XLSX from the page: a spreadsheet with the scorecard's sheets.
        let href = browser.js("return document.querySelector('#xlsx').href;", vec![]).await;
        let got = browser.until("the download", "if (!window.__started) { window.__started = true; fetch(arguments[0]).then(r => r.arrayBuffer().then(b => { window.__xlsx = [r.status, r.headers.get('content-type'), b.byteLength, Array.from(new Uint8Array(b.slice(0, 2)))]; })); } return window.__xlsx || null;", vec![href]).await;
        assert_eq!(got[0], 200);
        assert!(got[1].as_str().unwrap().contains("spreadsheetml"));
        assert!(got[2].as_i64().unwrap() > 4000);
        assert_eq!(got[3], json!([80, 75]), "a ZIP, as XLSX files are");

        // Resolving the dispute: full marks for listening.
        browser.goto(&app.url("/results/disputes?state=open")).await;
        assert!(browser.text("#disputes").await.contains("김하늘"));
        browser.click("#disputes a").await;
        browser.until_at(&format!("/results/evaluations/{disputed}")).await;
        let before = browser.text("#current-total").await;
        browser.js("document.querySelector('select[name=\"score.listening\"]').value = '5';", vec![]).await;
        browser.fill("textarea[name=resolution]", "Listened to the whole call again: she let the citizen finish.").await;
        browser.click("button[name=decision][value=accept]").await;
        browser.until("the resolved dispute", "return document.querySelector('#history tbody tr:nth-child(2)') ? true : null;", vec![]).await;
        assert_ne!(browser.text("#current-total").await, before);
        assert!(browser.text("section.dispute").await.contains(&ko.t("dispute-state-accepted")));
        assert!(browser.text("#history").await.contains(&ko.t("results-score-source-dispute")));
        let raise_form = browser.js("return document.querySelector('#raise-dispute') === null;", vec![]).await;
        assert_eq!(raise_form, true, "a resolved evaluation is locked");
        assert!(browser.text("main").await.contains(&ko.t("disputes-closed-locked")));
        browser.screenshot_page("results-dispute").await;

        // Training needs: the clerk whose listening falls short is listed under the topic.
        browser.goto(&app.url("/results/training?month=2026-10")).await;
        assert!(browser.text("#topics").await.contains("이도윤"));
        browser.screenshot_page("results-training").await;
        browser.close().await;
    }
}

both_backends! {
    async fn a_user_picks_a_language_at_sign_in_sets_their_own_on_the_account_page_and_it_holds_after_signing_in_again(backend: Backend) {
        let (app, browser) = tokio::join!(crate::common::spawn_app(backend, crate::common::Options::default()), Chromium::start());
        app.user("nam", &[Role::Operator], None).await;
        let en = Lang::english();
        let (kk, ko) = (en.with_locale(Locale::Kk), en.with_locale(Locale::Ko));

        // The sign-in page offers every language, each named in itself.
        browser.goto(&app.url("/login?next=/account")).await;
        let offered = browser.text("#languages").await;
        for locale in Locale::OFFERED {
            assert!(offered.contains(&en.t(&format!("language-{}", locale.tag()))), "{offered}");
        }
        browser.click("#languages a[hreflang=kk]").await;
        browser.until("the Kazakh sign-in page", "return document.documentElement.lang === 'kk' ? true : null;", vec![]).await;
        assert_eq!(browser.text("form[action='/login'] h1").await, kk.t("sign-in"));
        browser.screenshot_narrow("login-kk-narrow").await;
        browser.fill("input[name=username]", "nam").await;
        browser.fill("input[name=password]", PASSWORD).await;
        browser.click("form[action='/login'] button[type=submit]").await;
        browser.until_at("/account").await;
        assert_eq!(browser.text("main h1").await, kk.t("account-title"), "the language picked before sign-in");

        // Their own language, on the account page.
        browser.js("document.getElementById('language').value = 'ko';", vec![]).await;
        browser.click("#language-form button[type=submit]").await;
        browser.until("the Korean account page", "return document.documentElement.lang === 'ko' ? true : null;", vec![]).await;
        assert_eq!(browser.text("p.notice").await, ko.t("notice-language-saved"));
        assert_eq!(browser.text("#account-link").await, ko.t("nav-account"));
        browser.screenshot("account-ko").await;

        // Signing out and in again: the sign-in page already speaks the
        // user's language, and the stored choice holds in the new session.
        browser.click("form[action='/logout'] button").await;
        browser.until_at("/login").await;
        assert_eq!(browser.js("return document.documentElement.lang;", vec![]).await, "ko");
        assert_eq!(browser.text("p.notice").await, ko.t("notice-signed-out"));
        browser.fill("input[name=username]", "nam").await;
        browser.fill("input[name=password]", PASSWORD).await;
        browser.click("form[action='/login'] button[type=submit]").await;
        browser.until_at("/callbacks").await;
        assert_eq!(browser.js("return document.documentElement.lang;", vec![]).await, "ko", "an operator's home, the callbacks desk, in Korean");
        browser.goto(&app.url("/account")).await;
        assert_eq!(browser.js("return document.documentElement.lang;", vec![]).await, "ko");
        assert_eq!(browser.text("main h1").await, ko.t("account-title"));
        let chosen = browser.js("return document.getElementById('language').value;", vec![]).await;
        assert_eq!(chosen, "ko");
        browser.screenshot_narrow("account-ko-narrow").await;
        browser.close().await;
    }
}

/// The demo's Đồng Tháp hotline: its calling hours and its draw.
fn demo_config(c: &mut civicall::config::Config) {
    civicall::demo::callbacks::configure(c);
}

/// A demo account, signing in with the suite's password instead of the
/// one-time one the demo prints.
async fn demo_account(app: &TestApp, username: &str) {
    let user = civicall::auth::find_by_username(&app.state.db, username)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("the demo's {username}"));
    civicall::auth::set_password(&app.state.db, user.id, PASSWORD, false, 0)
        .await
        .unwrap();
}

/// Signs in through the login form, on a phone, asking for `next`.
async fn signs_in_on_a_phone(app: &TestApp, browser: &Chromium, username: &str, next: &str) {
    browser.resize(390).await;
    browser.goto(&app.url(&format!("/login?next={next}"))).await;
    browser.fill("input[name=username]", username).await;
    browser.fill("input[name=password]", PASSWORD).await;
    browser
        .click("form[action='/login'] button[type=submit]")
        .await;
    browser
        .until(
            "signed in",
            "return document.readyState === 'complete' && window.location.pathname !== '/login';",
            vec![],
        )
        .await;
}

/// Signs out with the header's button, as a phone shows it.
async fn signs_out(browser: &Chromium) {
    browser.resize(390).await;
    browser.click("form[action='/logout'] button").await;
    browser.until_at("/login").await;
}

/// The page at a phone's width and at full width: no wider than the
/// window, Sign out on screen, nothing serious for axe-core; a screenshot
/// of each (`<name>-narrow.png`, `<name>.png`) for a person to look at.
async fn fits_and_is_accessible(browser: &Chromium, name: &str) {
    for width in [390, 1280] {
        browser.assert_fits(width).await;
        let sign_out = browser
            .js(
                "var b = document.querySelector(\"form[action='/logout'] button\").getBoundingClientRect();
                 return b.width > 0 && b.left >= 0 && b.right <= document.documentElement.clientWidth
                   ? true : [b.left, b.right, document.documentElement.clientWidth];",
                vec![],
            )
            .await;
        assert_eq!(
            sign_out, true,
            "{name} at {width} px: Sign out on screen (left, right, window)"
        );
        browser.assert_accessible().await;
    }
    browser.js("window.scrollTo(0, 0);", vec![]).await;
    browser.screenshot_narrow(&format!("{name}-narrow")).await;
    browser.screenshot_page(name).await;
}

/// At a phone's width, the controls in `css` that are awkward for a thumb:
/// under 44 px tall (a radio or checkbox counts with its label), or a field
/// narrower than the box it sits in.
async fn cramped_controls(browser: &Chromium, css: &str) -> Value {
    browser.resize(390).await;
    browser
        .js(
            "var out = [];
             document.querySelectorAll(arguments[0]).forEach(function (box) {
               var style = getComputedStyle(box);
               var inner = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
               box.querySelectorAll('input:not([type=hidden]), select, textarea, button').forEach(function (c) {
                 var choice = c.type === 'radio' || c.type === 'checkbox';
                 var r = (choice ? c.closest('label') : c).getBoundingClientRect();
                 var name = c.name || c.id || c.textContent.trim();
                 if (r.height < 44) out.push(name + ' is ' + Math.round(r.height) + ' px tall');
                 if (!choice && c.tagName !== 'BUTTON' && r.width < inner - 40)
                   out.push(name + ' is ' + Math.round(r.width) + ' px wide of ' + Math.round(inner));
               });
             });
             return out;",
            vec![json!(css)],
        )
        .await
}

both_backends! {
    async fn every_desk_fits_a_phone_and_passes_the_accessibility_check_in_its_users_language(backend: Backend) {
        use crate::common::{Options, TravelClock, spawn_app, utc, wait_for};
        // The demo, seeded before Đồng Tháp's 08:30 draw (see demo.rs); its
        // campaigns call in the next four minutes, most of them before the
        // third is over, and a call left after the fourth is missed.
        let clock = TravelClock::at(utc("2026-09-02T00:30:00Z"));
        let options = Options { clock: Some(clock.clone()), tweak: demo_config, lines: civicall::demo::lines(), ..Options::default() };
        let (app, browser) = tokio::join!(spawn_app(backend, options), Chromium::start());
        civicall::demo::seed(&app.state).await.unwrap();
        clock.jump_to(utc("2026-09-02T00:33:00Z"));
        wait_for("a demo call to wait for graders", || async {
            let tasks = app.get_json("/api/v1/grading/tasks?state=waiting").await;
            (!tasks.as_array().unwrap().is_empty()).then_some(())
        }).await;
        // 10:00 in Đồng Tháp, inside its calling hours, the day drawn.
        clock.jump_to(utc("2026-09-02T03:00:00Z"));
        for name in ["hr", "grader", "operator"] {
            demo_account(&app, name).await;
        }
        app.user("admin", &[Role::Admin], None).await;

        // The administrator (in the browser's English): campaigns and one campaign.
        signs_in_on_a_phone(&app, &browser, "admin", "/").await;
        browser.until_at("/").await;
        // The checks can fail: a nameless button and a box wider than a phone are caught.
        browser.js(
            "var b = document.createElement('button'); b.id = 'nameless'; document.body.appendChild(b);
             var d = document.createElement('div'); d.id = 'too-wide'; d.style.width = '600px'; d.style.height = '20px'; document.body.appendChild(d);",
            vec![],
        ).await;
        let caught = browser.accessibility_violations().await;
        assert!(caught.iter().any(|v| v.id == "button-name" && v.targets == ["#nameless"]), "{caught:?}");
        let too_wide = browser.too_wide(390).await.expect("a 600 px box does not fit 390 px");
        assert!(too_wide.contains("div#too-wide"), "{too_wide}");
        browser.goto(&app.url("/")).await;
        fits_and_is_accessible(&browser, "a11y-campaigns").await;
        browser.click("main table a[href^='/campaigns/']").await;
        browser.until_at("/campaigns/").await;
        fits_and_is_accessible(&browser, "a11y-campaign").await;
        // A new campaign's form, and its plan previewed.
        browser.goto(&app.url("/campaigns/new")).await;
        browser.fill("#campaign-name", "Phone check").await;
        browser.click("input[name=script][value='passport-reissue-ko']").await;
        browser.click("#preview-plan").await;
        browser.find("#plan-preview").await;
        fits_and_is_accessible(&browser, "a11y-campaign-new").await;
        // The roster, one person's page, and the users.
        browser.goto(&app.url("/roster")).await;
        fits_and_is_accessible(&browser, "a11y-roster").await;
        browser.click("#staff a[href^='/roster/staff/']").await;
        browser.until_at("/roster/staff/").await;
        fits_and_is_accessible(&browser, "a11y-staff").await;
        browser.goto(&app.url("/admin/users")).await;
        fits_and_is_accessible(&browser, "a11y-users").await;
        signs_out(&browser).await;

        // HR, in Korean: departments, staff, one scorecard.
        signs_in_on_a_phone(&app, &browser, "hr", "/results").await;
        browser.until_at("/results").await;
        assert_eq!(browser.js("return document.documentElement.lang;", vec![]).await, "ko");
        browser.find("#departments").await;
        // Reach apart from courtesy on every department, each with its interval, and the
        // policy behind the combined score named: August, a whole month of the demo's history.
        browser.goto(&app.url("/results?month=2026-08")).await;
        browser.find("#departments").await;
        let ko = Lang::english().with_locale(Locale::Ko);
        let headings = browser.text("#departments thead").await;
        assert!(headings.contains(&ko.t("results-column-answer-rate")) && headings.contains(&ko.t("results-column-courtesy")), "{headings}");
        let rows = browser.js(
            "return Array.from(document.querySelectorAll('#departments tbody tr')).map(r => [r.querySelector('td.answer-rate').innerText, r.querySelector('td.courtesy').innerText]);",
            vec![],
        ).await;
        let rows = rows.as_array().unwrap();
        assert_eq!(rows.len(), 6, "{rows:?}");
        for row in rows {
            let (rate, courtesy) = (row[0].as_str().unwrap(), row[1].as_str().unwrap());
            let interval = |text: &str| text.split_whitespace().nth(1).is_some_and(|ci| ci.contains('–'));
            assert!(rate.contains('%') && interval(rate), "an answer rate with its interval: {rate}");
            let mean: f64 = courtesy.split_whitespace().next().unwrap().parse().unwrap();
            assert!((0.0..=100.0).contains(&mean) && interval(courtesy), "a courtesy score with its interval: {courtesy}");
        }
        assert!(browser.text("#policy-note").await.contains(&ko.t("policy-connection")));
        fits_and_is_accessible(&browser, "a11y-results-ko").await;
        browser.goto(&app.url("/results/staff")).await;
        fits_and_is_accessible(&browser, "a11y-results-staff-ko").await;
        browser.click("main table a[href^='/results/staff/']").await;
        browser.until_at("/results/staff/").await;
        browser.until("the trend chart to load", "var i = document.querySelector('#trend-chart img'); return i && i.complete && i.naturalWidth > 0;", vec![]).await;
        fits_and_is_accessible(&browser, "a11y-scorecard-ko").await;
        signs_out(&browser).await;

        // The grader, in Korean: the desk hands over a task.
        signs_in_on_a_phone(&app, &browser, "grader", "/grading").await;
        browser.until_at("/grading/tasks/").await;
        assert_eq!(browser.js("return document.documentElement.lang;", vec![]).await, "ko");
        Desk(&browser).until_ready().await;
        fits_and_is_accessible(&browser, "a11y-grading-desk-ko").await;
        signs_out(&browser).await;

        // The operator, in Vietnamese: today's list, then one callback and its outcome form.
        signs_in_on_a_phone(&app, &browser, "operator", "/callbacks").await;
        browser.until_at("/callbacks").await;
        assert_eq!(browser.js("return document.documentElement.lang;", vec![]).await, "vi");
        browser.find("#callbacks form[action$='/take'] button").await;
        fits_and_is_accessible(&browser, "a11y-callbacks-vi").await;
        assert_eq!(cramped_controls(&browser, "main").await, json!([]), "today's callbacks on a phone");
        browser.click("#callbacks form[action$='/take'] button").await;
        browser.until_at("/callbacks/").await;
        browser.find("#outcome").await;
        fits_and_is_accessible(&browser, "a11y-callback-vi").await;
        // Comfortable for a thumb: every control of the outcome form at
        // least 44 px tall, and its fields as wide as the form.
        let cramped = cramped_controls(&browser, "#outcome").await;
        assert_eq!(cramped, json!([]), "the outcome form on a phone");
        browser.close().await;
    }
}
