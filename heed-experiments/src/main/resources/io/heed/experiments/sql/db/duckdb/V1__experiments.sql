-- Heed experiments schema v1 (DuckDB): the experiment registry, its exposure log and the log of
-- challenger-promotion decisions.
CREATE TABLE experiments (
  tenant_id  VARCHAR NOT NULL,
  name       VARCHAR NOT NULL,
  salt       VARCHAR NOT NULL,
  control    VARCHAR NOT NULL,
  personas   VARCHAR,
  geos       VARCHAR,
  devices    VARCHAR,
  start_at   TIMESTAMP NOT NULL,
  stop_at    TIMESTAMP NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, name),
  UNIQUE (tenant_id, salt)
);
CREATE TABLE experiment_variants (
  tenant_id    VARCHAR NOT NULL,
  experiment   VARCHAR NOT NULL,
  ordinal      INTEGER NOT NULL,
  variant      VARCHAR NOT NULL,
  kind         VARCHAR NOT NULL,
  ref          VARCHAR NOT NULL,
  basis_points INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, experiment, variant)
);
CREATE TABLE experiment_exposures (
  tenant_id  VARCHAR NOT NULL,
  experiment VARCHAR NOT NULL,
  unit_id    VARCHAR NOT NULL,
  variant    VARCHAR NOT NULL,
  ts         TIMESTAMP NOT NULL
);
CREATE TABLE promotion_decisions (
  tenant_id     VARCHAR NOT NULL,
  decided_at    TIMESTAMP NOT NULL,
  champion      VARCHAR NOT NULL,
  challenger    VARCHAR NOT NULL,
  outcome       VARCHAR NOT NULL,
  reason        VARCHAR NOT NULL,
  evidence_kind VARCHAR NOT NULL,
  evidence      VARCHAR NOT NULL,
  estimate      DOUBLE,
  ci_low        DOUBLE,
  ci_high       DOUBLE,
  baseline      DOUBLE
);
