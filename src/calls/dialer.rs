//! Places calls through the carrier. The call row is written (state
//! `dialing`) before the carrier is asked, and every webhook URL carries the
//! row's id, so a callback that beats the carrier's answer, or outlives a
//! crash, still finds its call.

use std::sync::Arc;

use url::Url;

use super::{CallState, NewCall};
use crate::clock::SharedClock;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::telephony::{PlaceCall, Telephony};

#[derive(Clone)]
pub struct Dialer {
    pub db: Db,
    pub clock: SharedClock,
    pub telephony: Arc<dyn Telephony>,
    pub public_url: Url,
    pub from_number: String,
    pub machine_detection: bool,
    /// Seconds a line may ring before the carrier gives up.
    pub ring_timeout_secs: u32,
}

/// The webhook URLs of one call, all on the service's public URL.
pub fn webhook_url(
    public_url: &Url,
    endpoint: &str,
    call_id: i64,
    extra: &[(&str, String)],
) -> String {
    let mut url = public_url
        .join(&format!("webhooks/twilio/{endpoint}"))
        .expect("endpoint paths are valid");
    {
        let mut q = url.query_pairs_mut();
        q.append_pair("call", &call_id.to_string());
        for (k, v) in extra {
            q.append_pair(k, v);
        }
    }
    url.to_string()
}

/// A number as the carrier needs it: `+` and 7 to 15 digits.
pub fn parse_e164(field: &str, raw: &str) -> AppResult<String> {
    let cleaned: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
        .collect();
    let digits = cleaned.strip_prefix('+').unwrap_or("");
    if (7..=15).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0')
    {
        Ok(cleaned)
    } else {
        Err(AppError::invalid(
            field,
            format!("{raw:?} is not an international number like +821012345678"),
        ))
    }
}

impl Dialer {
    pub fn request_for(&self, call_id: i64, to: &str, from: &str) -> PlaceCall {
        PlaceCall {
            to: to.to_string(),
            from: from.to_string(),
            url: webhook_url(&self.public_url, "twiml", call_id, &[]),
            status_callback: webhook_url(&self.public_url, "status", call_id, &[]),
            timeout_secs: self.ring_timeout_secs,
            record: true,
            recording_status_callback: Some(webhook_url(
                &self.public_url,
                "recording",
                call_id,
                &[],
            )),
            machine_detection: self.machine_detection.then(|| "Enable".to_string()),
        }
    }

    /// Places one call now: writes the row, asks the carrier, stores the `CallSid`.
    pub async fn place_now(&self, purpose: &str, script_id: &str, to: &str) -> AppResult<i64> {
        let to = parse_e164("to", to)?;
        let id = super::insert(
            &self.db,
            &NewCall {
                purpose,
                script_id,
                to_number: &to,
                from_number: &self.from_number,
                state: CallState::Dialing,
                due_at: None,
            },
            self.clock.now_ms(),
        )
        .await?;
        self.dial(id, &to).await?;
        Ok(id)
    }

    /// Asks the carrier to place call `id` (already in state `dialing`).
    pub async fn dial(&self, id: i64, to: &str) -> AppResult<()> {
        let request = self.request_for(id, to, &self.from_number);
        match self.telephony.place_call(&request).await {
            Ok(placed) => {
                tracing::info!(call = id, sid = %placed.sid, "call placed");
                super::mark_placed(&self.db, id, &placed.sid, self.clock.now_ms()).await
            }
            Err(err) => {
                tracing::warn!(call = id, %err, "carrier refused the call");
                super::mark_dial_failed(&self.db, id, &err.to_string(), self.clock.now_ms())
                    .await?;
                Err(AppError::Telephony(err))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_cleaned_to_e164_or_refused_with_the_field() {
        assert_eq!(
            parse_e164("to", "+82 10-1234-5678").unwrap(),
            "+821012345678"
        );
        let err = parse_e164("to", "010-1234-5678").unwrap_err().to_string();
        assert!(err.starts_with("to:"), "{err}");
    }

    #[test]
    fn webhook_urls_carry_the_call_id_on_the_public_url() {
        let base = Url::parse("https://civicall.example.org/").unwrap();
        assert_eq!(
            webhook_url(&base, "status", 42, &[]),
            "https://civicall.example.org/webhooks/twilio/status?call=42"
        );
        let behind_prefix = Url::parse("https://city.example.org/civicall/").unwrap();
        assert_eq!(
            webhook_url(&behind_prefix, "gather", 7, &[("stage", "0".into())]),
            "https://city.example.org/civicall/webhooks/twilio/gather?call=7&stage=0"
        );
    }
}
