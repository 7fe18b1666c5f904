package vn.hoctap.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a unit of work in one database transaction on one connection: committed when the work returns, rolled
 * back when it throws. Repositories written with plain JDBC take the {@link Connection} they are given and never
 * commit, roll back or close it themselves.
 */
@FunctionalInterface
public interface Transactor {

    <T> T inTransaction(Work<T> work);

    /** Work on a connection; an {@link SQLException} rolls the transaction back and is rethrown unchecked. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
