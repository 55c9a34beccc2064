-- Drafts and scheduled posts. A post is public once `published_at` is set;
-- until then it is a draft that only its author (and staff) can see.
-- Feeds order by `published_at`, so a draft published today comes out as
-- new whenever it was started. `publish_at` is a draft's scheduled time
-- (a job publishes it then), `publish_tz` the writer's browser offset
-- (getTimezoneOffset minutes) to show that time back as they typed it.
ALTER TABLE post ADD COLUMN published_at BIGINT;
ALTER TABLE post ADD COLUMN publish_at BIGINT;
ALTER TABLE post ADD COLUMN publish_tz BIGINT NOT NULL DEFAULT 0;
UPDATE post SET published_at = created_at;
CREATE INDEX post_published ON post (published_at, id);
CREATE INDEX post_author_published ON post (author_id, published_at);
-- Minutes to read (230 words a minute, at least 1), kept with the post so
-- feeds show it without reading bodies. Existing posts: words counted as
-- spaces plus one, near enough for a reading time.
ALTER TABLE post ADD COLUMN reading_minutes BIGINT NOT NULL DEFAULT 1;
UPDATE post SET reading_minutes = (LENGTH(body) - LENGTH(REPLACE(body, ' ', '')) + 1 + 229) / 230;
