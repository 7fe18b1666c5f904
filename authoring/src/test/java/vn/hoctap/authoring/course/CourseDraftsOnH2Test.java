package vn.hoctap.authoring.course;

import vn.hoctap.testing.DatabaseEngine;

class CourseDraftsOnH2Test extends CourseDraftsContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
