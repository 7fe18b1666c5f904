-- Attachment bytes sent with statements (multipart/mixed), by SHA-256 within a store: the same content sent
-- twice is kept once. Statements keep their attachment metadata in their JSON; GET ... attachments=true joins
-- them here by sha2.
CREATE TABLE lrs_attachment (
    store_id     UUID         NOT NULL REFERENCES lrs_store (id),
    sha2         VARCHAR(128) NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    content      BYTEA        NOT NULL,
    CONSTRAINT lrs_attachment_pk PRIMARY KEY (store_id, sha2)
);

-- Usages such as 'substatement.contextGroups.member' need more than 32 characters.
ALTER TABLE lrs_statement_agent ALTER COLUMN usage SET DATA TYPE VARCHAR(64);
ALTER TABLE lrs_statement_activity ALTER COLUMN usage SET DATA TYPE VARCHAR(64);

-- The statement a StatementRef object points to: filters also match a statement through its target (xAPI:
-- statements targeting a voided statement are still returned when the voided one would match).
ALTER TABLE lrs_statement ADD COLUMN ref_target UUID;
