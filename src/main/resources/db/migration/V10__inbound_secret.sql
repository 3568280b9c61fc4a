-- The secret of the request reply addresses (org.foiflow.inbound.ReplyAddresses): made once, by the
-- first node that needs it, and the same on every node. The key allows a single row.
CREATE TABLE inbound_secret (
  id     INTEGER      NOT NULL PRIMARY KEY,
  secret VARCHAR(128) NOT NULL,
  CONSTRAINT ck_inbound_secret_one CHECK (id = 1)
);
