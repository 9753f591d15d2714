-- Heed events schema v1 (PostgreSQL). (tenant_id, event_id) is the primary key: duplicates are ignored by ON CONFLICT.
CREATE SEQUENCE batch_seq START 1;
CREATE TABLE events (
  tenant_id    TEXT NOT NULL,
  event_id     TEXT NOT NULL,
  event_type   TEXT NOT NULL,
  user_id      TEXT NOT NULL,
  anonymous_id TEXT,
  item_id      TEXT,
  ad_id        TEXT,
  ts           TIMESTAMP NOT NULL,
  value        DOUBLE PRECISION,
  placement    TEXT,
  position     INTEGER,
  device       TEXT,
  platform     TEXT,
  geo          TEXT,
  session_id   TEXT,
  page         TEXT,
  attributes   TEXT,
  batch_id     BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, event_id)
);
CREATE TABLE quarantine (
  batch_id       BIGINT NOT NULL,
  source         TEXT,
  line_no        BIGINT,
  reason         TEXT NOT NULL,
  field          TEXT,
  message        TEXT,
  raw            TEXT,
  quarantined_at TIMESTAMP NOT NULL
);
CREATE TABLE ingest_batches (
  batch_id    BIGINT PRIMARY KEY,
  source      TEXT,
  format      TEXT,
  started_at  TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  rows_read   BIGINT,
  accepted    BIGINT,
  duplicates  BIGINT,
  quarantined BIGINT
);
CREATE TABLE identity_links (
  tenant_id    TEXT NOT NULL,
  anonymous_id TEXT NOT NULL,
  user_id      TEXT NOT NULL,
  linked_at    TIMESTAMP NOT NULL,
  batch_id     BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, anonymous_id)
);
CREATE TABLE users (
  tenant_id               TEXT NOT NULL,
  user_id                 TEXT NOT NULL,
  consent_personalisation BOOLEAN NOT NULL,
  consent_advertising     BOOLEAN NOT NULL,
  consent_measurement     BOOLEAN NOT NULL,
  created_at              TIMESTAMP,
  geo                     TEXT,
  PRIMARY KEY (tenant_id, user_id)
);
CREATE TABLE items (
  tenant_id   TEXT NOT NULL,
  item_id     TEXT NOT NULL,
  category    TEXT,
  tags        TEXT,
  price       DOUBLE PRECISION,
  title       TEXT,
  description TEXT,
  PRIMARY KEY (tenant_id, item_id)
);
CREATE TABLE ads (
  tenant_id       TEXT NOT NULL,
  ad_id           TEXT NOT NULL,
  advertiser_id   TEXT,
  campaign_id     TEXT,
  category        TEXT,
  format          TEXT,
  bid_cpm         DOUBLE PRECISION,
  landing_item_id TEXT,
  PRIMARY KEY (tenant_id, ad_id)
);
CREATE TABLE bot_users (
  tenant_id             TEXT NOT NULL,
  user_id               TEXT NOT NULL,
  rule                  TEXT NOT NULL,
  peak_per_minute       BIGINT NOT NULL,
  flagged_at            TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);
CREATE TABLE sessions (
  tenant_id  TEXT NOT NULL,
  user_id    TEXT NOT NULL,
  session_no BIGINT NOT NULL,
  started_at TIMESTAMP NOT NULL,
  ended_at   TIMESTAMP NOT NULL,
  events     BIGINT NOT NULL
);
-- Events of users not flagged as bots: what every later stage reads.
CREATE VIEW clean_events AS
  SELECT e.* FROM events e
  WHERE NOT EXISTS (SELECT 1 FROM bot_users b WHERE b.tenant_id = e.tenant_id AND b.user_id = e.user_id);
