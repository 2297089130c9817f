-- Customer-care callbacks: operators' own lines and centres, the
-- do-not-call list, the daily draws (with what was drawn and why), the
-- callbacks themselves and every attempt at them.

ALTER TABLE users ADD COLUMN phone TEXT;
ALTER TABLE users ADD COLUMN centre_id BIGINT REFERENCES centres (id);

ALTER TABLE calls ADD COLUMN callback_id BIGINT;

CREATE TABLE do_not_call (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    phone TEXT NOT NULL UNIQUE,
    reason TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at BIGINT NOT NULL
);

CREATE TABLE callback_draws (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    centre_id BIGINT NOT NULL REFERENCES centres (id),
    -- The centre's local date the draw is for
    day TEXT NOT NULL,
    ran_at BIGINT NOT NULL,
    seed BIGINT NOT NULL,
    target BIGINT NOT NULL,
    eligible_count BIGINT NOT NULL,
    drawn_count BIGINT NOT NULL,
    -- JSON: eligible visit ids, excluded ones with the reason, drawn ones in order
    explanation TEXT NOT NULL,
    UNIQUE (centre_id, day)
);

CREATE TABLE callbacks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draw_id BIGINT NOT NULL REFERENCES callback_draws (id),
    visit_id BIGINT NOT NULL UNIQUE REFERENCES service_visits (id),
    centre_id BIGINT NOT NULL REFERENCES centres (id),
    -- open: to be called; closed: an outcome was reached; unreachable: attempts used up
    state TEXT NOT NULL,
    outcome TEXT,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    last_attempt_at BIGINT,
    lease_owner TEXT,
    lease_until BIGINT,
    satisfaction_staff BIGINT,
    satisfaction_process BIGINT,
    satisfaction_overall BIGINT,
    comments TEXT,
    questions TEXT,
    suggestions TEXT,
    category TEXT,
    follow_up_needed BIGINT NOT NULL DEFAULT 0,
    follow_up_by TEXT,
    follow_up_done_at BIGINT,
    operator_user_id BIGINT REFERENCES users (id),
    completed_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX callbacks_queue ON callbacks (centre_id, state, next_attempt_at);

CREATE TABLE callback_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    callback_id BIGINT NOT NULL REFERENCES callbacks (id),
    operator_key TEXT NOT NULL,
    -- bridged (through the service) or other (logged by the operator)
    method TEXT NOT NULL,
    call_id BIGINT REFERENCES calls (id),
    outcome TEXT NOT NULL,
    call_back_at BIGINT,
    at BIGINT NOT NULL
);
CREATE INDEX callback_attempts_callback ON callback_attempts (callback_id);
