-- The few banned accounts, found without scanning every account: counting
-- visible posts (the API's articlesCount) subtracts their posts from the
-- table's total instead of checking every post's author.
CREATE INDEX account_banned ON account (id) WHERE banned_at IS NOT NULL;
