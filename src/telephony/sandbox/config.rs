//! The `[sandbox]` section of the configuration: how the built-in carrier
//! behaves. The sandbox owns these types; `crate::config` reads the file and
//! embeds them, so the arrow points from the configuration to the sandbox.

use std::net::SocketAddr;
use std::path::PathBuf;

use secrecy::SecretString;
use serde::Deserialize;

use super::profile::{LineProfile, LineRule};

/// Account SID the built-in sandbox carrier answers to unless told otherwise.
pub const SANDBOX_ACCOUNT_SID: &str = "AC00000000000000000000000000000001";
/// Auth token of the built-in sandbox carrier unless told otherwise.
pub const SANDBOX_AUTH_TOKEN: &str = "sandbox-auth-token";

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SandboxConfig {
    /// Address of the built-in carrier (port 0 picks a free one).
    pub listen: SocketAddr,
    pub account_sid: String,
    pub auth_token: SecretString,
    /// How much faster than real time simulated calls run.
    pub time_scale: f64,
    /// Seed that makes every line's behaviour reproducible.
    pub seed: u64,
    /// Where the carrier keeps the recordings it serves.
    pub storage_dir: PathBuf,
    /// How the carrier delivers webhooks (`ordered`, or `disordered` to
    /// exercise out-of-order and duplicated callbacks).
    pub delivery: DeliveryMode,
    /// Lines that behave differently from `default_line`, matched by prefix.
    pub lines: Vec<LineRule>,
    pub default_line: LineProfile,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:0".parse().expect("valid default address"),
            account_sid: SANDBOX_ACCOUNT_SID.into(),
            auth_token: SecretString::from(SANDBOX_AUTH_TOKEN),
            time_scale: 1.0,
            seed: 1,
            storage_dir: PathBuf::from("data/sandbox"),
            delivery: DeliveryMode::Ordered,
            lines: Vec::new(),
            default_line: LineProfile::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DeliveryMode {
    /// One callback at a time, in sequence order (what Twilio usually does).
    #[default]
    Ordered,
    /// Callbacks jittered, reordered and sometimes sent twice.
    Disordered,
}
