//! How many status callbacks per second the service ingests, signature check
//! and durable write included, and how long each takes, on SQLite and on
//! PostgreSQL. Run with `cargo bench --bench webhook_ingest`; set
//! BENCH_CALLS and BENCH_CONCURRENCY to change the load.

#[path = "../tests/it/common.rs"]
#[allow(dead_code)]
mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use civicall::calls::{self, CallState, NewCall};
use civicall::db::Backend;
use civicall::telephony::{format_rfc2822, signature};
use common::{Options, env_usize, spawn_app};

/// A callback ready to send: where, its signature, its form.
type SignedCallback = (reqwest::Url, String, Vec<(String, String)>);

struct Row {
    backend: &'static str,
    callbacks: usize,
    concurrency: usize,
    per_second: f64,
    p50: Duration,
    p99: Duration,
    max: Duration,
}

fn callbacks_for(call_id: i64, sid: &str) -> Vec<(String, Vec<(String, String)>)> {
    let start = chrono::Utc::now();
    let steps = [
        ("initiated", 0),
        ("ringing", 1),
        ("in-progress", 9),
        ("completed", 40),
    ];
    steps
        .iter()
        .enumerate()
        .map(|(seq, (status, at))| {
            let mut params = vec![
                (
                    "AccountSid".to_string(),
                    civicall::telephony::sandbox::SANDBOX_ACCOUNT_SID.to_string(),
                ),
                ("CallSid".into(), sid.to_string()),
                ("CallStatus".into(), status.to_string()),
                ("SequenceNumber".into(), seq.to_string()),
                (
                    "Timestamp".into(),
                    format_rfc2822(start + chrono::Duration::seconds(*at)),
                ),
                ("CallbackSource".into(), "call-progress-events".into()),
                ("To".into(), "+821012345678".into()),
                ("From".into(), "+15005550006".into()),
            ];
            if *status == "completed" {
                params.push(("CallDuration".into(), "31".into()));
            }
            (format!("/webhooks/twilio/status?call={call_id}"), params)
        })
        .collect()
}

async fn measure(backend: Backend, calls_n: usize, concurrency: usize) -> Row {
    let app = spawn_app(
        backend,
        Options {
            max_connections: 16,
            ..Options::default()
        },
    )
    .await;
    let mut work = Vec::new();
    for i in 0..calls_n {
        let id = calls::insert(
            &app.state.db,
            &NewCall {
                purpose: "line-check",
                script_id: "line-check",
                to_number: "+821012345678",
                from_number: "+15005550006",
                state: CallState::Placed,
                due_at: None,
            },
            0,
        )
        .await
        .expect("insert call");
        let sid = format!("CA{:032x}", i);
        work.extend(callbacks_for(id, &sid));
    }
    // Interleave the calls the way a busy carrier does: one event of each call in turn.
    let per_call = 4;
    let interleaved: Vec<_> = (0..per_call)
        .flat_map(|k| (0..calls_n).map(move |c| c * per_call + k))
        .map(|i| work[i].clone())
        .collect();
    let signed: Arc<Vec<SignedCallback>> = Arc::new(
        interleaved
            .into_iter()
            .map(|(path, params)| {
                let url = app.url(&path);
                let sig = signature::compute(
                    civicall::telephony::sandbox::SANDBOX_AUTH_TOKEN,
                    url.as_str(),
                    &params,
                );
                (url, sig, params)
            })
            .collect(),
    );
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let (signed, next, http) = (signed.clone(), next.clone(), app.http.clone());
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((url, sig, params)) = signed.get(i) else {
                    break;
                };
                let t = Instant::now();
                let status = http
                    .post(url.clone())
                    .header(signature::HEADER, sig)
                    .form(params)
                    .send()
                    .await
                    .expect("request")
                    .status();
                assert_eq!(status, 204, "callback refused");
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for w in workers {
        latencies.extend(w.await.expect("worker"));
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p).ceil() as usize).saturating_sub(1)];
    let ended: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM calls WHERE state = 'ended'")
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(
        ended as usize, calls_n,
        "every call reached its final status"
    );
    Row {
        backend: backend.name(),
        callbacks: latencies.len(),
        concurrency,
        per_second: latencies.len() as f64 / elapsed.as_secs_f64(),
        p50: pct(0.50),
        p99: pct(0.99),
        max: *latencies.last().unwrap(),
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let calls_n = env_usize("BENCH_CALLS", 1_000);
    let concurrency = env_usize("BENCH_CONCURRENCY", 16);
    let rows: Vec<Row> = runtime.block_on(async {
        let mut rows = Vec::new();
        for backend in common::bench_backends() {
            rows.push(measure(backend, calls_n, concurrency).await);
        }
        rows
    });
    println!("\nStatus callback ingest (signature check + durable write, over HTTP on loopback)");
    println!(
        "{:<10} {:>10} {:>12} {:>14} {:>10} {:>10} {:>10}",
        "backend", "callbacks", "concurrency", "callbacks/s", "p50 ms", "p99 ms", "max ms"
    );
    for r in rows {
        println!(
            "{:<10} {:>10} {:>12} {:>14.0} {:>10.2} {:>10.2} {:>10.2}",
            r.backend,
            r.callbacks,
            r.concurrency,
            r.per_second,
            r.p50.as_secs_f64() * 1000.0,
            r.p99.as_secs_f64() * 1000.0,
            r.max.as_secs_f64() * 1000.0
        );
    }
}
