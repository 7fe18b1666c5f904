package vn.hoctap.lrs.document;

import vn.hoctap.testing.DatabaseEngine;

class DocumentServiceOnH2Test extends DocumentServiceContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
