package vn.hoctap.lrs.sync;

import vn.hoctap.testing.DatabaseEngine;

class AppSyncOnH2Test extends AppSyncContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
