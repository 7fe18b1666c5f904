-- The LMS side of cmi5 (issue 6): imported cmi5 courses with their blocks and AUs, learner registrations, launches
-- (one per AU session, with its one-time fetch token), waivers and the satisfied statements issued.

CREATE TABLE cmi5_course (
    id            UUID          NOT NULL PRIMARY KEY,
    publisher_id  VARCHAR(2048) NOT NULL,
    title         VARCHAR(2000) NOT NULL,
    description   TEXT          NOT NULL,
    store_id      UUID          NOT NULL,
    lms_key       VARCHAR(64)   NOT NULL,
    file_count    INTEGER       NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by   VARCHAR(200)  NOT NULL
);

CREATE TABLE cmi5_block (
    course_id     UUID          NOT NULL REFERENCES cmi5_course (id),
    position      INTEGER       NOT NULL,
    publisher_id  VARCHAR(2048) NOT NULL,
    title         VARCHAR(2000) NOT NULL,
    parent        INTEGER,
    PRIMARY KEY (course_id, position)
);

CREATE TABLE cmi5_au (
    course_id         UUID          NOT NULL REFERENCES cmi5_course (id),
    position          INTEGER       NOT NULL,
    publisher_id      VARCHAR(2048) NOT NULL,
    title             VARCHAR(2000) NOT NULL,
    url               VARCHAR(4000) NOT NULL,
    launch_method     VARCHAR(20)   NOT NULL,
    move_on           VARCHAR(20)   NOT NULL,
    mastery_score     VARCHAR(10),
    launch_parameters TEXT,
    entitlement_key   TEXT,
    activity_type     VARCHAR(2048),
    block             INTEGER,
    PRIMARY KEY (course_id, position)
);

-- One registration per learner (actor IFI) and course.
CREATE TABLE cmi5_registration (
    id          UUID          NOT NULL PRIMARY KEY,
    course_id   UUID          NOT NULL REFERENCES cmi5_course (id),
    actor_ifi   VARCHAR(2100) NOT NULL,
    actor_json  TEXT          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cmi5_registration_learner UNIQUE (course_id, actor_ifi)
);

-- One launch (AU session). fetch_secret holds the session credential's secret until the AU fetched it once.
CREATE TABLE cmi5_launch (
    session_id     UUID          NOT NULL PRIMARY KEY,
    registration   UUID          NOT NULL REFERENCES cmi5_registration (id),
    au             INTEGER       NOT NULL,
    launch_mode    VARCHAR(10)   NOT NULL,
    fetch_token    VARCHAR(64)   NOT NULL,
    credential_key VARCHAR(64)   NOT NULL,
    fetch_secret   VARCHAR(200),
    launched_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    fetched_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT cmi5_launch_fetch_token UNIQUE (fetch_token)
);
CREATE INDEX cmi5_launch_registration ON cmi5_launch (registration);

CREATE TABLE cmi5_waiver (
    registration UUID          NOT NULL REFERENCES cmi5_registration (id),
    au           INTEGER       NOT NULL,
    reason       VARCHAR(200)  NOT NULL,
    session_id   UUID          NOT NULL,
    waived_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (registration, au)
);

-- The satisfied statements issued (object: the LMS id of a block or of the course), at most one per object.
CREATE TABLE cmi5_satisfied (
    registration UUID          NOT NULL REFERENCES cmi5_registration (id),
    object_id    VARCHAR(2048) NOT NULL,
    session_id   UUID          NOT NULL,
    satisfied_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (registration, object_id)
);
