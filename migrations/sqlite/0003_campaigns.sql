-- Evaluation campaigns, the exact script versions calls were made under,
-- evaluations with their item scores, and the graders' task queue.

CREATE TABLE script_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    script_id TEXT NOT NULL,
    version TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    first_seen_at BIGINT NOT NULL,
    UNIQUE (script_id, version)
);

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    state TEXT NOT NULL,
    -- JSON arrays
    script_ids TEXT NOT NULL,
    department_codes TEXT NOT NULL,
    grades TEXT NOT NULL,
    holidays TEXT NOT NULL,
    -- Dates YYYY-MM-DD and local times HH:MM
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    window_start TEXT NOT NULL,
    window_end TEXT NOT NULL,
    calls_per_staff BIGINT NOT NULL,
    seed BIGINT NOT NULL,
    planned_calls BIGINT NOT NULL DEFAULT 0,
    shortfall BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

ALTER TABLE calls ADD COLUMN campaign_id BIGINT REFERENCES campaigns (id);
ALTER TABLE calls ADD COLUMN staff_id BIGINT REFERENCES staff (id);
ALTER TABLE calls ADD COLUMN script_version TEXT;
-- The planned day in the department's own time zone: never two calls to one person on one day.
ALTER TABLE calls ADD COLUMN local_date TEXT;
CREATE INDEX calls_staff_day ON calls (staff_id, local_date);
CREATE INDEX calls_campaign ON calls (campaign_id, state);

CREATE TABLE evaluations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id BIGINT NOT NULL UNIQUE REFERENCES calls (id),
    campaign_id BIGINT REFERENCES campaigns (id),
    staff_id BIGINT REFERENCES staff (id),
    script_id TEXT NOT NULL,
    script_version TEXT NOT NULL,
    -- auto_scored: never reached a person, scored on the measurable items only;
    -- awaiting_recording, awaiting_grading, recording_unusable
    state TEXT NOT NULL,
    connection TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX evaluations_state ON evaluations (state);

CREATE TABLE item_scores (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    stage_key TEXT NOT NULL,
    item_key TEXT NOT NULL,
    value BIGINT,
    not_applicable BIGINT NOT NULL DEFAULT 0,
    -- 'auto' for measured items; a grader's own key otherwise
    scored_by TEXT NOT NULL,
    comment TEXT,
    created_at BIGINT NOT NULL,
    UNIQUE (evaluation_id, item_key, scored_by)
);

CREATE TABLE grading_tasks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (evaluation_id, kind)
);
CREATE INDEX grading_tasks_state ON grading_tasks (state, id);
