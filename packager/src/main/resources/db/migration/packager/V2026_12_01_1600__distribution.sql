-- Packaging of published versions (ADR 0025): one row per course version, claimed by the node that packages it.
CREATE TABLE distribution_release (
    course_id  UUID          NOT NULL,
    version    INTEGER       NOT NULL,
    status     VARCHAR(16)   NOT NULL,
    attempts   INTEGER       NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    failure    VARCHAR(2000),
    PRIMARY KEY (course_id, version)
);

-- The 8 packages of a ready version: the zip and its file manifest (both in the object store).
CREATE TABLE distribution_package (
    course_id       UUID          NOT NULL,
    version         INTEGER       NOT NULL,
    format          VARCHAR(16)   NOT NULL,
    variant         VARCHAR(8)    NOT NULL,
    object_key      VARCHAR(1024) NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    manifest_key    VARCHAR(1024) NOT NULL,
    manifest_sha256 VARCHAR(64)   NOT NULL,
    file_count      INTEGER       NOT NULL,
    PRIMARY KEY (course_id, version, format, variant)
);

-- The app catalogue: one row per course, the version offered (or WITHDRAWN); seq orders changes for cursors
-- and the updated-since feed; card is the JSON the catalogue answers for the course.
CREATE TABLE catalog_entry (
    course_id   UUID             NOT NULL PRIMARY KEY,
    version     INTEGER          NOT NULL,
    state       VARCHAR(16)      NOT NULL,
    seq         BIGINT           NOT NULL UNIQUE,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    languages   VARCHAR(64)      NOT NULL,
    tags        VARCHAR(4000)    NOT NULL,
    search_text VARCHAR(1000000) NOT NULL,
    card        TEXT             NOT NULL
);
CREATE INDEX catalog_entry_changed ON catalog_entry (changed_at);
