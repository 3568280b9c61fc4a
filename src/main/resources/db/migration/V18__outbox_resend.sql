-- A letter sent again (org.foiflow.inbound.Resend: it bounced, and the requester corrected the
-- authority's address) is a new outbox row beside the first: same process instance, kind and due
-- date, the next edition. The first keeps edition 0, so writing a step's email again still finds it.
ALTER TABLE mail_outbox ADD COLUMN edition INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE mail_outbox DROP CONSTRAINT uq_mail_outbox_once;
ALTER TABLE mail_outbox ADD CONSTRAINT uq_mail_outbox_once UNIQUE (process_instance_id, kind, due_date, edition);
