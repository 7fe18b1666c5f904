package vn.hoctap.lrs.statement;

import vn.hoctap.testing.DatabaseEngine;

class StatementServiceOnH2Test extends StatementServiceContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
