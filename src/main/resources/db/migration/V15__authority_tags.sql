-- Issue 18: groups of authorities for batch requests, and an FOI address only where a source says so.
-- An authority may now be listed without an address ("needs an address"): a batch leaves it out or
-- asks for one, and a single request gives the address on the form.
ALTER TABLE authority ALTER COLUMN foi_email DROP NOT NULL;
-- WhatDoTheyKnow's short name, e.g. "MPS".
ALTER TABLE authority ADD COLUMN short_name VARCHAR(200);
-- Lower-case tags, one space between them and one at each end (" police police-scotland "), so that
-- a tag is found with LIKE '% tag %' on H2 and PostgreSQL alike.
ALTER TABLE authority ADD COLUMN tags VARCHAR(1000);
-- Where the FOI address was read, and on which day: an address nobody can trace is not shipped.
ALTER TABLE authority ADD COLUMN email_source VARCHAR(500);
ALTER TABLE authority ADD COLUMN email_checked_on DATE;
