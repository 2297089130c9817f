//! Configuration: built-in defaults, then an optional `civicall.toml`, then
//! `CIVICALL_*` environment variables (nested keys joined by `__`). Secrets are
//! `SecretString`s so they never show up in logs or `Debug` output.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use secrecy::SecretString;
use serde::Deserialize;
use url::Url;

use crate::i18n::Locale;
use crate::telephony::sandbox::{SANDBOX_ACCOUNT_SID, SANDBOX_AUTH_TOKEN, SandboxConfig};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub server: ServerConfig,
    pub database: DatabaseConfig,
    pub carrier: CarrierConfig,
    pub sandbox: SandboxConfig,
    pub measures: MeasuresConfig,
    pub recordings: RecordingsConfig,
    pub roster: RosterConfig,
    pub scripts: ScriptsConfig,
    pub dialer: DialerConfig,
    pub auth: AuthConfig,
    pub retention: RetentionConfig,
    pub grading: GradingConfig,
    pub callbacks: CallbacksConfig,
    pub results: ResultsConfig,
    pub i18n: I18nConfig,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerConfig {
    /// Address the HTTP server binds to.
    pub listen: SocketAddr,
    /// The URL the carrier uses to reach this service. Webhook signatures are
    /// computed over it, so behind a proxy it must be the outside address.
    /// Defaults to `http://<listen>`.
    pub public_url: Option<Url>,
    /// Largest request body accepted, in bytes.
    pub body_limit_bytes: usize,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:8080".parse().expect("valid default address"),
            public_url: None,
            body_limit_bytes: 1024 * 1024,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseConfig {
    /// `sqlite://path/to/file.db` (created on first run) or `postgres://…`.
    pub url: String,
    pub max_connections: u32,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self {
            url: "sqlite://data/civicall.db".into(),
            max_connections: 8,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CarrierConfig {
    /// Base URL of a Twilio-compatible REST API, e.g. `https://api.twilio.com`.
    /// When unset, `civicall serve` starts the built-in sandbox carrier.
    pub base_url: Option<Url>,
    pub account_sid: String,
    pub auth_token: SecretString,
    /// Caller ID for outgoing calls (a number the account owns).
    pub from_number: String,
    pub request_timeout_secs: u64,
    /// How many times a request is retried after a 429 or 5xx answer.
    pub max_retries: u32,
    /// First retry delay; doubled on every further retry, with jitter.
    pub retry_backoff_ms: u64,
    pub max_backoff_ms: u64,
    /// Ask the carrier for answering-machine detection on evaluation calls.
    pub machine_detection: bool,
}

impl Default for CarrierConfig {
    fn default() -> Self {
        Self {
            base_url: None,
            account_sid: SANDBOX_ACCOUNT_SID.into(),
            auth_token: SecretString::from(SANDBOX_AUTH_TOKEN),
            from_number: "+15005550006".into(),
            request_timeout_secs: 15,
            max_retries: 3,
            retry_backoff_ms: 500,
            max_backoff_ms: 8_000,
            machine_detection: true,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MeasuresConfig {
    /// Length of one ring cycle in seconds: 3 in Korea, 5 in much of the
    /// former USSR and China, 6 in the US.
    pub ring_cycle_secs: f64,
}

impl Default for MeasuresConfig {
    fn default() -> Self {
        Self {
            ring_cycle_secs: 3.0,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RecordingsConfig {
    pub dir: PathBuf,
    /// Attempts to download a recording before it is marked failed.
    pub max_attempts: u32,
    /// How far the file's length may be from the carrier's `RecordingDuration`.
    pub duration_tolerance_secs: f64,
    /// How long one download may hold its claim before another worker may retry it.
    pub lease_secs: u64,
    /// How often the fetcher looks for work when nothing woke it.
    pub poll_interval_ms: u64,
}

impl Default for RecordingsConfig {
    fn default() -> Self {
        Self {
            dir: PathBuf::from("recordings"),
            max_attempts: 5,
            duration_tolerance_secs: 2.0,
            lease_secs: 120,
            poll_interval_ms: 1_000,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DialerConfig {
    /// Calls placed per second at most (Twilio's default account limit is 1).
    pub calls_per_second: f64,
    /// Seconds a line may ring before the carrier gives up (`no-answer`).
    pub ring_timeout_secs: u32,
    /// A scheduled call more than this late (the service was down, the
    /// campaign paused) is moved to a new day instead of being placed late.
    pub max_lateness_mins: i64,
    /// A call still `dialing` after this long without a `CallSid` is checked
    /// against the carrier's call list before anything else happens to it.
    pub dialing_grace_secs: i64,
    /// A placed call with no final status after this long is looked up at the carrier.
    pub reconcile_after_mins: i64,
    /// How often the dialer looks for due calls when nothing is due sooner.
    pub poll_interval_ms: u64,
    /// How often the dialer checks for interrupted dials, quiet calls and overdue calls.
    pub maintenance_interval_ms: u64,
}

impl Default for DialerConfig {
    fn default() -> Self {
        Self {
            calls_per_second: 1.0,
            ring_timeout_secs: 60,
            max_lateness_mins: 30,
            dialing_grace_secs: 120,
            reconcile_after_mins: 30,
            poll_interval_ms: 1_000,
            maintenance_interval_ms: 10_000,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthConfig {
    /// A session unused this long ends.
    pub session_idle_minutes: i64,
    /// A session ends this long after login, used or not.
    pub session_lifetime_hours: i64,
    /// Failed logins counted within this window …
    pub login_window_minutes: i64,
    /// … from this many on, each answer is slowed down …
    pub login_slowdown_after: i64,
    /// … by this much per further failure, up to `login_max_delay_ms` …
    pub login_delay_step_ms: u64,
    pub login_max_delay_ms: u64,
    /// … and this many lock the account name (or address) for `login_lock_minutes`.
    pub login_lock_after: i64,
    pub login_lock_minutes: i64,
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            session_idle_minutes: 30,
            session_lifetime_hours: 12,
            login_window_minutes: 15,
            login_slowdown_after: 3,
            login_delay_step_ms: 500,
            login_max_delay_ms: 5_000,
            login_lock_after: 10,
            login_lock_minutes: 15,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GradingConfig {
    /// How long a grader holds a task without a heartbeat from the open page.
    pub lease_minutes: i64,
    /// Share of answered calls a second grader scores blind (0.1 = 10%).
    pub double_share: f64,
    /// Two totals further apart than this go to a senior grader.
    pub adjudication_threshold: f64,
}

impl Default for GradingConfig {
    fn default() -> Self {
        Self {
            lease_minutes: 20,
            double_share: 0.10,
            adjudication_threshold: 15.0,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CallbacksConfig {
    /// Citizens called back per centre and day: drawn uniformly between these
    /// (equal bounds make a fixed number).
    pub count_min: u32,
    pub count_max: u32,
    /// Visits of the last this many days are eligible.
    pub lookback_days: u32,
    /// A number called back is not drawn again for this long.
    pub cooldown_days: u32,
    /// `none`, `department` or `service`: stratify so small ones are heard too.
    pub stratify: String,
    /// Local time in each centre when the day's draw runs.
    pub draw_at: String,
    /// Attempts on an unanswered or busy number before it is marked unreachable.
    pub max_attempts: u32,
    /// Minutes between two attempts on the same number.
    pub retry_gap_minutes: i64,
    /// How long an operator holds a callback.
    pub lease_minutes: i64,
    /// Mixed into every draw's seed, so seeds cannot be guessed from outside.
    pub seed_salt: u64,
    /// The call script operators follow (and whose disclosure they read out).
    pub script: String,
    /// When citizens may be called, unless a centre says otherwise. Never
    /// before 08:00 or after 21:00 local time, whatever is set here.
    pub calling_days: String,
    pub calling_start: String,
    pub calling_end: String,
    /// Days nobody is called, in every centre.
    pub holidays: Vec<chrono::NaiveDate>,
    /// Per-centre calling hours, holidays, and the region their citizens'
    /// numbers are read in.
    pub centres: Vec<CallbackCentre>,
    /// The demo only: citizens may be called at any hour of every day, past
    /// the 08:00–21:00 bound, so the operator desk can be tried whenever the
    /// demo starts. `serve --demo` turns it on; no settings file or
    /// environment variable can (it is not read from them), so for a real
    /// office the legal bound always holds.
    #[serde(skip)]
    pub demo_any_hour: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallbackCentre {
    pub code: String,
    pub days: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    #[serde(default)]
    pub holidays: Vec<chrono::NaiveDate>,
    /// Region (ISO 3166, e.g. VN) for visitors' numbers written without a
    /// country code; `roster.default_region` when unset.
    #[serde(default)]
    pub region: Option<String>,
}

impl Default for CallbacksConfig {
    fn default() -> Self {
        Self {
            count_min: 10,
            count_max: 30,
            lookback_days: 7,
            cooldown_days: 90,
            stratify: "none".into(),
            draw_at: "08:30".into(),
            max_attempts: 3,
            retry_gap_minutes: 120,
            lease_minutes: 20,
            seed_salt: 0,
            script: "customer-care-vi".into(),
            calling_days: "mon-fri".into(),
            calling_start: "09:00".into(),
            calling_end: "18:00".into(),
            holidays: Vec::new(),
            centres: Vec::new(),
            demo_any_hour: false,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ResultsConfig {
    /// The probability, under the results model, with which a department
    /// or centre must lie below the overall mean to be flagged for
    /// corrective training, a staff member below their threshold to be
    /// listed under it, and a star above the median of their centre's staff.
    /// Flags also need the data to show differences at all (a 1% test).
    pub flag_probability: FlagProbability,
    /// Final evaluations a staff member needs in a month to be considered
    /// for star staff.
    pub star_min_evaluations: usize,
    /// Star staff named per centre and month (more when the last place is tied).
    pub stars_per_centre: usize,
    /// Days after an evaluation's score became final during which it can be disputed.
    pub dispute_window_days: i64,
}

impl Default for ResultsConfig {
    fn default() -> Self {
        Self {
            flag_probability: FlagProbability(0.9),
            star_min_evaluations: 3,
            stars_per_centre: 3,
            dispute_window_days: 14,
        }
    }
}

/// The probability a flag needs: more than a coin toss, less than certainty.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(try_from = "f64")]
pub struct FlagProbability(f64);

impl TryFrom<f64> for FlagProbability {
    type Error = String;
    fn try_from(p: f64) -> Result<Self, String> {
        if p > 0.5 && p < 1.0 {
            Ok(FlagProbability(p))
        } else {
            Err(format!(
                "results.flag_probability must lie between 0.5 and 1, not {p}"
            ))
        }
    }
}

impl FlagProbability {
    pub fn get(self) -> f64 {
        self.0
    }
}

/// Languages: an office's corrections to the built-in messages, and the
/// language each centre's users see before they choose their own.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct I18nConfig {
    /// A folder of `<locale>/*.ftl` files whose messages replace the
    /// built-in ones; checked at start-up (a broken file stops the service).
    pub messages_dir: Option<PathBuf>,
    /// Default language by centre code, e.g. `{ GURI = "ko", DONGTHAP = "vi" }`:
    /// used for a centre's users when neither their own setting nor their
    /// browser names a language civicall speaks.
    pub centre_languages: BTreeMap<String, Locale>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetentionConfig {
    /// Recordings older than this are deleted (measures and scores stay).
    pub recordings_days: i64,
    /// Citizens' names and numbers in service visits older than this are removed.
    pub citizen_data_days: i64,
    /// How often retention runs.
    pub run_every_hours: u64,
}

impl Default for RetentionConfig {
    fn default() -> Self {
        Self {
            recordings_days: 365,
            citizen_data_days: 180,
            run_every_hours: 24,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RosterConfig {
    /// Region (ISO 3166 two letters) for phone numbers written without a country code.
    pub default_region: String,
}

impl Default for RosterConfig {
    fn default() -> Self {
        Self {
            default_region: "KR".into(),
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScriptsConfig {
    /// Folder of call-script files, one scenario per file.
    pub dir: PathBuf,
}

impl Default for ScriptsConfig {
    fn default() -> Self {
        Self {
            dir: PathBuf::from("call-scripts"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(#[from] Box<figment::Error>);

impl Config {
    /// Defaults, then `file` (if it exists; an explicitly named file must),
    /// then the environment.
    pub fn load(file: Option<&Path>) -> Result<Config, ConfigError> {
        let mut figment = Figment::new();
        match file {
            Some(path) => figment = figment.merge(Toml::file_exact(path)),
            None => figment = figment.merge(Toml::file("civicall.toml")),
        }
        figment = figment.merge(
            Env::prefixed("CIVICALL_")
                .split("__")
                // Variables that configure the CLI or the test suite, not the service.
                // Variables for the command line, the log and the test suite, not settings.
                .filter(|key| {
                    let key = key.as_str().to_ascii_lowercase();
                    !key.starts_with("test") && !matches!(key.as_str(), "config" | "token" | "log")
                }),
        );
        figment.extract().map_err(|e| ConfigError(Box::new(e)))
    }

    /// The URL the carrier should use for webhooks, given where the server
    /// actually bound.
    pub fn public_url(&self, bound: SocketAddr) -> Url {
        self.server.public_url.clone().unwrap_or_else(|| {
            Url::parse(&format!("http://{bound}")).expect("socket address makes a URL")
        })
    }
}

#[cfg(test)]
#[allow(clippy::result_large_err)] // figment's test jail returns its own error type
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn debug_output_never_shows_the_auth_token() {
        let mut config = Config::default();
        config.carrier.auth_token = SecretString::from("super-secret-token");
        let printed = format!("{config:?}");
        assert!(!printed.contains("super-secret-token"), "{printed}");
        assert_eq!(
            config.carrier.auth_token.expose_secret(),
            "super-secret-token"
        );
    }

    #[test]
    fn file_then_environment_override_defaults() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "civicall.toml",
                r#"
                [database]
                url = "postgres://example/db"
                [measures]
                ring_cycle_secs = 5.0
                "#,
            )?;
            jail.set_env("CIVICALL_MEASURES__RING_CYCLE_SECS", "6");
            jail.set_env("CIVICALL_TEST_PG_URL", "ignored");
            let config = Config::load(None).expect("loads");
            assert_eq!(config.database.url, "postgres://example/db");
            assert_eq!(config.measures.ring_cycle_secs, 6.0);
            assert_eq!(config.server.listen.port(), 8080);
            Ok(())
        });
    }

    #[test]
    fn no_settings_file_can_lift_the_legal_calling_hours() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("civicall.toml", "[callbacks]\ndemo_any_hour = true\n")?;
            let err = Config::load(None).unwrap_err().to_string();
            assert!(err.contains("demo_any_hour"), "{err}");
            jail.create_file("civicall.toml", "")?;
            jail.set_env("CIVICALL_CALLBACKS__DEMO_ANY_HOUR", "true");
            assert!(Config::load(None).is_err(), "nor can the environment");
            Ok(())
        });
    }

    #[test]
    fn a_misspelt_key_is_an_error_that_names_it() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("civicall.toml", "[measures]\nring_cycle = 5\n")?;
            let err = Config::load(None).unwrap_err().to_string();
            assert!(err.contains("ring_cycle"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn the_flag_probability_must_be_more_than_a_coin_toss() {
        figment::Jail::expect_with(|jail| {
            assert_eq!(
                Config::load(None).unwrap().results.flag_probability.get(),
                0.9
            );
            jail.create_file("civicall.toml", "[results]\nflag_probability = 0.5\n")?;
            let err = Config::load(None).unwrap_err().to_string();
            assert!(err.contains("flag_probability"), "{err}");
            jail.create_file("civicall.toml", "[results]\nflag_probability = 0.95\n")?;
            assert_eq!(
                Config::load(None).unwrap().results.flag_probability.get(),
                0.95
            );
            Ok(())
        });
    }
}
