-- Each open FOI request with its current deadline, kept by org.foiflow.tracking.OpenRequestRegister
-- in the transaction that changes the request. The "FOI deadlines" list reads one page of it in
-- deadline order through the index; working every request's deadline out on each call took
-- seconds at 100,000 open requests. Rows for the requests already open when this table arrived
-- are added by the first start of this version (OpenRequestBackfill).
CREATE TABLE open_request (
    process_instance_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    process_definition_key VARCHAR(255) NOT NULL,
    reference              VARCHAR(255),
    -- The open task with the earliest deadline (its name), else the request's status code.
    stage                  VARCHAR(255),
    -- 1 when no deadline is known (neither a dated task nor statutoryDueDate): listed last.
    -- A column rather than NULLS LAST, which H2 and PostgreSQL index differently.
    undated                SMALLINT     NOT NULL,
    deadline               DATE
);

CREATE INDEX open_request_in_deadline_order
    ON open_request (process_definition_key, undated, deadline, reference, process_instance_id);
