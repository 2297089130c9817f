//! One simulated call, from `queued` to its final status: ringing, the line's
//! answer (or not) by its profile, the TwiML it fetches and follows, the
//! status and recording callbacks, and the recording itself.
//!
//! Time inside a call is virtual: it advances by simulated durations only and
//! is anchored at the call's creation, so carrier timestamps, durations and the
//! recording agree with each other whatever the time scale; waiting in real
//! time is that virtual time divided by the scale.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, DurationRound, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tokio::sync::{mpsc, watch};
use tokio::time::Instant;
use url::Url;

use super::audio::{self, Segment, Voice};
use super::profile::{LineOutcome, LineProfile, RecordingFault};
use super::webhook::{self, Outgoing, Params};
use super::{CallResource, Carrier, Control, LiveCall, RecordingResource};
use crate::telephony::twiml::{Dial, Gather, Twiml, Verb};
use crate::telephony::{CallStatus, format_rfc2822};

/// The channel of the caller (the side running TwiML) and of the called line.
const CALLER: usize = 0;
const LINE: usize = 1;

/// What `POST …/Calls.json` asked for, already validated.
#[derive(Clone, Debug)]
pub(super) struct CreateParams {
    pub to: String,
    pub from: String,
    pub url: Option<String>,
    pub twiml: Option<String>,
    pub method: String,
    pub status_callback: Option<String>,
    pub status_callback_method: String,
    pub status_callback_events: Vec<String>,
    pub timeout_secs: u32,
    pub record: bool,
    pub recording_channels: u16,
    pub recording_status_callback: Option<String>,
    pub recording_status_callback_method: String,
    pub machine_detection: Option<String>,
    pub async_amd: bool,
    pub async_amd_status_callback: Option<String>,
}

enum Interrupt {
    End,
    Redirect(String),
}

type Step<T> = Result<T, Interrupt>;

/// Where control goes after a verb hands it on: a URL to fetch, with extra parameters.
type Next = Option<(String, Params)>;

struct Sim {
    scale: f64,
    epoch: DateTime<Utc>,
    v_ms: i64,
    mark: Instant,
    control: watch::Receiver<Option<Control>>,
}

impl Sim {
    fn now(&self) -> DateTime<Utc> {
        self.epoch + Duration::milliseconds(self.v_ms)
    }

    /// Real time spent outside the simulation (waiting for a webhook) does
    /// not count against simulated durations.
    fn resync(&mut self) {
        self.mark = Instant::now();
    }

    fn take_control(&mut self) -> Option<Interrupt> {
        if !self.control.has_changed().unwrap_or(false) {
            return None;
        }
        match self.control.borrow_and_update().clone() {
            Some(Control::End(_)) => Some(Interrupt::End),
            Some(Control::Redirect(url)) => Some(Interrupt::Redirect(url)),
            None => None,
        }
    }

    async fn advance(&mut self, ms: i64) -> Step<()> {
        if let Some(i) = self.take_control() {
            return Err(i);
        }
        let ms = ms.max(0);
        let target = self.mark + StdDuration::from_secs_f64(ms as f64 / 1000.0 / self.scale);
        let control = &mut self.control;
        let changed = async {
            if control.changed().await.is_err() {
                std::future::pending::<()>().await;
            }
        };
        tokio::select! {
            _ = tokio::time::sleep_until(target) => {
                self.v_ms += ms;
                self.mark = target;
                Ok(())
            }
            _ = changed => {
                let now = Instant::now();
                let spent = now.saturating_duration_since(self.mark).as_secs_f64() * self.scale * 1000.0;
                self.v_ms += (spent as i64).min(ms);
                self.mark = now;
                let wanted = self.control.borrow_and_update().clone();
                Err(match wanted {
                    Some(Control::Redirect(url)) => Interrupt::Redirect(url),
                    _ => Interrupt::End,
                })
            }
        }
    }
}

struct CallRun {
    carrier: Arc<Carrier>,
    sid: String,
    p: CreateParams,
    sim: Sim,
    rng: ChaCha8Rng,
    seed: u64,
    profile: LineProfile,
    outbox: Option<mpsc::UnboundedSender<Outgoing>>,
    sequence: u64,
    answered_v: Option<i64>,
    answered_by: Option<String>,
    machine: bool,
    /// Who spoke when, relative to the answer, for the whole-call recording.
    segments: Vec<Segment>,
    replies_used: usize,
}

/// Registers a new call and starts simulating it. Returns its resource.
pub(super) fn launch(carrier: &Arc<Carrier>, p: CreateParams) -> CallResource {
    // Anchor virtual time at a whole second so carrier timestamps (which
    // Twilio gives in whole seconds) fall on exact simulated instants.
    let epoch = Utc::now()
        .duration_trunc(Duration::seconds(1))
        .unwrap_or_else(|_| Utc::now());
    let sid = carrier.new_sid("CA");
    let resource = CallResource {
        sid: sid.clone(),
        account_sid: carrier.settings.account_sid.clone(),
        parent_call_sid: None,
        to: p.to.clone(),
        from: p.from.clone(),
        status: CallStatus::Queued,
        direction: "outbound-api",
        date_created: epoch,
        date_updated: epoch,
        start_time: None,
        end_time: None,
        duration_secs: None,
        answered_by: None,
    };
    let (control_tx, control_rx) = watch::channel(None);
    carrier.calls.lock().expect("calls lock").push(LiveCall {
        resource: resource.clone(),
        control: control_tx,
    });
    let seed = carrier.seed_for(&p.to);
    let (outbox, outbox_task) = webhook::outbox(
        carrier.http.clone(),
        carrier.token().to_string(),
        carrier.settings.delivery,
        seed,
    );
    let run = CallRun {
        profile: carrier.profile_for(&p.to),
        carrier: carrier.clone(),
        sid,
        sim: Sim {
            scale: carrier.settings.time_scale,
            epoch,
            v_ms: 0,
            mark: Instant::now(),
            control: control_rx,
        },
        rng: ChaCha8Rng::seed_from_u64(seed),
        seed,
        p,
        outbox: Some(outbox),
        sequence: 0,
        answered_v: None,
        answered_by: None,
        machine: false,
        segments: Vec::new(),
        replies_used: 0,
    };
    tokio::spawn(async move {
        let mut run = run;
        run.execute().await;
        run.outbox.take();
        let _ = outbox_task.await;
    });
    resource
}

impl CallRun {
    async fn execute(&mut self) {
        let outcome = self.profile.sample_outcome(&mut self.rng);
        let (status, sip) = match self.connect(outcome).await {
            Ok(true) => {
                self.converse().await;
                (CallStatus::Completed, 200)
            }
            Ok(false) => match outcome {
                LineOutcome::Failed => (CallStatus::Failed, 500),
                LineOutcome::Busy => (CallStatus::Busy, 486),
                _ => (CallStatus::NoAnswer, 487),
            },
            Err(_) => (CallStatus::Canceled, 487),
        };
        self.finish(status, sip).await;
    }

    /// Dials the line. True once someone (or something) picks up.
    async fn connect(&mut self, outcome: LineOutcome) -> Step<bool> {
        self.sim.advance(200).await?;
        self.status_event("initiated", CallStatus::Initiated, Vec::new());
        match outcome {
            LineOutcome::Failed => {
                self.sim.advance(800).await?;
                return Ok(false);
            }
            LineOutcome::Busy => {
                self.sim.advance(1_500).await?;
                return Ok(false);
            }
            _ => {}
        }
        self.sim.advance(1_000).await?;
        let now = self.sim.now();
        self.carrier.update_call(&self.sid, |r| {
            r.status = CallStatus::Ringing;
            r.date_updated = now;
        });
        self.status_event("ringing", CallStatus::Ringing, Vec::new());
        let timeout_ms = i64::from(self.p.timeout_secs) * 1000;
        let delay_ms = self.profile.answer_delay.sample_ms(&mut self.rng);
        if outcome == LineOutcome::NoAnswer || delay_ms > timeout_ms {
            self.sim.advance(timeout_ms).await?;
            return Ok(false);
        }
        self.sim.advance(delay_ms).await?;
        self.machine = outcome == LineOutcome::Voicemail;
        Ok(true)
    }

    /// From the answer to the end of the TwiML.
    async fn converse(&mut self) {
        self.answered_v = Some(self.sim.v_ms);
        let amd = self.p.machine_detection.clone();
        self.answered_by = amd.as_deref().map(|mode| {
            match (self.machine, mode) {
                (false, _) => "human",
                (true, "DetectMessageEnd") => "machine_end_beep",
                (true, _) => "machine_start",
            }
            .to_string()
        });
        let now = self.sim.now();
        let answered_by = self.answered_by.clone();
        self.carrier.update_call(&self.sid, |r| {
            r.status = CallStatus::InProgress;
            r.start_time = Some(now);
            r.date_updated = now;
            r.answered_by = answered_by;
        });
        let mut extra = Vec::new();
        if let Some(by) = &self.answered_by {
            extra.push(("AnsweredBy".to_string(), by.clone()));
        }
        self.status_event("answered", CallStatus::InProgress, extra);

        if self.machine {
            let greeting = (self.profile.voicemail_greeting_secs * 1000.0) as i64;
            self.speak(LINE, greeting, Voice::Machine);
            let waited = match amd.as_deref() {
                Some("DetectMessageEnd") if !self.p.async_amd => {
                    let r = self.sim.advance(greeting).await;
                    self.speak(LINE, 500, Voice::Beep);
                    r.and(self.sim.advance(500).await)
                }
                Some(_) if !self.p.async_amd => self.sim.advance(3_000).await,
                _ => Ok(()),
            };
            if waited.is_err() {
                return;
            }
        } else if amd.is_some() && !self.p.async_amd && self.sim.advance(1_500).await.is_err() {
            return;
        }
        if self.p.async_amd {
            self.async_amd_event();
        }

        let first = match (&self.p.url, &self.p.twiml) {
            (_, Some(inline)) => Source::Inline(inline.clone()),
            (Some(url), None) => Source::Url(url.clone(), self.p.method.clone(), Vec::new()),
            (None, None) => return,
        };
        self.run_twiml(first).await;
    }

    async fn run_twiml(&mut self, first: Source) {
        let mut source = Some(first);
        while let Some(current) = source.take() {
            let (doc, doc_url) = match current {
                Source::Inline(xml) => (Twiml::parse(&xml), self.p.url.clone().unwrap_or_default()),
                Source::Url(url, method, extra) => match self.fetch(&url, &method, extra).await {
                    Ok(xml) => (Twiml::parse(&xml), url),
                    Err(err) => {
                        tracing::warn!(call = %self.sid, %err, "TwiML fetch failed; hanging up (Twilio error 11200)");
                        return;
                    }
                },
            };
            let doc = match doc {
                Ok(doc) => doc,
                Err(err) => {
                    tracing::warn!(call = %self.sid, %err, "TwiML unusable; hanging up (Twilio error 12100)");
                    return;
                }
            };
            match self.perform(&doc, &doc_url).await {
                Ok(Some((url, extra))) => source = Some(Source::Url(url, "POST".into(), extra)),
                Ok(None) | Err(Interrupt::End) => return,
                Err(Interrupt::Redirect(url)) => {
                    source = Some(Source::Url(url, "POST".into(), Vec::new()));
                }
            }
        }
    }

    async fn perform(&mut self, doc: &Twiml, doc_url: &str) -> Step<Next> {
        for verb in &doc.verbs {
            match verb {
                Verb::Say { .. } | Verb::Play { .. } | Verb::Pause { .. } => {
                    self.play(verb).await?
                }
                Verb::Gather(g) => {
                    if let Some(next) = self.gather(g, doc_url).await? {
                        return Ok(Some(next));
                    }
                }
                Verb::Record {
                    action,
                    timeout_secs,
                    play_beep,
                    ..
                } => {
                    return self
                        .record_verb(action, *timeout_secs, *play_beep, doc_url)
                        .await;
                }
                Verb::Dial(d) => {
                    if let Some(next) = self.dial(d, doc_url).await? {
                        return Ok(Some(next));
                    }
                }
                Verb::Redirect { url } => return Ok(Some((resolve(doc_url, url), Vec::new()))),
                Verb::Hangup => return Ok(None),
            }
        }
        Ok(None)
    }

    async fn play(&mut self, verb: &Verb) -> Step<()> {
        match verb {
            Verb::Say { text, .. } => {
                let ms = speech_ms(text);
                self.speak(CALLER, ms, Voice::Caller);
                self.sim.advance(ms).await
            }
            Verb::Play { .. } => {
                self.speak(CALLER, 3_000, Voice::Caller);
                self.sim.advance(3_000).await
            }
            Verb::Pause { seconds } => self.sim.advance(i64::from(*seconds) * 1000).await,
            _ => Ok(()),
        }
    }

    async fn gather(&mut self, g: &Gather, doc_url: &str) -> Step<Next> {
        for prompt in &g.prompt {
            self.play(prompt).await?;
        }
        let action = if g.action.is_empty() {
            doc_url.to_string()
        } else {
            resolve(doc_url, &g.action)
        };
        if !self.machine && g.input.contains("speech") {
            let reaction = self.rng.random_range(300..900);
            self.sim.advance(reaction).await?;
            let reply = self.profile.reply.sample_ms(&mut self.rng).max(400);
            self.speak(LINE, reply, Voice::Person);
            self.sim.advance(reply).await?;
            // `speechTimeout="auto"`: the end of speech is noticed after a short silence.
            self.sim.advance(700).await?;
            let heard = self.next_reply();
            let confidence = format!("{:.2}", self.rng.random_range(0.80..0.97));
            return Ok(Some((
                action,
                vec![
                    ("SpeechResult".into(), heard),
                    ("Confidence".into(), confidence),
                    (
                        "Language".into(),
                        g.language.clone().unwrap_or_else(|| "en-US".into()),
                    ),
                ],
            )));
        }
        self.sim.advance(i64::from(g.timeout_secs) * 1000).await?;
        Ok(g.action_on_empty_result.then(|| (action, Vec::new())))
    }

    async fn record_verb(
        &mut self,
        action: &str,
        timeout_secs: u32,
        beep: bool,
        doc_url: &str,
    ) -> Step<Next> {
        if beep {
            self.speak(CALLER, 500, Voice::Beep);
            self.sim.advance(500).await?;
        }
        let start = self.sim.v_ms;
        if !self.machine {
            let reply = self.profile.reply.sample_ms(&mut self.rng).max(400);
            self.speak(LINE, reply, Voice::Person);
            self.sim.advance(reply).await?;
        }
        self.sim.advance(i64::from(timeout_secs) * 1000).await?;
        let end = self.sim.v_ms;
        let segments = self.window(start, end, |ch| (ch == LINE).then_some(0));
        let rec = self
            .store_recording(
                "RecordVerb",
                1,
                end - start,
                segments,
                self.sim.epoch + Duration::milliseconds(start),
            )
            .await;
        let target = if action.is_empty() {
            doc_url.to_string()
        } else {
            resolve(doc_url, action)
        };
        Ok(Some((
            target,
            vec![
                ("RecordingSid".into(), rec.sid.clone()),
                ("RecordingUrl".into(), self.recording_url(&rec)),
                ("RecordingDuration".into(), rec.duration_secs.to_string()),
            ],
        )))
    }

    /// Bridges the call to another number; the sandbox plays both people.
    async fn dial(&mut self, d: &Dial, doc_url: &str) -> Step<Next> {
        let child_profile = self.carrier.profile_for(&d.number);
        let mut child_rng = ChaCha8Rng::seed_from_u64(self.carrier.seed_for(&d.number));
        let child_sid = self.carrier.new_sid("CA");
        let now = self.sim.now();
        let (control, _) = watch::channel(None);
        self.carrier
            .calls
            .lock()
            .expect("calls lock")
            .push(LiveCall {
                resource: CallResource {
                    sid: child_sid.clone(),
                    account_sid: self.carrier.settings.account_sid.clone(),
                    parent_call_sid: Some(self.sid.clone()),
                    to: d.number.clone(),
                    from: d.caller_id.clone().unwrap_or_else(|| self.p.from.clone()),
                    status: CallStatus::Ringing,
                    direction: "outbound-dial",
                    date_created: now,
                    date_updated: now,
                    start_time: None,
                    end_time: None,
                    duration_secs: None,
                    answered_by: None,
                },
                control,
            });
        let outcome = child_profile.sample_outcome(&mut child_rng);
        let timeout_ms = i64::from(d.timeout_secs) * 1000;
        let delay = child_profile.answer_delay.sample_ms(&mut child_rng);
        let (dial_status, answered) = match outcome {
            LineOutcome::Failed => (CallStatus::Failed, false),
            LineOutcome::Busy => (CallStatus::Busy, false),
            LineOutcome::NoAnswer => (CallStatus::NoAnswer, false),
            _ if delay > timeout_ms => (CallStatus::NoAnswer, false),
            _ => (CallStatus::Completed, true),
        };
        let ring_ms = match dial_status {
            CallStatus::Failed => 500,
            CallStatus::Busy => 1_500,
            CallStatus::NoAnswer => 1_000 + timeout_ms,
            _ => 1_000 + delay,
        };
        self.sim.advance(ring_ms).await?;
        let bridge_start = self.sim.v_ms;
        if answered {
            let now = self.sim.now();
            self.carrier.update_call(&child_sid, |r| {
                r.status = CallStatus::InProgress;
                r.start_time = Some(now);
            });
            // A conversation: the person who answered the first leg and the
            // person dialled take turns.
            let turns = child_rng.random_range(4..9);
            for turn in 0..turns {
                let (channel, len) = if turn % 2 == 0 {
                    (LINE, self.profile.reply.sample_ms(&mut self.rng))
                } else {
                    (CALLER, child_profile.reply.sample_ms(&mut child_rng))
                };
                let len = len.max(400);
                self.speak(channel, len, Voice::Person);
                self.sim.advance(len).await?;
                let gap = self.rng.random_range(300..900);
                self.sim.advance(gap).await?;
            }
        }
        let bridge_end = self.sim.v_ms;
        let bridged_secs = ((bridge_end - bridge_start) as f64 / 1000.0).round() as i64;
        let now = self.sim.now();
        self.carrier.update_call(&child_sid, |r| {
            r.status = dial_status;
            r.end_time = Some(now);
            r.date_updated = now;
            r.duration_secs = Some(if answered { bridged_secs } else { 0 });
        });
        let mut params: Params = vec![
            ("DialCallSid".into(), child_sid.clone()),
            ("DialCallStatus".into(), dial_status.as_str().into()),
            (
                "DialCallDuration".into(),
                if answered { bridged_secs } else { 0 }.to_string(),
            ),
        ];
        if answered && let Some(mode) = d.record.as_deref().filter(|m| m.starts_with("record-from"))
        {
            let channels = if mode.ends_with("-dual") { 2 } else { 1 };
            // In the bridge recording the first leg's person is channel 0.
            let segments = self.window(bridge_start, bridge_end, |ch| {
                Some(if ch == LINE { 0 } else { 1 })
            });
            let started = self.sim.epoch + Duration::milliseconds(bridge_start);
            let rec = self
                .store_recording(
                    "DialVerb",
                    channels,
                    bridge_end - bridge_start,
                    segments,
                    started,
                )
                .await;
            if let Some(cb) = &d.recording_status_callback {
                let cb = resolve(doc_url, cb);
                self.recording_event(&cb, "POST", &rec);
            }
            params.push(("RecordingSid".into(), rec.sid.clone()));
            params.push(("RecordingUrl".into(), self.recording_url(&rec)));
            params.push(("RecordingDuration".into(), rec.duration_secs.to_string()));
        }
        Ok(d.action.as_ref().map(|a| (resolve(doc_url, a), params)))
    }

    async fn finish(&mut self, status: CallStatus, sip: u16) {
        let now = self.sim.now();
        let duration = self
            .answered_v
            .map(|a| ((self.sim.v_ms - a) as f64 / 1000.0).round() as i64)
            .unwrap_or(0);
        self.carrier.update_call(&self.sid, |r| {
            r.status = status;
            r.end_time = Some(now);
            r.date_updated = now;
            r.duration_secs = Some(duration);
        });
        let extra = vec![
            ("CallDuration".into(), duration.to_string()),
            ("Duration".into(), ((duration + 59) / 60).to_string()),
            ("SipResponseCode".into(), sip.to_string()),
        ];
        self.status_event("completed", status, extra);
        if let (true, Some(answered)) = (self.p.record, self.answered_v) {
            let total = self.sim.v_ms - answered;
            let segments = self.segments.clone();
            let started = self.sim.epoch + Duration::milliseconds(answered);
            let rec = self
                .store_recording(
                    "OutboundAPI",
                    self.p.recording_channels,
                    total,
                    segments,
                    started,
                )
                .await;
            if let Some(cb) = self.p.recording_status_callback.clone() {
                let method = self.p.recording_status_callback_method.clone();
                self.recording_event(&cb, &method, &rec);
            }
        }
    }

    fn speak(&mut self, channel: usize, duration_ms: i64, voice: Voice) {
        if let Some(answered) = self.answered_v {
            self.segments.push(Segment {
                channel,
                start_ms: self.sim.v_ms - answered,
                duration_ms,
                voice,
            });
        }
    }

    /// Segments between two virtual instants, moved to start at zero and
    /// mapped to new channels (or dropped).
    fn window(&self, from_v: i64, to_v: i64, map: impl Fn(usize) -> Option<usize>) -> Vec<Segment> {
        let Some(answered) = self.answered_v else {
            return Vec::new();
        };
        let (from, to) = (from_v - answered, to_v - answered);
        self.segments
            .iter()
            .filter(|s| s.end_ms() > from && s.start_ms < to)
            .filter_map(|s| {
                map(s.channel).map(|channel| Segment {
                    channel,
                    start_ms: (s.start_ms - from).max(0),
                    duration_ms: s.end_ms().min(to) - s.start_ms.max(from),
                    voice: s.voice,
                })
            })
            .collect()
    }

    fn next_reply(&mut self) -> String {
        let replies = &self.profile.replies;
        if replies.is_empty() {
            return String::new();
        }
        let text = replies[self.replies_used % replies.len()].clone();
        self.replies_used += 1;
        text
    }

    fn base_params(&self) -> Params {
        vec![
            (
                "AccountSid".into(),
                self.carrier.settings.account_sid.clone(),
            ),
            ("ApiVersion".into(), "2010-04-01".into()),
            ("CallSid".into(), self.sid.clone()),
            ("Called".into(), self.p.to.clone()),
            ("Caller".into(), self.p.from.clone()),
            ("Direction".into(), "outbound-api".into()),
            ("From".into(), self.p.from.clone()),
            ("To".into(), self.p.to.clone()),
        ]
    }

    fn status_event(&mut self, event: &str, status: CallStatus, extra: Params) {
        let Some(url) = self.p.status_callback.clone() else {
            return;
        };
        if !self.p.status_callback_events.iter().any(|e| e == event) {
            return;
        }
        let mut params = self.base_params();
        params.push(("CallStatus".into(), status.as_str().into()));
        params.push(("Timestamp".into(), format_rfc2822(self.sim.now())));
        params.push(("CallbackSource".into(), "call-progress-events".into()));
        params.push(("SequenceNumber".into(), self.sequence.to_string()));
        params.extend(extra);
        self.sequence += 1;
        self.post_async(url, self.p.status_callback_method.clone(), params);
    }

    fn async_amd_event(&mut self) {
        let Some(url) = self.p.async_amd_status_callback.clone() else {
            return;
        };
        let mut params = self.base_params();
        params.push((
            "AnsweredBy".into(),
            self.answered_by.clone().unwrap_or_else(|| "unknown".into()),
        ));
        params.push(("MachineDetectionDuration".into(), "3000".into()));
        self.post_async(url, "POST".into(), params);
    }

    fn recording_event(&mut self, url: &str, method: &str, rec: &RecordingResource) {
        let params: Params = vec![
            (
                "AccountSid".into(),
                self.carrier.settings.account_sid.clone(),
            ),
            ("CallSid".into(), self.sid.clone()),
            ("RecordingSid".into(), rec.sid.clone()),
            ("RecordingUrl".into(), self.recording_url(rec)),
            ("RecordingStatus".into(), "completed".into()),
            ("RecordingDuration".into(), rec.duration_secs.to_string()),
            ("RecordingChannels".into(), rec.channels.to_string()),
            ("RecordingStartTime".into(), format_rfc2822(rec.start_time)),
            ("RecordingSource".into(), rec.source.into()),
            ("RecordingTrack".into(), "both".into()),
            ("ErrorCode".into(), "0".into()),
        ];
        self.post_async(url.to_string(), method.to_string(), params);
    }

    fn post_async(&self, url: String, method: String, params: Params) {
        if let Some(outbox) = &self.outbox {
            let _ = outbox.send(Outgoing {
                url,
                method,
                params,
            });
        }
    }

    fn recording_url(&self, rec: &RecordingResource) -> String {
        format!(
            "{}{}",
            self.carrier.base_url.as_str().trim_end_matches('/'),
            rec.uri()
        )
    }

    async fn fetch(&mut self, url: &str, method: &str, extra: Params) -> Result<String, String> {
        let mut params = self.base_params();
        params.push(("CallStatus".into(), "in-progress".into()));
        if let Some(by) = &self.answered_by {
            params.push(("AnsweredBy".into(), by.clone()));
        }
        params.extend(extra);
        let result = webhook::send(
            &self.carrier.http,
            self.carrier.token(),
            url,
            method,
            &params,
        )
        .await;
        self.sim.resync();
        result
    }

    async fn store_recording(
        &mut self,
        source: &'static str,
        channels: u16,
        total_ms: i64,
        segments: Vec<Segment>,
        started: DateTime<Utc>,
    ) -> RecordingResource {
        let rec = RecordingResource {
            sid: self.carrier.new_sid("RE"),
            account_sid: self.carrier.settings.account_sid.clone(),
            call_sid: self.sid.clone(),
            channels,
            source,
            duration_secs: (total_ms as f64 / 1000.0).round() as i64,
            start_time: started,
            date_created: self.sim.now(),
            fault: self.profile.recording_fault,
        };
        let path = self.carrier.recording_path(&rec.sid);
        let seed = self.seed
            ^ self
                .carrier
                .recordings
                .lock()
                .expect("recordings lock")
                .len() as u64;
        let fault = rec.fault;
        let written = tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            let samples = audio::render(total_ms, channels, &segments, seed);
            audio::write_wav(&path, channels, &samples)?;
            match fault {
                RecordingFault::None => Ok(()),
                RecordingFault::Truncated => {
                    let len = std::fs::metadata(&path)?.len();
                    std::fs::OpenOptions::new()
                        .write(true)
                        .open(&path)?
                        .set_len(44 + (len - 44) / 3)
                }
                RecordingFault::Garbage => std::fs::write(&path, b"<html>not a recording</html>"),
            }
        })
        .await;
        if !matches!(written, Ok(Ok(()))) {
            tracing::error!(recording = %rec.sid, "sandbox could not write a recording");
        }
        self.carrier
            .recordings
            .lock()
            .expect("recordings lock")
            .insert(rec.sid.clone(), rec.clone());
        rec
    }
}

enum Source {
    Inline(String),
    Url(String, String, Params),
}

fn resolve(base: &str, target: &str) -> String {
    match Url::parse(base).and_then(|b| b.join(target)) {
        Ok(url) => url.to_string(),
        Err(_) => target.to_string(),
    }
}

/// How long synthesised speech of `text` lasts: syllable-timed scripts
/// (Hangul, CJK) take longer per character than alphabetic ones.
pub fn speech_ms(text: &str) -> i64 {
    let per_char: i64 = text
        .chars()
        .map(|c| match c {
            '\u{AC00}'..='\u{D7A3}' | '\u{4E00}'..='\u{9FFF}' => 180,
            '.' | ',' | '?' | '!' | '。' | '，' | '？' => 150,
            _ => 60,
        })
        .sum();
    300 + per_char
}
