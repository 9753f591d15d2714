-- alpha v3: a gap at 2 is allowed
CREATE VIEW a_view AS SELECT id FROM a;
