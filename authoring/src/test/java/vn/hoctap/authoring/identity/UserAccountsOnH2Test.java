package vn.hoctap.authoring.identity;

import vn.hoctap.testing.DatabaseEngine;

class UserAccountsOnH2Test extends UserAccountsContract {

    @Override
    DatabaseEngine engine() {
        return DatabaseEngine.H2;
    }
}
