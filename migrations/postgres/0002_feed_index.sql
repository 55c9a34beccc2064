-- Feeds page through posts newest first with OFFSET; walking this narrow
-- index instead of the table (whose rows carry the body and its HTML) makes
-- deep pages about twice as cheap (bench/run.sh).
CREATE INDEX post_feed ON post (id, author_id);
