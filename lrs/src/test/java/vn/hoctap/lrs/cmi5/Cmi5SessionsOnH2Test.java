package vn.hoctap.lrs.cmi5;

import vn.hoctap.testing.DatabaseEngine;

class Cmi5SessionsOnH2Test extends Cmi5SessionsContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
