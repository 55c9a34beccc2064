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
-- A passkey ceremony under way: the challenge sent to the browser and
-- webauthn-rs's state for checking its answer. `binder` is a digest of the
-- browser's CSRF token, so only the browser that asked can answer;
-- `account_id` is the account adding a passkey (0 for a login). A row is
-- deleted as it is answered, so it works once, and ignored (then swept)
-- after five minutes.
CREATE TABLE passkey_challenge (
    challenge   TEXT    PRIMARY KEY,
    binder      TEXT    NOT NULL,
    account_id  BIGINT  NOT NULL,
    state       TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);
CREATE INDEX passkey_challenge_created ON passkey_challenge (created_at);
