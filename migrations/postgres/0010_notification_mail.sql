-- Notification mail. A job may carry a key that only one pending job can
-- hold: the "instant" mail for a person is one pending job, and everything
-- that arrives before it runs goes into that one mail.
ALTER TABLE job ADD COLUMN unique_key TEXT;
CREATE UNIQUE INDEX job_unique_pending ON job (unique_key) WHERE state = 'pending';

-- When a notification went out by mail (instant or digest): never twice.
ALTER TABLE notification ADD COLUMN emailed_at BIGINT;
