package vn.hoctap.authoring.course;

import vn.hoctap.testing.DatabaseEngine;

class CourseDraftsOnPostgreSQLTest extends CourseDraftsContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
