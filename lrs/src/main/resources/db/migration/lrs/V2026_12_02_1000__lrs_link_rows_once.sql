-- Agent and activity filters are now driven by the link tables in page order (StatementRepository.queries): a
-- plain join of a link table with lrs_statement, read newest first along the lookup index and stopped when the
-- page is full. That needs each agent (by IFI) and each activity once per statement (StatementReferences):
-- direct when any of its mentions is direct. Existing rows are merged the same way (usage: one of its usages).
-- The lookup indexes end with direct, so the plain (direct only) filters are answered from the index; they also
-- serve the probe by statement (store, id, seq all given), so the by-statement indexes are gone. No foreign key to
-- lrs_statement: link rows are only written with their statement, in its transaction, and PostgreSQL checked the
-- key with one lookup per link row (six per statement of the benchmark). Statements are never deleted.
CREATE TABLE lrs_statement_agent_once (
    statement_seq BIGINT        NOT NULL,
    store_id      UUID          NOT NULL,
    ifi           VARCHAR(2100) NOT NULL,
    usage         VARCHAR(64)   NOT NULL,
    direct        BOOLEAN       NOT NULL
);
INSERT INTO lrs_statement_agent_once (statement_seq, store_id, ifi, usage, direct)
    SELECT statement_seq, store_id, ifi, MIN(usage), BOOL_OR(direct)
    FROM lrs_statement_agent GROUP BY statement_seq, store_id, ifi;
DROP TABLE lrs_statement_agent;
ALTER TABLE lrs_statement_agent_once RENAME TO lrs_statement_agent;
CREATE INDEX lrs_statement_agent_lookup ON lrs_statement_agent (store_id, ifi, statement_seq, direct);

CREATE TABLE lrs_statement_activity_once (
    statement_seq BIGINT        NOT NULL,
    store_id      UUID          NOT NULL,
    activity_id   VARCHAR(2048) NOT NULL,
    usage         VARCHAR(64)   NOT NULL,
    direct        BOOLEAN       NOT NULL
);
INSERT INTO lrs_statement_activity_once (statement_seq, store_id, activity_id, usage, direct)
    SELECT statement_seq, store_id, activity_id, MIN(usage), BOOL_OR(direct)
    FROM lrs_statement_activity GROUP BY statement_seq, store_id, activity_id;
DROP TABLE lrs_statement_activity;
ALTER TABLE lrs_statement_activity_once RENAME TO lrs_statement_activity;
CREATE INDEX lrs_statement_activity_lookup ON lrs_statement_activity (store_id, activity_id, statement_seq, direct);
