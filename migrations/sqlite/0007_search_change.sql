-- The search change log: a row per post whose search document must be
-- redone, written in the same transaction as the change. Each instance's
-- indexer applies it in order (see src/search/sync.rs). No foreign key: a
-- deleted post still needs its row, to remove the document.
CREATE TABLE search_change (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id    BIGINT  NOT NULL,
    created_at BIGINT  NOT NULL
);
CREATE INDEX search_change_created ON search_change (created_at);
