-- Calls placed through the carrier, their raw webhook events, and recordings.
-- Times are integer milliseconds since the Unix epoch (UTC).

CREATE TABLE calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    purpose TEXT NOT NULL,
    script_id TEXT NOT NULL,
    to_number TEXT NOT NULL,
    from_number TEXT NOT NULL,
    state TEXT NOT NULL,
    due_at BIGINT,
    dial_started_at BIGINT,
    call_sid TEXT UNIQUE,
    status TEXT,
    connection TEXT,
    ringing_at BIGINT,
    answered_at BIGINT,
    ended_at BIGINT,
    ringing_received_at BIGINT,
    answered_received_at BIGINT,
    ended_received_at BIGINT,
    answer_latency_ms BIGINT,
    receipt_latency_ms BIGINT,
    ring_count BIGINT,
    answered_by TEXT,
    sip_response_code BIGINT,
    duration_s BIGINT,
    stage_marks TEXT NOT NULL DEFAULT '[]',
    error TEXT,
    lease_owner TEXT,
    lease_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX calls_state_due ON calls (state, due_at);
CREATE INDEX calls_to_number ON calls (to_number);

CREATE TABLE call_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    call_sid TEXT,
    sequence_number BIGINT,
    call_status TEXT,
    carrier_at BIGINT,
    received_at BIGINT NOT NULL,
    stage TEXT,
    params TEXT NOT NULL
);
CREATE INDEX call_events_call ON call_events (call_id, id);

CREATE TABLE recordings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    recording_sid TEXT NOT NULL UNIQUE,
    source TEXT,
    url TEXT NOT NULL,
    state TEXT NOT NULL,
    reported_duration_s BIGINT,
    channels BIGINT,
    started_at BIGINT,
    path TEXT,
    sha256 TEXT,
    size_bytes BIGINT,
    sample_rate BIGINT,
    duration_ms BIGINT,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    error TEXT,
    lease_owner TEXT,
    lease_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX recordings_state ON recordings (state, next_attempt_at);
CREATE INDEX recordings_call ON recordings (call_id);
