-- Reports: a logged-in person tells the moderators that a post, a comment
-- or a profile breaks the rules. The item is named by kind and id, not by
-- a foreign key, and its title, excerpt or username is copied in: a report
-- outlives what it names, so the queue's "Resolved" section still says
-- what was removed after the post itself is gone. The reporter's account
-- going takes their reports with it.
CREATE TABLE report (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    reporter_id   BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('post', 'comment', 'user')),
    target_id     BIGINT  NOT NULL,
    target_label  TEXT    NOT NULL,
    reason        TEXT    NOT NULL CHECK (reason IN ('spam', 'harassment', 'illegal', 'other')),
    details       TEXT    NOT NULL DEFAULT '',
    created_at    BIGINT  NOT NULL,
    -- Set together, by the one UPDATE that decides every open report of an
    -- item; the resolver's name is copied for the same reason as the label.
    resolved_at   BIGINT,
    resolved_by   BIGINT  REFERENCES account (id) ON DELETE SET NULL,
    resolver_name TEXT,
    resolution    TEXT    CHECK (resolution IN ('dismissed', 'removed', 'banned')),
    note          TEXT    NOT NULL DEFAULT ''
);
-- One report per person and item, ever: a repeat is not a second voice,
-- and the database says so (INSERT … ON CONFLICT DO NOTHING), not a
-- check-then-insert that two quick clicks could both pass.
CREATE UNIQUE INDEX report_once ON report (reporter_id, kind, target_id);
-- The queue groups the open reports by item, and a decision resolves them
-- by item: both read only this small part of the table.
CREATE INDEX report_open ON report (kind, target_id, created_at) WHERE resolved_at IS NULL;
CREATE INDEX report_resolved ON report (resolved_at) WHERE resolved_at IS NOT NULL;

-- Staff who want a mail when an item is first reported (set = since when;
-- a timestamp rather than a boolean, which sqlx's Any cannot read from
-- SQLite). Few accounts have it, so the partial index is tiny.
ALTER TABLE account ADD COLUMN report_mail_at BIGINT;
CREATE INDEX account_report_mail ON account (id) WHERE report_mail_at IS NOT NULL;
