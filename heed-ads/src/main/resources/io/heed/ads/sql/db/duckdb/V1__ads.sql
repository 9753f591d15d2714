-- Heed ads schema v1 (DuckDB): ad delivery. Entities are upserted by id; list fields are '|'-joined; frequency caps
-- are 'max@seconds' joined by '|'. The auction log and spend rows are appended, never updated.
CREATE TABLE ad_advertisers (
  advertiser_id VARCHAR PRIMARY KEY,
  name          VARCHAR NOT NULL,
  status        VARCHAR NOT NULL,
  updated_at    TIMESTAMP NOT NULL
);
CREATE TABLE ad_campaigns (
  campaign_id   VARCHAR PRIMARY KEY,
  advertiser_id VARCHAR NOT NULL,
  name          VARCHAR NOT NULL,
  status        VARCHAR NOT NULL,
  pricing       VARCHAR NOT NULL,
  bid           DOUBLE NOT NULL,
  total_budget  DOUBLE NOT NULL,
  daily_budget  DOUBLE NOT NULL,
  start_at      TIMESTAMP NOT NULL,
  end_at        TIMESTAMP NOT NULL,
  hours_mask    INTEGER NOT NULL,
  personas      VARCHAR NOT NULL,
  segments      VARCHAR NOT NULL,
  contexts      VARCHAR NOT NULL,
  geos          VARCHAR NOT NULL,
  devices       VARCHAR NOT NULL,
  frequency_caps VARCHAR NOT NULL,
  updated_at    TIMESTAMP NOT NULL
);
CREATE TABLE ad_creatives (
  creative_id     VARCHAR PRIMARY KEY,
  campaign_id     VARCHAR NOT NULL,
  format          VARCHAR NOT NULL,
  width           INTEGER NOT NULL,
  height          INTEGER NOT NULL,
  landing_url     VARCHAR,
  landing_item_id VARCHAR,
  status          VARCHAR NOT NULL,
  quality         DOUBLE NOT NULL,
  updated_at      TIMESTAMP NOT NULL
);
CREATE TABLE ad_placements (
  placement_id VARCHAR PRIMARY KEY,
  format       VARCHAR NOT NULL,
  width        INTEGER NOT NULL,
  height       INTEGER NOT NULL,
  slots        INTEGER NOT NULL,
  floor_cpm    DOUBLE NOT NULL,
  updated_at   TIMESTAMP NOT NULL
);
CREATE TABLE ad_api_keys (
  key_hash   VARCHAR PRIMARY KEY,
  name       VARCHAR NOT NULL,
  role       VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE TABLE ad_settings (
  name  VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);
CREATE TABLE ad_auctions (
  decision_id  VARCHAR NOT NULL,
  request_id   VARCHAR NOT NULL,
  placement_id VARCHAR NOT NULL,
  ts           TIMESTAMP NOT NULL,
  floor_cpm    DOUBLE NOT NULL,
  personalised BOOLEAN NOT NULL,
  user_id      VARCHAR,
  persona      VARCHAR,
  problem      VARCHAR,
  candidates_n INTEGER NOT NULL,
  candidates   VARCHAR NOT NULL,
  winners      VARCHAR NOT NULL
);
CREATE TABLE ad_spend (
  decision_id VARCHAR NOT NULL,
  campaign_id VARCHAR NOT NULL,
  ts          TIMESTAMP NOT NULL,
  kind        VARCHAR NOT NULL,
  micros      BIGINT NOT NULL
);
