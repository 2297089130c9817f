//! Places calls through the carrier. The call row is written (state
//! `dialing`) before the carrier is asked, and every webhook URL carries the
//! row's id, so a callback that beats the carrier's answer, or outlives a
//! crash, still finds its call. A call left `dialing` without a `CallSid`
//! (the process died while asking) is looked up in the carrier's call list
//! before it can ever be placed again.

use std::sync::Arc;
use std::time::Duration;

use chrono::Duration as ChronoDuration;
use tokio::sync::{Notify, watch};
use tokio::time::Instant;
use url::Url;

use super::measures::EventKind;
use super::{CallState, IncomingEvent, NewCall};
use crate::clock::{SharedClock, from_ms};
use crate::db::Db;
use crate::db::claim::Queue;
use crate::error::{AppError, AppResult};
use crate::telephony::{PlaceCall, Telephony, TelephonyError, format_rfc2822, parse_rfc2822};
use crate::worker::{WorkOutcome, stopped};

#[derive(Clone, Debug)]
pub struct DialerSettings {
    /// Shortest time between two placements (the inverse of calls per second).
    pub interval: Duration,
    pub max_lateness_ms: i64,
    pub dialing_grace_ms: i64,
    pub reconcile_after_ms: i64,
    pub poll_interval: Duration,
    pub maintenance_interval: Duration,
    pub ring_cycle_ms: i64,
}

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
    pub settings: DialerSettings,
    /// Who holds claims made by this dialer.
    pub owner: String,
    /// Woken when a call ends, for the work that follows it.
    pub call_ended: Arc<Notify>,
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
            crate::msg!("call-number-not-international", value = raw),
        ))
    }
}

/// Whether a failed request certainly did not create a call. Only a clear
/// refusal (a 4xx answer) is certain; a timeout or a 5xx may hide a call
/// that went out.
fn certainly_not_placed(err: &TelephonyError) -> bool {
    match err {
        TelephonyError::Api { body, .. } => body.status < 500,
        TelephonyError::Http { status, .. } => *status < 500,
        TelephonyError::Refused(_) => true,
        TelephonyError::Transport(_) | TelephonyError::Decode(_) => false,
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
            Err(err) if certainly_not_placed(&err) => {
                tracing::warn!(call = id, %err, "carrier refused the call");
                super::mark_dial_failed(&self.db, id, &err.to_string(), self.clock.now_ms())
                    .await?;
                Err(AppError::Telephony(err))
            }
            Err(err) => {
                // Left `dialing`: recovery asks the carrier before anything else.
                tracing::warn!(call = id, %err, "no clear answer from the carrier; will check its call list");
                sqlx::query("UPDATE calls SET error = $1 WHERE id = $2")
                    .bind(err.to_string())
                    .bind(id)
                    .execute(&self.db.pool)
                    .await?;
                Err(AppError::Telephony(err))
            }
        }
    }

    fn due_condition(&self) -> String {
        format!(
            "state = 'scheduled' AND due_at <= $3 AND due_at > $3 - {} \
             AND (campaign_id IS NULL OR campaign_id IN (SELECT id FROM campaigns WHERE state = 'active'))",
            self.settings.max_lateness_ms
        )
    }

    /// Claims the next due scheduled call and places it.
    pub async fn dial_next(&self) -> AppResult<WorkOutcome> {
        let ready = self.due_condition();
        let queue = Queue {
            table: "calls",
            ready: &ready,
            order_by: "due_at, id",
        };
        let now = self.clock.now_ms();
        let Some(id) = queue.claim(&self.db, &self.owner, now, 60_000).await? else {
            return Ok(WorkOutcome::EmptyQueue);
        };
        if !crate::campaigns::may_call_now(&self.db, &self.clock, id).await? {
            tracing::info!(
                call = id,
                "late call fell outside working hours; moved to a new time"
            );
            return Ok(WorkOutcome::TaskCompleted);
        }
        let to: Option<String> = sqlx::query_scalar(
            "UPDATE calls SET state = 'dialing', dial_started_at = $1, updated_at = $1 \
             WHERE id = $2 AND state = 'scheduled' RETURNING to_number",
        )
        .bind(now)
        .bind(id)
        .fetch_optional(&self.db.pool)
        .await?;
        if let Some(to) = to {
            // A refusal is recorded on the call; the dialer carries on with the next.
            let _ = self.dial(id, &to).await;
        }
        Ok(WorkOutcome::TaskCompleted)
    }

    /// Calls stuck in `dialing` with no `CallSid`: if the carrier has a call
    /// to that number from that moment, adopt it; if not, it never went out
    /// and may be placed again.
    pub async fn recover_stale(&self) -> AppResult<usize> {
        let now = self.clock.now_ms();
        let stale: Vec<(i64, String, i64)> = sqlx::query_as(
            "SELECT id, to_number, dial_started_at FROM calls WHERE state = 'dialing' \
             AND call_sid IS NULL AND dial_started_at < $1",
        )
        .bind(now - self.settings.dialing_grace_ms)
        .fetch_all(&self.db.pool)
        .await?;
        let mut recovered = 0;
        for (id, to, started) in stale {
            let started_at = from_ms(started);
            let calls = self
                .telephony
                .list_calls(&to, started_at - ChronoDuration::minutes(2))
                .await?;
            let window_end =
                started_at + ChronoDuration::milliseconds(self.settings.dialing_grace_ms);
            let adopted = calls
                .into_iter()
                .filter(|c| c.parent_call_sid.is_none())
                .filter_map(|c| {
                    let created = c.date_created.as_deref().and_then(parse_rfc2822)?;
                    (created >= started_at - ChronoDuration::seconds(5) && created <= window_end)
                        .then_some((created, c))
                })
                .min_by_key(|(created, _)| *created);
            match adopted {
                Some((_, call)) => {
                    tracing::warn!(call = id, sid = %call.sid, "found the call a crashed dialer placed; adopting it");
                    super::mark_placed(&self.db, id, &call.sid, now).await?;
                    self.reconcile_one(id, &call.sid).await?;
                }
                None => {
                    tracing::warn!(
                        call = id,
                        "the carrier has no such call; it will be placed again"
                    );
                    sqlx::query(
                        "UPDATE calls SET state = 'scheduled', due_at = $1, lease_owner = NULL, lease_until = NULL, \
                         error = 'not found at the carrier after an interrupted dial', updated_at = $1 \
                         WHERE id = $2 AND state = 'dialing' AND call_sid IS NULL",
                    )
                    .bind(now)
                    .bind(id)
                    .execute(&self.db.pool)
                    .await?;
                }
            }
            recovered += 1;
        }
        Ok(recovered)
    }

    /// Placed calls whose final status never arrived are looked up at the carrier.
    pub async fn reconcile_quiet(&self) -> AppResult<usize> {
        let now = self.clock.now_ms();
        let quiet: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, call_sid FROM calls WHERE state = 'placed' AND call_sid IS NOT NULL AND updated_at < $1",
        )
        .bind(now - self.settings.reconcile_after_ms)
        .fetch_all(&self.db.pool)
        .await?;
        for (id, sid) in &quiet {
            self.reconcile_one(*id, sid).await?;
        }
        Ok(quiet.len())
    }

    /// Stores the carrier's view of a finished call as an event, so a call
    /// whose callbacks were lost still ends.
    async fn reconcile_one(&self, id: i64, sid: &str) -> AppResult<()> {
        let call = match self.telephony.fetch_call(sid).await {
            Ok(call) => call,
            Err(err) => {
                tracing::warn!(call = id, %err, "cannot look the call up at the carrier");
                return Ok(());
            }
        };
        if !call.status.is_final() {
            return Ok(());
        }
        let mut params = vec![
            ("CallSid".to_string(), call.sid.clone()),
            ("CallStatus".to_string(), call.status.as_str().to_string()),
            ("CallbackSource".to_string(), "rest-reconcile".to_string()),
        ];
        if let Some(end) = call.end_time.as_deref().and_then(parse_rfc2822) {
            params.push(("Timestamp".into(), format_rfc2822(end)));
        }
        if let Some(duration) = call.duration.clone() {
            params.push(("CallDuration".into(), duration));
        }
        if let Some(by) = call.answered_by.clone() {
            params.push(("AnsweredBy".into(), by));
        }
        super::ingest(
            &self.db,
            IncomingEvent {
                call_id: id,
                kind: EventKind::Status,
                dedupe_key: format!("rest:{}:{}", call.sid, call.status.as_str()),
                params: &params,
                stage: None,
                received_at: self.clock.now_ms(),
            },
            self.settings.ring_cycle_ms,
        )
        .await?;
        self.call_ended.notify_one();
        Ok(())
    }

    async fn maintain(&self) {
        if let Err(err) = self.recover_stale().await {
            tracing::error!(%err, "recovering interrupted dials");
        }
        if let Err(err) = self.reconcile_quiet().await {
            tracing::error!(%err, "reconciling quiet calls");
        }
        match crate::campaigns::reschedule_overdue(
            &self.db,
            &self.clock,
            None,
            self.settings.max_lateness_ms,
        )
        .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(calls = n, "moved overdue calls to new days"),
            Err(err) => tracing::error!(%err, "rescheduling overdue calls"),
        }
    }

    /// Places due calls, never faster than the configured pace, until
    /// `shutdown` turns true. Interrupted dials are recovered first.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let mut next_slot = Instant::now();
        let mut next_maintenance = Instant::now();
        while !stopped(&shutdown) {
            if Instant::now() >= next_maintenance {
                self.maintain().await;
                next_maintenance = Instant::now() + self.settings.maintenance_interval;
            }
            tokio::select! {
                _ = tokio::time::sleep_until(next_slot) => {}
                _ = shutdown.changed() => continue,
            }
            match self.dial_next().await {
                Ok(WorkOutcome::TaskCompleted) => {
                    next_slot = Instant::now().max(next_slot) + self.settings.interval;
                    continue;
                }
                Ok(WorkOutcome::EmptyQueue) => {}
                Err(err) => tracing::error!(%err, "dialer"),
            }
            tokio::select! {
                _ = tokio::time::sleep(self.settings.poll_interval) => {}
                _ = shutdown.changed() => {}
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

    #[test]
    fn only_a_clear_refusal_counts_as_not_placed() {
        let api = |status| TelephonyError::Api {
            code: crate::telephony::TwilioErrorCode::from_code(21211),
            body: crate::telephony::TwilioErrorBody {
                code: 21211,
                message: String::new(),
                more_info: String::new(),
                status,
            },
        };
        assert!(certainly_not_placed(&api(400)));
        assert!(!certainly_not_placed(&api(503)));
        assert!(!certainly_not_placed(&TelephonyError::Transport(
            "timed out".into()
        )));
    }
}
