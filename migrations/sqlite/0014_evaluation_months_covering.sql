-- A month's or a year's staff figures (the under-threshold list, staff
-- lines) read the combined-score sums of every staff member in the period,
-- grouped by person: an index in that order that holds those sums answers
-- from the index alone, in one pass, without visiting the wide rows of
-- evaluation_months one by one (which is what the planner did through the
-- primary key to keep the grouping order).

CREATE INDEX evaluation_months_staff ON evaluation_months
    (staff_id, month, department_id, n, weight, total, total_sq, threshold_sum);
