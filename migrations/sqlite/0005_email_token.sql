-- Emailed links (verify, reset, email change). Only a SHA-256 of the token is
-- stored; each is single use (used_at), expires, and is bound to a purpose.
CREATE TABLE email_token (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    TEXT   NOT NULL CHECK (purpose IN ('verify', 'reset', 'email_change')),
    token_hash TEXT   NOT NULL UNIQUE,
    new_email  TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX email_token_account ON email_token (account_id, purpose);
