package vn.hoctap.packager.launch;

import vn.hoctap.testing.DatabaseEngine;

class Cmi5LaunchOnH2Test extends Cmi5LaunchContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
