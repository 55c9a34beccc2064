-- The upload quota (QUILL_UPLOAD_QUOTA_MB) counts the bytes each account's
-- pictures take on disk: every image row carries the size of its files
-- (the original and both variants, a file shared by two variants once),
-- filled in when the row is inserted, and summed per owner.
--
-- Rows from before this migration start as NULL, which counts as 0, and the
-- `measure_images` job queued here fills them in from the files' sizes
-- (a missing file counts 0). Only queued when there is something to measure.
ALTER TABLE image ADD COLUMN bytes BIGINT;

INSERT INTO job (kind, payload, max_attempts, run_at, created_at)
SELECT 'measure_images', '{}', 8, 0, 0
WHERE EXISTS (SELECT 1 FROM image);
