-- A SQLite primary key that is not an INTEGER rowid takes NULL unless it
-- says NOT NULL (a quirk SQLite keeps for old databases); PostgreSQL's
-- primary keys never do. Sessions and login throttles are rebuilt with
-- NOT NULL keys, as PostgreSQL has them. A row whose key is NULL could
-- never be looked up, so it is not carried over. No table refers to these
-- two, so they can be dropped and renamed in place.

CREATE TABLE sessions_rebuilt (
    id TEXT NOT NULL PRIMARY KEY,
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
INSERT INTO sessions_rebuilt (id, user_id, data, expires_at)
SELECT id, user_id, data, expires_at FROM sessions WHERE id IS NOT NULL;
DROP TABLE sessions;
ALTER TABLE sessions_rebuilt RENAME TO sessions;
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE login_throttle_rebuilt (
    throttle_key TEXT NOT NULL PRIMARY KEY,
    failures BIGINT NOT NULL,
    window_started_at BIGINT NOT NULL,
    locked_until BIGINT
);
INSERT INTO login_throttle_rebuilt (throttle_key, failures, window_started_at, locked_until)
SELECT throttle_key, failures, window_started_at, locked_until FROM login_throttle
WHERE throttle_key IS NOT NULL;
DROP TABLE login_throttle;
ALTER TABLE login_throttle_rebuilt RENAME TO login_throttle;
