-- Blocking: the blocker no longer sees the blocked person, nor they the
-- blocker, and neither can reach the other. The blocked person is not told.
CREATE TABLE block (
    blocker_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    blocked_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
CREATE INDEX block_blocked ON block (blocked_id);

-- Leaving: an account its owner deleted is hidden at once (banned_at is set
-- with it, so every listing that hides the banned hides it) and erased at
-- erase_at unless the owner logs in and cancels.
ALTER TABLE account ADD COLUMN deactivated_at BIGINT;
ALTER TABLE account ADD COLUMN erase_at BIGINT;

-- What erasure keeps of a name: its hash, so nobody takes it over at once
-- and impersonates the person who left; nothing else about them.
CREATE TABLE erased_name (
    name_hash  TEXT   PRIMARY KEY,
    erased_at  BIGINT NOT NULL
);
