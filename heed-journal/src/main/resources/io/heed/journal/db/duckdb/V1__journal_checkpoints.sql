-- Heed journal schema v1: how far each lane of a local journal (the auction log's, written by serving before it answers)
-- has been loaded into the store. Written in the same transaction as the rows it covers, so that after a crash
-- every journal record is loaded exactly once. One row per lane; lanes of a process are forgotten once its
-- journal is loaded and deleted. (No key: DuckDB checks keys too eagerly for the delete-then-insert of a lane.)
CREATE TABLE journal_checkpoints (
  journal  VARCHAR NOT NULL,
  lane     VARCHAR NOT NULL,
  segment  BIGINT NOT NULL,
  position BIGINT NOT NULL
);
