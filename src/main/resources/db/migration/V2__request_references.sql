-- One counter per year for the human request references FOI-YYYY-NNNN.
CREATE TABLE request_reference (
  reference_year INTEGER NOT NULL PRIMARY KEY,
  last_number    INTEGER NOT NULL
);
