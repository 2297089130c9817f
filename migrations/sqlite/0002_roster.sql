-- The roster: centres (offices) with their time zone, departments with their
-- working hours, and staff with the line that evaluation calls go to.

CREATE TABLE centres (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- IANA time zone, e.g. Asia/Seoul
    time_zone TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE departments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    centre_id BIGINT NOT NULL REFERENCES centres (id),
    -- Working days as three-letter English day names, comma separated: mon,tue,wed,thu,fri
    work_days TEXT NOT NULL,
    -- Local times HH:MM in the centre's time zone
    work_start TEXT NOT NULL,
    work_end TEXT NOT NULL,
    lunch_start TEXT,
    lunch_end TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX departments_centre ON departments (centre_id);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    employee_no TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    department_id BIGINT NOT NULL REFERENCES departments (id),
    grade TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    -- E.164
    phone TEXT NOT NULL,
    active BIGINT NOT NULL DEFAULT 1,
    -- Whether evaluation calls may go to this person (Guri excluded field
    -- workers, drivers, switchboard operators and guards).
    eligible BIGINT NOT NULL DEFAULT 1,
    exclusion_reason TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX staff_department ON staff (department_id);
