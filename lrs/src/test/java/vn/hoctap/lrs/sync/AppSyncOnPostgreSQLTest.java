package vn.hoctap.lrs.sync;

import vn.hoctap.testing.DatabaseEngine;

class AppSyncOnPostgreSQLTest extends AppSyncContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
