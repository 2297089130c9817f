-- The grading desk: senior graders, graders' submitted sheets, drafts,
-- releases, double grading, adjudication and final scores, and the
-- campaign's band thresholds.

ALTER TABLE users ADD COLUMN senior BIGINT NOT NULL DEFAULT 0;

ALTER TABLE campaigns ADD COLUMN band_excellent DOUBLE PRECISION NOT NULL DEFAULT 90;
ALTER TABLE campaigns ADD COLUMN band_good DOUBLE PRECISION NOT NULL DEFAULT 80;

-- Whether a second grader scores this call blind; decided when it is queued.
ALTER TABLE evaluations ADD COLUMN double_graded BIGINT NOT NULL DEFAULT 0;
ALTER TABLE evaluations ADD COLUMN final_total DOUBLE PRECISION;
ALTER TABLE evaluations ADD COLUMN final_band TEXT;
-- 'auto' (never reached a person), 'single', 'mean' (two graders agreed), 'adjudicated'
ALTER TABLE evaluations ADD COLUMN final_source TEXT;
ALTER TABLE evaluations ADD COLUMN finalized_at BIGINT;

ALTER TABLE grading_tasks ADD COLUMN claimed_by TEXT;
ALTER TABLE grading_tasks ADD COLUMN claimed_at BIGINT;
ALTER TABLE grading_tasks ADD COLUMN draft TEXT;

CREATE TABLE task_releases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id BIGINT NOT NULL REFERENCES grading_tasks (id),
    grader_key TEXT NOT NULL,
    reason TEXT NOT NULL,
    released_at BIGINT NOT NULL
);
CREATE INDEX task_releases_task ON task_releases (task_id, grader_key);

CREATE TABLE gradings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id BIGINT NOT NULL UNIQUE REFERENCES grading_tasks (id),
    evaluation_id BIGINT NOT NULL REFERENCES evaluations (id),
    kind TEXT NOT NULL,
    grader_key TEXT NOT NULL,
    grader_user_id BIGINT REFERENCES users (id),
    script_version TEXT NOT NULL,
    total DOUBLE PRECISION NOT NULL,
    band TEXT NOT NULL,
    -- JSON: stage scores and the critical items failed
    stage_scores TEXT NOT NULL,
    critical_failed TEXT NOT NULL,
    comment TEXT,
    claimed_at BIGINT,
    submitted_at BIGINT NOT NULL,
    UNIQUE (evaluation_id, grader_key)
);
CREATE INDEX gradings_grader ON gradings (grader_key);
