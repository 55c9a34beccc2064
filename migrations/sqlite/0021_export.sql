-- Data exports ("Download my data"): one row per zip built for an account.
-- The emailed link carries a random token; only its SHA-256 is kept here
-- (NULL until the mail job issues one). The zip lives at `file_path`,
-- relative to the data dir (never under the public upload dir). The link
-- works once (`downloaded_at`), until `expires_at` (24 h after it was
-- built); `file_removed_at` records that the sweep deleted the file.
CREATE TABLE data_export (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash      TEXT,
    file_path       TEXT    NOT NULL,
    bytes           BIGINT  NOT NULL DEFAULT 0,
    created_at      BIGINT  NOT NULL,
    expires_at      BIGINT  NOT NULL,
    downloaded_at   BIGINT,
    file_removed_at BIGINT
);
CREATE UNIQUE INDEX data_export_token ON data_export (token_hash);
CREATE INDEX data_export_account ON data_export (account_id);
CREATE INDEX data_export_expires ON data_export (expires_at);
