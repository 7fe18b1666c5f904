package vn.hoctap.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** A {@link Transactor} with local JDBC transactions (auto-commit off), for code outside a JTA container. */
public final class LocalTransactor implements Transactor {

    private final DataSource dataSource;

    public LocalTransactor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }
}
