//! How long HR's views take over 10,000 staff and 1,000,000 final
//! evaluations (a year of calls, about a hundred per person), on SQLite and
//! on PostgreSQL: the department ranking for a month and for the whole year,
//! a staff member's scorecard for a month and for the year, the star staff
//! of a centre's month, and a department's training needs for a month.
//!
//! Run with `cargo bench --bench results`; BENCH_STAFF and BENCH_EVALUATIONS
//! change the load, BENCH_BACKENDS (`sqlite`, `postgres`, or both, the
//! default) the databases. The evaluations are written straight into the tables
//! (setup, not the thing measured); the views are the service's own code.

#[path = "../tests/it/common.rs"]
#[allow(dead_code)]
mod common;

use std::time::Instant;

use chrono::{Duration, NaiveDate};
use civicall::db::{Backend, Db};
use civicall::reports::results::{Range, Scope};
use civicall::reports::stats::{self, Moments};
use civicall::reports::{posterior, ranking, scorecard, stars, training};
use common::{Options, TestApp, TravelClock, env_usize, spawn_app, utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const CENTRES: usize = 4;
const DEPARTMENTS_PER_CENTRE: usize = 25;
const ITEMS: [&str; 10] = [
    "pickup_speed",
    "connected",
    "names_department_and_self",
    "listening",
    "accurate_answer",
    "transfer_handling",
    "no_rude_treatment",
    "offers_more_help",
    "closing_greeting",
    "caller_hangs_up_first",
];
const REPEATS: usize = 5;

fn departments_csv() -> String {
    let mut csv = String::from(
        "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\n",
    );
    for c in 0..CENTRES {
        for d in 0..DEPARTMENTS_PER_CENTRE {
            csv.push_str(&format!(
                "C{c}-D{d},Department {c}.{d},C{c},Centre {c},Asia/Seoul,mon-fri,09:00,18:00,12:00,13:00\n"
            ));
        }
    }
    csv
}

async fn insert(db: &Db, sql: String) {
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .execute(&db.pool)
        .await
        .unwrap();
}

/// Staff spread evenly over the departments; returns (staff id, department id).
async fn insert_staff(db: &Db, staff: usize) -> Vec<(i64, i64)> {
    let departments: Vec<i64> = sqlx::query_scalar("SELECT id FROM departments ORDER BY id")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    for chunk in (0..staff).collect::<Vec<_>>().chunks(2_000) {
        let rows: Vec<String> = chunk
            .iter()
            .map(|i| {
                format!(
                    "('E{i:05}','Staff {i}',{},'+8231{:07}',0,0)",
                    departments[i % departments.len()],
                    5_000_000 + i
                )
            })
            .collect();
        insert(
            db,
            format!(
                "INSERT INTO staff (employee_no, name, department_id, phone, created_at, updated_at) VALUES {}",
                rows.join(",")
            ),
        )
        .await;
    }
    sqlx::query_as("SELECT id, department_id FROM staff ORDER BY id")
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

/// `n` final evaluations with their calls and score versions, spread over
/// the staff and over the year before `end`.
async fn insert_evaluations(
    db: &Db,
    staff: &[(i64, i64)],
    n: usize,
    end: NaiveDate,
    version: &str,
) {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let first_call: i64 = 1;
    let mut written = 0;
    while written < n {
        let rows = (n - written).min(2_000);
        let mut tx = db.begin().await.unwrap();
        let (mut calls, mut evaluations, mut versions) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..rows {
            let id = first_call + (written + i) as i64;
            let (staff_id, department_id) = staff[(written + i) % staff.len()];
            let date = end - Duration::days(rng.random_range(0..365));
            let answered = rng.random_bool(0.9);
            let rings: i64 = rng.random_range(1..6);
            let skill: f64 = 0.55 + 0.4 * ((staff_id % 17) as f64 / 16.0);
            let mut items = Vec::new();
            let (mut earned, mut counted) = (0.0, 0.0);
            for key in ITEMS {
                let share: f64 = if answered {
                    (skill + rng.random_range(-0.3..0.3)).clamp(0.0, 1.0)
                } else {
                    0.0
                };
                let share = (share * 4.0).round() / 4.0;
                earned += share;
                counted += 1.0;
                items.push(format!("\"{key}\":{share}"));
            }
            let total = 100.0 * earned / counted;
            let band = if total >= 90.0 {
                "excellent"
            } else if total >= 80.0 {
                "good"
            } else {
                "needs_improvement"
            };
            let connection = if answered { "person" } else { "no-answer" };
            calls.push(format!(
                "({id},'evaluation','parking-permit-en','+8231{:07}','+15550100','ended','{connection}',{},{},{staff_id},'{date}','{version}',0,0)",
                5_000_000 + staff_id,
                if answered { rings.to_string() } else { "NULL".into() },
                if answered { (rings * 4000).to_string() } else { "NULL".into() },
            ));
            // Made under the default policy: an unanswered call weighs the
            // share of the sheet its connection items carry (two of ten).
            let weight = if answered { 1.0 } else { 0.2 };
            evaluations.push(format!(
                "({id},{id},{staff_id},'parking-permit-en','{version}','final','{connection}','{date}',{department_id},{total},'{band}','single',1,0,0,0,'connection',{weight})"
            ));
            versions.push(format!(
                "({id},1,{total},'{band}','[{{\"stage_key\":\"greeting\",\"score\":{total}}}]','{{{}}}','single','grading',0)",
                items.join(",")
            ));
        }
        for (table, columns, values) in [
            (
                "calls",
                "id, purpose, script_id, to_number, from_number, state, connection, ring_count, answer_latency_ms, staff_id, local_date, script_version, created_at, updated_at",
                &calls,
            ),
            (
                "evaluations",
                "id, call_id, staff_id, script_id, script_version, state, connection, local_date, department_id, final_total, final_band, final_source, final_version, finalized_at, created_at, updated_at, unanswered_policy, counted_weight",
                &evaluations,
            ),
            (
                "score_versions",
                "evaluation_id, version, total, band, stages, items, source, changed_by, at",
                &versions,
            ),
        ] {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO {table} ({columns}) VALUES {}",
                values.join(",")
            )))
            .execute(&mut *tx)
            .await
            .unwrap();
        }
        tx.commit().await.unwrap();
        written += rows;
    }
    if db.backend == Backend::Postgres {
        for table in ["calls", "evaluations"] {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
            )))
            .execute(&db.pool)
            .await
            .unwrap();
        }
    }
}

async fn settle(db: &Db) {
    let sql = match db.backend {
        Backend::Postgres => "VACUUM ANALYZE",
        Backend::Sqlite => "ANALYZE",
    };
    sqlx::query(sql).execute(&db.pool).await.unwrap();
}

/// The median of `REPEATS` runs, in milliseconds.
async fn time<F, Fut, T>(mut f: F) -> f64
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    let mut runs = Vec::new();
    for _ in 0..REPEATS {
        let start = Instant::now();
        std::hint::black_box(f().await);
        runs.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

struct Row {
    setup_s: f64,
    month_n: usize,
    ranking_month: f64,
    ranking_year: f64,
    scorecard_month: f64,
    scorecard_year: f64,
    stars: f64,
    training: f64,
}

async fn load(backend: Backend, staff_n: usize, evaluations: usize) -> Row {
    let app: TestApp = spawn_app(
        backend,
        Options {
            clock: Some(TravelClock::at(utc("2026-11-02T01:00:00Z"))),
            ..Options::default()
        },
    )
    .await;
    let db = &app.state.db;
    let setup = Instant::now();
    let (status, body) = app.import_csv("departments", &departments_csv()).await;
    assert_eq!(status, 200, "{body}");
    let staff = insert_staff(db, staff_n).await;
    let version = app
        .state
        .scripts
        .get("parking-permit-en")
        .unwrap()
        .version
        .clone();
    let end = NaiveDate::from_ymd_opt(2026, 10, 31).unwrap();
    insert_evaluations(db, &staff, evaluations, end, &version).await;
    settle(db).await;
    let setup_s = setup.elapsed().as_secs_f64();

    let month = Range::month(end);
    let year = Range::custom(end - Duration::days(364), end).unwrap();
    let library = &app.state.scripts;
    let someone = staff[staff.len() / 2].0;
    let (department, centre): (i64, i64) = sqlx::query_as(
        "SELECT d.id, d.centre_id FROM departments d JOIN staff s ON s.department_id = d.id WHERE s.id = $1",
    )
    .bind(someone)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let month_n = ranking::build(db, Scope::All, &month, 0.9)
        .await
        .unwrap()
        .overall
        .map_or(0, |s| s.n);
    Row {
        setup_s,
        month_n,
        ranking_month: time(|| ranking::build(db, Scope::All, &month, 0.9)).await,
        ranking_year: time(|| ranking::build(db, Scope::All, &year, 0.9)).await,
        scorecard_month: time(|| scorecard::build(db, library, someone, &month)).await,
        scorecard_year: time(|| scorecard::build(db, library, someone, &year)).await,
        stars: time(|| stars::stars(db, library, centre, &month, 3, 3, 0.9)).await,
        training: time(|| training::build(db, library, Scope::Department(department), &month))
            .await,
    }
}

/// The statistics alone, without the database: fitting the model and
/// simulating rank intervals for `groups` groups of about a hundred values.
fn model_ms(groups: usize) -> f64 {
    let mut rng = ChaCha8Rng::seed_from_u64(groups as u64);
    let moments: Vec<Moments> = (0..groups)
        .map(|g| {
            let mean = rng.random_range(55.0..90.0);
            let n = rng.random_range(20..180);
            let values: Vec<f64> = (0..n)
                .map(|_| (mean + rng.random_range(-30.0..30.0f64)).clamp(0.0, 100.0))
                .collect();
            Moments {
                key: g.to_string(),
                n,
                weight: n as f64,
                sum: values.iter().sum(),
                sum_sq: values.iter().map(|v| v * v).sum(),
            }
        })
        .collect();
    let mut runs: Vec<f64> = (0..REPEATS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(stats::assess(&moments, None));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[REPEATS / 2]
}

fn main() {
    println!("Model and rank intervals alone (median of {REPEATS} runs, milliseconds)");
    println!("{:>8} {:>8} {:>8}", "groups", "worlds", "ms");
    for groups in [6, 100, 1_000, 10_000] {
        println!(
            "{groups:>8} {:>8} {:>8.1}",
            posterior::draws_for(groups),
            model_ms(groups)
        );
    }
    let staff = env_usize("BENCH_STAFF", 10_000);
    let evaluations = env_usize("BENCH_EVALUATIONS", 1_000_000);
    fn run<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }
    let mut rows = Vec::new();
    for backend in common::bench_backends() {
        eprintln!(
            "{}: loading {staff} staff and {evaluations} final evaluations…",
            backend.name()
        );
        rows.push((backend.name(), run(load(backend, staff, evaluations))));
    }
    println!(
        "\nHR results over {staff} staff ({} departments in {CENTRES} centres) and {evaluations} final evaluations in a year",
        CENTRES * DEPARTMENTS_PER_CENTRE
    );
    println!(
        "(median of {REPEATS} runs, milliseconds; a month holds about a twelfth of the evaluations)"
    );
    println!(
        "{:<11} {:>8} {:>9} {:>12} {:>11} {:>13} {:>12} {:>11} {:>10}",
        "backend",
        "setup s",
        "month n",
        "rank month",
        "rank year",
        "scorecard mo",
        "scorecard yr",
        "stars mo",
        "training"
    );
    for (name, r) in &rows {
        println!(
            "{:<11} {:>8.1} {:>9} {:>12.1} {:>11.1} {:>13.1} {:>12.1} {:>11.1} {:>10.1}",
            name,
            r.setup_s,
            r.month_n,
            r.ranking_month,
            r.ranking_year,
            r.scorecard_month,
            r.scorecard_year,
            r.stars,
            r.training
        );
    }
}
