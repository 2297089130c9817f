//! What a call's webhook events add up to: its status (which never moves
//! backward), answer latency and ring count, how it connected, its duration
//! and where each stage began. Computed from the set of distinct events, so
//! duplicates and any arrival order give the same result.

use serde::{Deserialize, Serialize};

use crate::telephony::CallStatus;

/// One stored webhook event, as the fold needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct EventFacts {
    pub kind: EventKind,
    pub sequence_number: Option<i64>,
    pub status: Option<CallStatus>,
    /// The carrier's `Timestamp`, in ms.
    pub carrier_at: Option<i64>,
    /// When this service received it, in ms.
    pub received_at: i64,
    pub answered_by: Option<String>,
    pub duration_s: Option<i64>,
    pub sip_response_code: Option<i64>,
    /// For flow events: the stage this request started.
    pub stage: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Status,
    Flow,
    Recording,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Status => "status",
            EventKind::Flow => "flow",
            EventKind::Recording => "recording",
        }
    }

    pub fn parse(s: &str) -> EventKind {
        match s {
            "status" => EventKind::Status,
            "flow" => EventKind::Flow,
            _ => EventKind::Recording,
        }
    }
}

/// How the call connected, in the words HR reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Connection {
    /// Answered by a person.
    Person,
    /// Answered by a machine (voicemail, fax).
    Voicemail,
    Busy,
    NoAnswer,
    Failed,
    Canceled,
}

impl Connection {
    pub fn as_str(self) -> &'static str {
        match self {
            Connection::Person => "person",
            Connection::Voicemail => "voicemail",
            Connection::Busy => "busy",
            Connection::NoAnswer => "no-answer",
            Connection::Failed => "failed",
            Connection::Canceled => "canceled",
        }
    }

    pub fn parse(s: &str) -> Option<Connection> {
        Some(match s {
            "person" => Connection::Person,
            "voicemail" => Connection::Voicemail,
            "busy" => Connection::Busy,
            "no-answer" => Connection::NoAnswer,
            "failed" => Connection::Failed,
            "canceled" => Connection::Canceled,
            _ => return None,
        })
    }
}

/// Where a stage began, as seen by this service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageMark {
    pub stage: String,
    pub received_at: i64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Measures {
    pub status: Option<CallStatus>,
    pub connection: Option<Connection>,
    pub ringing_at: Option<i64>,
    pub answered_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub ringing_received_at: Option<i64>,
    pub answered_received_at: Option<i64>,
    pub ended_received_at: Option<i64>,
    pub answer_latency_ms: Option<i64>,
    pub receipt_latency_ms: Option<i64>,
    pub ring_count: Option<i64>,
    pub answered_by: Option<String>,
    pub sip_response_code: Option<i64>,
    pub duration_s: Option<i64>,
    pub stage_marks: Vec<StageMark>,
}

/// Rings heard in `latency_ms`: the first ring starts at once, so any
/// answer inside the first cycle is one ring.
pub fn ring_count(latency_ms: i64, ring_cycle_ms: i64) -> i64 {
    if ring_cycle_ms <= 0 {
        return 0;
    }
    ((latency_ms.max(0) + ring_cycle_ms - 1) / ring_cycle_ms).max(1)
}

fn is_machine(answered_by: &str) -> bool {
    answered_by.starts_with("machine") || answered_by == "fax"
}

pub fn derive(events: &[EventFacts], ring_cycle_ms: i64) -> Measures {
    let mut status_events: Vec<&EventFacts> = events
        .iter()
        .filter(|e| e.kind == EventKind::Status && e.status.is_some())
        .collect();
    // The carrier's sequence, not arrival, orders a call's life.
    status_events.sort_by_key(|e| {
        (
            e.sequence_number.unwrap_or(i64::MAX),
            e.status.map(|s| s.rank()),
        )
    });

    let mut m = Measures::default();
    for e in &status_events {
        let status = e.status.expect("filtered to events with a status");
        if m.status.is_none_or(|s| status.rank() > s.rank()) {
            m.status = Some(status);
        }
        match status {
            CallStatus::Ringing => {
                m.ringing_at = m.ringing_at.or(e.carrier_at);
                m.ringing_received_at = m.ringing_received_at.or(Some(e.received_at));
            }
            CallStatus::InProgress => {
                m.answered_at = m.answered_at.or(e.carrier_at);
                m.answered_received_at = m.answered_received_at.or(Some(e.received_at));
            }
            s if s.is_final() => {
                m.ended_at = m.ended_at.or(e.carrier_at);
                m.ended_received_at = m.ended_received_at.or(Some(e.received_at));
                m.duration_s = m.duration_s.or(e.duration_s);
                m.sip_response_code = m.sip_response_code.or(e.sip_response_code);
            }
            _ => {}
        }
        if let Some(by) = &e.answered_by {
            m.answered_by = Some(by.clone());
        }
    }

    if let (Some(ring), Some(answer)) = (m.ringing_at, m.answered_at) {
        m.answer_latency_ms = Some(answer - ring);
    }
    if let (Some(ring), Some(answer)) = (m.ringing_received_at, m.answered_received_at) {
        m.receipt_latency_ms = Some(answer - ring);
    }
    m.ring_count = match (m.answer_latency_ms, m.ringing_at, m.ended_at) {
        (Some(latency), _, _) => Some(ring_count(latency, ring_cycle_ms)),
        // A line that rang out: how long it rang.
        (None, Some(ring), Some(end)) if m.status == Some(CallStatus::NoAnswer) => {
            Some(ring_count(end - ring, ring_cycle_ms))
        }
        _ => None,
    };

    m.connection = m.status.filter(|s| s.is_final()).map(|s| match s {
        CallStatus::Completed if m.answered_by.as_deref().is_some_and(is_machine) => {
            Connection::Voicemail
        }
        CallStatus::Completed => Connection::Person,
        CallStatus::Busy => Connection::Busy,
        CallStatus::NoAnswer => Connection::NoAnswer,
        CallStatus::Canceled => Connection::Canceled,
        _ => Connection::Failed,
    });

    let mut marks: Vec<StageMark> = events
        .iter()
        .filter(|e| e.kind == EventKind::Flow)
        .filter_map(|e| {
            e.stage.as_ref().map(|stage| StageMark {
                stage: stage.clone(),
                received_at: e.received_at,
            })
        })
        .collect();
    marks.sort_by_key(|m| m.received_at);
    marks.dedup_by(|later, earlier| later.stage == earlier.stage);
    m.stage_marks = marks;
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(seq: i64, s: CallStatus, at_s: i64, received: i64) -> EventFacts {
        EventFacts {
            kind: EventKind::Status,
            sequence_number: Some(seq),
            status: Some(s),
            carrier_at: Some(at_s * 1000),
            received_at: received,
            answered_by: None,
            duration_s: None,
            sip_response_code: None,
            stage: None,
        }
    }

    fn answered_call() -> Vec<EventFacts> {
        let mut completed = status(3, CallStatus::Completed, 40, 4_000);
        completed.duration_s = Some(30);
        completed.sip_response_code = Some(200);
        vec![
            status(0, CallStatus::Initiated, 0, 1_000),
            status(1, CallStatus::Ringing, 1, 2_000),
            status(2, CallStatus::InProgress, 10, 3_000),
            completed,
        ]
    }

    #[test]
    fn ring_count_counts_started_rings() {
        assert_eq!(ring_count(0, 3_000), 1);
        assert_eq!(ring_count(3_000, 3_000), 1);
        assert_eq!(ring_count(3_001, 3_000), 2);
        assert_eq!(ring_count(9_000, 3_000), 3);
        assert_eq!(ring_count(9_000, 6_000), 2);
    }

    #[test]
    fn latency_comes_from_carrier_timestamps() {
        let m = derive(&answered_call(), 3_000);
        assert_eq!(m.answer_latency_ms, Some(9_000));
        assert_eq!(m.ring_count, Some(3));
        assert_eq!(m.receipt_latency_ms, Some(1_000));
        assert_eq!(m.status, Some(CallStatus::Completed));
        assert_eq!(m.connection, Some(Connection::Person));
        assert_eq!(m.duration_s, Some(30));
    }

    #[test]
    fn order_and_duplicates_do_not_change_the_result() {
        let ordered = derive(&answered_call(), 3_000);
        let mut shuffled = answered_call();
        shuffled.reverse();
        shuffled.push(shuffled[1].clone());
        shuffled.swap(0, 2);
        assert_eq!(derive(&shuffled, 3_000), ordered);
    }

    #[test]
    fn status_never_moves_backward() {
        let mut events = answered_call();
        events.truncate(3);
        let late_ringing = events.remove(1);
        let before = derive(&events, 3_000);
        assert_eq!(before.status, Some(CallStatus::InProgress));
        events.push(late_ringing);
        let after = derive(&events, 3_000);
        assert_eq!(after.status, Some(CallStatus::InProgress));
        assert_eq!(after.answer_latency_ms, Some(9_000));
    }

    #[test]
    fn a_machine_answer_is_voicemail() {
        let mut events = answered_call();
        events[2].answered_by = Some("machine_end_beep".into());
        assert_eq!(
            derive(&events, 3_000).connection,
            Some(Connection::Voicemail)
        );
        events[2].answered_by = Some("human".into());
        assert_eq!(derive(&events, 3_000).connection, Some(Connection::Person));
    }

    #[test]
    fn an_unanswered_line_reports_how_long_it_rang() {
        let events = vec![
            status(0, CallStatus::Ringing, 1, 1),
            status(1, CallStatus::NoAnswer, 31, 2),
        ];
        let m = derive(&events, 6_000);
        assert_eq!(m.connection, Some(Connection::NoAnswer));
        assert_eq!(m.answer_latency_ms, None);
        assert_eq!(m.ring_count, Some(5));
    }
}
