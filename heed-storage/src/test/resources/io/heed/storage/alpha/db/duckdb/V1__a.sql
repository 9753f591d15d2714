-- alpha v1
CREATE TABLE a (id INTEGER);
