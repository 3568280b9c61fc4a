-- One counter per year for batch references BATCH-YYYY-NNNN.
CREATE TABLE batch_reference (
  reference_year INTEGER NOT NULL PRIMARY KEY,
  last_number    INTEGER NOT NULL
);
