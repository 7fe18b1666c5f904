package vn.hoctap.lrs.document;

import vn.hoctap.testing.DatabaseEngine;

class DocumentServiceOnPostgreSQLTest extends DocumentServiceContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
