//! Everything that speaks to the carrier: the `Telephony` trait the rest of
//! the service uses, the Twilio REST client behind it, TwiML rendering,
//! webhook signatures, and the built-in Twilio-compatible sandbox carrier.

pub mod flow;
pub mod sandbox;
pub mod signature;
pub mod twilio;
pub mod twiml;

use std::fmt;
use std::str::FromStr;

use async_trait::async_trait;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use twilio::TwilioClient;

/// What the dialer and the recording fetcher need from a carrier.
#[async_trait]
pub trait Telephony: Send + Sync + 'static {
    async fn place_call(&self, request: &PlaceCall) -> Result<CarrierCall, TelephonyError>;
    async fn fetch_call(&self, call_sid: &str) -> Result<CarrierCall, TelephonyError>;
    /// Calls to `to` created at or after `started_after` (newest first).
    async fn list_calls(
        &self,
        to: &str,
        started_after: DateTime<Utc>,
    ) -> Result<Vec<CarrierCall>, TelephonyError>;
    /// Ends a call: `canceled` while it is queued or ringing, `completed` once answered.
    async fn end_call(
        &self,
        call_sid: &str,
        status: CallStatus,
    ) -> Result<CarrierCall, TelephonyError>;
    /// Downloads a recording's audio as WAV.
    async fn download_recording(&self, recording_url: &str) -> Result<Bytes, TelephonyError>;
    /// The auth token webhooks are signed with.
    fn webhook_token(&self) -> &secrecy::SecretString;
    fn account_sid(&self) -> &str;
}

/// A request to place one outbound call.
#[derive(Clone, Debug, Default)]
pub struct PlaceCall {
    pub to: String,
    pub from: String,
    /// Where the carrier fetches TwiML once the call is answered.
    pub url: String,
    pub status_callback: String,
    /// Seconds to let the line ring before giving up (`no-answer`).
    pub timeout_secs: u32,
    /// Record the whole call in two channels.
    pub record: bool,
    pub recording_status_callback: Option<String>,
    /// `Enable` or `DetectMessageEnd`.
    pub machine_detection: Option<String>,
}

/// The call resource as the carrier reports it.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct CarrierCall {
    pub sid: String,
    pub account_sid: String,
    pub to: String,
    pub from: String,
    pub status: CallStatus,
    #[serde(default)]
    pub direction: Option<String>,
    #[serde(default)]
    pub start_time: Option<String>,
    #[serde(default)]
    pub end_time: Option<String>,
    #[serde(default)]
    pub duration: Option<String>,
    #[serde(default)]
    pub answered_by: Option<String>,
    #[serde(default)]
    pub date_created: Option<String>,
    #[serde(default)]
    pub parent_call_sid: Option<String>,
}

/// Twilio's call statuses, including `initiated`, which status callbacks use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CallStatus {
    Queued,
    Initiated,
    Ringing,
    InProgress,
    Completed,
    Busy,
    NoAnswer,
    Failed,
    Canceled,
}

impl CallStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CallStatus::Queued => "queued",
            CallStatus::Initiated => "initiated",
            CallStatus::Ringing => "ringing",
            CallStatus::InProgress => "in-progress",
            CallStatus::Completed => "completed",
            CallStatus::Busy => "busy",
            CallStatus::NoAnswer => "no-answer",
            CallStatus::Failed => "failed",
            CallStatus::Canceled => "canceled",
        }
    }

    /// Position in a call's life. A status never replaces one of higher rank.
    pub fn rank(self) -> u8 {
        match self {
            CallStatus::Queued => 0,
            CallStatus::Initiated => 1,
            CallStatus::Ringing => 2,
            CallStatus::InProgress => 3,
            _ => 4,
        }
    }

    pub fn is_final(self) -> bool {
        self.rank() == 4
    }
}

impl fmt::Display for CallStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CallStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "queued" => CallStatus::Queued,
            "initiated" => CallStatus::Initiated,
            "ringing" => CallStatus::Ringing,
            "in-progress" => CallStatus::InProgress,
            "completed" => CallStatus::Completed,
            "busy" => CallStatus::Busy,
            "no-answer" => CallStatus::NoAnswer,
            "failed" => CallStatus::Failed,
            "canceled" => CallStatus::Canceled,
            other => return Err(format!("unknown call status {other:?}")),
        })
    }
}

/// Twilio's documented error codes that the service reacts to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TwilioErrorCode {
    /// 20003: authentication failed.
    Authentication,
    /// 20404: the resource does not exist.
    NotFound,
    /// 20429: too many requests.
    TooManyRequests,
    /// 21205: the `Url` parameter is not a valid URL.
    InvalidUrl,
    /// 21210: the caller ID is not verified or owned.
    FromNotVerified,
    /// 21211: the `To` number is invalid.
    InvalidTo,
    /// 21212: the `From` number is invalid.
    InvalidFrom,
    /// 21220: the call is not in a state that allows this update.
    InvalidCallState,
    Other(u32),
}

impl TwilioErrorCode {
    pub fn from_code(code: u32) -> Self {
        match code {
            20003 => Self::Authentication,
            20404 => Self::NotFound,
            20429 => Self::TooManyRequests,
            21205 => Self::InvalidUrl,
            21210 => Self::FromNotVerified,
            21211 => Self::InvalidTo,
            21212 => Self::InvalidFrom,
            21220 => Self::InvalidCallState,
            other => Self::Other(other),
        }
    }

    pub fn code(self) -> u32 {
        match self {
            Self::Authentication => 20003,
            Self::NotFound => 20404,
            Self::TooManyRequests => 20429,
            Self::InvalidUrl => 21205,
            Self::FromNotVerified => 21210,
            Self::InvalidTo => 21211,
            Self::InvalidFrom => 21212,
            Self::InvalidCallState => 21220,
            Self::Other(code) => code,
        }
    }
}

/// Twilio's JSON error body.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct TwilioErrorBody {
    pub code: u32,
    pub message: String,
    #[serde(default)]
    pub more_info: String,
    pub status: u16,
}

#[derive(Debug, thiserror::Error)]
pub enum TelephonyError {
    /// The carrier answered with an error body.
    #[error("carrier error {} (HTTP {}): {}", .body.code, .body.status, .body.message)]
    Api {
        code: TwilioErrorCode,
        body: TwilioErrorBody,
    },
    /// The carrier answered with an error status and no usable body.
    #[error("carrier answered HTTP {status}: {snippet}")]
    Http { status: u16, snippet: String },
    #[error("cannot reach the carrier: {0}")]
    Transport(String),
    #[error("unexpected answer from the carrier: {0}")]
    Decode(String),
    #[error("{0}")]
    Refused(String),
}

impl TelephonyError {
    pub fn code(&self) -> Option<TwilioErrorCode> {
        match self {
            TelephonyError::Api { code, .. } => Some(*code),
            _ => None,
        }
    }
}

/// Twilio's date format in webhooks and resources (RFC 2822, whole seconds).
pub fn format_rfc2822(t: DateTime<Utc>) -> String {
    t.format("%a, %d %b %Y %H:%M:%S +0000").to_string()
}

pub fn parse_rfc2822(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc2822(s).ok().map(|t| t.to_utc())
}

/// A reqwest client with the TLS provider this build uses.
pub fn http_client(timeout: std::time::Duration) -> reqwest::Client {
    static PROVIDER: std::sync::Once = std::sync::Once::new();
    PROVIDER.call_once(|| {
        // Another part of the process may have installed one already; either is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    reqwest::Client::builder()
        .timeout(timeout)
        .user_agent(concat!("civicall/", env!("CARGO_PKG_VERSION")))
        .build()
        .expect("HTTP client builds")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_rank_in_call_order() {
        let order = ["queued", "initiated", "ringing", "in-progress", "completed"];
        let ranks: Vec<u8> = order
            .iter()
            .map(|s| s.parse::<CallStatus>().unwrap().rank())
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{ranks:?}");
        for s in ["busy", "no-answer", "failed", "canceled"] {
            assert!(s.parse::<CallStatus>().unwrap().is_final());
        }
    }

    #[test]
    fn rfc2822_round_trips_at_whole_seconds() {
        let t = DateTime::parse_from_rfc3339("2026-11-23T09:05:07Z")
            .unwrap()
            .to_utc();
        let s = format_rfc2822(t);
        assert_eq!(s, "Mon, 23 Nov 2026 09:05:07 +0000");
        assert_eq!(parse_rfc2822(&s), Some(t));
    }
}
