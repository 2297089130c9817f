-- How a campaign's unanswered evaluation calls enter the combined score:
-- 'zero' (they count as a call scored 0), 'exclude' (left out: the combined
-- score is the courtesy score over answered calls) or 'connection' (they
-- count only on the connection items: as the share of a call that those
-- items weigh in the script, scored on them alone). Campaigns made before
-- the policy existed counted them as 0.
ALTER TABLE campaigns ADD COLUMN unanswered_policy TEXT NOT NULL DEFAULT 'zero';

-- The policy the evaluation was made under (its campaign's, at the time),
-- so that every page can name the policy that made its numbers.
ALTER TABLE evaluations ADD COLUMN unanswered_policy TEXT NOT NULL DEFAULT 'zero';

-- What one final evaluation weighs in the combined score: 1 for an answered
-- call; for an unanswered one, what its campaign's policy says (1, 0, or
-- the connection items' share of the script's weight).
ALTER TABLE evaluations ADD COLUMN counted_weight DOUBLE PRECISION NOT NULL DEFAULT 1;
