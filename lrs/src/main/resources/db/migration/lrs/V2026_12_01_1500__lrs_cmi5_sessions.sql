-- cmi5 launch sessions (issue 6): each launch gets its own LRS credential (credential_id) that may only send
-- statements and use documents of this session: its actor, registration and AU (activity_id, LMS-generated). The
-- LRS keeps here what the cmi5 rules need: which cmi5-defined verbs the session used, whether it ended, and whether
-- the AU was completed, passed or failed in it (read per registration and AU for the "at most once" rules and by
-- the LMS for moveOn).
CREATE TABLE lrs_cmi5_session (
    credential_id     UUID          NOT NULL PRIMARY KEY REFERENCES lrs_credential (id),
    store_id          UUID          NOT NULL REFERENCES lrs_store (id),
    session_id        UUID          NOT NULL,
    registration      UUID          NOT NULL,
    activity_id       VARCHAR(2048) NOT NULL,
    publisher_id      VARCHAR(2048) NOT NULL,
    actor_ifi         VARCHAR(2100) NOT NULL,
    launch_mode       VARCHAR(10)   NOT NULL,
    mastery_score     VARCHAR(10),
    launched_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    initialized_at    TIMESTAMP WITH TIME ZONE,
    terminated_at     TIMESTAMP WITH TIME ZONE,
    abandoned_at      TIMESTAMP WITH TIME ZONE,
    last_statement_at TIMESTAMP WITH TIME ZONE,
    defined_verbs     VARCHAR(400)  NOT NULL,
    completed         BOOLEAN       NOT NULL DEFAULT FALSE,
    passed            BOOLEAN       NOT NULL DEFAULT FALSE,
    failed            BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT lrs_cmi5_session_id_unique UNIQUE (session_id)
);
CREATE INDEX lrs_cmi5_session_registration ON lrs_cmi5_session (store_id, registration);
