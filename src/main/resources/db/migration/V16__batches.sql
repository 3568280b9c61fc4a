-- Issue 18: a batch request, one request to many authorities, and its members. Each member is
-- its own foi-request; its row says which authority, when its letter goes, and, once started,
-- which process instance and reference it has. A chunk job starts the members without an instance
-- and records them in the same transaction, so a crash never starts a member twice.
CREATE TABLE batch_request (
    reference           VARCHAR(32)  NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    initiator           VARCHAR(128),
    subject             VARCHAR(200) NOT NULL,
    send_by             VARCHAR(16)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE batch_member (
    batch_reference     VARCHAR(32)  NOT NULL,
    position            INTEGER      NOT NULL,
    authority_name      VARCHAR(200) NOT NULL,
    authority_email     VARCHAR(254),
    regime              VARCHAR(32)  NOT NULL,
    process_instance_id VARCHAR(64),
    request_reference   VARCHAR(32),
    CONSTRAINT pk_batch_member PRIMARY KEY (batch_reference, position),
    CONSTRAINT fk_batch_member_batch FOREIGN KEY (batch_reference) REFERENCES batch_request (reference)
);
CREATE INDEX ix_batch_request_initiator ON batch_request (initiator);
