-- What the HR views read instead of every evaluation: per staff member,
-- department and month, the sums that rankings, staff lines and stars need.
-- Kept by triggers in the same transaction as every change to an
-- evaluation (creation, final score, re-score after a dispute, voiding), so
-- they can never disagree with the evaluations; built here from the
-- evaluations already stored. Evaluations without a staff member or a
-- department are not summed (the views never count them).
--
-- n, weight, total, total_sq: final evaluations counted in the combined
--   score (counted_weight > 0): how many, their weight, the weighted sum
--   and sum of squares of their totals; threshold_sum: the sum of their
--   campaigns' "good" thresholds (80 without a campaign).
-- bin0 … bin90: those evaluations by ten-point bin of the total (100 in 90).
-- calls, answered: evaluations of calls that reached the line (not voided,
--   not failed on our side), and those a person answered.
-- ring1 … ring10: answered calls by rings before the answer (10: ten or more).
-- courtesy_n, courtesy_total, courtesy_total_sq: final evaluations of
--   answered calls: how many, the sum and sum of squares of their totals.
-- policy_zero, policy_exclude, policy_connection: final evaluations by the
--   policy for unanswered calls they were made under (so that a page can
--   name the policies behind its numbers).

CREATE TABLE evaluation_months (
    staff_id BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    -- YYYY-MM of the staff member's local day of the call
    month TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    weight DOUBLE PRECISION NOT NULL DEFAULT 0,
    total DOUBLE PRECISION NOT NULL DEFAULT 0,
    total_sq DOUBLE PRECISION NOT NULL DEFAULT 0,
    threshold_sum DOUBLE PRECISION NOT NULL DEFAULT 0,
    bin0 BIGINT NOT NULL DEFAULT 0,
    bin10 BIGINT NOT NULL DEFAULT 0,
    bin20 BIGINT NOT NULL DEFAULT 0,
    bin30 BIGINT NOT NULL DEFAULT 0,
    bin40 BIGINT NOT NULL DEFAULT 0,
    bin50 BIGINT NOT NULL DEFAULT 0,
    bin60 BIGINT NOT NULL DEFAULT 0,
    bin70 BIGINT NOT NULL DEFAULT 0,
    bin80 BIGINT NOT NULL DEFAULT 0,
    bin90 BIGINT NOT NULL DEFAULT 0,
    calls BIGINT NOT NULL DEFAULT 0,
    answered BIGINT NOT NULL DEFAULT 0,
    ring1 BIGINT NOT NULL DEFAULT 0,
    ring2 BIGINT NOT NULL DEFAULT 0,
    ring3 BIGINT NOT NULL DEFAULT 0,
    ring4 BIGINT NOT NULL DEFAULT 0,
    ring5 BIGINT NOT NULL DEFAULT 0,
    ring6 BIGINT NOT NULL DEFAULT 0,
    ring7 BIGINT NOT NULL DEFAULT 0,
    ring8 BIGINT NOT NULL DEFAULT 0,
    ring9 BIGINT NOT NULL DEFAULT 0,
    ring10 BIGINT NOT NULL DEFAULT 0,
    courtesy_n BIGINT NOT NULL DEFAULT 0,
    courtesy_total DOUBLE PRECISION NOT NULL DEFAULT 0,
    courtesy_total_sq DOUBLE PRECISION NOT NULL DEFAULT 0,
    policy_zero BIGINT NOT NULL DEFAULT 0,
    policy_exclude BIGINT NOT NULL DEFAULT 0,
    policy_connection BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (staff_id, department_id, month)
);
CREATE INDEX evaluation_months_month ON evaluation_months (month, department_id);

-- The same sums per department and month (the staff members' rows added
-- up), kept by the same triggers: what department and centre views read.

CREATE TABLE department_months (
    department_id BIGINT NOT NULL,
    -- YYYY-MM of the staff member's local day of the call
    month TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    weight DOUBLE PRECISION NOT NULL DEFAULT 0,
    total DOUBLE PRECISION NOT NULL DEFAULT 0,
    total_sq DOUBLE PRECISION NOT NULL DEFAULT 0,
    threshold_sum DOUBLE PRECISION NOT NULL DEFAULT 0,
    bin0 BIGINT NOT NULL DEFAULT 0,
    bin10 BIGINT NOT NULL DEFAULT 0,
    bin20 BIGINT NOT NULL DEFAULT 0,
    bin30 BIGINT NOT NULL DEFAULT 0,
    bin40 BIGINT NOT NULL DEFAULT 0,
    bin50 BIGINT NOT NULL DEFAULT 0,
    bin60 BIGINT NOT NULL DEFAULT 0,
    bin70 BIGINT NOT NULL DEFAULT 0,
    bin80 BIGINT NOT NULL DEFAULT 0,
    bin90 BIGINT NOT NULL DEFAULT 0,
    calls BIGINT NOT NULL DEFAULT 0,
    answered BIGINT NOT NULL DEFAULT 0,
    ring1 BIGINT NOT NULL DEFAULT 0,
    ring2 BIGINT NOT NULL DEFAULT 0,
    ring3 BIGINT NOT NULL DEFAULT 0,
    ring4 BIGINT NOT NULL DEFAULT 0,
    ring5 BIGINT NOT NULL DEFAULT 0,
    ring6 BIGINT NOT NULL DEFAULT 0,
    ring7 BIGINT NOT NULL DEFAULT 0,
    ring8 BIGINT NOT NULL DEFAULT 0,
    ring9 BIGINT NOT NULL DEFAULT 0,
    ring10 BIGINT NOT NULL DEFAULT 0,
    courtesy_n BIGINT NOT NULL DEFAULT 0,
    courtesy_total DOUBLE PRECISION NOT NULL DEFAULT 0,
    courtesy_total_sq DOUBLE PRECISION NOT NULL DEFAULT 0,
    policy_zero BIGINT NOT NULL DEFAULT 0,
    policy_exclude BIGINT NOT NULL DEFAULT 0,
    policy_connection BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department_id)
);

CREATE FUNCTION evaluation_months_apply(r evaluations, sign INTEGER) RETURNS void AS $$
DECLARE
    band DOUBLE PRECISION;
    rings BIGINT;
BEGIN
    IF r.staff_id IS NULL OR r.department_id IS NULL THEN
        RETURN;
    END IF;
    SELECT band_good INTO band FROM campaigns WHERE id = r.campaign_id;
    SELECT ring_count INTO rings FROM calls WHERE id = r.call_id;
    INSERT INTO evaluation_months AS m (staff_id, department_id, month, n, weight, total, total_sq, threshold_sum, bin0, bin10, bin20, bin30, bin40, bin50, bin60, bin70, bin80, bin90, calls, answered, ring1, ring2, ring3, ring4, ring5, ring6, ring7, ring8, ring9, ring10, courtesy_n, courtesy_total, courtesy_total_sq, policy_zero, policy_exclude, policy_connection)
    VALUES (r.staff_id, r.department_id, substr(r.local_date, 1, 7),
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) THEN sign * r.counted_weight ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) THEN sign * r.counted_weight * r.final_total ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) THEN sign * r.counted_weight * r.final_total * r.final_total ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) THEN sign * COALESCE(band, 80.0) ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 0 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 10 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 20 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 30 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 40 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 50 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 60 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 70 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 80 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 90 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection IS NOT NULL AND r.connection NOT IN ('failed', 'canceled')) THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection IS NOT NULL AND r.connection NOT IN ('failed', 'canceled')) AND r.connection = 'person' THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 1 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 2 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 3 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 4 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 5 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 6 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 7 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 8 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 9 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings >= 10 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.connection = 'person' AND r.final_total IS NOT NULL) THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.connection = 'person' AND r.final_total IS NOT NULL) THEN sign * r.final_total ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.connection = 'person' AND r.final_total IS NOT NULL) THEN sign * r.final_total * r.final_total ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.final_total IS NOT NULL) AND r.unanswered_policy = 'zero' THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.final_total IS NOT NULL) AND r.unanswered_policy = 'exclude' THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.final_total IS NOT NULL) AND r.unanswered_policy = 'connection' THEN sign ELSE 0 END)
    ON CONFLICT (staff_id, department_id, month) DO UPDATE SET
        n = m.n + excluded.n,
        weight = m.weight + excluded.weight,
        total = m.total + excluded.total,
        total_sq = m.total_sq + excluded.total_sq,
        threshold_sum = m.threshold_sum + excluded.threshold_sum,
        bin0 = m.bin0 + excluded.bin0,
        bin10 = m.bin10 + excluded.bin10,
        bin20 = m.bin20 + excluded.bin20,
        bin30 = m.bin30 + excluded.bin30,
        bin40 = m.bin40 + excluded.bin40,
        bin50 = m.bin50 + excluded.bin50,
        bin60 = m.bin60 + excluded.bin60,
        bin70 = m.bin70 + excluded.bin70,
        bin80 = m.bin80 + excluded.bin80,
        bin90 = m.bin90 + excluded.bin90,
        calls = m.calls + excluded.calls,
        answered = m.answered + excluded.answered,
        ring1 = m.ring1 + excluded.ring1,
        ring2 = m.ring2 + excluded.ring2,
        ring3 = m.ring3 + excluded.ring3,
        ring4 = m.ring4 + excluded.ring4,
        ring5 = m.ring5 + excluded.ring5,
        ring6 = m.ring6 + excluded.ring6,
        ring7 = m.ring7 + excluded.ring7,
        ring8 = m.ring8 + excluded.ring8,
        ring9 = m.ring9 + excluded.ring9,
        ring10 = m.ring10 + excluded.ring10,
        courtesy_n = m.courtesy_n + excluded.courtesy_n,
        courtesy_total = m.courtesy_total + excluded.courtesy_total,
        courtesy_total_sq = m.courtesy_total_sq + excluded.courtesy_total_sq,
        policy_zero = m.policy_zero + excluded.policy_zero,
        policy_exclude = m.policy_exclude + excluded.policy_exclude,
        policy_connection = m.policy_connection + excluded.policy_connection;
    INSERT INTO department_months AS m (department_id, month, n, weight, total, total_sq, threshold_sum, bin0, bin10, bin20, bin30, bin40, bin50, bin60, bin70, bin80, bin90, calls, answered, ring1, ring2, ring3, ring4, ring5, ring6, ring7, ring8, ring9, ring10, courtesy_n, courtesy_total, courtesy_total_sq, policy_zero, policy_exclude, policy_connection)
    VALUES (r.department_id, substr(r.local_date, 1, 7),
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) THEN sign * r.counted_weight ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) THEN sign * r.counted_weight * r.final_total ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) THEN sign * r.counted_weight * r.final_total * r.final_total ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) THEN sign * COALESCE(band, 80.0) ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 0 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 10 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 20 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 30 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 40 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 50 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 60 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 70 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 80 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.counted_weight > 0 AND r.final_total IS NOT NULL) AND CASE WHEN r.final_total >= 90 THEN 90 WHEN r.final_total >= 80 THEN 80 WHEN r.final_total >= 70 THEN 70 WHEN r.final_total >= 60 THEN 60 WHEN r.final_total >= 50 THEN 50 WHEN r.final_total >= 40 THEN 40 WHEN r.final_total >= 30 THEN 30 WHEN r.final_total >= 20 THEN 20 WHEN r.final_total >= 10 THEN 10 ELSE 0 END = 90 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection IS NOT NULL AND r.connection NOT IN ('failed', 'canceled')) THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection IS NOT NULL AND r.connection NOT IN ('failed', 'canceled')) AND r.connection = 'person' THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 1 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 2 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 3 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 4 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 5 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 6 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 7 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 8 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings = 9 THEN sign ELSE 0 END,
        CASE WHEN (r.state <> 'void' AND r.connection = 'person') AND rings >= 10 THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.connection = 'person' AND r.final_total IS NOT NULL) THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.connection = 'person' AND r.final_total IS NOT NULL) THEN sign * r.final_total ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.connection = 'person' AND r.final_total IS NOT NULL) THEN sign * r.final_total * r.final_total ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.final_total IS NOT NULL) AND r.unanswered_policy = 'zero' THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.final_total IS NOT NULL) AND r.unanswered_policy = 'exclude' THEN sign ELSE 0 END,
        CASE WHEN (r.state = 'final' AND r.final_total IS NOT NULL) AND r.unanswered_policy = 'connection' THEN sign ELSE 0 END)
    ON CONFLICT (month, department_id) DO UPDATE SET
        n = m.n + excluded.n,
        weight = m.weight + excluded.weight,
        total = m.total + excluded.total,
        total_sq = m.total_sq + excluded.total_sq,
        threshold_sum = m.threshold_sum + excluded.threshold_sum,
        bin0 = m.bin0 + excluded.bin0,
        bin10 = m.bin10 + excluded.bin10,
        bin20 = m.bin20 + excluded.bin20,
        bin30 = m.bin30 + excluded.bin30,
        bin40 = m.bin40 + excluded.bin40,
        bin50 = m.bin50 + excluded.bin50,
        bin60 = m.bin60 + excluded.bin60,
        bin70 = m.bin70 + excluded.bin70,
        bin80 = m.bin80 + excluded.bin80,
        bin90 = m.bin90 + excluded.bin90,
        calls = m.calls + excluded.calls,
        answered = m.answered + excluded.answered,
        ring1 = m.ring1 + excluded.ring1,
        ring2 = m.ring2 + excluded.ring2,
        ring3 = m.ring3 + excluded.ring3,
        ring4 = m.ring4 + excluded.ring4,
        ring5 = m.ring5 + excluded.ring5,
        ring6 = m.ring6 + excluded.ring6,
        ring7 = m.ring7 + excluded.ring7,
        ring8 = m.ring8 + excluded.ring8,
        ring9 = m.ring9 + excluded.ring9,
        ring10 = m.ring10 + excluded.ring10,
        courtesy_n = m.courtesy_n + excluded.courtesy_n,
        courtesy_total = m.courtesy_total + excluded.courtesy_total,
        courtesy_total_sq = m.courtesy_total_sq + excluded.courtesy_total_sq,
        policy_zero = m.policy_zero + excluded.policy_zero,
        policy_exclude = m.policy_exclude + excluded.policy_exclude,
        policy_connection = m.policy_connection + excluded.policy_connection;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION evaluation_months_trigger() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' OR TG_OP = 'DELETE' THEN
        PERFORM evaluation_months_apply(OLD, -1);
    END IF;
    IF TG_OP = 'UPDATE' OR TG_OP = 'INSERT' THEN
        PERFORM evaluation_months_apply(NEW, 1);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER evaluation_months AFTER INSERT OR DELETE OR UPDATE OF state, connection, final_total, counted_weight, unanswered_policy, local_date, staff_id, department_id, campaign_id
    ON evaluations FOR EACH ROW EXECUTE FUNCTION evaluation_months_trigger();

INSERT INTO evaluation_months (staff_id, department_id, month, n, weight, total, total_sq, threshold_sum, bin0, bin10, bin20, bin30, bin40, bin50, bin60, bin70, bin80, bin90, calls, answered, ring1, ring2, ring3, ring4, ring5, ring6, ring7, ring8, ring9, ring10, courtesy_n, courtesy_total, courtesy_total_sq, policy_zero, policy_exclude, policy_connection)
SELECT e.staff_id, e.department_id, substr(e.local_date, 1, 7),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) THEN 1 * e.counted_weight ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) THEN 1 * e.counted_weight * e.final_total ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) THEN 1 * e.counted_weight * e.final_total * e.final_total ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) THEN 1 * COALESCE(c.band_good, 80.0) ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) AND CASE WHEN e.final_total >= 90 THEN 90 WHEN e.final_total >= 80 THEN 80 WHEN e.final_total >= 70 THEN 70 WHEN e.final_total >= 60 THEN 60 WHEN e.final_total >= 50 THEN 50 WHEN e.final_total >= 40 THEN 40 WHEN e.final_total >= 30 THEN 30 WHEN e.final_total >= 20 THEN 20 WHEN e.final_total >= 10 THEN 10 ELSE 0 END = 0 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) AND CASE WHEN e.final_total >= 90 THEN 90 WHEN e.final_total >= 80 THEN 80 WHEN e.final_total >= 70 THEN 70 WHEN e.final_total >= 60 THEN 60 WHEN e.final_total >= 50 THEN 50 WHEN e.final_total >= 40 THEN 40 WHEN e.final_total >= 30 THEN 30 WHEN e.final_total >= 20 THEN 20 WHEN e.final_total >= 10 THEN 10 ELSE 0 END = 10 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) AND CASE WHEN e.final_total >= 90 THEN 90 WHEN e.final_total >= 80 THEN 80 WHEN e.final_total >= 70 THEN 70 WHEN e.final_total >= 60 THEN 60 WHEN e.final_total >= 50 THEN 50 WHEN e.final_total >= 40 THEN 40 WHEN e.final_total >= 30 THEN 30 WHEN e.final_total >= 20 THEN 20 WHEN e.final_total >= 10 THEN 10 ELSE 0 END = 20 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) AND CASE WHEN e.final_total >= 90 THEN 90 WHEN e.final_total >= 80 THEN 80 WHEN e.final_total >= 70 THEN 70 WHEN e.final_total >= 60 THEN 60 WHEN e.final_total >= 50 THEN 50 WHEN e.final_total >= 40 THEN 40 WHEN e.final_total >= 30 THEN 30 WHEN e.final_total >= 20 THEN 20 WHEN e.final_total >= 10 THEN 10 ELSE 0 END = 30 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) AND CASE WHEN e.final_total >= 90 THEN 90 WHEN e.final_total >= 80 THEN 80 WHEN e.final_total >= 70 THEN 70 WHEN e.final_total >= 60 THEN 60 WHEN e.final_total >= 50 THEN 50 WHEN e.final_total >= 40 THEN 40 WHEN e.final_total >= 30 THEN 30 WHEN e.final_total >= 20 THEN 20 WHEN e.final_total >= 10 THEN 10 ELSE 0 END = 40 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) AND CASE WHEN e.final_total >= 90 THEN 90 WHEN e.final_total >= 80 THEN 80 WHEN e.final_total >= 70 THEN 70 WHEN e.final_total >= 60 THEN 60 WHEN e.final_total >= 50 THEN 50 WHEN e.final_total >= 40 THEN 40 WHEN e.final_total >= 30 THEN 30 WHEN e.final_total >= 20 THEN 20 WHEN e.final_total >= 10 THEN 10 ELSE 0 END = 50 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) AND CASE WHEN e.final_total >= 90 THEN 90 WHEN e.final_total >= 80 THEN 80 WHEN e.final_total >= 70 THEN 70 WHEN e.final_total >= 60 THEN 60 WHEN e.final_total >= 50 THEN 50 WHEN e.final_total >= 40 THEN 40 WHEN e.final_total >= 30 THEN 30 WHEN e.final_total >= 20 THEN 20 WHEN e.final_total >= 10 THEN 10 ELSE 0 END = 60 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) AND CASE WHEN e.final_total >= 90 THEN 90 WHEN e.final_total >= 80 THEN 80 WHEN e.final_total >= 70 THEN 70 WHEN e.final_total >= 60 THEN 60 WHEN e.final_total >= 50 THEN 50 WHEN e.final_total >= 40 THEN 40 WHEN e.final_total >= 30 THEN 30 WHEN e.final_total >= 20 THEN 20 WHEN e.final_total >= 10 THEN 10 ELSE 0 END = 70 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) AND CASE WHEN e.final_total >= 90 THEN 90 WHEN e.final_total >= 80 THEN 80 WHEN e.final_total >= 70 THEN 70 WHEN e.final_total >= 60 THEN 60 WHEN e.final_total >= 50 THEN 50 WHEN e.final_total >= 40 THEN 40 WHEN e.final_total >= 30 THEN 30 WHEN e.final_total >= 20 THEN 20 WHEN e.final_total >= 10 THEN 10 ELSE 0 END = 80 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.counted_weight > 0 AND e.final_total IS NOT NULL) AND CASE WHEN e.final_total >= 90 THEN 90 WHEN e.final_total >= 80 THEN 80 WHEN e.final_total >= 70 THEN 70 WHEN e.final_total >= 60 THEN 60 WHEN e.final_total >= 50 THEN 50 WHEN e.final_total >= 40 THEN 40 WHEN e.final_total >= 30 THEN 30 WHEN e.final_total >= 20 THEN 20 WHEN e.final_total >= 10 THEN 10 ELSE 0 END = 90 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection IS NOT NULL AND e.connection NOT IN ('failed', 'canceled')) THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection IS NOT NULL AND e.connection NOT IN ('failed', 'canceled')) AND e.connection = 'person' THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection = 'person') AND ca.ring_count = 1 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection = 'person') AND ca.ring_count = 2 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection = 'person') AND ca.ring_count = 3 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection = 'person') AND ca.ring_count = 4 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection = 'person') AND ca.ring_count = 5 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection = 'person') AND ca.ring_count = 6 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection = 'person') AND ca.ring_count = 7 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection = 'person') AND ca.ring_count = 8 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection = 'person') AND ca.ring_count = 9 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state <> 'void' AND e.connection = 'person') AND ca.ring_count >= 10 THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.connection = 'person' AND e.final_total IS NOT NULL) THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.connection = 'person' AND e.final_total IS NOT NULL) THEN 1 * e.final_total ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.connection = 'person' AND e.final_total IS NOT NULL) THEN 1 * e.final_total * e.final_total ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.final_total IS NOT NULL) AND e.unanswered_policy = 'zero' THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.final_total IS NOT NULL) AND e.unanswered_policy = 'exclude' THEN 1 ELSE 0 END),
    SUM(CASE WHEN (e.state = 'final' AND e.final_total IS NOT NULL) AND e.unanswered_policy = 'connection' THEN 1 ELSE 0 END)
FROM evaluations e LEFT JOIN campaigns c ON c.id = e.campaign_id LEFT JOIN calls ca ON ca.id = e.call_id
WHERE e.staff_id IS NOT NULL AND e.department_id IS NOT NULL
GROUP BY e.staff_id, e.department_id, substr(e.local_date, 1, 7);
INSERT INTO department_months (department_id, month, n, weight, total, total_sq, threshold_sum, bin0, bin10, bin20, bin30, bin40, bin50, bin60, bin70, bin80, bin90, calls, answered, ring1, ring2, ring3, ring4, ring5, ring6, ring7, ring8, ring9, ring10, courtesy_n, courtesy_total, courtesy_total_sq, policy_zero, policy_exclude, policy_connection)
SELECT department_id, month, SUM(n), SUM(weight), SUM(total), SUM(total_sq), SUM(threshold_sum), SUM(bin0), SUM(bin10), SUM(bin20), SUM(bin30), SUM(bin40), SUM(bin50), SUM(bin60), SUM(bin70), SUM(bin80), SUM(bin90), SUM(calls), SUM(answered), SUM(ring1), SUM(ring2), SUM(ring3), SUM(ring4), SUM(ring5), SUM(ring6), SUM(ring7), SUM(ring8), SUM(ring9), SUM(ring10), SUM(courtesy_n), SUM(courtesy_total), SUM(courtesy_total_sq), SUM(policy_zero), SUM(policy_exclude), SUM(policy_connection)
FROM evaluation_months GROUP BY department_id, month;
