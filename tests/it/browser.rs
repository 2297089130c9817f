//! The grading desk in a real browser: headless Chromium over WebDriver, a
//! grader signed in through the login form, on each backend.

use civicall::auth::Role;
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

/// A grader opens the desk signed out, follows the page to the login form,
/// signs in and lands on the task the desk hands them. Returns its id.
async fn grader_signs_in_at_the_desk(app: &TestApp, browser: &Chromium, name: &str) -> i64 {
    app.user(name, &[Role::Grader], None).await;
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
        let first = grader_signs_in_at_the_desk(&app, &browser, "grader").await;
        assert_eq!(browser.text("h1").await, "Residential parking permit enquiry");
        desk.until_ready().await;

        // Play, and the recording runs; play again to pause.
        browser.click("#play").await;
        desk.until_playing_past(0.3).await;
        assert_eq!(browser.text("#play").await, "Pause");
        browser.click("#play").await;
        desk.until_paused("the player to pause").await;
        let paused_at = desk.current_time().await;

        // A stage mark jumps to where that stage begins, and plays from there.
        let marks = desk.stage_marks().await;
        let names: Vec<&str> = marks.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(names, ["greeting", "response", "closing"]);
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
        assert_eq!(browser.text("#done h2").await, "Submitted");
        assert_eq!(browser.text("#result").await, "Total 100.0 (excellent).");
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
        let task = grader_signs_in_at_the_desk(&app, &browser, "grader").await;
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
