package vn.hoctap.lrs.store;

import vn.hoctap.testing.DatabaseEngine;

class StoreAdministrationOnH2Test extends StoreAdministrationContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
