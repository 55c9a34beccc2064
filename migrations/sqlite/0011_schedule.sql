-- Periodic jobs: the next slot of each schedule. A worker that finds it due
-- moves it forward with a compare-and-set on next_at and enqueues the job in
-- the same transaction, so each slot is enqueued once however many workers
-- look, and slots missed while everything was down collapse into one.
CREATE TABLE schedule (
    name    TEXT   PRIMARY KEY,
    next_at BIGINT NOT NULL
);

-- One digest per person per period, whichever worker gets there first.
CREATE TABLE digest_sent (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    period     TEXT   NOT NULL,
    sent_at    BIGINT NOT NULL,
    PRIMARY KEY (account_id, period)
);
