-- Feeds show a plain-text excerpt of each post; computing it from Markdown at
-- write time instead of for every row of every feed page. Rows written before
-- this column are still excerpted on the fly (empty excerpt).
ALTER TABLE post ADD COLUMN excerpt TEXT NOT NULL DEFAULT '';
