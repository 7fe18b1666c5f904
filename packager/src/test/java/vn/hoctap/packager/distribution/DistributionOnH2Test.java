package vn.hoctap.packager.distribution;

import vn.hoctap.testing.DatabaseEngine;

class DistributionOnH2Test extends DistributionContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
