-- Notifications: receiver ← actor did action (follow, like, comment) on a
-- post/comment. One row per (receiver, actor, action, post) for likes and
-- follows, so a relike or refollow never notifies twice; an unread one that
-- its actor takes back is hidden (retracted_at), not deleted, for the same
-- reason. Deleting the post or comment deletes its notifications.
CREATE TABLE notification (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    receiver_id  BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    actor_id     BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    action       TEXT    NOT NULL CHECK (action IN ('follow', 'like', 'comment')),
    post_id      BIGINT  REFERENCES post (id) ON DELETE CASCADE,
    comment_id   BIGINT  REFERENCES comment (id) ON DELETE CASCADE,
    created_at   BIGINT  NOT NULL,
    read_at      BIGINT,
    retracted_at BIGINT
);
-- The list page (newest first) and the unread badge.
CREATE INDEX notification_receiver ON notification (receiver_id, id);
CREATE INDEX notification_unread ON notification (receiver_id) WHERE read_at IS NULL AND retracted_at IS NULL;
CREATE INDEX notification_post ON notification (post_id);
CREATE INDEX notification_comment ON notification (comment_id);
CREATE UNIQUE INDEX notification_once ON notification (receiver_id, actor_id, action, COALESCE(post_id, 0)) WHERE action IN ('like', 'follow');

-- How each kind reaches a person by email (the delayed-delivery issue uses it).
CREATE TABLE notification_pref (
    account_id       BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    follow           TEXT   NOT NULL DEFAULT 'instant' CHECK (follow IN ('instant', 'digest', 'off')),
    "like"           TEXT   NOT NULL DEFAULT 'instant' CHECK ("like" IN ('instant', 'digest', 'off')),
    comment          TEXT   NOT NULL DEFAULT 'instant' CHECK (comment IN ('instant', 'digest', 'off')),
    digest_frequency TEXT   NOT NULL DEFAULT 'daily' CHECK (digest_frequency IN ('daily', 'weekly'))
);
