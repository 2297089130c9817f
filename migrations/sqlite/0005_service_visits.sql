-- Service visits: who used a service at a centre, the pool the daily
-- customer-care callbacks are drawn from. Citizens' names and numbers are
-- removed by retention; the rest stays for statistics.

CREATE TABLE service_visits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    external_id TEXT NOT NULL UNIQUE,
    centre_id BIGINT REFERENCES centres (id),
    citizen_name TEXT,
    -- E.164, or NULL when the number given could not be read
    phone TEXT,
    service TEXT NOT NULL,
    life_situation TEXT,
    department_id BIGINT REFERENCES departments (id),
    staff_id BIGINT REFERENCES staff (id),
    visited_at BIGINT NOT NULL,
    -- counter, phone or online
    channel TEXT NOT NULL,
    consented BIGINT NOT NULL,
    anonymised_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX service_visits_centre_time ON service_visits (centre_id, visited_at);
CREATE INDEX service_visits_phone ON service_visits (phone);
