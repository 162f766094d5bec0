-- The PostgreSQL peer of bench/peers.sh: the items table (PostgresTable names its columns), loaded
-- from ExportItems' items.csv on standard input, then indexed and analysed: psql -f postgres.sql < items.csv
\set ON_ERROR_STOP on
SET client_min_messages TO warning;
DROP TABLE IF EXISTS items;
CREATE TABLE items (
  id text PRIMARY KEY,
  meeting_id text NOT NULL,
  number int NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  decision text NOT NULL,
  committee text,
  region text[] NOT NULL,
  year text,
  person text[] NOT NULL,
  project text[] NOT NULL,
  outcome text,
  type text,
  meeting_date date,
  -- Weighted as our boosts rank fields: title A, decision B, body C (FieldWeights gives ts_rank_cd the matching weights).
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('danish', title), 'A') ||
    setweight(to_tsvector('danish', decision), 'B') ||
    setweight(to_tsvector('danish', body), 'C')) STORED
);
-- Without a column list COPY fills every column but the generated one; HEADER MATCH checks the order.
\copy items FROM pstdin WITH (FORMAT csv, HEADER match)
-- Indexes after the load: one build each instead of an update per row.
CREATE INDEX items_tsv ON items USING gin (tsv);
CREATE INDEX items_committee ON items (committee);
CREATE INDEX items_year ON items (year);
CREATE INDEX items_outcome ON items (outcome);
CREATE INDEX items_type ON items (type);
CREATE INDEX items_meeting_date ON items (meeting_date);
CREATE INDEX items_region ON items USING gin (region);
CREATE INDEX items_person ON items USING gin (person);
CREATE INDEX items_project ON items USING gin (project);
-- The planner prices @@ as a cheap operator, but on a table row it must detoast the whole tsvector,
-- while the GIN index answers plain words exactly without it: priced as it costs, a frequent word
-- also goes through the index (about 5x faster for the match behind the facet counts at 10k items).
ALTER FUNCTION ts_match_vq(tsvector, tsquery) COST 100;
VACUUM ANALYZE items;
