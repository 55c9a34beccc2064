-- Each email-change request takes the next number; its mail job issues a
-- link only while its number is still the account's latest, so an older
-- request's job (retried after a failure, or run in parallel by another
-- worker) can never bring back a link the newer request voided.
ALTER TABLE account ADD COLUMN email_change_seq BIGINT NOT NULL DEFAULT 0;
