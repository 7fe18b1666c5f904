package vn.hoctap.lrs.store;

import vn.hoctap.testing.DatabaseEngine;

class StoreAdministrationOnPostgreSQLTest extends StoreAdministrationContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
