-- Each user's own language (a BCP 47 tag such as ko or zh-Hans); NULL means
-- the browser's and then the centre's default decide.
ALTER TABLE users ADD COLUMN locale TEXT;
