-- HR results: where and when each evaluation counts (the staff member's
-- local day and department at the time of the call), every version of its
-- final score, disputes, and recordings HR marks as examples to share.

ALTER TABLE evaluations ADD COLUMN local_date TEXT;
ALTER TABLE evaluations ADD COLUMN department_id BIGINT REFERENCES departments (id);
-- The current version in score_versions; 0 until the score is final.
ALTER TABLE evaluations ADD COLUMN final_version BIGINT NOT NULL DEFAULT 0;
-- Set when a dispute about it is resolved: no further dispute.
ALTER TABLE evaluations ADD COLUMN locked_at BIGINT;

UPDATE evaluations SET
    local_date = (SELECT c.local_date FROM calls c WHERE c.id = evaluations.call_id),
    department_id = (SELECT s.department_id FROM staff s WHERE s.id = evaluations.staff_id);

-- Rankings read only these columns: the index answers them without the table.
CREATE INDEX evaluations_results ON evaluations (state, local_date, department_id, staff_id, final_total, campaign_id);
CREATE INDEX evaluations_staff_day ON evaluations (staff_id, local_date);

CREATE TABLE score_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    version BIGINT NOT NULL,
    total DOUBLE PRECISION NOT NULL,
    band TEXT NOT NULL,
    -- JSON: [{"stage_key": …, "score": 0..100 or null}]
    stages TEXT NOT NULL,
    -- JSON: {"item_key": share of the item's weight earned, 0..1, or null for not applicable}
    items TEXT NOT NULL,
    -- auto, single, mean, adjudicated, dispute
    source TEXT NOT NULL,
    reason TEXT,
    changed_by TEXT NOT NULL,
    dispute_id BIGINT,
    at BIGINT NOT NULL,
    UNIQUE (evaluation_id, version)
);

CREATE TABLE disputes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    raised_by TEXT NOT NULL,
    raised_by_user_id BIGINT REFERENCES users (id),
    comment TEXT NOT NULL,
    -- JSON list of the item keys disputed
    items TEXT NOT NULL,
    -- open, accepted, partly_accepted, rejected
    state TEXT NOT NULL,
    reviewed_by TEXT,
    reviewed_by_user_id BIGINT REFERENCES users (id),
    resolution TEXT,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT
);
CREATE UNIQUE INDEX disputes_one_open ON disputes (evaluation_id) WHERE state = 'open';
CREATE INDEX disputes_state ON disputes (state, created_at);

CREATE TABLE shared_examples (
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    item_key TEXT NOT NULL,
    marked_by TEXT NOT NULL,
    marked_at BIGINT NOT NULL,
    PRIMARY KEY (evaluation_id, item_key)
);

-- Callbacks about one staff member, for their scorecard.
CREATE INDEX service_visits_staff ON service_visits (staff_id, visited_at);
