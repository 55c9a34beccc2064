-- API tokens (`Authorization: Token …`): opaque random strings of which
-- only the SHA-256 is kept, so a leaked database holds no usable token.
-- Deleting a row revokes the token at once (unlike a JWT). `last_used_at`
-- is stamped at most every few minutes, and tokens unused for 90 days no
-- longer work.
CREATE TABLE api_token (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id   BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash   TEXT    NOT NULL UNIQUE,
    label        TEXT    NOT NULL DEFAULT '',
    created_at   BIGINT  NOT NULL,
    last_used_at BIGINT  NOT NULL
);
CREATE INDEX api_token_account ON api_token (account_id, id);
