//! The Twilio REST client: form-encoded requests with HTTP Basic auth against a
//! configurable base URL, retries with backoff on 429 and 5xx, and Twilio's
//! JSON error bodies turned into typed errors.

use std::time::Duration;

use async_trait::async_trait;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use rand::Rng;
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use url::Url;

use super::{
    CallStatus, CarrierCall, PlaceCall, Telephony, TelephonyError, TwilioErrorBody,
    TwilioErrorCode, http_client,
};

#[derive(Clone, Debug)]
pub struct RetryPolicy {
    pub max_retries: u32,
    pub backoff: Duration,
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 3,
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
        }
    }
}

#[derive(Clone)]
pub struct TwilioClient {
    http: reqwest::Client,
    base_url: Url,
    account_sid: String,
    auth_token: SecretString,
    retry: RetryPolicy,
}

impl std::fmt::Debug for TwilioClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwilioClient")
            .field("base_url", &self.base_url.as_str())
            .field("account_sid", &self.account_sid)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct CallList {
    calls: Vec<CarrierCall>,
    #[serde(default)]
    next_page_uri: Option<String>,
}

impl TwilioClient {
    pub fn new(
        base_url: Url,
        account_sid: impl Into<String>,
        auth_token: SecretString,
        timeout: Duration,
        retry: RetryPolicy,
    ) -> Self {
        Self {
            http: http_client(timeout),
            base_url,
            account_sid: account_sid.into(),
            auth_token,
            retry,
        }
    }

    pub fn base_url(&self) -> &Url {
        &self.base_url
    }

    fn account_url(&self, rest: &str) -> String {
        format!(
            "{}/2010-04-01/Accounts/{}/{rest}",
            self.base_url.as_str().trim_end_matches('/'),
            self.account_sid
        )
    }

    /// Sends a request, retrying 429 and 5xx answers with exponential backoff
    /// (honouring `Retry-After`). Connection failures are retried only for
    /// reads: a create that may have gone through must not be sent twice blind.
    async fn send(
        &self,
        method: Method,
        url: &str,
        form: Option<&[(String, String)]>,
    ) -> Result<reqwest::Response, TelephonyError> {
        let mut attempt = 0;
        loop {
            let mut request = self
                .http
                .request(method.clone(), url)
                .basic_auth(&self.account_sid, Some(self.auth_token.expose_secret()));
            if let Some(form) = form {
                request = request.form(form);
            }
            let retry_after = match request.send().await {
                Ok(response) => {
                    let status = response.status();
                    let retryable =
                        status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error();
                    if !retryable || attempt >= self.retry.max_retries {
                        return if status.is_success() {
                            Ok(response)
                        } else {
                            Err(error_from(response).await)
                        };
                    }
                    tracing::warn!(%status, url, attempt, "carrier asked us to retry");
                    retry_after_header(&response)
                }
                Err(err) => {
                    let may_have_arrived = !(err.is_connect() || err.is_builder());
                    if attempt >= self.retry.max_retries
                        || (method != Method::GET && may_have_arrived)
                    {
                        return Err(TelephonyError::Transport(err.without_url().to_string()));
                    }
                    tracing::warn!(error = %err.without_url(), url, attempt, "carrier unreachable, retrying");
                    None
                }
            };
            let delay = retry_after.unwrap_or_else(|| self.backoff(attempt));
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        let base = self
            .retry
            .backoff
            .saturating_mul(2u32.saturating_pow(attempt));
        let capped = base.min(self.retry.max_backoff);
        // Full jitter keeps many workers from retrying in lockstep.
        let jitter = rand::rng().random_range(0.5..=1.0);
        capped.mul_f64(jitter)
    }

    async fn call_resource(
        &self,
        method: Method,
        url: &str,
        form: Option<&[(String, String)]>,
    ) -> Result<CarrierCall, TelephonyError> {
        let response = self.send(method, url, form).await?;
        response
            .json::<CarrierCall>()
            .await
            .map_err(|e| TelephonyError::Decode(e.without_url().to_string()))
    }

    fn owns(&self, url: &Url) -> bool {
        url.scheme() == self.base_url.scheme()
            && url.host_str() == self.base_url.host_str()
            && url.port_or_known_default() == self.base_url.port_or_known_default()
    }
}

fn retry_after_header(response: &reqwest::Response) -> Option<Duration> {
    let secs: u64 = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(secs.min(60)))
}

async fn error_from(response: reqwest::Response) -> TelephonyError {
    let status = response.status().as_u16();
    let text = response.text().await.unwrap_or_default();
    match serde_json::from_str::<TwilioErrorBody>(&text) {
        Ok(body) => TelephonyError::Api {
            code: TwilioErrorCode::from_code(body.code),
            body,
        },
        Err(_) => TelephonyError::Http {
            status,
            snippet: text.chars().take(200).collect(),
        },
    }
}

fn create_form(request: &PlaceCall) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = vec![
        ("To".into(), request.to.clone()),
        ("From".into(), request.from.clone()),
        ("Url".into(), request.url.clone()),
        ("Method".into(), "POST".into()),
        ("StatusCallback".into(), request.status_callback.clone()),
        ("StatusCallbackMethod".into(), "POST".into()),
    ];
    for event in ["initiated", "ringing", "answered", "completed"] {
        form.push(("StatusCallbackEvent".into(), event.into()));
    }
    if request.timeout_secs > 0 {
        form.push(("Timeout".into(), request.timeout_secs.to_string()));
    }
    if request.record {
        form.push(("Record".into(), "true".into()));
        form.push(("RecordingChannels".into(), "dual".into()));
        if let Some(cb) = &request.recording_status_callback {
            form.push(("RecordingStatusCallback".into(), cb.clone()));
            form.push(("RecordingStatusCallbackMethod".into(), "POST".into()));
            form.push(("RecordingStatusCallbackEvent".into(), "completed".into()));
        }
    }
    if let Some(amd) = &request.machine_detection {
        form.push(("MachineDetection".into(), amd.clone()));
    }
    form
}

#[async_trait]
impl Telephony for TwilioClient {
    #[tracing::instrument(skip_all, fields(to = %crate::privacy::mask_phone(&request.to)))]
    async fn place_call(&self, request: &PlaceCall) -> Result<CarrierCall, TelephonyError> {
        let url = self.account_url("Calls.json");
        self.call_resource(Method::POST, &url, Some(&create_form(request)))
            .await
    }

    async fn fetch_call(&self, call_sid: &str) -> Result<CarrierCall, TelephonyError> {
        let url = self.account_url(&format!("Calls/{call_sid}.json"));
        self.call_resource(Method::GET, &url, None).await
    }

    async fn list_calls(
        &self,
        to: &str,
        started_after: DateTime<Utc>,
    ) -> Result<Vec<CarrierCall>, TelephonyError> {
        let mut url = Url::parse(&self.account_url("Calls.json"))
            .map_err(|e| TelephonyError::Refused(format!("bad carrier URL: {e}")))?;
        url.query_pairs_mut()
            .append_pair("To", to)
            .append_pair("StartTime>", &started_after.format("%Y-%m-%d").to_string())
            .append_pair("PageSize", "100");
        let mut calls = Vec::new();
        let mut next = Some(url.to_string());
        while let Some(page_url) = next.take() {
            let response = self.send(Method::GET, &page_url, None).await?;
            let page: CallList = response
                .json()
                .await
                .map_err(|e| TelephonyError::Decode(e.without_url().to_string()))?;
            calls.extend(page.calls);
            next = page
                .next_page_uri
                .map(|uri| format!("{}{}", self.base_url.as_str().trim_end_matches('/'), uri));
        }
        // The carrier filters by day; keep only what started at or after the instant asked.
        calls.retain(|c| {
            let created = c.date_created.as_deref().and_then(super::parse_rfc2822);
            created.is_none_or(|t| t >= started_after - chrono::Duration::seconds(1))
        });
        Ok(calls)
    }

    async fn end_call(
        &self,
        call_sid: &str,
        status: CallStatus,
    ) -> Result<CarrierCall, TelephonyError> {
        let url = self.account_url(&format!("Calls/{call_sid}.json"));
        let form = vec![("Status".to_string(), status.as_str().to_string())];
        self.call_resource(Method::POST, &url, Some(&form)).await
    }

    async fn download_recording(&self, recording_url: &str) -> Result<Bytes, TelephonyError> {
        let mut url = Url::parse(recording_url)
            .map_err(|e| TelephonyError::Refused(format!("bad recording URL: {e}")))?;
        // Credentials go only to the carrier we are configured for.
        if !self.owns(&url) {
            return Err(TelephonyError::Refused(format!(
                "recording URL host {} is not the configured carrier",
                url.host_str().unwrap_or("?")
            )));
        }
        if !url.path().ends_with(".wav") {
            let path = format!("{}.wav", url.path());
            url.set_path(&path);
        }
        let response = self.send(Method::GET, url.as_str(), None).await?;
        response
            .bytes()
            .await
            .map_err(|e| TelephonyError::Transport(e.without_url().to_string()))
    }

    fn webhook_token(&self) -> &SecretString {
        &self.auth_token
    }

    fn account_sid(&self) -> &str {
        &self.account_sid
    }
}
