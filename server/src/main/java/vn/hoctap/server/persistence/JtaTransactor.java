package vn.hoctap.server.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.hoctap.core.persistence.DataAccessException;
import vn.hoctap.core.persistence.Transactor;

/**
 * The container's {@link Transactor}: the work runs in a JTA transaction (joining the caller's, if any) on a
 * connection of the platform's pool; any exception rolls it back.
 */
@ApplicationScoped
public class JtaTransactor implements Transactor {

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    @Transactional(rollbackOn = Exception.class)
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }
}
