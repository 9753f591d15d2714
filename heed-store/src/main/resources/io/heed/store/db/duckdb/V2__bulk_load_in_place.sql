-- Bulk file loads write every row of a file straight into events once, then move rejected rows to quarantine
-- and delete them and any duplicates in the same transaction: one write of the data instead of two. The two
-- columns below exist only inside that transaction; committed rows always have them NULL (free when compressed).
ALTER TABLE events ADD COLUMN reject_reason VARCHAR;
ALTER TABLE events ADD COLUMN reject_raw VARCHAR;
ALTER TABLE events ALTER COLUMN event_type DROP NOT NULL;
ALTER TABLE events ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE events ALTER COLUMN ts DROP NOT NULL;
