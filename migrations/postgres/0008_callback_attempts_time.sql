-- The daily draw looks up the calls made within the cool-down period: by time.
CREATE INDEX callback_attempts_at ON callback_attempts (at);
