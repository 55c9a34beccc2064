-- Uploaded pictures: three re-encoded files each (content-derived names
-- under QUILL_UPLOAD_DIR), owned by an account. Avatars and post images
-- point here; a file is deleted (by a job) once no row names it.
CREATE TABLE image (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id   BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    original   TEXT    NOT NULL,
    original_w BIGINT  NOT NULL,
    original_h BIGINT  NOT NULL,
    large      TEXT    NOT NULL,
    large_w    BIGINT  NOT NULL,
    large_h    BIGINT  NOT NULL,
    small      TEXT    NOT NULL,
    small_w    BIGINT  NOT NULL,
    small_h    BIGINT  NOT NULL,
    created_at BIGINT  NOT NULL
);
CREATE INDEX image_owner ON image (owner_id);

ALTER TABLE account ADD COLUMN avatar_id BIGINT REFERENCES image (id) ON DELETE SET NULL;
ALTER TABLE post ADD COLUMN image_id BIGINT REFERENCES image (id) ON DELETE SET NULL;
ALTER TABLE post ADD COLUMN image_alt TEXT NOT NULL DEFAULT '';
