package vn.hoctap.media.job;

import vn.hoctap.testing.DatabaseEngine;

class MediaJobsOnPostgreSQLTest extends MediaJobsContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
