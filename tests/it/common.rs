//! Test harness: a fresh database per test (SQLite file or a new PostgreSQL
//! database), the real app on port 0 with the sandbox carrier over HTTP, and
//! helpers that read like the user's actions.

use std::sync::Arc;
use std::time::Duration;

use civicall::app::{AppState, Application};
use civicall::clock::{SharedClock, SystemClock};
use civicall::config::Config;
use civicall::db::Backend;
use civicall::telephony::sandbox::DeliveryMode;
use civicall::telephony::sandbox::profile::{LineProfile, LineRule};
use serde_json::Value;
use sqlx::Connection;
use url::Url;

/// Runs each test body once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! both_backends {
    ($(async fn $name:ident($backend:ident: Backend) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                async fn run($backend: civicall::db::Backend) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    run(civicall::db::Backend::Sqlite).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    run(civicall::db::Backend::Postgres).await
                }
            }
        )*
    };
}

/// A benchmark's load setting from the environment, or its default.
#[allow(dead_code)]
pub fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The databases a benchmark runs on: BENCH_BACKENDS names them
/// (`sqlite`, `postgres`, comma-separated); both when it is not set.
#[allow(dead_code)] // for the benchmarks, which share this file
pub fn bench_backends() -> Vec<Backend> {
    let wanted = std::env::var("BENCH_BACKENDS").unwrap_or_default();
    let all = [Backend::Sqlite, Backend::Postgres];
    if wanted.trim().is_empty() {
        return all.to_vec();
    }
    all.into_iter()
        .filter(|b| {
            wanted
                .split(',')
                .any(|w| w.trim().eq_ignore_ascii_case(b.name()))
        })
        .collect()
}

pub fn postgres_admin_url() -> String {
    std::env::var("CIVICALL_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A database that exists for one test and is dropped after it.
pub struct TestDb {
    pub url: String,
    pg_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("civicall.db").display());
                TestDb {
                    url,
                    pg_name: None,
                    _dir: Some(dir),
                }
            }
            Backend::Postgres => {
                sqlx::any::install_default_drivers();
                let name = format!("civicall_test_{:016x}", rand::random::<u64>());
                let admin = postgres_admin_url();
                let mut conn = sqlx::AnyConnection::connect(&admin)
                    .await
                    .unwrap_or_else(|e| panic!("PostgreSQL must be running at {admin}: {e}"));
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&mut conn)
                    .await
                    .expect("create test database");
                let mut url = Url::parse(&admin).expect("admin URL");
                url.set_path(&format!("/{name}"));
                TestDb {
                    url: url.to_string(),
                    pg_name: Some(name),
                    _dir: None,
                }
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.pg_name.take() else {
            return;
        };
        // Drop runs inside the test's runtime; do the cleanup on a thread of its own.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                if let Ok(mut conn) = sqlx::AnyConnection::connect(&postgres_admin_url()).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                    )))
                    .execute(&mut conn)
                    .await;
                }
            });
        })
        .join();
    }
}

pub struct Options {
    pub lines: Vec<LineRule>,
    pub default_line: LineProfile,
    pub delivery: DeliveryMode,
    pub time_scale: f64,
    pub public_url: Option<Url>,
    pub ring_cycle_secs: f64,
    pub seed: u64,
    pub max_connections: u32,
    /// A clock the test moves; the system clock when `None`.
    pub clock: Option<SharedClock>,
    /// Any other configuration the test needs.
    pub tweak: fn(&mut Config),
}

impl Default for Options {
    fn default() -> Self {
        Self {
            lines: Vec::new(),
            default_line: LineProfile::answers_after(3.0),
            delivery: DeliveryMode::Ordered,
            time_scale: 40.0,
            public_url: None,
            ring_cycle_secs: 3.0,
            seed: 1,
            max_connections: 5,
            clock: None,
            tweak: |_| {},
        }
    }
}

pub struct TestApp {
    pub base_url: Url,
    pub state: AppState,
    pub http: reqwest::Client,
    pub recordings_dir: std::path::PathBuf,
    server: tokio::task::JoinHandle<()>,
    _sandbox: civicall::telephony::sandbox::CarrierHandle,
    _dirs: tempfile::TempDir,
    _db: TestDb,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// An HTTP client for the tests, with a bearer token and/or a cookie jar.
pub fn client(bearer: Option<&str>) -> reqwest::Client {
    // Installs the TLS provider the library uses, once.
    let _ = civicall::telephony::http_client(Duration::from_secs(1));
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(token) = bearer {
        headers.insert(
            reqwest::header::AUTHORIZATION,
            format!("Bearer {token}").parse().unwrap(),
        );
    }
    reqwest::Client::builder()
        .default_headers(headers)
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

pub fn line(prefix: &str, profile: LineProfile) -> LineRule {
    LineRule {
        prefix: prefix.into(),
        profile,
    }
}

pub async fn spawn_app(backend: Backend, opts: Options) -> TestApp {
    let db = TestDb::new(backend).await;
    let dirs = tempfile::tempdir().expect("temp dir");
    let mut config = Config::default();
    config.database.url = db.url.clone();
    config.database.max_connections = opts.max_connections;
    config.server.listen = "127.0.0.1:0".parse().unwrap();
    config.server.public_url = opts.public_url.clone();
    config.recordings.dir = dirs.path().join("recordings");
    config.recordings.poll_interval_ms = 100;
    config.sandbox.storage_dir = dirs.path().join("sandbox");
    config.sandbox.time_scale = opts.time_scale;
    config.sandbox.lines = opts.lines;
    config.sandbox.default_line = opts.default_line;
    config.sandbox.delivery = opts.delivery;
    config.sandbox.seed = opts.seed;
    config.measures.ring_cycle_secs = opts.ring_cycle_secs;
    config.scripts.dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("call-scripts");
    config.dialer.poll_interval_ms = 50;
    config.dialer.calls_per_second = 20.0;
    config.auth.login_delay_step_ms = 1;
    config.auth.login_max_delay_ms = 5;
    (opts.tweak)(&mut config);
    let recordings_dir = config.recordings.dir.clone();
    let clock: SharedClock = opts.clock.clone().unwrap_or_else(|| Arc::new(SystemClock));
    let mut app = Application::build(config, clock).await.expect("app builds");
    let addr = app.local_addr();
    let state = app.state().clone();
    let sandbox = app
        .sandbox
        .take()
        .expect("sandbox carrier runs when no carrier is configured");
    let server = tokio::spawn(async move {
        app.run(std::future::pending()).await.expect("server runs");
    });
    // The suite's own credentials: an API token for the people who run evaluations.
    let roles = civicall::auth::Roles(vec![civicall::auth::Role::Admin, civicall::auth::Role::Hr]);
    let (_, secret) = civicall::auth::tokens::create(
        &state.db,
        "test suite",
        &roles,
        1,
        None,
        chrono::Utc::now().timestamp_millis(),
    )
    .await
    .expect("test token");
    TestApp {
        base_url: Url::parse(&format!("http://{addr}/")).unwrap(),
        state,
        http: client(Some(&secret)),
        recordings_dir,
        server,
        _sandbox: sandbox,
        _dirs: dirs,
        _db: db,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> Url {
        self.base_url.join(path.trim_start_matches('/')).unwrap()
    }

    pub async fn get_json(&self, path: &str) -> Value {
        let response = self.http.get(self.url(path)).send().await.expect("request");
        assert!(
            response.status().is_success(),
            "GET {path}: {}",
            response.status()
        );
        response.json().await.expect("json")
    }

    /// Places a call through the API, as `civicall call` does.
    pub async fn place_call(&self, to: &str) -> i64 {
        let response = self
            .http
            .post(self.url("/api/v1/calls"))
            .json(&serde_json::json!({ "to": to }))
            .send()
            .await
            .expect("request");
        let status = response.status();
        let body: Value = response.json().await.unwrap();
        assert_eq!(status, 201, "{body}");
        body["id"].as_i64().unwrap()
    }

    pub async fn call(&self, id: i64) -> Value {
        self.get_json(&format!("/api/v1/calls/{id}")).await
    }

    /// Waits until the call has ended and any recording has been dealt with.
    pub async fn finished_call(&self, id: i64) -> Value {
        wait_for(&format!("call {id} to finish"), || async {
            let call = self.call(id).await;
            let ended = call["state"] == "ended";
            let answered = matches!(call["connection"].as_str(), Some("person" | "voicemail"));
            let recs = call["recordings"].as_array().cloned().unwrap_or_default();
            let settled = !recs.is_empty() && recs.iter().all(|r| r["state"] != "pending");
            (ended && (!answered || settled)).then_some(call)
        })
        .await
    }
}

/// Polls `probe` until it yields a value, failing the test after 30 s.
pub async fn wait_for<T, F, Fut>(what: &str, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(v) = probe().await {
            return v;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A clock that runs at real speed from an instant the test chooses, and
/// can jump forward: campaigns planned in March run "now" in the test.
#[derive(Debug)]
pub struct TravelClock {
    offset: std::sync::Mutex<chrono::Duration>,
}

impl TravelClock {
    pub fn at(t: chrono::DateTime<chrono::Utc>) -> Arc<TravelClock> {
        Arc::new(TravelClock {
            offset: std::sync::Mutex::new(t - chrono::Utc::now()),
        })
    }

    pub fn jump_to(&self, t: chrono::DateTime<chrono::Utc>) {
        *self.offset.lock().unwrap() = t - chrono::Utc::now();
    }
}

impl civicall::clock::Clock for TravelClock {
    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        chrono::Utc::now() + *self.offset.lock().unwrap()
    }
}

pub fn utc(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s)
        .expect("RFC 3339 time")
        .to_utc()
}

impl TestApp {
    /// Posts CSV to a roster import endpoint and returns the JSON answer.
    pub async fn import_csv(&self, what: &str, csv: &str) -> (reqwest::StatusCode, Value) {
        let response = self
            .http
            .post(self.url(&format!("/api/v1/roster/import/{what}")))
            .header("Content-Type", "text/csv")
            .body(csv.to_string())
            .send()
            .await
            .expect("request");
        (
            response.status(),
            response.json().await.unwrap_or(Value::Null),
        )
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> (reqwest::StatusCode, Value) {
        let response = self
            .http
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("request");
        (
            response.status(),
            response.json().await.unwrap_or(Value::Null),
        )
    }
}

/// A signed-in browser: a cookie jar holding the session, and its CSRF token.
pub struct Browser {
    pub http: reqwest::Client,
    pub csrf: String,
}

pub const PASSWORD: &str = "amber-violin-harbour-42";

impl TestApp {
    /// Creates a user with these roles (password already their own).
    pub async fn user(
        &self,
        username: &str,
        roles: &[civicall::auth::Role],
        department_id: Option<i64>,
    ) -> civicall::auth::User {
        civicall::auth::create_user(
            &self.state.db,
            &civicall::auth::NewUser {
                username,
                display_name: &format!("Test {username}"),
                password: PASSWORD,
                roles: civicall::auth::Roles(roles.to_vec()),
                department_id,
                must_change_password: false,
            },
            self.state.clock.now_ms(),
        )
        .await
        .expect("user created")
    }

    /// The CSRF token of a browser's (possibly anonymous) session.
    pub async fn login_form_csrf(&self, http: &reqwest::Client) -> String {
        let page = http
            .get(self.url("/login"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let marker = "name=\"csrf\" value=\"";
        let start = page.find(marker).expect("login form has a CSRF field") + marker.len();
        page[start..start + 64].to_string()
    }

    /// Signs in through the login form, as a browser does.
    pub async fn sign_in(&self, username: &str, password: &str) -> (reqwest::StatusCode, Browser) {
        let http = client(None);
        let csrf = self.login_form_csrf(&http).await;
        let response = http
            .post(self.url("/login"))
            .form(&[
                ("username", username),
                ("password", password),
                ("csrf", &csrf),
                ("next", "/"),
            ])
            .send()
            .await
            .unwrap();
        let status = response.status();
        let me = http.get(self.url("/api/v1/me")).send().await.unwrap();
        let csrf = if me.status().is_success() {
            me.json::<Value>().await.unwrap()["csrf"]
                .as_str()
                .unwrap()
                .to_string()
        } else {
            String::new()
        };
        (status, Browser { http, csrf })
    }

    /// A signed-in browser for a new user with these roles.
    pub async fn browser(&self, username: &str, roles: &[civicall::auth::Role]) -> Browser {
        self.user(username, roles, None).await;
        let (status, browser) = self.sign_in(username, PASSWORD).await;
        assert_eq!(status, 303, "sign-in redirects");
        browser
    }
}

/// The same rows, the same values (to rounding).
fn same(kept: &[Vec<f64>], fresh: &[Vec<f64>]) {
    assert_eq!(kept.len(), fresh.len(), "kept {kept:?}\nfresh {fresh:?}");
    for (k, f) in kept.iter().zip(fresh) {
        for (a, b) in k.iter().zip(f) {
            assert!(
                (a - b).abs() <= 1e-6 * (1.0 + b.abs()),
                "kept {k:?}\nfresh {f:?}"
            );
        }
    }
}

/// The per-month sums the triggers keep (`evaluation_months`) equal the same
/// sums computed afresh from the evaluations, by the migration's own
/// backfill query: whatever the test did to its evaluations (scores, new
/// versions, voiding, policies), the HR views read the truth.
pub async fn assert_month_sums_match(app: &TestApp) {
    use sqlx::Row;
    let dir = match app.state.db.backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let migration = std::fs::read_to_string(format!(
        "{}/migrations/{dir}/0013_evaluation_months.sql",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let backfill = migration
        .rsplit("INSERT INTO evaluation_months (")
        .next()
        .unwrap();
    let select = &backfill[backfill.find("SELECT").unwrap()..];
    let select = select[..select.find(';').unwrap()].trim();
    let columns = "staff_id, department_id, month, n, weight, total, total_sq, threshold_sum, bin0, bin10, bin20, bin30, \
        bin40, bin50, bin60, bin70, bin80, bin90, calls, answered, ring1, ring2, ring3, ring4, ring5, ring6, ring7, ring8, \
        ring9, ring10, courtesy_n, courtesy_total, courtesy_total_sq, policy_zero, policy_exclude, policy_connection";
    let rows = |sql: String| async move {
        let mut out: Vec<Vec<f64>> = Vec::new();
        for row in sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap()
        {
            let mut values = Vec::new();
            for i in 0..row.len() {
                let v = row
                    .try_get::<f64, _>(i)
                    .or_else(|_| row.try_get::<i64, _>(i).map(|v| v as f64))
                    .or_else(|_| {
                        row.try_get::<String, _>(i)
                            .map(|m| m.replace('-', "").parse::<f64>().unwrap())
                    })
                    .unwrap();
                values.push(v);
            }
            // A group whose every sum came back to zero is no group.
            if values[3..].iter().any(|v| v.abs() > 1e-9) {
                out.push(values);
            }
        }
        out.sort_by(|a, b| a.partial_cmp(b).unwrap());
        out
    };
    let kept = rows(format!("SELECT {columns} FROM evaluation_months")).await;
    let fresh = rows(format!("SELECT * FROM ({select}) AS fresh")).await;
    same(&kept, &fresh);
    assert!(!kept.is_empty(), "the test left evaluations to sum");
    // The departments' sums are their staff members' sums added up.
    let sums = columns
        .split(", ")
        .skip(3)
        .map(|c| format!("CAST(SUM({c}) AS DOUBLE PRECISION)"))
        .collect::<Vec<_>>()
        .join(", ");
    let department_columns = columns.split(", ").skip(1).collect::<Vec<_>>().join(", ");
    let kept = rows(format!(
        "SELECT 0, {department_columns} FROM department_months"
    ))
    .await;
    let fresh = rows(format!(
        "SELECT 0, department_id, month, {sums} FROM evaluation_months GROUP BY department_id, month"
    ))
    .await;
    same(&kept, &fresh);
}
