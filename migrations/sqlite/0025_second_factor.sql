-- A second factor: an authenticator app's RFC 6238 secret (base32) and the
-- last time step a code was accepted for, so a code works once. One row per
-- account that has it on; deleting the row turns it off.
CREATE TABLE second_factor (
    account_id  BIGINT  PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    totp_secret TEXT    NOT NULL,
    last_step   BIGINT  NOT NULL DEFAULT 0,
    enabled_at  BIGINT  NOT NULL
);
-- Single-use recovery codes, kept only as SHA-256 (they are random, so a
-- fast hash suffices); `used_at` marks the spent ones.
CREATE TABLE recovery_code (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash   TEXT    NOT NULL,
    used_at     BIGINT
);
CREATE INDEX recovery_code_account ON recovery_code (account_id);
