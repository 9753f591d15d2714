-- beta v1: refers to alpha table (alpha comes first)
CREATE TABLE b (id INTEGER);
CREATE VIEW ab AS SELECT a.id FROM a JOIN b ON a.id = b.id;
