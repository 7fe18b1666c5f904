package vn.hoctap.packager.launch;

import vn.hoctap.testing.DatabaseEngine;

class Cmi5LaunchOnPostgreSQLTest extends Cmi5LaunchContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
