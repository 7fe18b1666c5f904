-- The cmi5 course through which the platform launches a packaged course version (issue 6): the version's full
-- cmi5 package imported once; the primary key keeps it at one course per version when two nodes import at once.
CREATE TABLE cmi5_published_version (
    course_id   UUID    NOT NULL,
    version     INTEGER NOT NULL,
    cmi5_course UUID    NOT NULL REFERENCES cmi5_course (id),
    PRIMARY KEY (course_id, version)
);
