-- Filters match statements through the statement their StatementRef object targets: that second query starts
-- from the few statements that have a target.
CREATE INDEX lrs_statement_ref_target ON lrs_statement (store_id, ref_target);
