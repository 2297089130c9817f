//! The built-in sandbox carrier: a Twilio-compatible REST API and webhook
//! sender inside the binary, so the whole service runs with no telephony
//! account. It simulates each called line from a profile, deterministically
//! under a seed and optionally faster than real time, and records calls as
//! real dual-channel WAV files.

pub mod api;
pub mod audio;
mod config;
mod destination;
mod engine;
pub mod profile;
mod resource;
mod webhook;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use rand::Rng;
use secrecy::{ExposeSecret, SecretString};
use tokio::net::TcpListener;
use tokio::sync::watch;
use url::Url;

use crate::hash::stable_hash;
pub use config::{DeliveryMode, SANDBOX_ACCOUNT_SID, SANDBOX_AUTH_TOKEN, SandboxConfig};
use profile::{LineProfile, LineRule};
pub use resource::{CallResource, RecordingResource};

/// What an operator of the sandbox can set; built from `[sandbox]` config.
#[derive(Clone, Debug)]
pub struct CarrierSettings {
    pub account_sid: String,
    pub auth_token: SecretString,
    pub time_scale: f64,
    pub seed: u64,
    pub storage_dir: PathBuf,
    pub delivery: DeliveryMode,
    pub lines: Vec<LineRule>,
    pub default_line: LineProfile,
    /// Answer the first N API requests with 503, to rehearse a carrier outage.
    pub unavailable_requests: u32,
}

impl From<&SandboxConfig> for CarrierSettings {
    fn from(c: &SandboxConfig) -> Self {
        Self {
            account_sid: c.account_sid.clone(),
            auth_token: c.auth_token.clone(),
            time_scale: c.time_scale,
            seed: c.seed,
            storage_dir: c.storage_dir.clone(),
            delivery: c.delivery,
            lines: c.lines.clone(),
            default_line: c.default_line.clone(),
            unavailable_requests: 0,
        }
    }
}

/// A request from the REST API to a running call.
#[derive(Clone, Debug, PartialEq)]
enum Control {
    /// Hang up (`completed`) or cancel before answer (`canceled`).
    End(crate::telephony::CallStatus),
    /// Fetch new TwiML from this URL and continue with it.
    Redirect(String),
}

struct LiveCall {
    resource: CallResource,
    control: watch::Sender<Option<Control>>,
}

pub struct Carrier {
    settings: CarrierSettings,
    base_url: Url,
    calls: Mutex<Vec<LiveCall>>,
    recordings: Mutex<HashMap<String, RecordingResource>>,
    calls_per_number: Mutex<HashMap<String, u64>>,
    unavailable_left: AtomicU32,
    sid_counter: AtomicU64,
    http: reqwest::Client,
}

/// A running sandbox carrier.
pub struct CarrierHandle {
    pub carrier: Arc<Carrier>,
    pub addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

impl CarrierHandle {
    pub fn base_url(&self) -> &Url {
        &self.carrier.base_url
    }
}

impl Drop for CarrierHandle {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl Carrier {
    /// Binds `listen` and serves the Twilio-compatible API until dropped.
    pub async fn start(
        settings: CarrierSettings,
        listen: SocketAddr,
    ) -> anyhow::Result<CarrierHandle> {
        let listener = TcpListener::bind(listen)
            .await
            .with_context(|| format!("sandbox carrier cannot listen on {listen}"))?;
        let addr = listener.local_addr()?;
        let base_url = Url::parse(&format!("http://{addr}")).expect("address makes a URL");
        Self::serve(settings, listener, base_url).await
    }

    pub async fn serve(
        settings: CarrierSettings,
        listener: TcpListener,
        base_url: Url,
    ) -> anyhow::Result<CarrierHandle> {
        anyhow::ensure!(
            settings.time_scale > 0.0 && settings.time_scale.is_finite(),
            "sandbox.time_scale must be a positive number (got {})",
            settings.time_scale
        );
        std::fs::create_dir_all(&settings.storage_dir).with_context(|| {
            format!(
                "cannot create sandbox storage {}",
                settings.storage_dir.display()
            )
        })?;
        let addr = listener.local_addr()?;
        let carrier = Arc::new(Carrier {
            unavailable_left: AtomicU32::new(settings.unavailable_requests),
            settings,
            base_url,
            calls: Mutex::new(Vec::new()),
            recordings: Mutex::new(HashMap::new()),
            calls_per_number: Mutex::new(HashMap::new()),
            sid_counter: AtomicU64::new(0),
            http: crate::telephony::http_client(std::time::Duration::from_secs(15)),
        });
        let app = api::router(carrier.clone());
        let server = tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, app).await {
                tracing::error!(%err, "sandbox carrier stopped");
            }
        });
        tracing::info!(%addr, account_sid = %carrier.settings.account_sid, "sandbox carrier listening");
        Ok(CarrierHandle {
            carrier,
            addr,
            server,
        })
    }

    pub fn settings(&self) -> &CarrierSettings {
        &self.settings
    }

    fn token(&self) -> &str {
        self.settings.auth_token.expose_secret()
    }

    /// A fresh Twilio-style SID: two letters and 32 hex digits.
    fn new_sid(&self, prefix: &str) -> String {
        let n = self.sid_counter.fetch_add(1, Ordering::Relaxed);
        let random: u64 = rand::rng().random();
        format!("{prefix}{:016x}{:016x}", random, n)
    }

    /// The per-call seed: the same carrier seed, number and call count give
    /// the same behaviour.
    fn seed_for(&self, number: &str) -> u64 {
        let mut counts = self.calls_per_number.lock().expect("counts lock");
        let n = counts.entry(number.to_string()).or_insert(0);
        *n += 1;
        stable_hash(&[
            &self.settings.seed.to_le_bytes(),
            number.as_bytes(),
            &n.to_le_bytes(),
        ])
    }

    fn profile_for(&self, number: &str) -> LineProfile {
        profile::profile_for(&self.settings.lines, &self.settings.default_line, number).clone()
    }

    fn with_call<T>(&self, sid: &str, f: impl FnOnce(&mut LiveCall) -> T) -> Option<T> {
        let mut calls = self.calls.lock().expect("calls lock");
        calls.iter_mut().find(|c| c.resource.sid == sid).map(f)
    }

    fn update_call(&self, sid: &str, f: impl FnOnce(&mut CallResource)) {
        self.with_call(sid, |c| f(&mut c.resource));
    }

    pub fn call(&self, sid: &str) -> Option<CallResource> {
        self.with_call(sid, |c| c.resource.clone())
    }

    pub fn recording(&self, sid: &str) -> Option<RecordingResource> {
        self.recordings
            .lock()
            .expect("recordings lock")
            .get(sid)
            .cloned()
    }

    /// Takes one unit of the simulated outage, if any is left.
    fn take_unavailable(&self) -> bool {
        self.unavailable_left
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    }

    fn recording_path(&self, sid: &str) -> PathBuf {
        self.settings.storage_dir.join(format!("{sid}.wav"))
    }
}
