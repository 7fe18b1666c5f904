package vn.hoctap.lrs.cmi5;

import vn.hoctap.testing.DatabaseEngine;

class Cmi5SessionsOnPostgreSQLTest extends Cmi5SessionsContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
