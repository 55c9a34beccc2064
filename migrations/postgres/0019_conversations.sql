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

-- Two new kinds: a reply to your comment, a mention of you.
ALTER TABLE notification DROP CONSTRAINT notification_action_check;
ALTER TABLE notification ADD CONSTRAINT notification_action_check
    CHECK (action IN ('follow', 'like', 'comment', 'reply', 'mention'));
-- One mention notification per person per post or comment, ever: an edit
-- that keeps the name never tells them twice.
CREATE UNIQUE INDEX notification_mention_once ON notification (receiver_id, COALESCE(post_id, 0), COALESCE(comment_id, 0)) WHERE action = 'mention';

-- Replies and mentions are addressed to you, like comments: at once by default.
ALTER TABLE notification_pref ADD COLUMN reply TEXT NOT NULL DEFAULT 'instant' CHECK (reply IN ('instant', 'digest', 'off'));
ALTER TABLE notification_pref ADD COLUMN mention TEXT NOT NULL DEFAULT 'instant' CHECK (mention IN ('instant', 'digest', 'off'));
