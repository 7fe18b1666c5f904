package vn.hoctap.media.upload;

import vn.hoctap.testing.DatabaseEngine;

class ResumableUploadsOnPostgreSQLTest extends ResumableUploadsContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
