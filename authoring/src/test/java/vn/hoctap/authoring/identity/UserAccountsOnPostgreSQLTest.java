package vn.hoctap.authoring.identity;

import vn.hoctap.testing.DatabaseEngine;

class UserAccountsOnPostgreSQLTest extends UserAccountsContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
