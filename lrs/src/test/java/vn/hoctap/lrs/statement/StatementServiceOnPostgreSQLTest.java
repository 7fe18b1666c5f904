package vn.hoctap.lrs.statement;

import vn.hoctap.testing.DatabaseEngine;

class StatementServiceOnPostgreSQLTest extends StatementServiceContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
