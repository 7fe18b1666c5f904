package vn.hoctap.media.upload;

import vn.hoctap.testing.DatabaseEngine;

class ResumableUploadsOnH2Test extends ResumableUploadsContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
