-- When a comment's author last corrected it: the thread shows "edited".
ALTER TABLE comment ADD COLUMN edited_at BIGINT;
