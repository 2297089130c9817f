-- Staff absences (leave, sick leave, business trips, training): nobody is
-- called on a day they are away, and an evaluation call already made on
-- such a day is voided (kept and shown, counted nowhere).
CREATE TABLE staff_absences (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id BIGINT NOT NULL REFERENCES staff (id),
    -- The first and last day away, in the department's own calendar (YYYY-MM-DD)
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    -- leave, sick, trip, training or other
    kind TEXT NOT NULL,
    note TEXT,
    created_at BIGINT NOT NULL,
    UNIQUE (staff_id, first_day, last_day, kind)
);
CREATE INDEX staff_absences_days ON staff_absences (staff_id, first_day, last_day);

-- Why an evaluation was voided (its state is then 'void').
ALTER TABLE evaluations ADD COLUMN void_reason TEXT;
