//! Builds the running service from a `Config`: database, carrier (real or the
//! built-in sandbox), background workers and the HTTP server. Tests use the
//! same path with port 0.

use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};
use url::Url;

use crate::calls::dialer::Dialer;
use crate::clock::SharedClock;
use crate::config::Config;
use crate::db::Db;
use crate::metrics::Metrics;
use crate::recordings::{Fetcher, FetcherSettings};
use crate::telephony::flow::CallFlow;
use crate::telephony::sandbox::{Carrier, CarrierHandle, CarrierSettings};
use crate::telephony::twilio::RetryPolicy;
use crate::telephony::{Telephony, TwilioClient};

/// Everything a request handler may need, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub clock: SharedClock,
    pub telephony: Arc<dyn Telephony>,
    pub dialer: Dialer,
    pub public_url: Url,
    pub flows: Arc<HashMap<String, CallFlow>>,
    pub recordings_wake: Arc<Notify>,
    pub metrics: Arc<Metrics>,
    pub ring_cycle_ms: i64,
}

pub struct Application {
    listener: TcpListener,
    state: AppState,
    /// The built-in carrier, when no real one is configured.
    pub sandbox: Option<CarrierHandle>,
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
        let db = Db::connect(&config.database.url, config.database.max_connections).await?;
        db.migrate().await?;

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

        let clock_for_dialer = clock.clone();
        let dialer = Dialer {
            db: db.clone(),
            clock: clock_for_dialer,
            telephony: telephony.clone(),
            public_url: public_url.clone(),
            from_number: config.carrier.from_number.clone(),
            machine_detection: config.carrier.machine_detection,
            ring_timeout_secs: 60,
        };
        let mut flows = HashMap::new();
        let line_check = CallFlow::line_check();
        flows.insert(line_check.id.clone(), line_check);

        let state = AppState {
            ring_cycle_ms: (config.measures.ring_cycle_secs * 1000.0).round() as i64,
            config: Arc::new(config),
            db,
            clock,
            telephony,
            dialer,
            public_url,
            flows: Arc::new(flows),
            recordings_wake: Arc::new(Notify::new()),
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
            owner: format!("fetcher-{}", std::process::id()),
        }
    }

    /// Serves HTTP and runs the background workers until `shutdown` completes.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (stop_workers, stopping) = watch::channel(false);
        let fetcher = tokio::spawn(self.recording_fetcher().run(stopping));
        let router = crate::web::router(self.state.clone());
        let served = axum::serve(self.listener, router)
            .with_graceful_shutdown(shutdown)
            .await;
        let _ = stop_workers.send(true);
        let _ = fetcher.await;
        served.context("HTTP server failed")
    }
}
