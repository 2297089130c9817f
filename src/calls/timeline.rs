//! Where a call's stages fall on its recording. Stage marks are wall-clock
//! times at which the service heard each stage begin; the recording runs on
//! the carrier's clock, which for the sandbox at a time scale is not ours.
//! Every page that points into the audio (the grading desk, the call page)
//! reads its offsets from here, so they agree.

use serde::Serialize;

use super::CallRow;

/// A stage's start, in ms from the start of the recording.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StageOffset {
    /// The stage's key in the script.
    pub stage: String,
    pub offset_ms: i64,
}

/// The stages of `call` on a recording `recording_ms` long. The marks
/// between the answer and the end, as the service received them, are
/// stretched over the recording's own length, so they line up with the
/// audio at any time scale. Without a recording's length the marks stay on
/// the service's clock. A call never answered has no stages to place.
pub fn stage_offsets(call: &CallRow, recording_ms: Option<i64>) -> Vec<StageOffset> {
    let Some(answered) = call.answered_received_at else {
        return Vec::new();
    };
    let span = call
        .ended_received_at
        .map(|ended| (ended - answered).max(1));
    call.stage_marks()
        .into_iter()
        .map(|m| {
            let since_answer = (m.received_at - answered).max(0);
            let offset_ms = match (span, recording_ms) {
                (Some(span), Some(audio)) => since_answer * audio / span,
                _ => since_answer,
            };
            StageOffset {
                stage: m.stage,
                offset_ms,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calls::measures::StageMark;

    fn call(answered: Option<i64>, ended: Option<i64>, marks: &[(&str, i64)]) -> CallRow {
        let marks: Vec<StageMark> = marks
            .iter()
            .map(|(stage, at)| StageMark {
                stage: stage.to_string(),
                received_at: *at,
            })
            .collect();
        CallRow {
            id: 1,
            purpose: "evaluation".into(),
            script_id: "s".into(),
            to_number: "+15550100".into(),
            from_number: "+15550101".into(),
            state: "ended".into(),
            due_at: None,
            dial_started_at: None,
            call_sid: None,
            status: None,
            connection: None,
            ringing_at: None,
            answered_at: None,
            ended_at: None,
            ringing_received_at: None,
            answered_received_at: answered,
            ended_received_at: ended,
            answer_latency_ms: None,
            receipt_latency_ms: None,
            ring_count: None,
            answered_by: None,
            sip_response_code: None,
            duration_s: None,
            stage_marks: serde_json::to_string(&marks).unwrap(),
            error: None,
            campaign_id: None,
            staff_id: None,
            script_version: None,
            local_date: None,
            created_at: 0,
            updated_at: 0,
        }
    }

    #[test]
    fn a_time_scaled_call_is_stretched_over_its_recording() {
        // Heard over 4.8 s of our time; the recording is 83 s of the carrier's.
        let c = call(
            Some(10_000),
            Some(14_800),
            &[
                ("greeting", 10_100),
                ("response", 11_200),
                ("closing", 13_600),
            ],
        );
        let at: Vec<i64> = stage_offsets(&c, Some(83_000))
            .iter()
            .map(|o| o.offset_ms)
            .collect();
        assert_eq!(at, [1_729, 20_750, 62_250]);
    }

    #[test]
    fn without_a_recording_the_marks_stay_on_our_clock() {
        let c = call(
            Some(10_000),
            None,
            &[("greeting", 9_000), ("response", 12_500)],
        );
        assert_eq!(
            stage_offsets(&c, Some(83_000)),
            [
                StageOffset {
                    stage: "greeting".into(),
                    offset_ms: 0
                },
                StageOffset {
                    stage: "response".into(),
                    offset_ms: 2_500
                },
            ]
        );
        assert!(stage_offsets(&call(None, None, &[("greeting", 1)]), Some(1)).is_empty());
    }
}
