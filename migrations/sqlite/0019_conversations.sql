-- Conversations: a comment may answer another comment of the same post.
-- A deleted comment that has answers stays as a placeholder (deleted_at
-- set, its text gone) so the thread keeps its shape. Comments written from
-- now on are Markdown, rendered once when saved (body_html); older ones
-- have none and show as the plain text they were written as.
-- An account erased with its comments leaves their answers at the top.
ALTER TABLE comment ADD COLUMN parent_id BIGINT REFERENCES comment (id) ON DELETE SET NULL;
ALTER TABLE comment ADD COLUMN deleted_at BIGINT;
ALTER TABLE comment ADD COLUMN body_html TEXT;
CREATE INDEX comment_parent ON comment (parent_id);

-- Two new kinds: a reply to your comment, a mention of you. SQLite cannot
-- change a CHECK in place, so the table is rebuilt (nothing refers to it).
CREATE TABLE notification_new (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    receiver_id  BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    actor_id     BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    action       TEXT    NOT NULL CHECK (action IN ('follow', 'like', 'comment', 'reply', 'mention')),
    post_id      BIGINT  REFERENCES post (id) ON DELETE CASCADE,
    comment_id   BIGINT  REFERENCES comment (id) ON DELETE CASCADE,
    created_at   BIGINT  NOT NULL,
    read_at      BIGINT,
    retracted_at BIGINT,
    emailed_at   BIGINT
);
INSERT INTO notification_new (id, receiver_id, actor_id, action, post_id, comment_id, created_at, read_at, retracted_at, emailed_at)
    SELECT id, receiver_id, actor_id, action, post_id, comment_id, created_at, read_at, retracted_at, emailed_at FROM notification;
DROP TABLE notification;
ALTER TABLE notification_new RENAME TO notification;
CREATE INDEX notification_receiver ON notification (receiver_id, id);
CREATE INDEX notification_unread ON notification (receiver_id) WHERE read_at IS NULL AND retracted_at IS NULL;
CREATE INDEX notification_post ON notification (post_id);
CREATE INDEX notification_comment ON notification (comment_id);
CREATE UNIQUE INDEX notification_once ON notification (receiver_id, actor_id, action, COALESCE(post_id, 0)) WHERE action IN ('like', 'follow');
-- One mention notification per person per post or comment, ever: an edit
-- that keeps the name never tells them twice.
CREATE UNIQUE INDEX notification_mention_once ON notification (receiver_id, COALESCE(post_id, 0), COALESCE(comment_id, 0)) WHERE action = 'mention';

-- Replies and mentions are addressed to you, like comments: at once by default.
ALTER TABLE notification_pref ADD COLUMN reply TEXT NOT NULL DEFAULT 'instant' CHECK (reply IN ('instant', 'digest', 'off'));
ALTER TABLE notification_pref ADD COLUMN mention TEXT NOT NULL DEFAULT 'instant' CHECK (mention IN ('instant', 'digest', 'off'));
