-- Heed profiles schema v1 (PostgreSQL): the persona each user was last assigned, read by revenue reports by persona.
CREATE TABLE user_personas (
  tenant_id   VARCHAR NOT NULL,
  user_id     VARCHAR NOT NULL,
  persona     VARCHAR NOT NULL,
  assigned_at TIMESTAMP NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);
