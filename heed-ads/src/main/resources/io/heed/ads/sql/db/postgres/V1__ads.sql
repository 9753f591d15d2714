-- Heed ads schema v1 (PostgreSQL): ad delivery. Entities are upserted by id; list fields are '|'-joined; frequency caps
-- are 'max@seconds' joined by '|'. The auction log and spend rows are appended, never updated.
CREATE TABLE ad_advertisers (
  advertiser_id TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  status        TEXT NOT NULL,
  updated_at    TIMESTAMP NOT NULL
);
CREATE TABLE ad_campaigns (
  campaign_id   TEXT PRIMARY KEY,
  advertiser_id TEXT NOT NULL,
  name          TEXT NOT NULL,
  status        TEXT NOT NULL,
  pricing       TEXT NOT NULL,
  bid           DOUBLE PRECISION NOT NULL,
  total_budget  DOUBLE PRECISION NOT NULL,
  daily_budget  DOUBLE PRECISION NOT NULL,
  start_at      TIMESTAMP NOT NULL,
  end_at        TIMESTAMP NOT NULL,
  hours_mask    INTEGER NOT NULL,
  personas      TEXT NOT NULL,
  segments      TEXT NOT NULL,
  contexts      TEXT NOT NULL,
  geos          TEXT NOT NULL,
  devices       TEXT NOT NULL,
  frequency_caps TEXT NOT NULL,
  updated_at    TIMESTAMP NOT NULL
);
CREATE TABLE ad_creatives (
  creative_id     TEXT PRIMARY KEY,
  campaign_id     TEXT NOT NULL,
  format          TEXT NOT NULL,
  width           INTEGER NOT NULL,
  height          INTEGER NOT NULL,
  landing_url     TEXT,
  landing_item_id TEXT,
  status          TEXT NOT NULL,
  quality         DOUBLE PRECISION NOT NULL,
  updated_at      TIMESTAMP NOT NULL
);
CREATE TABLE ad_placements (
  placement_id TEXT PRIMARY KEY,
  format       TEXT NOT NULL,
  width        INTEGER NOT NULL,
  height       INTEGER NOT NULL,
  slots        INTEGER NOT NULL,
  floor_cpm    DOUBLE PRECISION NOT NULL,
  updated_at   TIMESTAMP NOT NULL
);
CREATE TABLE ad_api_keys (
  key_hash   TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  role       TEXT NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE TABLE ad_settings (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE ad_auctions (
  decision_id  TEXT NOT NULL,
  request_id   TEXT NOT NULL,
  placement_id TEXT NOT NULL,
  ts           TIMESTAMP NOT NULL,
  floor_cpm    DOUBLE PRECISION NOT NULL,
  personalised BOOLEAN NOT NULL,
  user_id      TEXT,
  persona      TEXT,
  problem      TEXT,
  candidates_n INTEGER NOT NULL,
  candidates   TEXT NOT NULL,
  winners      TEXT NOT NULL
);
CREATE TABLE ad_spend (
  decision_id TEXT NOT NULL,
  campaign_id TEXT NOT NULL,
  ts          TIMESTAMP NOT NULL,
  kind        TEXT NOT NULL,
  micros      BIGINT NOT NULL
);
