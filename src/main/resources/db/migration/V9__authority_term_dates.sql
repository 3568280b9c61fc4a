-- A school's terms (issue 15, rule 7), first and last day of each, e.g.
-- "2025-09-03/2025-10-24; 2025-11-03/2025-12-19": UK_SCHOOL requests to it count its school days.
ALTER TABLE authority ADD COLUMN term_dates VARCHAR(2000);
