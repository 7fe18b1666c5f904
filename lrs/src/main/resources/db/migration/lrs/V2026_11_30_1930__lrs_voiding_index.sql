-- Whether a newly stored statement was voided before it arrived is a lookup by voiding target: without this
-- index every insert scanned the store's statements (found by the LRS benchmark: 197 statements/s).
CREATE INDEX lrs_statement_voiding_target ON lrs_statement (store_id, voiding_target);
