-- Heed events schema v1 (DuckDB). Events carry no primary key: DuckDB's ART index slows bulk loads and costs memory,
-- so uniqueness of (tenant_id, event_id) is enforced by the single writer's anti-join (see StageMerger).
CREATE SEQUENCE batch_seq START 1;
CREATE TABLE events (
  tenant_id    VARCHAR NOT NULL,
  event_id     VARCHAR NOT NULL,
  event_type   VARCHAR NOT NULL,
  user_id      VARCHAR NOT NULL,
  anonymous_id VARCHAR,
  item_id      VARCHAR,
  ad_id        VARCHAR,
  ts           TIMESTAMP NOT NULL,
  value        DOUBLE,
  placement    VARCHAR,
  position     INTEGER,
  device       VARCHAR,
  platform     VARCHAR,
  geo          VARCHAR,
  session_id   VARCHAR,
  page         VARCHAR,
  attributes   VARCHAR,
  batch_id     BIGINT NOT NULL
);
CREATE TABLE quarantine (
  batch_id       BIGINT NOT NULL,
  source         VARCHAR,
  line_no        BIGINT,
  reason         VARCHAR NOT NULL,
  field          VARCHAR,
  message        VARCHAR,
  raw            VARCHAR,
  quarantined_at TIMESTAMP NOT NULL
);
CREATE TABLE ingest_batches (
  batch_id    BIGINT PRIMARY KEY,
  source      VARCHAR,
  format      VARCHAR,
  started_at  TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  rows_read   BIGINT,
  accepted    BIGINT,
  duplicates  BIGINT,
  quarantined BIGINT
);
CREATE TABLE identity_links (
  tenant_id    VARCHAR NOT NULL,
  anonymous_id VARCHAR NOT NULL,
  user_id      VARCHAR NOT NULL,
  linked_at    TIMESTAMP NOT NULL,
  batch_id     BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, anonymous_id)
);
CREATE TABLE users (
  tenant_id               VARCHAR NOT NULL,
  user_id                 VARCHAR NOT NULL,
  consent_personalisation BOOLEAN NOT NULL,
  consent_advertising     BOOLEAN NOT NULL,
  consent_measurement     BOOLEAN NOT NULL,
  created_at              TIMESTAMP,
  geo                     VARCHAR,
  PRIMARY KEY (tenant_id, user_id)
);
CREATE TABLE items (
  tenant_id   VARCHAR NOT NULL,
  item_id     VARCHAR NOT NULL,
  category    VARCHAR,
  tags        VARCHAR,
  price       DOUBLE,
  title       VARCHAR,
  description VARCHAR,
  PRIMARY KEY (tenant_id, item_id)
);
CREATE TABLE ads (
  tenant_id       VARCHAR NOT NULL,
  ad_id           VARCHAR NOT NULL,
  advertiser_id   VARCHAR,
  campaign_id     VARCHAR,
  category        VARCHAR,
  format          VARCHAR,
  bid_cpm         DOUBLE,
  landing_item_id VARCHAR,
  PRIMARY KEY (tenant_id, ad_id)
);
CREATE TABLE bot_users (
  tenant_id             VARCHAR NOT NULL,
  user_id               VARCHAR NOT NULL,
  rule                  VARCHAR NOT NULL,
  peak_per_minute       BIGINT NOT NULL,
  flagged_at            TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);
CREATE TABLE sessions (
  tenant_id  VARCHAR NOT NULL,
  user_id    VARCHAR NOT NULL,
  session_no BIGINT NOT NULL,
  started_at TIMESTAMP NOT NULL,
  ended_at   TIMESTAMP NOT NULL,
  events     BIGINT NOT NULL
);
-- Events of users not flagged as bots: what every later stage reads.
CREATE VIEW clean_events AS
  SELECT e.* FROM events e
  WHERE NOT EXISTS (SELECT 1 FROM bot_users b WHERE b.tenant_id = e.tenant_id AND b.user_id = e.user_id);
