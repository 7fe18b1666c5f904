package vn.hoctap.packager.distribution;

import vn.hoctap.testing.DatabaseEngine;

class DistributionOnPostgreSQLTest extends DistributionContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.POSTGRESQL;
    }
}
