//! How fast graders get their next task: claims per second and claim
//! latency with 50 graders asking at once, on SQLite and PostgreSQL. Each
//! grader claims a task, marks it done, and asks again until the queue is
//! empty. Run with `cargo bench --bench claims`; BENCH_TASKS and
//! BENCH_GRADERS change the load.

#[path = "../tests/it/common.rs"]
#[allow(dead_code)]
mod common;

use std::time::{Duration, Instant};

use civicall::db::{Backend, Db};
use civicall::grading::desk::{self, Grader};
use common::{Options, env_usize, spawn_app};

/// A queue of `n` waiting first-grading tasks.
async fn fill_queue(db: &Db, n: usize) {
    let mut tx = db.begin().await.unwrap();
    for i in 0..n as i64 {
        let call: i64 = sqlx::query_scalar(
            "INSERT INTO calls (purpose, script_id, to_number, from_number, state, created_at, updated_at) \
             VALUES ('evaluation', 'parking-permit-en', '+821000000000', '+15005550006', 'ended', $1, $1) RETURNING id",
        )
        .bind(i)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        let evaluation: i64 = sqlx::query_scalar(
            "INSERT INTO evaluations (call_id, script_id, script_version, state, created_at, updated_at) \
             VALUES ($1, 'parking-permit-en', 'v', 'awaiting_grading', $2, $2) RETURNING id",
        )
        .bind(call)
        .bind(i)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        sqlx::query("INSERT INTO grading_tasks (evaluation_id, kind, state, created_at, updated_at) VALUES ($1, 'first', 'waiting', $2, $2)")
            .bind(evaluation)
            .bind(i)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

struct Row {
    backend: &'static str,
    claims: usize,
    graders: usize,
    per_second: f64,
    p50: Duration,
    p99: Duration,
}

async fn measure(backend: Backend, tasks: usize, graders: usize) -> Row {
    let app = spawn_app(
        backend,
        Options {
            max_connections: 24,
            ..Options::default()
        },
    )
    .await;
    fill_queue(&app.state.db, tasks).await;
    let started = Instant::now();
    let mut handles = Vec::new();
    for g in 0..graders {
        let db = app.state.db.clone();
        handles.push(tokio::spawn(async move {
            let grader = Grader { key: format!("user:{}", 10_000 + g), user_id: None, department_id: None, senior: false };
            let mut latencies = Vec::new();
            loop {
                let t = Instant::now();
                let now = chrono::Utc::now().timestamp_millis();
                let claimed = desk::claim_next(&db, &grader, now, 1_200_000).await.unwrap();
                latencies.push(t.elapsed());
                let Some(id) = claimed else { break };
                // Submitting is a write transaction, as in the desk.
                let mut tx = db.begin().await.unwrap();
                sqlx::query("UPDATE grading_tasks SET state = 'done', lease_owner = NULL, lease_until = NULL WHERE id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .unwrap();
                tx.commit().await.unwrap();
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for h in handles {
        latencies.extend(h.await.unwrap());
    }
    let elapsed = started.elapsed();
    let done: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM grading_tasks WHERE state = 'done'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(done as usize, tasks, "every task was claimed exactly once");
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p).ceil() as usize).saturating_sub(1)];
    Row {
        backend: backend.name(),
        claims: tasks,
        graders,
        per_second: tasks as f64 / elapsed.as_secs_f64(),
        p50: pct(0.5),
        p99: pct(0.99),
    }
}

fn main() {
    let tasks = env_usize("BENCH_TASKS", 2_000);
    let graders = env_usize("BENCH_GRADERS", 50);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let rows: Vec<Row> = runtime.block_on(async {
        let mut rows = Vec::new();
        for backend in common::bench_backends() {
            rows.push(measure(backend, tasks, graders).await);
        }
        rows
    });
    println!(
        "\nGrading queue: claims with {graders} graders asking at once (claim, mark done, ask again)"
    );
    println!(
        "{:<10} {:>8} {:>8} {:>12} {:>10} {:>10}",
        "backend", "claims", "graders", "claims/s", "p50 ms", "p99 ms"
    );
    for r in rows {
        println!(
            "{:<10} {:>8} {:>8} {:>12.0} {:>10.2} {:>10.2}",
            r.backend,
            r.claims,
            r.graders,
            r.per_second,
            r.p50.as_secs_f64() * 1000.0,
            r.p99.as_secs_f64() * 1000.0
        );
    }
}
