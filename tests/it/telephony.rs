//! The telephony core end to end: calls placed through the sandbox carrier,
//! followed through signed webhooks, measured and recorded.

use civicall::calls::{self, CallState, NewCall};
use civicall::telephony::sandbox::DeliveryMode;
use civicall::telephony::sandbox::profile::{LineOutcome, LineProfile, RecordingFault};
use civicall::telephony::signature;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::both_backends;
use crate::common::{Options, TestApp, line, spawn_app};

const TOKEN: &str = civicall::telephony::sandbox::SANDBOX_AUTH_TOKEN;

/// Mean square of one channel of a stereo WAV between two instants.
fn channel_energy(samples: &[i16], channel: usize, from_ms: i64, to_ms: i64) -> f64 {
    let (from, to) = ((from_ms * 8) as usize, (to_ms * 8) as usize);
    let frames = &samples[from * 2..(to * 2).min(samples.len())];
    frames
        .chunks(2)
        .map(|f| f64::from(f[channel]).powi(2))
        .sum::<f64>()
        / (frames.len() / 2).max(1) as f64
}

fn read_wav(path: &std::path::Path) -> (hound::WavSpec, Vec<i16>) {
    let mut reader = hound::WavReader::open(path).expect("stored recording opens");
    let spec = reader.spec();
    (spec, reader.samples::<i16>().map(Result::unwrap).collect())
}

async fn events_of(app: &TestApp, id: i64) -> Vec<Value> {
    app.get_json(&format!("/api/v1/calls/{id}/events"))
        .await
        .as_array()
        .unwrap()
        .clone()
}

async fn post_signed(
    app: &TestApp,
    path_and_query: &str,
    params: &[(String, String)],
    signed_url: Option<&str>,
) -> reqwest::StatusCode {
    let url = app.url(path_and_query);
    let mut request = app.http.post(url.clone()).form(params);
    if let Some(signed) = signed_url {
        request = request.header(signature::HEADER, signature::compute(TOKEN, signed, params));
    }
    request.send().await.unwrap().status()
}

both_backends! {
    async fn answer_latency_and_ring_count_come_from_a_known_answer_delay(backend: Backend) {
        let app = spawn_app(backend, Options {
            lines: vec![line("+82315550109", LineProfile::answers_after(9.0))],
            ..Options::default()
        }).await;
        let id = app.place_call("+82315550109").await;
        let call = app.finished_call(id).await;

        assert_eq!(call["connection"], "person");
        assert_eq!(call["status"], "completed");
        assert_eq!(call["answer_latency_ms"], 9000, "{call}");
        assert_eq!(call["ring_count"], 3, "a 3 s ring cycle rings three times in 9 s");
        assert!(call["receipt_latency_ms"].is_i64(), "receipt times are kept too: {call}");
        assert!(call["duration_s"].as_i64().unwrap() > 5, "{call}");
        let stages: Vec<&str> = call["stages"].as_array().unwrap().iter().map(|s| s["stage"].as_str().unwrap()).collect();
        assert_eq!(stages, ["greeting", "response", "closing"]);

        // Every raw event is kept with its carrier timestamp and receipt time.
        let events = events_of(&app, id).await;
        let statuses: Vec<&str> = events.iter().filter(|e| e["kind"] == "status").map(|e| e["call_status"].as_str().unwrap()).collect();
        assert_eq!(statuses, ["initiated", "ringing", "in-progress", "completed"]);
        assert!(events.iter().all(|e| chrono::DateTime::parse_from_rfc3339(e["received_at"].as_str().unwrap()).is_ok()), "times are RFC 3339");
        assert!(events.iter().filter(|e| e["kind"] == "status").all(|e| e["params"]["CallStatus"].is_string()), "the carrier's parameters, by name");
    }

    async fn a_recording_is_downloaded_checked_and_stored_with_both_sides_audible(backend: Backend) {
        let app = spawn_app(backend, Options {
            lines: vec![line("+82315550110", LineProfile::answers_after(2.0))],
            ..Options::default()
        }).await;
        let id = app.place_call("+82315550110").await;
        let call = app.finished_call(id).await;
        let rec = &call["recordings"][0];
        assert_eq!(rec["state"], "available", "{rec}");
        assert_eq!(rec["channels"], 2);

        let row = civicall::recordings::get(&app.state.db, rec["id"].as_i64().unwrap()).await.unwrap();
        let relative = row.path.clone().unwrap();
        assert!(relative.ends_with(&format!("{}.wav", row.recording_sid)), "{relative}");
        assert_eq!(relative.split('/').count(), 4, "date-sharded path: {relative}");
        let path = app.recordings_dir.join(&relative);
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(row.sha256.as_deref(), Some(hex::encode(Sha256::digest(&bytes)).as_str()));

        let (spec, samples) = read_wav(&path);
        assert_eq!((spec.channels, spec.sample_rate, spec.bits_per_sample), (2, 8000, 16));
        let duration_ms = (samples.len() / 2 / 8) as i64;
        assert!((duration_ms - rec["reported_duration_s"].as_i64().unwrap() * 1000).abs() <= 1000);

        // The line greets first (caller silent), then the caller asks.
        let caller_early = channel_energy(&samples, 0, 0, 300);
        let line_total = channel_energy(&samples, 1, 0, duration_ms);
        let caller_total = channel_energy(&samples, 0, 0, duration_ms);
        assert_eq!(caller_early, 0.0, "the caller is silent while the line answers");
        assert!(line_total > 1e5 && caller_total > 1e5, "both channels carry speech");

        // The audio is served to API clients.
        let audio = app.http.get(app.url(rec["audio_url"].as_str().unwrap())).send().await.unwrap();
        assert_eq!(audio.status(), 200);
        assert_eq!(audio.bytes().await.unwrap().len(), bytes.len());
    }

    async fn busy_no_answer_failed_and_voicemail_lines_end_in_their_status(backend: Backend) {
        let app = spawn_app(backend, Options {
            lines: vec![
                line("+82315550201", LineProfile::always(LineOutcome::Busy)),
                line("+82315550202", LineProfile::always(LineOutcome::NoAnswer)),
                line("+82315550203", LineProfile::always(LineOutcome::Failed)),
                line("+82315550204", LineProfile::always(LineOutcome::Voicemail)),
            ],
            ..Options::default()
        }).await;
        let expected = [
            ("+82315550201", "busy", "busy"),
            ("+82315550202", "no-answer", "no-answer"),
            ("+82315550203", "failed", "failed"),
            ("+82315550204", "completed", "voicemail"),
        ];
        let mut ids = Vec::new();
        for (number, _, _) in expected {
            ids.push(app.place_call(number).await);
        }
        for (id, (number, status, connection)) in ids.into_iter().zip(expected) {
            let call = app.finished_call(id).await;
            assert_eq!(call["status"], status, "{number}: {call}");
            assert_eq!(call["connection"], connection, "{number}: {call}");
            if connection == "voicemail" {
                assert_eq!(call["answered_by"], "machine_start");
                assert_eq!(call["recordings"][0]["state"], "available");
            } else {
                assert_eq!(call["answer_latency_ms"], Value::Null, "{number}: never answered");
            }
        }
        // A line that rang out says for how long (60 s at 3 s a ring).
        let no_answer = app.finished_call(2).await;
        assert_eq!(no_answer["ring_count"], 20, "{no_answer}");
    }

    async fn duplicated_and_shuffled_status_callbacks_give_the_ordered_result(backend: Backend) {
        let profile = LineProfile { voicemail: 0.0, ..LineProfile::answers_after(7.0) };
        let number = "+82315550301";
        let ordered = spawn_app(backend, Options { lines: vec![line(number, profile.clone())], ..Options::default() }).await;
        let disordered = spawn_app(backend, Options {
            lines: vec![line(number, profile)],
            delivery: DeliveryMode::Disordered,
            ..Options::default()
        }).await;
        let a = ordered.finished_call(ordered.place_call(number).await).await;
        let b = disordered.finished_call(disordered.place_call(number).await).await;
        for field in ["status", "connection", "answer_latency_ms", "ring_count", "duration_s", "answered_by", "sip_response_code"] {
            assert_eq!(a[field], b[field], "{field} differs: ordered {a} vs disordered {b}");
        }

        // Replaying the ordered call's callbacks, reversed and each twice,
        // onto a fresh call row changes nothing twice and lands the same.
        let id = a["id"].as_i64().unwrap();
        let events = events_of(&ordered, id).await;
        let fresh = calls::insert(&ordered.state.db, &NewCall {
            purpose: "line-check", script_id: "line-check", to_number: number,
            from_number: "+15005550006", state: CallState::Placed, due_at: None,
        }, 0).await.unwrap();
        let path = format!("/webhooks/twilio/status?call={fresh}");
        let signed_url = ordered.url(&path).to_string();
        let mut replay: Vec<Vec<(String, String)>> = events
            .iter()
            .filter(|e| e["kind"] == "status")
            .map(|e| {
                let mut params: Vec<(String, String)> = e["params"].as_object().unwrap().iter().map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string())).collect();
                // The same call again, under a CallSid of its own.
                for (k, v) in params.iter_mut() {
                    if k == "CallSid" {
                        *v = "CA0000000000000000000000000replay".into();
                    }
                }
                params
            })
            .collect();
        replay.reverse();
        let copies = replay.clone();
        replay.extend(copies);
        for params in &replay {
            assert_eq!(post_signed(&ordered, &path, params, Some(&signed_url)).await, 204);
        }
        let c = ordered.call(fresh).await;
        for field in ["status", "connection", "answer_latency_ms", "ring_count", "duration_s", "answered_by"] {
            assert_eq!(a[field], c[field], "{field} differs after replay: {c}");
        }
        assert_eq!(events_of(&ordered, fresh).await.len(), replay.len() / 2, "duplicates are not stored twice");
    }

    async fn a_call_to_a_sip_uri_or_a_client_goes_through_like_a_call_to_a_number(backend: Backend) {
        // Not numbers: no line rule matches them, so the default line answers, after 3 s.
        let app = spawn_app(backend, Options::default()).await;
        let dial = |to: &'static str| {
            let app = &app;
            async move {
                let id = calls::insert(&app.state.db, &NewCall {
                    purpose: "line-check", script_id: "line-check", to_number: to,
                    from_number: "+15005550006", state: CallState::Dialing, due_at: None,
                }, app.state.clock.now_ms()).await.unwrap();
                (id, app.state.dialer.dial(id, to).await)
            }
        };
        for to in ["sip:desk-7@pbx.guri.example.org;transport=tls", "client:operator_kim.7"] {
            let (id, placed) = dial(to).await;
            placed.unwrap_or_else(|e| panic!("{to}: {e}"));
            let call = app.finished_call(id).await;
            assert_eq!((call["status"].as_str(), call["connection"].as_str()), (Some("completed"), Some("person")), "{to}: {call}");
            assert_eq!(call["answer_latency_ms"], 3000, "{to}: {call}");
            assert_eq!(call["recordings"][0]["state"], "available", "{to}: {call}");
        }
        // Anything else is refused as Twilio refuses it, and the call says so.
        for to in ["sip:desk 7@pbx.guri.example.org", "client:", "pbx.guri.example.org"] {
            let (id, placed) = dial(to).await;
            match placed {
                Err(civicall::error::AppError::Telephony(err)) => {
                    assert_eq!(err.code(), Some(civicall::telephony::TwilioErrorCode::InvalidTo), "{to}: {err}");
                }
                other => panic!("{to}: {other:?}"),
            }
            assert_eq!(app.call(id).await["state"], "dial_failed");
        }
    }

    async fn a_forged_or_missing_signature_gets_403_and_changes_nothing(backend: Backend) {
        let app = spawn_app(backend, Options::default()).await;
        let id = app.place_call("+82315550401").await;
        let before = app.finished_call(id).await;
        let events_before = events_of(&app, id).await.len();
        let path = format!("/webhooks/twilio/status?call={id}");
        let params: Vec<(String, String)> = vec![
            ("AccountSid".into(), civicall::telephony::sandbox::SANDBOX_ACCOUNT_SID.into()),
            ("CallSid".into(), before["call_sid"].as_str().unwrap().into()),
            ("CallStatus".into(), "busy".into()),
            ("SequenceNumber".into(), "9".into()),
        ];
        let right_url = app.url(&path).to_string();
        // No signature, a signature made with another token, and one over another URL.
        assert_eq!(post_signed(&app, &path, &params, None).await, 403);
        let forged = signature::compute("not-the-token", &right_url, &params);
        let status = app.http.post(app.url(&path)).header(signature::HEADER, forged).form(&params).send().await.unwrap().status();
        assert_eq!(status, 403);
        assert_eq!(post_signed(&app, &path, &params, Some("http://elsewhere.example/webhooks/twilio/status?call=1")).await, 403);
        // The TwiML endpoint is guarded the same way.
        assert_eq!(post_signed(&app, &format!("/webhooks/twilio/twiml?call={id}"), &params, None).await, 403);

        let after = app.call(id).await;
        assert_eq!(before, after);
        assert_eq!(events_of(&app, id).await.len(), events_before);
    }

    async fn signatures_are_checked_against_the_public_url_behind_a_proxy(backend: Backend) {
        let public = url::Url::parse("https://civicall.example.org/hotline/").unwrap();
        let app = spawn_app(backend, Options { public_url: Some(public.clone()), ..Options::default() }).await;
        let id = calls::insert(&app.state.db, &NewCall {
            purpose: "line-check", script_id: "line-check", to_number: "+82315550501",
            from_number: "+15005550006", state: CallState::Placed, due_at: None,
        }, 0).await.unwrap();
        let path = format!("/webhooks/twilio/status?call={id}");
        let params: Vec<(String, String)> = vec![
            ("CallSid".into(), "CA00000000000000000000000000000abc".into()),
            ("CallStatus".into(), "ringing".into()),
            ("SequenceNumber".into(), "1".into()),
        ];
        // Signed over the bind address: not what the carrier used, refused.
        assert_eq!(post_signed(&app, &path, &params, Some(app.url(&path).as_str())).await, 403);
        // Signed over the public URL the carrier knows: accepted.
        let public_url = format!("https://civicall.example.org/hotline{path}");
        assert_eq!(post_signed(&app, &path, &params, Some(&public_url)).await, 204);
        assert_eq!(app.call(id).await["status"], "ringing");
    }

    async fn a_corrupt_recording_is_kept_aside_and_reported(backend: Backend) {
        let app = spawn_app(backend, Options {
            lines: vec![
                line("+82315550601", LineProfile { recording_fault: RecordingFault::Truncated, ..LineProfile::answers_after(2.0) }),
                line("+82315550602", LineProfile { recording_fault: RecordingFault::Garbage, ..LineProfile::answers_after(2.0) }),
            ],
            ..Options::default()
        }).await;
        let truncated = app.place_call("+82315550601").await;
        let garbage = app.place_call("+82315550602").await;
        for (id, problem) in [(truncated, "ends early"), (garbage, "not a readable WAV")] {
            let call = app.finished_call(id).await;
            let rec = &call["recordings"][0];
            assert_eq!(rec["state"], "corrupt", "{rec}");
            assert!(rec["error"].as_str().unwrap().contains(problem), "{rec}");
            assert_eq!(rec["audio_url"], Value::Null, "a corrupt file is not passed on");
            let row = civicall::recordings::get(&app.state.db, rec["id"].as_i64().unwrap()).await.unwrap();
            let kept = app.recordings_dir.join(row.path.unwrap());
            assert!(kept.starts_with(app.recordings_dir.join("quarantine")) && kept.is_file());
        }
        let corrupt = app.get_json("/api/v1/recordings?state=corrupt").await;
        assert_eq!(corrupt.as_array().unwrap().len(), 2);
    }
}
