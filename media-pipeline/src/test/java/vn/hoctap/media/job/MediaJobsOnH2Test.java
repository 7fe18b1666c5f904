package vn.hoctap.media.job;

import vn.hoctap.testing.DatabaseEngine;

class MediaJobsOnH2Test extends MediaJobsContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
