-- Scheduled backups (QUILL_BACKUP_DIR): one row per run, so the admin
-- dashboard shows the last archive, its size and age, and a failure.
-- `slot` is the schedule's slot (ms) the run belongs to; `file` the
-- archive's name inside the backup folder; `error` is set when it failed.
CREATE TABLE backup_run (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    slot        BIGINT  NOT NULL,
    file        TEXT    NOT NULL,
    started_at  BIGINT  NOT NULL,
    finished_at BIGINT,
    bytes       BIGINT,
    error       TEXT
);
CREATE INDEX backup_run_started ON backup_run (started_at);
