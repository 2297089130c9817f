//! Builds the running service from a `Config`: database, carrier (real or the
//! built-in sandbox), background workers and the HTTP server. Tests use the
//! same path with port 0.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};
use url::Url;

use crate::auth::{self, retention::RetentionSettings};
use crate::calls::CallRow;
use crate::calls::dialer::{Dialer, DialerSettings};
use crate::clock::SharedClock;
use crate::config::Config;
use crate::db::Db;
use crate::error::AppResult;
use crate::grading;
use crate::i18n::Catalog;
use crate::metrics::Metrics;
use crate::recordings::{Fetcher, FetcherSettings};
use crate::scripts::ScriptLibrary;
use crate::telephony::flow::CallFlow;
use crate::telephony::flow::LINE_CHECK;
use crate::telephony::sandbox::{Carrier, CarrierHandle, CarrierSettings};
use crate::telephony::twilio::RetryPolicy;
use crate::telephony::{Telephony, TwilioClient};
use crate::worker::stopped;

/// Everything a request handler may need, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub clock: SharedClock,
    pub telephony: Arc<dyn Telephony>,
    pub dialer: Dialer,
    pub public_url: Url,
    pub scripts: Arc<ScriptLibrary>,
    pub recordings_wake: Arc<Notify>,
    /// Woken when a call ends or a recording is stored: evaluations follow.
    pub follow_up: Arc<Notify>,
    pub metrics: Arc<Metrics>,
    pub ring_cycle_ms: i64,
    /// The message catalogues, built-in and corrected.
    pub catalog: Arc<Catalog>,
}

pub struct Application {
    listener: TcpListener,
    state: AppState,
    /// The built-in carrier, when no real one is configured.
    pub sandbox: Option<CarrierHandle>,
}

impl AppState {
    /// The call flow a call runs: the built-in line check, or the script it
    /// was planned with, at the exact version it was planned with.
    pub async fn flow_for(&self, call: &CallRow) -> AppResult<CallFlow> {
        if call.script_id == LINE_CHECK {
            return Ok(CallFlow::line_check());
        }
        let version = call.script_version.clone().unwrap_or_default();
        Ok(
            grading::script_for(&self.db, &self.scripts, &call.script_id, &version)
                .await?
                .flow(),
        )
    }
}

/// Keeps evaluations in step with ended calls and stored recordings.
async fn follow_up(state: AppState, mut shutdown: watch::Receiver<bool>) {
    while !stopped(&shutdown) {
        if let Err(err) = grading::sync(
            &state.db,
            &state.scripts,
            state.clock.now_ms(),
            state.config.grading.double_share,
        )
        .await
        {
            tracing::error!(%err, "updating evaluations");
        }
        tokio::select! {
            _ = state.follow_up.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// Runs each centre's daily callback draw when it is due, and any missed
/// while the service was down, once.
async fn callback_draws(state: AppState, mut shutdown: watch::Receiver<bool>) {
    while !stopped(&shutdown) {
        if let Err(err) =
            crate::callbacks::draw::run_due(&state.db, &state.config.callbacks, state.clock.now())
                .await
        {
            tracing::error!(%err, "callback draws");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(30)) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// Runs retention at start-up and then every `retention.run_every_hours`,
/// and clears expired sessions with it.
async fn retention(state: AppState, mut shutdown: watch::Receiver<bool>) {
    let r = &state.config.retention;
    let settings = RetentionSettings {
        recordings_days: r.recordings_days,
        citizen_data_days: r.citizen_data_days,
    };
    let every = Duration::from_secs(r.run_every_hours.max(1) * 3600);
    while !stopped(&shutdown) {
        let now = state.clock.now_ms();
        match auth::retention::run(&state.db, &state.config.recordings.dir, &settings, now).await {
            Ok(report) => tracing::info!(?report, "retention run"),
            Err(err) => tracing::error!(%err, "retention run failed"),
        }
        if let Err(err) = auth::sessions::purge_expired(&state.db, now).await {
            tracing::error!(%err, "clearing expired sessions");
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// A public URL whose path ends in `/`, so joining endpoint paths keeps any prefix.
fn with_trailing_slash(mut url: Url) -> Url {
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    url
}

impl Application {
    pub async fn build(config: Config, clock: SharedClock) -> anyhow::Result<Application> {
        // Scripts first: a broken script stops start-up before anything is written.
        let scripts = ScriptLibrary::load_dir(&config.scripts.dir).map_err(|errors| {
            let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
            anyhow::anyhow!(
                "call scripts in {} have errors:\n{}",
                config.scripts.dir.display(),
                listed.join("\n")
            )
        })?;
        // Then the message catalogues, with the office's corrections.
        let catalog = Catalog::load(config.i18n.messages_dir.as_deref())
            .map_err(|e| anyhow::anyhow!("message catalogues: {e}"))?;
        let db = Db::connect(&config.database.url, config.database.max_connections).await?;
        db.migrate().await?;
        grading::version_earlier_scores(&db, &scripts, clock.now_ms()).await?;

        let listener = TcpListener::bind(config.server.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.server.listen))?;
        let public_url = with_trailing_slash(config.public_url(listener.local_addr()?));

        let retry = RetryPolicy {
            max_retries: config.carrier.max_retries,
            backoff: Duration::from_millis(config.carrier.retry_backoff_ms),
            max_backoff: Duration::from_millis(config.carrier.max_backoff_ms),
        };
        let timeout = Duration::from_secs(config.carrier.request_timeout_secs);
        let (client, sandbox) = match &config.carrier.base_url {
            Some(base) => (
                TwilioClient::new(
                    base.clone(),
                    config.carrier.account_sid.clone(),
                    config.carrier.auth_token.clone(),
                    timeout,
                    retry,
                ),
                None,
            ),
            None => {
                let settings = CarrierSettings::from(&config.sandbox);
                let handle = Carrier::start(settings.clone(), config.sandbox.listen).await?;
                let client = TwilioClient::new(
                    handle.base_url().clone(),
                    settings.account_sid,
                    settings.auth_token,
                    timeout,
                    retry,
                );
                (client, Some(handle))
            }
        };
        let telephony: Arc<dyn Telephony> = Arc::new(client);

        let ring_cycle_ms = (config.measures.ring_cycle_secs * 1000.0).round() as i64;
        let follow_up = Arc::new(Notify::new());
        let d = &config.dialer;
        let dialer = Dialer {
            db: db.clone(),
            clock: clock.clone(),
            telephony: telephony.clone(),
            public_url: public_url.clone(),
            from_number: config.carrier.from_number.clone(),
            machine_detection: config.carrier.machine_detection,
            ring_timeout_secs: d.ring_timeout_secs,
            settings: DialerSettings {
                interval: Duration::from_secs_f64(1.0 / d.calls_per_second.max(0.001)),
                max_lateness_ms: d.max_lateness_mins * 60_000,
                dialing_grace_ms: d.dialing_grace_secs * 1000,
                reconcile_after_ms: d.reconcile_after_mins * 60_000,
                poll_interval: Duration::from_millis(d.poll_interval_ms),
                maintenance_interval: Duration::from_millis(d.maintenance_interval_ms),
                ring_cycle_ms,
            },
            owner: format!("dialer-{}", std::process::id()),
            call_ended: follow_up.clone(),
        };

        let state = AppState {
            ring_cycle_ms,
            catalog: Arc::new(catalog),
            config: Arc::new(config),
            db,
            clock,
            telephony,
            dialer,
            public_url,
            scripts: Arc::new(scripts),
            recordings_wake: Arc::new(Notify::new()),
            follow_up,
            metrics: Arc::new(Metrics::default()),
        };
        Ok(Application {
            listener,
            state,
            sandbox,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("bound listener has an address")
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub fn recording_fetcher(&self) -> Fetcher {
        let c = &self.state.config.recordings;
        Fetcher {
            db: self.state.db.clone(),
            clock: self.state.clock.clone(),
            telephony: self.state.telephony.clone(),
            settings: FetcherSettings {
                dir: c.dir.clone(),
                max_attempts: c.max_attempts,
                duration_tolerance_secs: c.duration_tolerance_secs,
                lease_ms: (c.lease_secs * 1000) as i64,
                poll_interval: Duration::from_millis(c.poll_interval_ms),
            },
            wake: self.state.recordings_wake.clone(),
            stored: self.state.follow_up.clone(),
            owner: format!("fetcher-{}", std::process::id()),
        }
    }

    /// Serves HTTP and runs the background workers until `shutdown` completes.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (stop_workers, stopping) = watch::channel(false);
        let workers = [
            tokio::spawn(self.recording_fetcher().run(stopping.clone())),
            tokio::spawn(self.state.dialer.clone().run(stopping.clone())),
            tokio::spawn(follow_up(self.state.clone(), stopping.clone())),
            tokio::spawn(retention(self.state.clone(), stopping.clone())),
            tokio::spawn(callback_draws(self.state.clone(), stopping)),
        ];
        let router = crate::web::router(self.state.clone());
        let served = axum::serve(
            self.listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        let _ = stop_workers.send(true);
        for worker in workers {
            let _ = worker.await;
        }
        served.context("HTTP server failed")
    }
}
