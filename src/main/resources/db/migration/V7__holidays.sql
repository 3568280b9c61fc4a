-- The holidays the clock skips (issue 15, rule 13): the official UK list, seeded from
-- holidays/uk-bank-holidays.csv by HolidaySeed (V8), and what administrators add or remove at run
-- time through /api/holidays. official: from the shipped list, whose years per division are the
-- years the list alone decides (outside them the computed rules count too).
CREATE TABLE holiday (
  holiday_date DATE         NOT NULL,
  division     VARCHAR(20)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  official     BOOLEAN      NOT NULL,
  CONSTRAINT pk_holiday PRIMARY KEY (holiday_date, division)
);

-- One row: raised by every change, so every node sees that its copy of the list is stale.
CREATE TABLE holiday_change (
  id      INTEGER PRIMARY KEY,
  version BIGINT  NOT NULL
);

INSERT INTO holiday_change (id, version) VALUES (1, 0);
