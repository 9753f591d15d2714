-- Schema parity with DuckDB's V2 (there, bulk loads use these columns inside their transaction). PostgreSQL
-- loads go through a stage table, so here the columns stay NULL and the NOT NULL constraints stay.
ALTER TABLE events ADD COLUMN reject_reason TEXT;
ALTER TABLE events ADD COLUMN reject_raw TEXT;
