-- Passkeys (WebAuthn credentials). `credential_id` is the authenticator's
-- id for it (hex), unique across the site so one passkey can never
-- sign in to two accounts; `user_handle` is the random id the
-- authenticator stores for the account (the same for all of an account's
-- passkeys; never the account's number). `credential` is webauthn-rs's
-- record of the public key and signature counter, as JSON.
CREATE TABLE passkey (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id    BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    credential_id TEXT    NOT NULL UNIQUE,
    user_handle   TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    credential    TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    last_used_at  BIGINT
);
CREATE INDEX passkey_account ON passkey (account_id);
