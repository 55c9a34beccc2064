-- Quill's social core. Times are Unix milliseconds (BIGINT) and flags are
-- nullable timestamps, so the same SQL reads them on SQLite and PostgreSQL.

CREATE TABLE setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE account (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    username          TEXT    NOT NULL UNIQUE,
    email             TEXT    NOT NULL,
    email_key         TEXT    NOT NULL UNIQUE,  -- lowercased email: uniqueness ignoring case
    password_hash     TEXT    NOT NULL,
    display_name      TEXT    NOT NULL DEFAULT '',
    bio               TEXT    NOT NULL DEFAULT '',
    role              TEXT    NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'moderator', 'admin')),
    email_verified_at BIGINT,
    banned_at         BIGINT,
    ban_reason        TEXT,
    avatar            TEXT,
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL
);

CREATE TABLE session (
    id         TEXT   PRIMARY KEY,
    account_id BIGINT REFERENCES account (id) ON DELETE CASCADE,
    data       TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX session_account ON session (account_id);
CREATE INDEX session_expires ON session (expires_at);

CREATE TABLE post (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id   BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL,
    body_html   TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);
CREATE INDEX post_author ON post (author_id, id);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT    NOT NULL UNIQUE
);

CREATE TABLE post_tag (
    post_id BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    tag_id  BIGINT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tag_tag ON post_tag (tag_id, post_id);

CREATE TABLE follow (
    follower_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    followee_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (follower_id, followee_id),
    CHECK (follower_id <> followee_id)
);
CREATE INDEX follow_followee ON follow (followee_id);

CREATE TABLE post_like (
    post_id    BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, account_id)
);
CREATE INDEX post_like_account ON post_like (account_id);

CREATE TABLE comment (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id    BIGINT  NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    author_id  BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    created_at BIGINT  NOT NULL
);
CREATE INDEX comment_post ON comment (post_id, id);
CREATE INDEX comment_author ON comment (author_id);
