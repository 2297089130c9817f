//! How long the daily callback draw takes over 1,000,000 service visits, on
//! SQLite and on PostgreSQL. Two loads:
//!
//! - spread: the visits of four centres over 120 days (about 15,000 in each
//!   centre's 7-day look-back window); thirty days of draws are run one after
//!   another, each followed by its calls, so later draws also check the
//!   cool-down against a growing call history; then one `run_due` for all
//!   four centres;
//! - worst case: all the visits inside one centre's look-back window, one
//!   draw (and its explanation of every visit) over the lot.
//!
//! Run with `cargo bench --bench draw`; BENCH_VISITS changes the load.
//! The visits are written straight into the table (that is setup, not the
//! thing measured); the draw is the service's own code.

#[path = "../tests/it/common.rs"]
#[allow(dead_code)]
mod common;

use std::time::Instant;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use civicall::callbacks::draw;
use civicall::config::Config;
use civicall::db::{Backend, Db};
use civicall::roster;
use common::{Options, TestApp, TravelClock, env_usize, spawn_app, utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const CENTRES: [(&str, &str); 4] = [
    ("DT", "Asia/Ho_Chi_Minh"),
    ("ALA", "Asia/Almaty"),
    ("GURI", "Asia/Seoul"),
    ("XN", "Asia/Shanghai"),
];

fn departments_csv() -> String {
    let mut csv = String::from(
        "code,name,centre_code,centre_name,time_zone,work_days,work_start,work_end,lunch_start,lunch_end\n",
    );
    for (c, (code, zone)) in CENTRES.iter().enumerate() {
        for d in 0..5 {
            csv.push_str(&format!(
                "{code}-{d},Department {c}.{d},{code},Centre {code},{zone},mon-sat,08:00,17:00,,\n"
            ));
        }
    }
    csv
}

fn bench_config(c: &mut Config) {
    c.callbacks.count_min = 10;
    c.callbacks.count_max = 30;
    c.callbacks.draw_at = "08:30".into();
    c.callbacks.calling_days = "mon-sun".into();
    // A bench that runs for a while must not sign anyone out.
    c.auth.session_lifetime_hours = 24 * 400;
}

/// Writes `n` visits between `from` and `to`, spread over `centres`, in
/// multi-row inserts inside one transaction per 50,000 rows.
async fn insert_visits(
    db: &Db,
    centres: &[(i64, Vec<i64>)],
    n: usize,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    numbers: u64,
    rng: &mut ChaCha8Rng,
) {
    let span = (to - from).num_milliseconds();
    let mut written = 0;
    while written < n {
        let mut tx = db.begin().await.unwrap();
        for _ in 0..25 {
            if written >= n {
                break;
            }
            let rows = (n - written).min(2_000);
            let mut sql = String::from(
                "INSERT INTO service_visits (external_id, centre_id, citizen_name, phone, service, life_situation, \
                 department_id, staff_id, visited_at, channel, consented, created_at, updated_at) VALUES ",
            );
            for i in 0..rows {
                let (centre, departments) = &centres[rng.random_range(0..centres.len())];
                let department = departments[rng.random_range(0..departments.len())];
                let at = from.timestamp_millis() + rng.random_range(0..span);
                let phone = if rng.random_bool(0.01) {
                    "NULL".to_string()
                } else {
                    format!("'+8491{:07}'", rng.random_range(0..numbers))
                };
                let consented = i64::from(rng.random_bool(0.9));
                if i > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!(
                    "('B{}',{centre},'Citizen',{phone},'Service {}',NULL,{department},NULL,{at},'counter',{consented},0,0)",
                    written + i,
                    department % 7,
                ));
            }
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *tx)
                .await
                .unwrap();
            written += rows;
        }
        tx.commit().await.unwrap();
    }
}

/// Statistics and visibility as a database in steady use has them (autovacuum
/// would have run after a bulk load like the setup's).
async fn settle(db: &Db) {
    let sql = match db.backend {
        Backend::Postgres => "VACUUM ANALYZE service_visits",
        Backend::Sqlite => "ANALYZE",
    };
    sqlx::query(sql).execute(&db.pool).await.unwrap();
}

/// The calls that follow a draw: one attempt per callback, the next hour.
async fn call_everyone(db: &Db, draw_id: i64) {
    sqlx::query(
        "INSERT INTO callback_attempts (callback_id, operator_key, method, outcome, at) \
         SELECT id, 'bench', 'other', 'reached', next_attempt_at + 3600000 FROM callbacks WHERE draw_id = $1",
    )
    .bind(draw_id)
    .execute(&db.pool)
    .await
    .unwrap();
    sqlx::query("UPDATE callbacks SET state = 'closed', outcome = 'reached', attempts = 1 WHERE draw_id = $1")
        .bind(draw_id)
        .execute(&db.pool)
        .await
        .unwrap();
}

/// The app with its clock long before the visits, so that its own draw
/// worker has nothing to draw while the bench sets up and measures.
async fn app_at(backend: Backend) -> (TestApp, std::sync::Arc<TravelClock>) {
    let clock = TravelClock::at(utc("2026-01-01T00:00:00Z"));
    let app = spawn_app(
        backend,
        Options {
            clock: Some(clock.clone()),
            tweak: bench_config,
            ..Options::default()
        },
    )
    .await;
    if backend == Backend::Postgres {
        // Start from a quiet server: what the previous load left to write goes now.
        sqlx::query("CHECKPOINT")
            .execute(&app.state.db.pool)
            .await
            .unwrap();
    }
    let (status, body) = app.import_csv("departments", &departments_csv()).await;
    assert_eq!(status, 200, "{body}");
    (app, clock)
}

async fn centres_with_departments(db: &Db) -> Vec<(roster::Centre, Vec<i64>)> {
    let departments = roster::list_departments(db).await.unwrap();
    roster::list_centres(db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| {
            let ids = departments
                .iter()
                .filter(|d| d.centre_id == c.id)
                .map(|d| d.id)
                .collect();
            (c, ids)
        })
        .collect()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

struct Spread {
    setup_s: f64,
    draws: Vec<f64>,
    eligible: Vec<i64>,
    history: i64,
    run_due_ms: f64,
    run_due_draws: usize,
}

async fn spread(backend: Backend, visits: usize) -> Spread {
    let today = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    let now = utc("2026-10-01T06:00:00Z");
    let (app, clock) = app_at(backend).await;
    let db = &app.state.db;
    let centres = centres_with_departments(db).await;
    let ids: Vec<(i64, Vec<i64>)> = centres.iter().map(|(c, d)| (c.id, d.clone())).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let t = Instant::now();
    insert_visits(
        db,
        &ids,
        visits,
        now - Duration::days(120),
        now,
        600_000,
        &mut rng,
    )
    .await;
    settle(db).await;
    let setup_s = t.elapsed().as_secs_f64();

    let config = &app.state.config.callbacks;
    let mut draws = Vec::new();
    let mut eligible = Vec::new();
    for back in (1..=30).rev() {
        let day = today - Duration::days(back);
        for (centre, _) in &centres {
            let t = Instant::now();
            let (id, ran) = draw::run(db, config, centre, day, now).await.unwrap();
            draws.push(t.elapsed().as_secs_f64() * 1000.0);
            assert!(ran);
            let count: i64 =
                sqlx::query_scalar("SELECT eligible_count FROM callback_draws WHERE id = $1")
                    .bind(id)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap();
            eligible.push(count);
            call_everyone(db, id).await;
        }
    }
    let history: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM callback_attempts")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    clock.jump_to(now);
    let t = Instant::now();
    let run_due_draws = draw::run_due(db, config, now).await.unwrap();
    let run_due_ms = t.elapsed().as_secs_f64() * 1000.0;
    draws.sort_by(f64::total_cmp);
    Spread {
        setup_s,
        draws,
        eligible,
        history,
        run_due_ms,
        run_due_draws,
    }
}

struct Worst {
    setup_s: f64,
    draw_ms: f64,
    eligible: i64,
    drawn: i64,
    explanation_bytes: i64,
}

async fn worst_case(backend: Backend, visits: usize) -> Worst {
    let today = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    // 09:00 in Đồng Tháp; its draw for the day is at 08:30.
    let now = utc("2026-10-01T02:00:00Z");
    let (app, _clock) = app_at(backend).await;
    let db = &app.state.db;
    let centres = centres_with_departments(db).await;
    let (dt, departments) = centres
        .iter()
        .find(|(c, _)| c.code == "DT")
        .cloned()
        .unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(2);
    let t = Instant::now();
    let draw_at = utc("2026-10-01T01:30:00Z");
    insert_visits(
        db,
        &[(dt.id, departments)],
        visits,
        draw_at - Duration::days(7) + Duration::minutes(1),
        draw_at,
        5_000_000,
        &mut rng,
    )
    .await;
    settle(db).await;
    let setup_s = t.elapsed().as_secs_f64();
    let config = &app.state.config.callbacks;
    let t = Instant::now();
    let (id, _) = draw::run(db, config, &dt, today, now).await.unwrap();
    let draw_ms = t.elapsed().as_secs_f64() * 1000.0;
    let (eligible, drawn, explanation_bytes): (i64, i64, i64) = sqlx::query_as(
        "SELECT eligible_count, drawn_count, LENGTH(explanation) FROM callback_draws WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    Worst {
        setup_s,
        draw_ms,
        eligible,
        drawn,
        explanation_bytes,
    }
}

fn main() {
    let visits = env_usize("BENCH_VISITS", 1_000_000);
    // A runtime per load, so that nothing the previous app left running
    // (its background workers) competes with the next.
    fn run<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }
    let mut spread_rows = Vec::new();
    let mut worst_rows = Vec::new();
    for backend in common::bench_backends() {
        if std::env::var("BENCH_ONLY").as_deref() != Ok("worst") {
            eprintln!("{}: spread load…", backend.name());
            spread_rows.push((backend.name(), run(spread(backend, visits))));
        }
        eprintln!("{}: worst case…", backend.name());
        worst_rows.push((backend.name(), run(worst_case(backend, visits))));
    }

    println!("\nDaily callback draw over {visits} service visits");
    println!(
        "\nSpread: 4 centres, 120 days of visits; 30 days x 4 centres drawn in turn, each followed by its calls"
    );
    println!(
        "{:<11} {:>9} {:>10} {:>9} {:>9} {:>9} {:>9} {:>11} {:>12}",
        "backend",
        "setup s",
        "eligible",
        "p50 ms",
        "p95 ms",
        "max ms",
        "calls",
        "run_due ms",
        "(draws run)"
    );
    for (name, s) in &spread_rows {
        let mean_eligible = s.eligible.iter().sum::<i64>() / s.eligible.len() as i64;
        println!(
            "{:<11} {:>9.1} {:>10} {:>9.1} {:>9.1} {:>9.1} {:>9} {:>11.1} {:>12}",
            name,
            s.setup_s,
            mean_eligible,
            percentile(&s.draws, 0.5),
            percentile(&s.draws, 0.95),
            s.draws.last().unwrap(),
            s.history,
            s.run_due_ms,
            s.run_due_draws
        );
    }
    println!("\nWorst case: every visit inside one centre's 7-day look-back window, one draw");
    println!(
        "{:<11} {:>9} {:>10} {:>9} {:>10} {:>16}",
        "backend", "setup s", "eligible", "drawn", "draw ms", "explanation MB"
    );
    for (name, w) in &worst_rows {
        println!(
            "{:<11} {:>9.1} {:>10} {:>9} {:>10.1} {:>16.1}",
            name,
            w.setup_s,
            w.eligible,
            w.drawn,
            w.draw_ms,
            w.explanation_bytes as f64 / 1e6
        );
    }
}
