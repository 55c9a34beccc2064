-- Every admin and moderator action. The actor and target are copied in as
-- names (not foreign keys), so the record outlives the accounts it names,
-- and the table refuses updates and deletes: nothing, not even a bug in
-- the admin pages, can rewrite what happened.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    actor_id     BIGINT,
    actor_name   TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    target_kind  TEXT    NOT NULL,
    target_id    BIGINT,
    target_label TEXT    NOT NULL,
    reason       TEXT    NOT NULL DEFAULT '',
    created_at   BIGINT  NOT NULL
);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_actor ON audit_log (actor_name, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- The dashboard's per-day figures and the admin lists read by time.
CREATE INDEX account_created ON account (created_at);
CREATE INDEX post_created ON post (created_at);
CREATE INDEX comment_created ON comment (created_at);
