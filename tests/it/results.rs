//! HR results on worked examples: a scorecard against a hand computation,
//! rankings that do not reward small samples, star staff with its minimum
//! and tie-breaker, training needs, disputes and score history, and XLSX
//! read back.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use civicall::auth::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::both_backends;
use crate::common::{Options, TestApp, TravelClock, spawn_app, utc};

const DEPARTMENTS: &str = "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end
CIVIL,민원여권과,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
TAX,Налоговый отдел,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
";

/// Final evaluations written straight into the database, as grading leaves them.
pub(crate) struct Seed<'a> {
    app: &'a TestApp,
    n: i64,
}

pub(crate) struct Eval<'a> {
    pub staff: &'a str,
    pub date: &'a str,
    pub total: f64,
    pub connection: &'a str,
    pub rings: Option<i64>,
    pub latency_ms: Option<i64>,
    pub items: Value,
    pub stages: Value,
    /// The script graded with, and its version: the loaded one unless named.
    pub script: &'a str,
    pub script_version: Option<&'a str>,
}

impl<'a> Eval<'a> {
    pub fn answered(staff: &'a str, date: &'a str, total: f64) -> Eval<'a> {
        Eval {
            staff,
            date,
            total,
            connection: "person",
            rings: Some(2),
            latency_ms: Some(6000),
            items: json!({}),
            stages: json!([]),
            script: "parking-permit-en",
            script_version: None,
        }
    }
}

impl<'a> Seed<'a> {
    pub async fn new(
        app: &'a TestApp,
        departments: &str,
        staff: &[(&str, &str, &str)],
    ) -> Seed<'a> {
        let (status, body) = app.import_csv("departments", departments).await;
        assert_eq!(status, 200, "{body}");
        let mut csv = String::from(
            "employee_no,name,department_code,grade,job_title,phone,active,eligible,exclusion_reason\n",
        );
        for (i, (no, name, dep)) in staff.iter().enumerate() {
            csv.push_str(&format!(
                "{no},{name},{dep},7,Clerk,031-550-{:04},yes,yes,\n",
                1000 + i
            ));
        }
        let (status, body) = app.import_csv("staff", &csv).await;
        assert_eq!(status, 200, "{body}");
        Seed { app, n: 0 }
    }

    pub async fn staff_id(&self, employee_no: &str) -> i64 {
        sqlx::query_scalar("SELECT id FROM staff WHERE employee_no = $1")
            .bind(employee_no)
            .fetch_one(&self.app.state.db.pool)
            .await
            .unwrap()
    }

    /// Stores one final evaluation (and its call); returns the evaluation id.
    pub async fn eval(&mut self, e: Eval<'_>) -> i64 {
        self.eval_final_at(e, self.app.state.clock.now_ms()).await
    }

    pub async fn eval_final_at(&mut self, e: Eval<'_>, finalized_at: i64) -> i64 {
        self.n += 1;
        let pool = &self.app.state.db.pool;
        let staff = self.staff_id(e.staff).await;
        let version = e
            .script_version
            .map_or_else(|| self.version(e.script), str::to_string);
        let band = if e.total >= 90.0 {
            "excellent"
        } else if e.total >= 80.0 {
            "good"
        } else {
            "needs_improvement"
        };
        let call: i64 = sqlx::query_scalar(
            "INSERT INTO calls (purpose, script_id, to_number, from_number, state, connection, ring_count, answer_latency_ms, \
             staff_id, local_date, script_version, created_at, updated_at) \
             VALUES ('evaluation', $8, $1, '+15550100', 'ended', $2, $3, $4, $5, $6, $7, 0, 0) RETURNING id",
        )
        .bind(format!("+8231550{:04}", self.n)).bind(e.connection).bind(e.rings).bind(e.latency_ms).bind(staff).bind(e.date).bind(&version).bind(e.script)
        .fetch_one(pool).await.unwrap();
        let evaluation: i64 = sqlx::query_scalar(
            "INSERT INTO evaluations (call_id, staff_id, script_id, script_version, state, connection, local_date, department_id, \
             final_total, final_band, final_source, final_version, finalized_at, created_at, updated_at) \
             VALUES ($1, $2, $9, $3, 'final', $4, $5, (SELECT department_id FROM staff WHERE id = $2), $6, $7, 'single', 1, $8, 0, 0) RETURNING id",
        )
        .bind(call).bind(staff).bind(&version).bind(e.connection).bind(e.date).bind(e.total).bind(band).bind(finalized_at).bind(e.script)
        .fetch_one(pool).await.unwrap();
        sqlx::query(
            "INSERT INTO score_versions (evaluation_id, version, total, band, stages, items, source, changed_by, at) \
             VALUES ($1, 1, $2, $3, $4, $5, 'single', 'grading', $6)",
        )
        .bind(evaluation).bind(e.total).bind(band).bind(e.stages.to_string()).bind(e.items.to_string()).bind(finalized_at)
        .execute(pool).await.unwrap();
        evaluation
    }

    fn version(&self, script: &str) -> String {
        self.app.state.scripts.get(script).unwrap().version.clone()
    }

    /// A citizen this staff member served on `date`, called back and reached.
    pub async fn callback(&mut self, staff: &str, date: &str, satisfaction: i64, comment: &str) {
        self.n += 1;
        let pool = &self.app.state.db.pool;
        let staff_id = self.staff_id(staff).await;
        let centre: i64 = sqlx::query_scalar("SELECT d.centre_id FROM staff s JOIN departments d ON d.id = s.department_id WHERE s.id = $1").bind(staff_id).fetch_one(pool).await.unwrap();
        // Noon in Seoul on that day.
        let at = utc(&format!("{date}T03:00:00Z")).timestamp_millis();
        let visit: i64 = sqlx::query_scalar(
            "INSERT INTO service_visits (external_id, centre_id, citizen_name, phone, service, staff_id, visited_at, channel, consented, created_at, updated_at) \
             VALUES ($1, $2, 'Citizen', '+821012345678', 'Passport', $3, $4, 'counter', 1, 0, 0) RETURNING id",
        )
        .bind(format!("V{}", self.n)).bind(centre).bind(staff_id).bind(at).fetch_one(pool).await.unwrap();
        let draw: i64 = sqlx::query_scalar(
            "INSERT INTO callback_draws (centre_id, day, ran_at, seed, target, eligible_count, drawn_count, explanation) \
             VALUES ($1, $2, 0, 1, 1, 1, 1, '{}') RETURNING id",
        )
        .bind(centre).bind(format!("d{}", self.n)).fetch_one(pool).await.unwrap();
        sqlx::query(
            "INSERT INTO callbacks (draw_id, visit_id, centre_id, state, outcome, next_attempt_at, satisfaction_staff, comments, created_at, updated_at) \
             VALUES ($1, $2, $3, 'done', 'reached', 0, $4, $5, 0, 0)",
        )
        .bind(draw).bind(visit).bind(centre).bind(satisfaction).bind(comment).execute(pool).await.unwrap();
    }
}

fn close(a: &Value, b: f64) -> bool {
    (a.as_f64().unwrap_or(f64::NAN) - b).abs() < 1e-6
}

async fn app_at(backend: civicall::db::Backend, now: &str) -> TestApp {
    spawn_app(
        backend,
        Options {
            clock: Some(TravelClock::at(utc(now))),
            ..Options::default()
        },
    )
    .await
}

/// A page as HR sees it (through the suite's HR token).
async fn page(app: &TestApp, path: &str) -> String {
    let response = app.http.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

async fn xlsx_rows(app: &TestApp, path: &str, sheet: &str) -> Vec<Vec<String>> {
    let response = app.http.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("spreadsheetml")
    );
    let bytes = response.bytes().await.unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let range = book
        .worksheet_range(sheet)
        .unwrap_or_else(|e| panic!("sheet {sheet}: {e}"));
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Float(f) => format!("{f}"),
                    Data::Int(i) => format!("{i}"),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

both_backends! {
    async fn a_scorecard_matches_a_hand_computation(backend: Backend) {
        let app = app_at(backend, "2026-11-02T01:00:00Z").await;
        let mut seed = Seed::new(&app, DEPARTMENTS, &[("A1", "Kim Ara", "CIVIL"), ("B1", "Lee Bora", "CIVIL")]).await;
        let answered = |date, total, rings, latency: i64, items: Value, greeting: f64| Eval {
            rings: Some(rings), latency_ms: Some(latency), items,
            stages: json!([{"stage_key": "greeting", "score": greeting}]),
            ..Eval::answered("A1", date, total)
        };
        seed.eval(answered("2026-09-14", 80.0, 2, 5000, json!({"listening": 1.0}), 100.0)).await;
        seed.eval(answered("2026-10-05", 70.0, 1, 3000, json!({"pickup_speed": 1.0, "connected": 1.0, "listening": 0.5, "transfer_handling": 0.5, "closing_greeting": 1.0}), 100.0)).await;
        seed.eval(answered("2026-10-12", 85.0, 2, 7000, json!({"pickup_speed": 1.0, "connected": 1.0, "listening": 1.0, "transfer_handling": 0.5, "closing_greeting": 1.0}), 100.0)).await;
        seed.eval(answered("2026-10-19", 90.0, 4, 16000, json!({"pickup_speed": 0.0, "connected": 1.0, "listening": 1.0, "transfer_handling": null, "closing_greeting": 1.0}), 50.0)).await;
        seed.eval(Eval { connection: "no-answer", rings: None, latency_ms: None, items: json!({"pickup_speed": 0.0, "connected": 0.0}),
            stages: json!([{"stage_key": "greeting", "score": 0.0}]), ..Eval::answered("A1", "2026-10-26", 0.0) }).await;
        seed.eval(Eval::answered("B1", "2026-10-05", 99.0)).await;
        seed.callback("A1", "2026-10-06", 5, "Very kind and clear").await;
        seed.callback("A1", "2026-10-20", 3, "").await;
        seed.callback("B1", "2026-10-20", 1, "Rude").await;

        let a = seed.staff_id("A1").await;
        let s = app.get_json(&format!("/api/v1/results/staff/{a}?month=2026-10")).await;
        // Calls: four placed, three answered by a person after 3, 7 and 16 seconds (median 7) on rings 1, 2 and 4.
        assert_eq!(s["calls"]["placed"], 4);
        assert_eq!(s["calls"]["answered_by_person"], 3);
        assert!(close(&s["calls"]["answered_share"], 0.75));
        assert!(close(&s["calls"]["median_latency_s"], 7.0));
        assert_eq!(s["calls"]["rings"], json!([["1", 1], ["2", 1], ["3", 0], ["4", 1], ["5+", 0]]));
        assert_eq!(s["calls"]["not_answered"], json!([["no-answer", 1]]));
        // Totals 70, 85, 90 and 0: mean 61.25; sd 41.71 on 3 degrees of freedom is too wide to bound.
        assert_eq!(s["total"]["n"], 4);
        assert!(close(&s["total"]["mean"], 61.25));
        assert_eq!(s["total"]["ci95"], json!([0.0, 100.0]));
        assert!(close(&s["threshold"], 80.0));
        // Greeting: 100, 100, 50, 0.
        let greeting = s["stages"].as_array().unwrap().iter().find(|st| st["key"] == "greeting").unwrap();
        assert!(close(&greeting["summary"]["mean"], 62.5));
        // Items against 80: pickup 1,1,0,0 → 50; connected 1,1,1,0 → 75; listening .5,1,1 → 83.3;
        // transfers .5,.5 (not applicable once) → 50; closing 100.
        let item = |k: &str| s["items"].as_array().unwrap().iter().find(|i| i["key"] == k).unwrap().clone();
        for (key, n, score, short) in [("pickup_speed", 4, 50.0, true), ("connected", 4, 75.0, true), ("listening", 3, 250.0 / 3.0, false), ("transfer_handling", 2, 50.0, true), ("closing_greeting", 3, 100.0, false)] {
            let i = item(key);
            assert_eq!(i["n"], n, "{key}");
            assert!(close(&i["score"], score), "{key}: {i}");
            assert_eq!(i["short"], short, "{key}");
        }
        // The trend runs twelve months to October: September 80 (one), October 61.25 (four).
        let trend = s["trend"].as_array().unwrap();
        assert_eq!(trend.len(), 12);
        assert_eq!(trend[0]["month"], "2025-11");
        assert_eq!((&trend[10]["month"], &trend[10]["n"], &trend[10]["mean"]), (&json!("2026-09"), &json!(1), &json!(80.0)));
        assert!(close(&trend[11]["mean"], 61.25));
        assert!(trend[9]["mean"].is_null());
        // Reach apart from courtesy. Answered 3 of 4: Wilson 95% interval 30.1%–95.4%; rings 1, 2, 4:
        // median 2, and with three calls the interval is the least to the greatest.
        let reach = &s["figures"]["reach"];
        assert_eq!((&reach["calls"], &reach["answered"]), (&json!(4), &json!(3)));
        assert!(close(&reach["rate"], 0.75));
        assert!((reach["rate_ci"][0].as_f64().unwrap() - 0.3006).abs() < 1e-3, "{reach}");
        assert!((reach["rate_ci"][1].as_f64().unwrap() - 0.9544).abs() < 1e-3, "{reach}");
        assert_eq!((&reach["median_rings"], &reach["rings_ci"]), (&json!(2.0), &json!([1.0, 4.0])));
        // Courtesy over the answered 70, 85, 90: mean 81.67, sd 10.41, t(2) 4.3027 → 55.81 to 100 (capped).
        let courtesy = &s["figures"]["courtesy"];
        assert_eq!(courtesy["n"], 3);
        assert!(close(&courtesy["mean"], 245.0 / 3.0));
        assert!((courtesy["ci95"][0].as_f64().unwrap() - 55.81).abs() < 0.01, "{courtesy}");
        assert_eq!(courtesy["ci95"][1], 100.0);
        assert_eq!(trend[11]["figures"]["reach"]["answered"], 3);
        // These calls were made under the policy that counts an unanswered call as 0.
        assert_eq!(s["policies"], json!(["zero"]));
        // Citizens called back about A1: ratings 5 and 3; B1's "Rude" is not theirs.
        assert_eq!(s["callbacks"]["reached"], 2);
        assert!(close(&s["callbacks"]["satisfaction_staff"], 4.0));
        assert_eq!(s["callbacks"]["comments"].as_array().unwrap().len(), 1);
        assert_eq!(s["callbacks"]["comments"][0]["text"], "Very kind and clear");
        assert_eq!(s["evaluations"].as_array().unwrap().len(), 4);

        // The same figures in the XLSX, with the Korean department name intact.
        let rows = xlsx_rows(&app, &format!("/results/staff/{a}/export?format=xlsx&month=2026-10"), "summary").await;
        assert!(rows.contains(&vec!["department".to_string(), "민원여권과".to_string()]), "{rows:?}");
        assert!(rows.contains(&vec!["mean total".to_string(), "61.25".to_string()]), "{rows:?}");
        assert!(rows.contains(&vec!["answer_rate_pct".to_string(), "75".to_string()]), "{rows:?}");
        assert!(rows.contains(&vec!["courtesy".to_string(), "81.67".to_string()]), "{rows:?}");
        assert!(rows.contains(&vec!["policy for unanswered calls".to_string(), "Unanswered calls count as 0".to_string()]), "{rows:?}");
        let items = xlsx_rows(&app, &format!("/results/staff/{a}/export?format=xlsx&month=2026-10"), "items").await;
        let shorts: Vec<&str> = items.iter().filter(|r| r[6] == "yes").map(|r| r[0].as_str()).collect();
        assert_eq!(shorts, ["pickup_speed", "connected", "transfer_handling"]);
        // The scorecard page and the year-end summary.
        let html = page(&app, &format!("/results/staff/{a}?month=2026-10")).await;
        assert!(html.contains("Very kind and clear") && html.contains("trend-chart"), "the scorecard page");
        assert!(html.contains("id=\"policy-note\"") && html.contains("Unanswered calls count as 0"), "the policy is named");
        let year = page(&app, &format!("/results/staff/{a}/print?year=2026")).await;
        assert!(year.contains("Year-end summary 2026"));
        assert!(year.contains("<td class=\"num\">5</td>"), "five final evaluations in the year");

        // Under the policy that counts an unanswered call on the connection items only, the
        // no-answer call weighs the share of the sheet those items carry (here a quarter):
        // (70 + 85 + 90 + 0) / 3.25 = 75.38; courtesy and reach do not move.
        sqlx::query("UPDATE evaluations SET unanswered_policy = 'connection', counted_weight = 0.25 WHERE connection = 'no-answer'")
            .execute(&app.state.db.pool).await.unwrap();
        let s = app.get_json(&format!("/api/v1/results/staff/{a}?month=2026-10")).await;
        assert!(close(&s["total"]["mean"], 245.0 / 3.25), "{}", s["total"]);
        assert_eq!(s["total"]["n"], 4);
        assert!(close(&s["figures"]["courtesy"]["mean"], 245.0 / 3.0));
        assert!(close(&s["figures"]["reach"]["rate"], 0.75));
        assert_eq!(s["policies"], json!(["connection", "zero"]));
        // Left out altogether, it counts nowhere in the combined score.
        sqlx::query("UPDATE evaluations SET unanswered_policy = 'exclude', counted_weight = 0 WHERE connection = 'no-answer'")
            .execute(&app.state.db.pool).await.unwrap();
        let s = app.get_json(&format!("/api/v1/results/staff/{a}?month=2026-10")).await;
        assert!(close(&s["total"]["mean"], 245.0 / 3.0), "{}", s["total"]);
        assert_eq!(s["total"]["n"], 3);
        let html = page(&app, &format!("/results/staff/{a}?month=2026-10")).await;
        assert!(html.contains("mix campaigns with different policies"), "a mix of policies is said");
        crate::common::assert_month_sums_match(&app).await;
    }

    async fn results_read_in_the_readers_language_down_to_the_downloads(backend: Backend) {
        use civicall::i18n::{Lang, Locale, pseudo};
        let app = app_at(backend, "2026-11-02T01:00:00Z").await;
        let mut seed = Seed::new(&app, DEPARTMENTS, &[("R1", "Ким Ара", "CIVIL")]).await;
        seed.eval(Eval { items: json!({"listening": 0.5}), ..Eval::answered("R1", "2026-10-05", 70.0) }).await;
        seed.eval(Eval { items: json!({"listening": 1.0}), ..Eval::answered("R1", "2026-10-12", 85.0) }).await;
        let a = seed.staff_id("R1").await;
        let hr = app.user("hr-lang", &[Role::Hr], None).await;
        let (_, browser) = app.sign_in("hr-lang", crate::common::PASSWORD).await;
        let get = |path: String| {
            let request = browser.http.get(app.url(&path));
            async move { request.send().await.unwrap() }
        };

        // In Russian: the period, the numbers and the chart's words are Russian.
        civicall::auth::set_locale(&app.state.db, hr.id, Some(Locale::Ru), 0).await.unwrap();
        let ru = Lang::english().with_locale(Locale::Ru);
        let html = get(format!("/results/staff/{a}?month=2026-10")).await.text().await.unwrap();
        assert!(html.contains("<html lang=\"ru\">"));
        assert!(html.contains(&ru.month_year(2026, 10)), "the period as Russian writes it");
        assert!(html.contains("77,5"), "a decimal comma in the mean");
        assert!(html.contains(&ru.interval(0.0, 100.0, 1)), "the interval with decimal commas");
        let training = get("/results/training?month=2026-10".into()).await.text().await.unwrap();
        assert!(training.contains(&ru.t("training-topic-listening")), "a script's topic code in the reader's words");
        let print = get(format!("/results/staff/{a}/print?year=2026")).await.text().await.unwrap();
        assert!(print.contains("<html lang=\"ru\">"), "the printable summary says its language");

        // In the pseudo-locale every sheet name and heading of the download went through the catalogue.
        civicall::auth::set_locale(&app.state.db, hr.id, Some(Locale::EnXa), 0).await.unwrap();
        let bytes = get(format!("/results/staff/{a}/export?format=xlsx&month=2026-10")).await.bytes().await.unwrap();
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
        let sheets = book.sheet_names();
        assert_eq!(sheets.len(), 8);
        for sheet in &sheets {
            assert!(sheet.starts_with(pseudo::OPEN), "sheet {sheet}");
            let range = book.worksheet_range(sheet).unwrap();
            for heading in range.rows().next().unwrap() {
                assert!(heading.to_string().starts_with(pseudo::OPEN), "{sheet}: {heading}");
            }
        }
        // In Korean: every sheet name and heading is the Korean catalogue's.
        civicall::auth::set_locale(&app.state.db, hr.id, Some(Locale::Ko), 0).await.unwrap();
        let ko = Lang::english().with_locale(Locale::Ko);
        let korean: std::collections::BTreeSet<String> = ko.catalog().ids().map(|id| ko.t(id)).collect();
        let bytes = get(format!("/results/staff/{a}/export?format=xlsx&month=2026-10")).await.bytes().await.unwrap();
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
        for sheet in book.sheet_names() {
            assert!(korean.contains(&sheet), "sheet {sheet:?} in Korean");
            let range = book.worksheet_range(&sheet).unwrap();
            for heading in range.rows().next().unwrap() {
                assert!(korean.contains(&heading.to_string()), "{sheet}: heading {heading:?} in Korean");
            }
        }
        civicall::auth::set_locale(&app.state.db, hr.id, Some(Locale::EnXa), 0).await.unwrap();

        // The CSV of one table is still asked for by its key.
        let csv = get(format!("/results/staff/{a}/export?format=csv&table=items&month=2026-10")).await;
        assert_eq!(csv.status(), 200);
        let text = csv.text().await.unwrap();
        assert!(text.trim_start_matches('\u{feff}').starts_with(pseudo::OPEN), "{text}");
        let html = get(format!("/results/staff/{a}?month=2026-10")).await.text().await.unwrap();
        assert!(html.contains("table=items"), "the CSV links name tables by key");

        // The API answers a refusal with the message id as its code.
        let refused = get("/api/v1/results/staff?month=October".into()).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: Value = refused.json().await.unwrap();
        assert_eq!(body["code"], "results-month-invalid", "{body}");
        assert_eq!(body["field"], "month");
    }

    async fn departments_are_ranked_without_rewarding_small_samples(backend: Backend) {
        let app = app_at(backend, "2026-11-02T01:00:00Z").await;
        let departments = "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end
SMALL,Perfect three,GURI,Guri,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
STEADY,Steady sixty,GURI,Guri,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
CIVIL,Civil status,GURI,Guri,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
LAND,Land registry,GURI,Guri,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
BIZ,Business licences,GURI,Guri,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
SOCIAL,Social insurance,GURI,Guri,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
BUILD,Construction permits,GURI,Guri,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
";
        let codes = ["SMALL", "STEADY", "CIVIL", "LAND", "BIZ", "SOCIAL", "BUILD"];
        let staff: Vec<(String, String, String)> = codes.iter().map(|c| (format!("{c}-1"), format!("Staff {c}"), c.to_string())).collect();
        let staff_refs: Vec<(&str, &str, &str)> = staff.iter().map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str())).collect();
        let mut seed = Seed::new(&app, departments, &staff_refs).await;
        const STEADY: [f64; 10] = [8.0, 8.0, 7.0, 6.0, 4.0, 2.0, 0.0, -5.0, -12.0, -18.0];
        const ORDINARY: [f64; 10] = [-27.0, -17.0, -10.0, -4.0, 2.0, 8.0, 10.0, 12.0, 12.0, 14.0];
        let plan: [(&str, f64, usize, &[f64]); 7] = [
            ("SMALL-1", 100.0, 3, &[0.0]), ("STEADY-1", 92.0, 60, &STEADY), ("CIVIL-1", 86.0, 30, &ORDINARY),
            ("LAND-1", 85.0, 40, &ORDINARY), ("BIZ-1", 84.0, 20, &ORDINARY), ("SOCIAL-1", 82.0, 30, &ORDINARY), ("BUILD-1", 80.0, 30, &ORDINARY),
        ];
        for (who, mean, n, offsets) in plan {
            for i in 0..n {
                let day = format!("2026-10-{:02}", 1 + i % 28);
                seed.eval(Eval::answered(who, &day, mean + offsets[i % offsets.len()])).await;
            }
        }
        let r = app.get_json("/api/v1/results/departments?month=2026-10").await;
        let order: Vec<&str> = r["departments"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap()).collect();
        assert_eq!(order, ["STEADY", "SMALL", "CIVIL", "LAND", "BIZ", "SOCIAL", "BUILD"], "{r}");
        let small = &r["departments"][1];
        assert!(close(&small["mean"], 100.0));
        assert_eq!(small["n"], 3);
        assert!((small["shrunk"].as_f64().unwrap() - 90.08).abs() < 0.01, "{small}");
        assert!((r["departments"][0]["shrunk"].as_f64().unwrap() - 91.35).abs() < 0.01);
        // These departments differ (F-test), and only those below the mean with a chance of 90% are flagged:
        // Construction permits, six points under; not Social insurance, four under, nor Business licences.
        assert_eq!(r["departments_fit"]["differences"], true, "{}", r["departments_fit"]);
        assert!(r["departments_fit"]["anova"]["p_value"].as_f64().unwrap() < 0.01);
        let flagged: Vec<&str> = r["departments"].as_array().unwrap().iter().filter(|d| d["flagged"] == true).map(|d| d["code"].as_str().unwrap()).collect();
        assert_eq!(flagged, ["BUILD"], "{r}");
        let bottom: Vec<&str> = r["departments"].as_array().unwrap().iter().filter(|d| d["bottom"] == true).map(|d| d["code"].as_str().unwrap()).collect();
        assert_eq!(bottom, flagged, "the former field says the same");
        for d in r["departments"].as_array().unwrap() {
            let p = d["p_below_mean"].as_f64().unwrap();
            assert_eq!(d["flagged"] == true, p >= 0.9, "{d}");
        }
        // Rank intervals: the three perfect calls cannot be told from the steady sixty, nor placed precisely.
        let interval = |i: usize| (r["departments"][i]["rank_interval"][0].as_u64().unwrap(), r["departments"][i]["rank_interval"][1].as_u64().unwrap());
        assert_eq!(interval(0).0, 1);
        assert!(interval(1).0 == 1 && interval(1).1 >= 3, "{:?}", interval(1));
        assert!(interval(6).1 == 7, "{:?}", interval(6));
        assert_eq!(r["overall"]["n"], 213);
        // Staff under 80: nobody; the construction-permits clerk averages exactly 80, which is not under.
        let under: Vec<&str> = r["under"].as_array().unwrap().iter().map(|s| s["employee_no"].as_str().unwrap()).collect();
        assert!(under.is_empty(), "{under:?}");
        let total: i64 = r["distribution"].as_array().unwrap().iter().map(|b| b[1].as_i64().unwrap()).sum();
        assert_eq!(total, 213);

        let rows = xlsx_rows(&app, "/results/export?view=departments&format=xlsx&month=2026-10", "departments").await;
        assert_eq!(rows.len(), 8);
        assert_eq!(rows[0][..4], ["rank", "department", "centre", "evaluations"]);
        assert_eq!(rows[0][8..12], ["flag", "rank_low", "rank_high", "chance_below_mean"]);
        assert_eq!(rows[0][12..], ["answer_rate_pct", "answer_rate_ci95_low", "answer_rate_ci95_high", "median_rings", "median_rings_ci95_low",
            "median_rings_ci95_high", "courtesy", "courtesy_ci95_low", "courtesy_ci95_high", "unanswered_policy"]);
        assert_eq!(rows[1][1], "Steady sixty");
        assert_eq!(rows[2][1..4], ["Perfect three", "Guri", "3"]);
        assert_eq!(rows[2][9], "1", "the perfect three's rank interval starts at the top");
        assert_eq!([rows[5][8].as_str(), rows[6][8].as_str(), rows[7][8].as_str()], ["", "", "corrective training"]);
        let html = page(&app, "/results?month=2026-10").await;
        assert!(html.contains("The data show differences between departments this period"), "{html}");
        assert!(html.contains("of 7") && html.contains("/results/methods"), "rank intervals and the methods link");
        let report = page(&app, "/results/report?month=2026-10").await;
        assert!(report.contains("Steady sixty") && report.contains("corrective training") && report.contains("departments-chart"));
    }

    async fn a_month_without_differences_between_departments_flags_nobody_and_says_so(backend: Backend) {
        let app = app_at(backend, "2026-11-02T01:00:00Z").await;
        let codes = ["A", "B", "C", "D", "E", "F"];
        let mut departments = String::from("code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\n");
        for c in codes {
            departments.push_str(&format!("{c},Department {c},GURI,Guri,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00\n"));
        }
        let staff: Vec<(String, String, String)> = codes.iter().map(|c| (format!("{c}-1"), format!("Staff {c}"), c.to_string())).collect();
        let staff_refs: Vec<(&str, &str, &str)> = staff.iter().map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str())).collect();
        let mut seed = Seed::new(&app, &departments, &staff_refs).await;
        const ORDINARY: [f64; 10] = [-27.0, -17.0, -10.0, -4.0, 2.0, 8.0, 10.0, 12.0, 12.0, 14.0];
        // Means a point or two apart on twenty calls that vary by fourteen points: noise.
        for (who, mean) in [("A-1", 74.0), ("B-1", 75.0), ("C-1", 75.0), ("D-1", 76.0), ("E-1", 77.0), ("F-1", 73.0)] {
            for i in 0..20 {
                seed.eval(Eval::answered(who, &format!("2026-10-{:02}", 1 + i % 28), mean + ORDINARY[i % 10])).await;
            }
        }
        let r = app.get_json("/api/v1/results/departments?month=2026-10").await;
        assert_eq!(r["departments_fit"]["differences"], false, "{}", r["departments_fit"]);
        assert_eq!(r["flag_probability"], 0.9);
        let lines = r["departments"].as_array().unwrap();
        assert_eq!(lines.len(), 6);
        assert!(lines.iter().all(|d| d["flagged"] == false && d["bottom"] == false), "{r}");
        // Nobody can be told apart: every rank interval is wide, whatever the order of the means.
        for d in lines {
            let (lo, hi) = (d["rank_interval"][0].as_u64().unwrap(), d["rank_interval"][1].as_u64().unwrap());
            assert!(hi - lo >= 3, "{d}");
        }
        let html = page(&app, "/results?month=2026-10").await;
        assert!(html.contains("The data do not show differences between departments this period; nobody is flagged."), "{html}");
        assert!(!html.contains("class=\"state flag\""), "no flag on the page");
        let rows = xlsx_rows(&app, "/results/export?view=departments&format=xlsx&month=2026-10", "departments").await;
        assert!(rows.iter().skip(1).all(|row| row[8].is_empty()), "{rows:?}");
        // The same rule, in words, one click away.
        let methods = page(&app, "/results/methods").await;
        assert!(methods.contains("How these figures are computed") && methods.contains("90%") && methods.contains("1%"), "{methods}");
    }

    async fn star_staff_respect_the_minimum_and_the_tie_breaker(backend: Backend) {
        let app = app_at(backend, "2026-11-02T01:00:00Z").await;
        let mut seed = Seed::new(&app, DEPARTMENTS, &[
            ("S1", "Park Sun", "CIVIL"), ("S2", "Choi Min", "CIVIL"), ("S3", "Jung Ho", "TAX"), ("S4", "Han Yu", "TAX"), ("S5", "Oh Jin", "TAX"),
            ("S6", "Lee Ara", "CIVIL"), ("S7", "Kim Dan", "CIVIL"), ("S8", "Yoon Se", "TAX"), ("S9", "Seo Jun", "TAX"),
        ]).await;
        // The rest of the centre: ordinary months, well below the three at the top.
        for who in ["S6", "S7", "S8", "S9"] {
            for (day, total) in [("2026-10-05", 65.0), ("2026-10-12", 70.0), ("2026-10-19", 75.0)] {
                seed.eval(Eval::answered(who, day, total)).await;
            }
        }
        // September: four people whose calls cannot be told apart.
        for who in ["S1", "S2", "S4", "S5"] {
            for (day, total) in [("2026-09-07", 80.0), ("2026-09-14", 85.0), ("2026-09-21", 90.0)] {
                seed.eval(Eval::answered(who, day, total)).await;
            }
        }
        for who in ["S1", "S2", "S4"] {
            for (day, total) in [("2026-10-06", 90.0), ("2026-10-13", 95.0), ("2026-10-20", 100.0)] {
                seed.eval(Eval { items: json!({"listening": 1.0, "closing_greeting": 1.0, "transfer_handling": 0.5}), ..Eval::answered(who, day, total) }).await;
            }
        }
        for day in ["2026-10-07", "2026-10-14"] {
            seed.eval(Eval::answered("S3", day, 100.0)).await;
        }
        for day in ["2026-10-08", "2026-10-15", "2026-10-22"] {
            seed.eval(Eval::answered("S5", day, 80.0)).await;
        }
        seed.callback("S1", "2026-10-06", 5, "She explained every step, thank you").await;
        seed.callback("S2", "2026-10-06", 4, "").await;
        seed.callback("S4", "2026-10-06", 4, "").await;
        seed.callback("S3", "2026-10-06", 5, "").await;

        let all = app.get_json("/api/v1/results/stars?month=2026-10").await;
        let s = &all[0];
        let stars: Vec<(&str, i64)> = s["stars"].as_array().unwrap().iter().map(|st| (st["candidate"]["staff"]["employee_no"].as_str().unwrap(), st["place"].as_i64().unwrap())).collect();
        // S1, S2 and S4 have the same scores; S1's citizens rated them higher; S2 and S4 stay tied.
        assert_eq!(stars, [("S1", 1), ("S2", 2), ("S4", 2)], "{s}");
        assert_eq!(s["stars"][0]["decided_by_satisfaction"], true);
        assert_eq!(s["stars"][1]["tied_with"], json!(["Han Yu"]));
        assert_eq!(s["stars"][0]["words"], json!(["She explained every step, thank you"]));
        let best: Vec<&str> = s["stars"][0]["best_items"].as_array().unwrap().iter().map(|b| b[0].as_str().unwrap()).collect();
        assert_eq!(best.len(), 2, "listening and the closing greeting; transfers at 50 is no reason: {best:?}");
        // Two perfect calls are not enough for a star, and that is shown, not hidden.
        let below: Vec<&str> = s["below_minimum"].as_array().unwrap().iter().map(|c| c["staff"]["employee_no"].as_str().unwrap()).collect();
        assert_eq!(below, ["S3"]);
        assert_eq!(s["ranked"].as_array().unwrap().len(), 8);
        assert_eq!(s["differences"], true);
        for st in s["stars"].as_array().unwrap() {
            assert!(st["candidate"]["p_above_median"].as_f64().unwrap() >= 0.9, "{st}");
            assert!(st["candidate"]["rank_interval"][1].as_u64().unwrap() <= 4, "{st}");
        }
        let rows = xlsx_rows(&app, "/results/export?view=stars&format=xlsx&month=2026-10", "stars 구리시청").await;
        assert_eq!(rows.iter().skip(1).map(|r| r[1].as_str()).collect::<Vec<_>>(), ["S1", "S2", "S4"]);
        let html = page(&app, "/results/stars?month=2026-10").await;
        assert!(html.contains("Park Sun") && html.contains("tied with Han Yu") && html.contains("Jung Ho (2"), "the stars page shows the tie and who has too few");
        assert!(html.contains("of 9") && html.contains("/results/methods"), "rank intervals and the methods link");

        // A month in which nobody stands out has no stars, and says so.
        let september = app.get_json("/api/v1/results/stars?month=2026-09").await;
        assert_eq!(september[0]["stars"], json!([]), "{september}");
        assert_eq!(september[0]["ranked"].as_array().unwrap().len(), 4);
        let html = page(&app, "/results/stars?month=2026-09").await;
        assert!(html.contains("This month had no clear stars"), "{html}");
    }

    async fn training_needs_list_exactly_the_people_under_the_threshold(backend: Backend) {
        let app = app_at(backend, "2026-11-02T01:00:00Z").await;
        let mut seed = Seed::new(&app, DEPARTMENTS, &[("T1", "Yoon Ji", "CIVIL"), ("T2", "Kang Do", "CIVIL"), ("T3", "Lim Su", "TAX")]).await;
        let sheet = |listening: f64, transfers: Value, closing: f64| json!({"listening": listening, "transfer_handling": transfers, "closing_greeting": closing});
        let mut ids = Vec::new();
        for (who, a, b) in [("T1", sheet(0.5, json!(1.0), 1.0), sheet(1.0, json!(1.0), 1.0)), ("T2", sheet(1.0, json!(0.5), 1.0), sheet(0.75, json!(1.0), 1.0)), ("T3", sheet(0.75, json!(null), 0.5), sheet(0.75, json!(null), 1.0))] {
            ids.push(seed.eval(Eval { items: a, ..Eval::answered(who, "2026-10-05", 80.0) }).await);
            ids.push(seed.eval(Eval { items: b, ..Eval::answered(who, "2026-10-12", 90.0) }).await);
        }
        // Means against 80: T1 listening 75 (short); T2 listening 87.5, transfers 75 (short);
        // T3 listening 75 (short), closing 75 (short), transfers not applicable.
        let t = app.get_json("/api/v1/results/training?month=2026-10").await;
        let who = |topic: &str| -> Vec<(String, Vec<String>)> {
            t["topics"].as_array().unwrap().iter().find(|x| x["topic"] == topic).map(|x| x["people"].as_array().unwrap().iter().map(|p| (p[0]["employee_no"].as_str().unwrap().to_string(), p[1].as_array().unwrap().iter().map(|l| l.as_str().unwrap().to_string()).collect())).collect()).unwrap_or_default()
        };
        let listening: Vec<String> = who("listening").into_iter().map(|(n, _)| n).collect();
        assert_eq!(listening.len(), 2);
        assert!(listening.contains(&"T1".to_string()) && listening.contains(&"T3".to_string()), "{listening:?}");
        assert_eq!(who("transfers").into_iter().map(|(n, _)| n).collect::<Vec<_>>(), ["T2"]);
        assert_eq!(who("closing").into_iter().map(|(n, _)| n).collect::<Vec<_>>(), ["T3"]);
        let t3 = t["rows"].as_array().unwrap().iter().find(|r| r["staff"]["employee_no"] == "T3").unwrap();
        assert!(t3["items"]["transfer_handling"].is_null(), "not applicable is no need");
        // The best listening recordings: the perfect ones first (T1's second call, T2's first).
        let listening_examples = t["examples"].as_array().unwrap().iter().find(|x| x["key"] == "listening").unwrap();
        let firsts: Vec<i64> = listening_examples["examples"].as_array().unwrap().iter().take(2).map(|e| e["evaluation_id"].as_i64().unwrap()).collect();
        assert_eq!(firsts, [ids[1], ids[2]]);
        // HR marks one for sharing: it comes first and says so.
        let hr = app.browser("hr-trainer", &[Role::Hr]).await;
        let response = hr.http.post(app.url("/results/examples")).form(&[("csrf", hr.csrf.as_str()), ("evaluation_id", &ids[4].to_string()), ("item_key", "listening"), ("shared", "1")]).send().await.unwrap();
        assert!(response.status().is_success() || response.status().is_redirection(), "{}", response.status());
        let t = app.get_json("/api/v1/results/training?month=2026-10").await;
        let first = &t["examples"].as_array().unwrap().iter().find(|x| x["key"] == "listening").unwrap()["examples"][0];
        assert_eq!(first["evaluation_id"], ids[4]);
        assert_eq!(first["shared"], true);
        let rows = xlsx_rows(&app, "/results/export?view=training&format=xlsx&month=2026-10", "topics").await;
        assert_eq!(rows.len(), 1 + 4, "{rows:?}");
        let html = page(&app, "/results/training?month=2026-10").await;
        assert!(html.contains("Stop sharing") && html.contains("Mark for sharing") && html.contains("✗"));
    }

    async fn training_needs_name_each_persons_items_in_their_own_scripts_labels(backend: Backend) {
        let app = app_at(backend, "2026-11-02T01:00:00Z").await;
        let departments = "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end
CIVIL,민원여권과,GURI,구리시청,Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00
ADDR,Отдел регистрации,ALA,ЦОН Алмалинского района,Asia/Almaty,mon-fri,09:00,18:00,13:00,14:00
";
        let mut seed = Seed::new(&app, departments, &[("K1", "Kim Ara", "CIVIL"), ("K2", "Lee Bora", "CIVIL"), ("R1", "Ержан Ахметов", "ADDR"), ("R2", "Айгуль Сапарова", "ADDR")]).await;
        let ko = app.state.scripts.get("passport-reissue-ko").unwrap().clone();
        let ru = app.state.scripts.get("address-registration-ru").unwrap().clone();
        let label = |s: &civicall::scripts::CallScript, key: &str| s.item(key).unwrap().1.label.clone();
        assert_ne!(label(&ko, "listening"), label(&ru, "listening"), "the two scripts share the key under different labels");
        // R2 was graded under an earlier text of the Russian script, kept in script_versions.
        let old_label = "Слушал собеседника (редакция 2025 года)";
        let old = civicall::scripts::parse("address-registration-ru.toml", &ru.source.replace(&label(&ru, "listening"), old_label)).unwrap();
        civicall::campaigns::remember_script(&app.state.db, &old, 0).await.unwrap();
        // The Korean office has more evaluations, so its script is the period's most used.
        let short = |who, date, script, version| Eval { items: json!({"listening": 0.5, "closing_greeting": 1.0}), script, script_version: version, ..Eval::answered(who, date, 70.0) };
        for (who, date) in [("K1", "2026-10-05"), ("K1", "2026-10-12"), ("K2", "2026-10-06"), ("K2", "2026-10-13")] {
            seed.eval(short(who, date, "passport-reissue-ko", None)).await;
        }
        seed.eval(short("R1", "2026-10-07", "address-registration-ru", None)).await;
        seed.eval(short("R2", "2026-10-08", "address-registration-ru", Some(old.version.as_str()))).await;

        let t = app.get_json("/api/v1/results/training?month=2026-10").await;
        let listening = t["topics"].as_array().unwrap().iter().find(|x| x["topic"] == "listening").expect("a listening topic");
        let people: Vec<(String, Vec<String>)> = listening["people"].as_array().unwrap().iter()
            .map(|p| (p[0]["employee_no"].as_str().unwrap().to_string(), p[1].as_array().unwrap().iter().map(|l| l.as_str().unwrap().to_string()).collect()))
            .collect();
        let theirs = |no: &str| people.iter().find(|(n, _)| n == no).map(|(_, l)| l.clone()).unwrap_or_else(|| panic!("{no} is not listed: {people:?}"));
        assert_eq!(people.len(), 4, "{people:?}");
        assert_eq!(theirs("K1"), [label(&ko, "listening")]);
        assert_eq!(theirs("K2"), [label(&ko, "listening")]);
        assert_eq!(theirs("R1"), [label(&ru, "listening")], "the Russian office's staff in their script's words");
        assert_eq!(theirs("R2"), [old_label], "in the words of the version they were graded with");
        let row = |no: &str| t["rows"].as_array().unwrap().iter().find(|r| r["staff"]["employee_no"] == no).unwrap().clone();
        assert_eq!(row("R1")["items"]["listening"]["label"], label(&ru, "listening"));
        assert_eq!(row("K1")["items"]["closing_greeting"]["label"], label(&ko, "closing_greeting"));
        // The matrix column names the item by every label it has this period.
        let column = t["items"].as_array().unwrap().iter().find(|i| i["key"] == "listening").unwrap();
        let column_label = column["label"].as_str().unwrap();
        for l in [label(&ko, "listening"), label(&ru, "listening"), old_label.to_string()] {
            assert!(column_label.contains(&l), "{column_label}");
        }

        // The page lists each person with their own label.
        let html = page(&app, "/results/training?month=2026-10").await;
        for (name, l) in [("Kim Ara", label(&ko, "listening")), ("Ержан Ахметов", label(&ru, "listening")), ("Айгуль Сапарова", old_label.to_string())] {
            let listed = format!(">{name}</a> <small>({l})</small>");
            assert!(html.contains(&listed), "{name} with their own label: {listed}");
        }
        // And so does the download.
        let rows = xlsx_rows(&app, "/results/export?view=training&format=xlsx&month=2026-10", "topics").await;
        let r1 = rows.iter().find(|r| r[1] == "R1").unwrap_or_else(|| panic!("{rows:?}"));
        assert_eq!(r1[4], label(&ru, "listening"));
    }

    async fn an_accepted_dispute_replaces_the_score_everywhere_and_the_history_keeps_both(backend: Backend) {
        let app = app_at(backend, "2026-11-02T01:00:00Z").await;
        let mut seed = Seed::new(&app, DEPARTMENTS, &[("D1", "Seo Yun", "CIVIL"), ("D2", "Bae Na", "TAX")]).await;
        let script = app.state.scripts.get("parking-permit-en").unwrap().clone();
        let bands = civicall::grading::scoring::Bands::default();
        let mut items = serde_json::Map::new();
        for (_, item) in script.items() {
            items.insert(item.key.clone(), json!(1.0));
        }
        items.insert("listening".into(), json!(0.0));
        let before = civicall::grading::scoring::score_shares(&script, |k| items.get(k).and_then(Value::as_f64), &bands).total;
        assert!(before < 100.0);
        let now = app.state.clock.now_ms();
        let disputed = seed.eval_final_at(Eval { items: Value::Object(items.clone()), ..Eval::answered("D1", "2026-10-28", before) }, now - 86_400_000).await;
        let stale = seed.eval_final_at(Eval { items: Value::Object(items), ..Eval::answered("D1", "2026-10-02", before) }, now - 20 * 86_400_000).await;
        seed.eval(Eval::answered("D2", "2026-10-20", 50.0)).await;
        let civil: i64 = sqlx::query_scalar("SELECT id FROM departments WHERE code = 'CIVIL'").fetch_one(&app.state.db.pool).await.unwrap();
        let tax: i64 = sqlx::query_scalar("SELECT id FROM departments WHERE code = 'TAX'").fetch_one(&app.state.db.pool).await.unwrap();
        app.user("sup-civil", &[Role::Supervisor], Some(civil)).await;
        app.user("sup-tax", &[Role::Supervisor], Some(tax)).await;
        let (_, supervisor) = app.sign_in("sup-civil", crate::common::PASSWORD).await;
        let (_, other) = app.sign_in("sup-tax", crate::common::PASSWORD).await;
        let raise = |b: &crate::common::Browser, id: i64, body: Value| {
            let request = b.http.post(app.url(&format!("/api/v1/results/evaluations/{id}/disputes"))).header("X-CSRF-Token", &b.csrf).json(&body);
            async move {
                let r = request.send().await.unwrap();
                (r.status(), r.json::<Value>().await.unwrap_or(Value::Null))
            }
        };
        // A supervisor sees their own department's staff, and nobody else.
        let (d1, d2) = (seed.staff_id("D1").await, seed.staff_id("D2").await);
        let get = |b: &crate::common::Browser, path: String| {
            let request = b.http.get(app.url(&path));
            async move { request.send().await.unwrap() }
        };
        assert_eq!(get(&supervisor, format!("/api/v1/results/staff/{d1}?month=2026-10")).await.status(), StatusCode::OK);
        assert_eq!(get(&supervisor, format!("/api/v1/results/staff/{d2}?month=2026-10")).await.status(), StatusCode::NOT_FOUND);
        let listed: Value = get(&supervisor, "/api/v1/results/staff?month=2026-10".into()).await.json().await.unwrap();
        let listed: Vec<&str> = listed.as_array().unwrap().iter().map(|l| l["staff"]["employee_no"].as_str().unwrap()).collect();
        assert_eq!(listed, ["D1"]);
        assert_eq!(get(&supervisor, "/api/v1/results/departments?month=2026-10".into()).await.status(), StatusCode::FORBIDDEN);

        let (status, body) = raise(&supervisor, disputed, json!({"items": ["listening"], "comment": "  "})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body.to_string().contains("comment"), "{body}");
        let (status, body) = raise(&supervisor, disputed, json!({"items": ["singing"], "comment": "No"})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let (status, _) = raise(&other, disputed, json!({"items": ["listening"], "comment": "Not mine"})).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "another department's supervisor cannot see it");
        let (status, body) = raise(&supervisor, stale, json!({"items": ["listening"], "comment": "Too late"})).await;
        assert_eq!(status, StatusCode::CONFLICT, "{body}");
        assert!(body.to_string().contains("14-day window"), "{body}");
        // A control character or an essay past the limit is refused by field, alike on both databases.
        for (comment, code) in [("She listened\u{0} to the end.".to_string(), "text-control-prose"), ("x".repeat(4_001), "text-too-long")] {
            let (status, body) = raise(&supervisor, disputed, json!({"items": ["listening"], "comment": comment})).await;
            assert_eq!((status, body["field"].as_str(), body["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("comment"), Some(code)), "{body}");
        }
        let disputes = || async { sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM disputes").fetch_one(&app.state.db.pool).await.unwrap() };
        assert_eq!(disputes().await, 0, "nothing was stored");
        let (status, body) = raise(&supervisor, disputed, json!({"items": ["listening"], "comment": "  She listened to the end;\nthe grader missed the first minute.\n "})).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let dispute = body["dispute_id"].as_i64().unwrap();
        let comment: String = sqlx::query_scalar("SELECT comment FROM disputes WHERE id = $1").bind(dispute).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(comment, "She listened to the end;\nthe grader missed the first minute.", "trimmed, the line break kept");
        let (status, _) = raise(&supervisor, disputed, json!({"items": ["listening"], "comment": "Again"})).await;
        assert_eq!(status, StatusCode::CONFLICT);

        // The supervisor cannot review; HR (the suite's token) can.
        let r = supervisor.http.post(app.url(&format!("/api/v1/results/disputes/{dispute}/resolve"))).header("X-CSRF-Token", &supervisor.csrf).json(&json!({"decision": "accept", "resolution": "x", "scores": {"listening": 5}})).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        let (status, body) = app.post_json(&format!("/api/v1/results/disputes/{dispute}/resolve"), &json!({"decision": "accept", "resolution": "Listened\u{0} again.", "scores": {"listening": 5}})).await;
        assert_eq!((status, body["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("resolution")), "{body}");
        let (status, body) = app.post_json(&format!("/api/v1/results/disputes/{dispute}/resolve"), &json!({"decision": "accept", "resolution": "Listened again: full marks.", "scores": {"closing_greeting": 1}})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "only disputed items change: {body}");
        let (status, body) = app.post_json(&format!("/api/v1/results/disputes/{dispute}/resolve"), &json!({"decision": "accept", "resolution": "Listened again: full marks.", "scores": {"listening": 5}})).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["state"], "accepted");
        assert!(close(&body["total_after"], 100.0), "{body}");

        // Every report reads the new score; the history keeps both.
        let s = app.get_json(&format!("/api/v1/results/staff/{d1}?month=2026-10")).await;
        let line = s["evaluations"].as_array().unwrap().iter().find(|e| e["evaluation_id"] == disputed).unwrap();
        assert!(close(&line["total"], 100.0));
        assert_eq!(line["version"], 2);
        assert_eq!(line["locked"], true);
        let listening = s["items"].as_array().unwrap().iter().find(|i| i["key"] == "listening").unwrap();
        assert!(close(&listening["score"], 50.0), "one of two calls now full marks: {listening}");
        let r = app.get_json("/api/v1/results/departments?month=2026-10").await;
        let civil_line = r["departments"].as_array().unwrap().iter().find(|d| d["code"] == "CIVIL").unwrap();
        assert!(close(&civil_line["mean"], (before + 100.0) / 2.0), "{r}");
        let history = app.get_json(&format!("/api/v1/results/evaluations/{disputed}/versions")).await;
        let totals: Vec<(i64, f64, &str)> = history.as_array().unwrap().iter().map(|v| (v["version"].as_i64().unwrap(), v["total"].as_f64().unwrap(), v["source"].as_str().unwrap())).collect();
        assert_eq!(totals, [(1, before, "single"), (2, 100.0, "dispute")]);
        assert_eq!(history[1]["dispute_id"], dispute);
        // Resolved means locked.
        let (status, body) = raise(&supervisor, disputed, json!({"items": ["listening"], "comment": "Once more"})).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(body.to_string().contains("locked"), "{body}");
        let rows = xlsx_rows(&app, "/results/disputes?format=xlsx", "disputes").await;
        assert_eq!(rows[1][7], "accepted");
        let rows = xlsx_rows(&app, "/results/export?view=year&format=xlsx&year=2026", "year_end_summary").await;
        let people: Vec<&str> = rows.iter().skip(1).map(|r| r[0].as_str()).collect();
        assert_eq!(people, ["D1", "D2"]);
        assert_eq!(rows[1][6], "2", "D1's two October evaluations");
        let list = app.get_json("/api/v1/results/disputes").await;
        assert_eq!(list["summary"]["accepted"], 1);
        assert!(list["disputes"][0]["resolution_hours"].as_f64().unwrap() < 0.01, "resolved at once: {list}");
        assert_eq!(list["disputes"][0]["items"], json!(["listening"]), "the items as a list: {list}");
        assert!(chrono::DateTime::parse_from_rfc3339(list["disputes"][0]["resolved_at"].as_str().unwrap()).is_ok(), "{list}");
        assert!(chrono::DateTime::parse_from_rfc3339(history[1]["at"].as_str().unwrap()).is_ok(), "{history}");
        crate::common::assert_month_sums_match(&app).await;
    }
}
